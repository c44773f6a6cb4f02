"""Warnings, names, catalog messages and capacity through `validate`, each line checked whole.

Every message a requester reads is compared in full (line, field and words), so a changed word,
field or boundary fails here. The requests are `test_every_problem_at_once.py`'s, edited in place.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from support.validation_files import PLATFORM, TODAY, TYPED, platform_with, located, request, validate, write  # noqa: F401

import ai_access
from ai_access.loading.platform_file import load_platform, load_platform_source
from ai_access.models.platform import PlatformConfig
from ai_access.validation.names import max_team_name_length
from ai_access.validation.baseline import Baseline
from ai_access.validation.requests import PARALLEL_FROM, validate_requests


NO_GROUP = "no entraGroupId: nobody gets the Foundry project role or can read the key Secret; add the team's Entra group object id"
GROUP_LINE = "  entraGroupId: 3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b\n"


def test_a_request_without_a_group_is_valid_with_a_warning_at_its_team(tmp_path: Path, platform: PlatformConfig) -> None:
    path = write(tmp_path, "team-x", request(TYPED, **{GROUP_LINE: ""}))
    report = validate_requests(str(tmp_path), platform, today=date.fromisoformat(TODAY))
    assert [p.format() for p in report.problems] == [f"{path}:6: spec.team: warning: {NO_GROUP}"]
    assert report.ok and [(r.folder, r.path) for r in report.requests] == [("team-x", str(path))]


def test_a_group_given_as_null_is_no_group(tmp_path: Path) -> None:
    path = write(tmp_path, "team-x", request(TYPED, **{"3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b": "null"}))
    assert validate(tmp_path) == (0, [f"{path}:6: spec.team: warning: {NO_GROUP}"])


def test_the_group_warning_stands_beside_other_errors_but_not_beside_an_invalid_group(tmp_path: Path) -> None:
    path = write(tmp_path / "a", "team-x", request(TYPED, **{GROUP_LINE: "", "costCenter: CC-1234": "costCenter: '@CC'"}))
    code, lines = validate(tmp_path / "a")
    assert code == 1
    assert [field for _, field in located(lines, path)] == ["spec.team", "spec.costCenter"]
    assert lines[0] == f"{path}:6: spec.team: warning: {NO_GROUP}"
    path = write(tmp_path / "b", "team-x", request(TYPED, **{"3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b": "not-a-uuid"}))
    code, lines = validate(tmp_path / "b")
    assert (code, [field for _, field in located(lines, path)]) == (1, ["spec.entraGroupId"])


@pytest.mark.parametrize(
    ("models", "warned"),
    [
        ("    - name: phi-4\n      type: kaito\n      instanceType: Standard_NC24ads_A100_v4\n", True),
        ("    - name: gpt-4.1\n      type: foundry\n      enabled: false\n    - name: phi-4\n      type: kaito\n      instanceType: Standard_NC24ads_A100_v4\n", True),
        ("    - name: gpt-4.1\n      type: foundry\n", False),
    ],
    ids=["kaito-only", "foundry-disabled", "foundry"],
)
def test_the_playground_without_an_enabled_foundry_model_is_a_warning(tmp_path: Path, models: str, warned: bool) -> None:
    text = request(TYPED).split("  models:\n")[0] + "  models:\n" + models + "  tokensPerMinute: 5000\n  dailyTokenQuota: 1000000\n  playgroundAccess: true\n"
    path = write(tmp_path, "team-x", text)
    code, lines = validate(tmp_path)
    line = text.splitlines().index("  playgroundAccess: true") + 1
    expected = [f"{path}:{line}: spec.playgroundAccess: warning: has no effect: the playground needs an enabled Foundry model"]
    assert (code, lines) == (0, expected if warned else [])


@pytest.mark.parametrize(("expires", "warned"), [("2026-11-27", True), ("2026-12-11", True), ("2026-12-12", False)])
def test_a_request_expiring_within_14_days_is_warned_of_on_the_days_up_to_the_14th(tmp_path: Path, expires: str, warned: bool) -> None:
    path = write(tmp_path, "team-x", request(TYPED) + f"  expiresOn: {expires}\n")
    code, lines = validate(tmp_path)
    expected = [f"{path}:18: spec.expiresOn: warning: expires on {expires}, within 14 days: renew it or let it lapse"]
    assert (code, lines) == (0, expected if warned else [])


def test_a_model_listed_twice_does_not_stop_the_checks_of_the_models_after_it(tmp_path: Path) -> None:
    twice = "    - name: gpt-4.1\n      type: foundry\n    - name: gpt-4.1\n      type: foundry\n"
    typos = "    - name: gpt-4.2\n      type: foundry\n    - name: phi-5\n      type: kaito\n      instanceType: Standard_NC24ads_A100_v4\n"
    text = request(TYPED).split("  models:\n")[0] + "  models:\n" + twice + typos + "  tokensPerMinute: 5000\n  dailyTokenQuota: 1000000\n"
    path = write(tmp_path, "team-x", text)
    code, lines = validate(tmp_path)
    assert code == 1
    assert lines == [
        f"{path}:13: spec.models[1].name: model 'gpt-4.1' is listed twice",
        f"{path}:15: spec.models[2].name: 'gpt-4.2' is not a Foundry model of this platform; available: gpt-4.1, gpt-5.2, gpt-4.1-mini",
        f"{path}:17: spec.models[3].name: 'phi-5' is not a KAITO preset of this platform; available: phi-4, phi-4-mini-instruct, "
        "mistral-7b-instruct, llama-3.1-8b-instruct, qwen2.5-coder-7b-instruct",
    ]


@pytest.mark.parametrize(("size", "folder_ok"), [(2, True), (63, True), (64, False)])
def test_a_folder_name_is_a_team_name_of_2_to_63_characters(tmp_path: Path, platform: PlatformConfig, size: int, folder_ok: bool) -> None:
    folder = "t" * size
    path = write(tmp_path, folder, request(TYPED, folder))
    code, lines = validate(tmp_path)
    rule = f"lowercase letters a-z, digits and '-', starting and ending with a letter or digit, at least 2 characters, at most {max_team_name_length(platform)} characters"
    folder_problem = f"{tmp_path / folder}/access.yaml:6: (folder): the folder name '{folder}' is not a valid team name ({rule}); rename the folder"
    assert (folder_problem in lines) is not folder_ok, lines
    assert code == (0 if size == 2 else 1)
    assert str(path) == f"{tmp_path / folder}/access.yaml"


@pytest.mark.parametrize(
    ("team", "message"),
    [
        ("default", "'default' is reserved (a built-in APIM product, subscription or group); choose another name"),
        ("team-gone", "'team-gone' was used by a removed team whose Foundry project is kept; choose another name"),
    ],
)
def test_reserved_and_retired_team_names_are_refused_at_the_team(tmp_path: Path, team: str, message: str) -> None:
    platform_file, _ = platform_with(tmp_path, lambda data: data.update(retiredTeams=["team-gone"]))
    path = write(tmp_path / "requests", team, request(TYPED, team))
    code, lines = validate(tmp_path / "requests", platform=platform_file)
    assert (code, lines) == (1, [f"{path}:6: spec.team: {message}"])


RETIRED = {"team": "team-gone", "owner": "dana@contoso.com", "entraGroupId": "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"}
COMES_BACK_ONLY_AS_ITSELF = (
    "'team-gone' was used by a removed team whose Foundry project, with its data, is kept: it comes back only with the owner "
    "and entraGroupId retiredTeams in platform.yaml records for it; choose another name, or ask the platform team"
)


@pytest.mark.parametrize(
    ("replace", "expected"),
    [
        ({}, "warning: 'team-gone' comes back as the retired team it was (retiredTeams): its kept Foundry project is its own again"),
        ({"owner: dana@contoso.com": "owner: DANA@contoso.com"}, "warning: 'team-gone' comes back"),
        ({"owner: dana@contoso.com": "owner: eve@contoso.com"}, COMES_BACK_ONLY_AS_ITSELF),
        ({"3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b": "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"}, COMES_BACK_ONLY_AS_ITSELF),
        ({GROUP_LINE: ""}, COMES_BACK_ONLY_AS_ITSELF),
    ],
    ids=["same-owner-and-group", "owner-in-other-case", "other-owner", "other-group", "no-group"],
)
def test_a_retired_name_comes_back_only_with_the_owner_and_group_it_was_retired_with(tmp_path: Path, replace: dict, expected: str) -> None:
    # GIVEN the platform retired team-gone with its owner and group (the mapping form of retiredTeams)
    platform_file, _ = platform_with(tmp_path, lambda data: data.update(retiredTeams=["team-old", RETIRED]))
    path = write(tmp_path / "requests", "team-gone", request(TYPED, "team-gone", **replace))
    code, lines = validate(tmp_path / "requests", platform=platform_file)
    # THEN only that owner with that group gets the name (and its kept project) back
    team_lines = [line for line in lines if line.startswith(f"{path}:6: spec.team: ")]
    assert any(line.split("spec.team: ", 1)[1].startswith(expected) for line in team_lines), lines
    assert code == (0 if expected.startswith("warning") else 1)


@pytest.mark.parametrize(
    ("retired", "fragment"),
    [
        ([{"team": "team-gone", "owner": "dana@contoso.com"}], "give both owner and entraGroupId"),
        ([{"team": "team-gone", "entraGroupId": "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"}], "give both owner and entraGroupId"),
        (["team-gone", RETIRED], "team-gone is listed twice"),
        ([{"team": "Team_Gone"}], "retiredTeams[0].team"),
        ([{"team": "team-gone", "colour": "blue"}], "retiredTeams[0].colour"),
    ],
)
def test_a_retired_teams_entry_that_cannot_be_read_one_way_is_refused(tmp_path: Path, retired: list, fragment: str) -> None:
    from ai_access.loading.platform_file import PlatformConfigError

    with pytest.raises(PlatformConfigError) as raised:
        platform_with(tmp_path, lambda data: data.update(retiredTeams=retired))
    assert fragment in "\n".join(p.format() for p in raised.value.problems)


@pytest.mark.parametrize("block", ["retiredTeams: [team-a, team-b]\n", "retiredTeams:\n  - team-a\n  - team-b\n"])
def test_the_plain_list_forms_the_requester_drill_writes_stay_valid(tmp_path: Path, block: str) -> None:
    text = (Path(PLATFORM)).read_text().replace("retiredTeams: []\n", block)
    (tmp_path / "platform.yaml").write_text(text)
    from support.files import copy_fragments

    copy_fragments(tmp_path)
    platform = load_platform(str(tmp_path / "platform.yaml"))
    assert [entry.team for entry in platform.retired_teams] == ["team-a", "team-b"]
    assert all(entry.owner is None and not entry.admits("dana@contoso.com", None) for entry in platform.retired_teams)


def test_an_error_and_a_warning_at_one_field_keep_the_order_they_were_found_in(tmp_path: Path, platform: PlatformConfig) -> None:
    team = "t" * (max_team_name_length(platform) + 1)
    path = write(tmp_path, team, request(TYPED, team, **{GROUP_LINE: ""}))
    code, lines = validate(tmp_path)
    assert code == 1
    assert [line.split(": ", 2)[2][:9] for line in lines if line.startswith(f"{path}:6: spec.team: ")] == ["too long:", "warning: "]


def test_capacity_counts_only_what_passed_its_own_checks_and_names_the_platform_line(tmp_path: Path) -> None:
    def small(data: dict) -> None:
        data["foundry"]["models"]["gpt-5.2"]["capacityTpm"] = 1000  # x oversubscription 2: a limit of 2,000

    platform_file, platform = platform_with(tmp_path, small)
    text = Path(platform_file).read_text().splitlines()
    gpt52 = text.index("    gpt-5.2:")
    capacity_line = next(i for i in range(gpt52, len(text)) if text[i].strip().startswith("capacityTpm:")) + 1
    requests = tmp_path / "requests"
    paths = {}
    for team, tpm in (("team-a", 1000), ("team-b", 999), ("team-c", 20001), ("team-d", 2)):
        paths[team] = write(requests, team, request(TYPED, team, **{"gpt-4.1": "gpt-5.2", "tokensPerMinute: 5000": f"tokensPerMinute: {tpm}"}))
    baseline = Baseline(frozenset({"team-a", "team-b", "team-c"}))
    report = validate_requests(str(requests), platform, today=date.fromisoformat(TODAY), platform_source=load_platform_source(platform_file)[1], baseline=baseline)
    summary = "capacity: gpt-5.2 would get 2,001 TPM from 3 teams, over its limit of 2,000 (capacity 1,000 x oversubscription 2)"
    # team-c's 20,001 is over the per-team maximum: it is that error, and not part of the total
    assert [p.format() for p in report.problems] == [
        f"{platform_file}:{capacity_line}: foundry.models.gpt-5.2.capacityTpm: {summary}; most: team-a 1,000, team-b 999, team-d 2",
        f"{paths['team-c']}:16: spec.tokensPerMinute: 20001 exceeds the platform's per-team maximum of 20000",
        f"{paths['team-d']}:16: spec.tokensPerMinute: {summary}; this request is new in this pull request and adds 2 TPM, 1 over: "
        "lower tokensPerMinute or talk to the platform team",
    ]


def _validate_in_a_process_without_jsii(folder: Path) -> dict:
    """The valid teams and the problem lines of `folder`, validated where worker processes may be forked."""
    if "jsii" not in sys.modules:
        report = validate_requests(str(folder), load_platform(PLATFORM), today=date.fromisoformat(TODAY))
        return {"requests": [r.folder for r in report.requests], "problems": [p.format() for p in report.problems]}
    # jsii runs Node.js beside this process, which must not be forked: validate in a fresh one.
    script = (
        "import json, sys\n"
        "from datetime import date\n"
        "from ai_access.loading.platform_file import load_platform\n"
        "from ai_access.validation.requests import validate_requests\n"
        "report = validate_requests(sys.argv[1], load_platform(sys.argv[2]), today=date.fromisoformat(sys.argv[3]))\n"
        "print(json.dumps({'requests': [r.folder for r in report.requests], 'problems': [p.format() for p in report.problems]}))\n"
    )
    package_root = str(Path(ai_access.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", script, str(folder), PLATFORM, TODAY], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_many_requests_checked_by_worker_processes_give_the_whole_report(tmp_path: Path) -> None:
    # From PARALLEL_FROM files, worker processes check them (where this process may be forked).
    kaito = "    - name: phi-4\n      type: kaito\n      instanceType: Standard_NC24ads_A100_v4\n"
    over = set(range(0, PARALLEL_FROM, 60))
    for i in range(PARALLEL_FROM):
        tpm = 20001 if i in over else 100
        write(tmp_path, f"team-{i:03d}", request(TYPED, f"team-{i:03d}", **{kaito: "", "tokensPerMinute: 5000": f"tokensPerMinute: {tpm}"}))
    report = _validate_in_a_process_without_jsii(tmp_path)
    assert report["requests"] == [f"team-{i:03d}" for i in range(PARALLEL_FROM) if i not in over]
    assert report["problems"] == [
        f"{tmp_path}/team-{i:03d}/access.yaml:13: spec.tokensPerMinute: 20001 exceeds the platform's per-team maximum of 20000" for i in sorted(over)
    ]
