"""`main.py expiring` and `main.py rotate-key` (docs/cli.md), in process, on copies of the fixture requests.

`expiring` finds a team whose access ends within the window and not one ending after it; every
hostile input ends in one line with a documented exit code. `rotate-key` changes the one line of
the request it must (a second rotation moves the date it had to `previousKeyRotatedOn`) and
nothing else: a team name with `../`, a request that is a link, a key rotated in the future or
within the overlap, an overlap of 0 or negative days are refused with nothing written.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, read_tree
from support.scratch_git import run

from ai_access import exit_codes

ALPHA = Path("team-alpha") / "access.yaml"
"""The fixtures' one team with an expiresOn: 2030-06-30."""


@pytest.fixture()
def requests(tmp_path: Path) -> Path:
    folder = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS, folder)
    return folder


def _set_expiry(requests: Path, team: str, day: str) -> None:
    path = requests / team / "access.yaml"
    text = path.read_text()
    path.write_text(text.replace('  owner: "', f'  expiresOn: "{day}"\n  owner: "', 1) if "expiresOn" not in text else text)


def _expiring(requests: Path, *extra: str) -> tuple[int, str, str]:
    return run(["expiring", "--requests", str(requests), "--platform", str(FIXTURE_PLATFORM), *extra])


def test_expiring_finds_a_team_ending_in_10_days_and_not_one_ending_in_20(requests: Path) -> None:
    # GIVEN team-alpha's access ends after 2030-06-30 and team-beta's after 2030-07-10
    _set_expiry(requests, "team-beta", "2030-07-10")
    # WHEN listed on 2030-06-20 within 14 days
    code, text, err = _expiring(requests, "--today", "2030-06-20", "--within", "14", "--format", "json")
    # THEN team-alpha (10 days) is there, with owner, cost centre and what it loses, and team-beta (20 days) is not
    assert code == exit_codes.OK, err
    report = json.loads(text)
    (alpha,) = report["teams"]
    assert (alpha["team"], alpha["daysLeft"], alpha["owner"], alpha["costCenter"]) == ("team-alpha", 10, "alice@contoso.com", "CC-1234")
    assert alpha["loses"][0] == "the key is suspended" and any("phi-4-72418c" in loss for loss in alpha["loses"])
    assert report["lastDays"]["team-beta"] == "2030-07-10" and report["lastDays"]["team-gamma"] is None
    # AND the text and Markdown forms say the same
    code, text, _ = _expiring(requests, "--today", "2030-06-20")
    assert code == exit_codes.OK and "team-alpha: ends after 2030-06-30 (10 days left)" in text and "team-beta" not in text
    code, text, _ = _expiring(requests, "--today", "2030-06-20", "--format", "markdown")
    assert code == exit_codes.OK and "`team-alpha`" in text and "`alice@contoso.com`" in text
    # AND within 20 days both are listed
    code, text, _ = _expiring(requests, "--today", "2030-06-20", "--within", "20", "--format", "json")
    assert [t["team"] for t in json.loads(text)["teams"]] == ["team-alpha", "team-beta"]


@pytest.mark.parametrize("today", ["2030-02-30", "../../etc", "yesterday", ""])
def test_a_hostile_today_is_a_usage_error_in_one_line(requests: Path, today: str) -> None:
    code, text, err = _expiring(requests, "--today", today)
    assert code == exit_codes.USAGE and text == "" and "Traceback" not in err


@pytest.mark.parametrize("within", ["-1", "x", "1e9"])
def test_a_hostile_window_is_a_usage_error(requests: Path, within: str) -> None:
    assert _expiring(requests, "--within", within)[0] == exit_codes.USAGE


def test_the_last_dates_there_are_are_judged_without_an_overflow(requests: Path) -> None:
    _set_expiry(requests, "team-beta", "9999-12-31")
    for today in ("0001-01-01", "9999-12-31"):
        code, _, err = _expiring(requests, "--today", today, "--within", "99999999", "--format", "json")
        assert code == exit_codes.OK, err


# ---- rotate-key ------------------------------------------------------------------------------------


def _rotate(requests: Path, team: str = "team-alpha", today: str = "2026-11-27", platform: Path = FIXTURE_PLATFORM) -> tuple[int, str, str]:
    return run(["rotate-key", "--team", team, "--requests", str(requests), "--platform", str(platform), "--today", today])


def test_rotate_key_changes_one_line_and_a_second_rotation_names_the_key_it_replaces(requests: Path) -> None:
    before = (requests / ALPHA).read_text()
    code, text, err = _rotate(requests)
    assert code == exit_codes.OK, err
    after = (requests / ALPHA).read_text()
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ['  keyRotatedOn: "2026-11-27"'] and len(after.splitlines()) == len(before.splitlines()) + 1
    assert "ai-gateway-key-previous until 2026-12-03" in text
    # WHEN rotated again within the overlap: refused, nothing written
    assert _rotate(requests, today="2026-12-04")[0] == exit_codes.INVALID
    assert (requests / ALPHA).read_text() == after
    # WHEN rotated again after it: the date it had moves to previousKeyRotatedOn
    code, _, err = _rotate(requests, today="2026-12-05")
    assert code == exit_codes.OK, err
    data = yaml.safe_load((requests / ALPHA).read_text())["data"]
    assert (data["keyRotatedOn"], data["previousKeyRotatedOn"]) == ("2026-12-05", "2026-11-27")


@pytest.mark.parametrize("team", ["../team-alpha", "team-alpha/../../x", "..", "Team-Alpha", "-rf"])
def test_rotate_key_refuses_a_team_name_that_is_not_one(requests: Path, team: str) -> None:
    before = read_tree(requests.parent)
    code, text, err = _rotate(requests, team=team)
    assert code == exit_codes.USAGE and text == "" and err.count("\n") <= 3 and "Traceback" not in err
    assert read_tree(requests.parent) == before


def test_rotate_key_refuses_a_request_file_that_is_a_link_and_writes_nothing(requests: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    shutil.copy(requests / ALPHA, outside)
    (requests / ALPHA).unlink()
    (requests / ALPHA).symlink_to(outside)
    before = outside.read_text()
    code, _, err = _rotate(requests)
    assert code == exit_codes.INVALID and err.count("\n") == 1 and "symbolic link" in err
    assert outside.read_text() == before and (requests / ALPHA).is_symlink()


def test_rotate_key_refuses_a_request_whose_key_was_rotated_in_the_future(requests: Path) -> None:
    path = requests / ALPHA
    path.write_text(path.read_text().replace('  expiresOn: "2030-06-30"\n', '  expiresOn: "2030-06-30"\n  keyRotatedOn: "2027-01-01"\n'))
    before = path.read_text()
    code, _, err = _rotate(requests)
    assert code == exit_codes.INVALID and "2027-01-01 is after tomorrow" in err
    assert path.read_text() == before


@pytest.mark.parametrize("days", [0, -3])
def test_an_overlap_of_no_days_or_fewer_is_an_invalid_platform_in_one_line(requests: Path, tmp_path: Path, days: int) -> None:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["gitops"]["keyOverlapDays"] = days
    platform = tmp_path / "platform.yaml"
    platform.write_text(yaml.safe_dump(data))
    shutil.copytree(FIXTURE_PLATFORM.parent / "fragments", tmp_path / "fragments")
    before = (requests / ALPHA).read_text()
    code, _, err = _rotate(requests, platform=platform)
    assert code == exit_codes.INVALID and "keyOverlapDays" in err and "Traceback" not in err
    assert (requests / ALPHA).read_text() == before
