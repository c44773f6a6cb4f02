"""`main.py plan` around the plan itself: what the base holds, the head's synth, the guard's message.

Each test copies a repository built once per module (requests, `platform.yaml` and `dist/`
committed) and changes its base or its working tree. `test_plan_end_to_end.py` and `test_plan_guard.py`
cover what a plan shows and which losses count; these cover the edges of reading a base and the
exact words of the guard.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, copy_fragments
from support.scratch_git import edit, git, retire, run, typed_request, write# noqa: F401

from ai_access.exit_codes import ENVIRONMENT, INVALID, OK
from support.plan_repo import REQUESTS, TODAY, commit, enter, plan, repository, two_teams  # noqa: F401

CONFIRM = "if this is intended, rerun with --max-deletions to confirm"


@pytest.fixture(scope="module")
def eleven_teams(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eleven small teams (Foundry only), synthesized on TODAY."""
    return repository(tmp_path_factory.mktemp("eleven") / "repo", {f"team-{i:02d}": typed_request(f"team-{i:02d}") for i in range(11)})


@pytest.fixture()
def two(two_teams: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of `two_teams`, entered."""
    return enter(two_teams, tmp_path, monkeypatch)


@pytest.fixture()
def eleven(eleven_teams: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of `eleven_teams`, entered."""
    return enter(eleven_teams, tmp_path, monkeypatch)


# ---- the guard ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deleted", "limit", "named"),
    [
        (11, 10, "team-00, team-01, team-02, team-03, team-04, team-05, team-06, team-07, team-08, team-09 and 1 more"),
        (10, 9, "team-00, team-01, team-02, team-03, team-04, team-05, team-06, team-07, team-08, team-09"),
    ],
)
def test_the_guard_names_ten_teams_that_would_lose_access_and_counts_the_rest(eleven: Path, deleted: int, limit: int, named: str) -> None:
    repo = eleven
    for i in range(deleted):
        shutil.rmtree(repo / REQUESTS / f"team-{i:02d}")
    retire(repo, *(f"team-{i:02d}" for i in range(deleted)))
    code, _, err = plan("--max-deletions", str(limit))
    assert code == INVALID
    assert err == f"plan: mass deletion: {deleted} teams at risk, teams would lose access ({named}) (limit {limit}); {CONFIRM}\n"
    assert plan("--max-deletions", str(deleted))[0] == OK


def test_a_changed_application_set_puts_every_team_at_risk(eleven: Path) -> None:
    repo = eleven
    edit(repo / "platform.yaml", "revision: main", "revision: release")
    code, out, err = plan()
    assert code == INVALID
    assert err == f"plan: mass deletion: 11 teams at risk, the ApplicationSet changes, which touches every team (limit 3); {CONFIRM}\n"
    assert "    ~ argocd/applicationset-ai-model-access-teams.yaml\n" in out
    assert "    ~ bootstrap/application-platform-ai-model-access.yaml\n" in out


# ---- the head's synth -----------------------------------------------------------------------------


@pytest.mark.parametrize("leftover", ["nothing", "a foreign file", "a dangling link"])
def test_the_head_is_synthesized_for_the_plans_date_whatever_the_working_trees_dist_holds(two: Path, leftover: str) -> None:
    repo = two
    # GIVEN team-beta's request expired yesterday, its key still active in the committed dist/
    if leftover == "a foreign file":
        (repo / "dist" / "teams" / "team-beta" / "notes.txt").write_text("not synth's")
    elif leftover == "a dangling link":
        (repo / "dist" / "teams" / "team-beta" / "gone.yaml").symlink_to("nowhere.yaml")
    code, out, err = plan()
    # THEN the head suspends it: the subscription changes, and the team loses access
    assert code == OK, err
    assert "    !! loses access: key suspended on 2026-11-27\n" in out
    assert "    ~ subscription-apim-subscription.yaml\n" in out


# ---- what the base holds --------------------------------------------------------------------------


def test_the_first_requests_of_a_repository_are_planned_against_a_base_without_any(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text("a new repository\n")
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "first")
    (repo / "platform.yaml").write_text(FIXTURE_PLATFORM.read_text())
    copy_fragments(repo)
    write(repo / REQUESTS, "team-new", typed_request("team-new"))
    monkeypatch.chdir(repo)
    code, out, err = plan()
    assert code == OK, err
    assert out.startswith("Plan against HEAD: 1 created, 0 changed, 0 deleted\n")


def test_an_invalid_platform_file_at_the_base_is_read_as_the_current_one(two: Path) -> None:
    repo = two
    valid = (repo / "platform.yaml").read_text()
    (repo / "platform.yaml").write_text(valid.replace("maxKaitoModels: 2", "maxKaitoModels: many"))
    commit(repo, "a broken platform file")
    (repo / "platform.yaml").write_text(valid)
    code, out, err = plan("--today", "2026-11-01")
    assert (code, out) == (OK, "No change against HEAD.\n")
    assert err == "plan: platform.yaml at HEAD is invalid; reading the base with the current one\n"


def test_a_valid_base_says_nothing(two: Path) -> None:
    repo = two
    assert plan("--today", "2026-11-01") == (OK, "No change against HEAD.\n", "")


def test_the_bases_policy_fragments_are_read_at_the_base(two: Path) -> None:
    # GIVEN a pull request that drops the platform's policy fragment, file and all
    repo = two
    platform = yaml.safe_load((repo / "platform.yaml").read_text())
    del platform["apim"]["policyFragments"]
    (repo / "platform.yaml").write_text(yaml.safe_dump(platform, sort_keys=False))
    shutil.rmtree(repo / "fragments")
    # THEN the base still loads with the fragment it had (no "invalid" fallback); only the gateway changes
    code, out, err = plan("--today", "2026-11-01")
    assert (code, err) == (OK, ""), err
    assert "No change" not in out


@pytest.mark.parametrize("where", ["absolute", "above the top", "the folder above"])
def test_a_base_platform_naming_a_fragment_out_of_the_repository_is_not_loaded(two: Path, where: str) -> None:
    # GIVEN a base whose platform file names a valid fragment beside the repository
    repo = two
    valid = (repo / "platform.yaml").read_text()
    outside = repo.parent / "outside.xml"
    outside.write_text((repo / "fragments" / "gateway-header.xml").read_text())
    name = {"absolute": str(outside), "above the top": "fragments/../../outside.xml", "the folder above": "fragments/../.."}[where]
    (repo / "platform.yaml").write_text(valid.replace("fragments/gateway-header.xml", name))
    commit(repo, "a fragment beside the repository")
    (repo / "platform.yaml").write_text(valid)
    # THEN plan reads nothing outside the base: it says so and reads the base with the current platform
    code, out, err = plan("--today", "2026-11-01")
    assert (code, out) == (OK, "No change against HEAD.\n")
    assert err == f"plan: platform.yaml at HEAD names a policy fragment outside the repository ({name}); reading the base with the current one\n"


def test_a_platform_file_in_a_subfolder_finds_its_fragments_at_the_base_relative_to_itself(two: Path) -> None:
    # GIVEN platform.yaml in config/, naming its fragment through the folder above
    repo = two
    (repo / "config").mkdir()
    text = (repo / "platform.yaml").read_text().replace("fragments/gateway-header.xml", "../fragments/gateway-header.xml")
    (repo / "config" / "platform.yaml").write_text(text)
    (repo / "platform.yaml").unlink()
    commit(repo, "the platform file moves to config/")
    # THEN the base loads with it: no warning
    code, out, err = run(["plan", "--base", "HEAD", "--platform", "config/platform.yaml", "--today", "2026-11-01"])
    assert (code, out, err) == (OK, "No change against HEAD.\n", "")


def test_a_base_platform_file_linked_within_the_repository_is_read_through_the_link(two: Path) -> None:
    # Its fragments are named relative to the link, as load_platform reads them in the checkout.
    repo = two
    (repo / "config").mkdir()
    (repo / "platform.yaml").rename(repo / "config" / "platform.yaml")
    (repo / "platform.yaml").symlink_to("config/link.yaml")
    (repo / "config" / "link.yaml").symlink_to("platform.yaml")  # a chain, the second link in a subfolder
    commit(repo, "platform.yaml is a link")
    assert plan("--today", "2026-11-01") == (OK, "No change against HEAD.\n", "")


def test_plan_writes_nothing_in_the_working_tree(two: Path) -> None:
    repo = two
    write(repo / REQUESTS, "team-x", typed_request("team-x"))
    before = git(repo, "status", "--porcelain", "--ignored")
    assert plan("--today", "2026-11-01")[0] == OK
    assert git(repo, "status", "--porcelain", "--ignored") == before


def test_a_base_request_folder_that_cannot_be_read_after_the_checks_is_one_line_and_exit_3(
    two: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every unreadable file is refused before (tested above); this is the last guard, met by injection.
    import ai_access.review.run as run

    def unreadable(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(run, "validate_requests", unreadable)
    assert plan("--today", "2026-11-01") == (ENVIRONMENT, "", "plan: cannot read developer-requests at HEAD: [Errno 13] Permission denied\n")


@pytest.mark.parametrize("damage", ["a folder", "not UTF-8", "missing"])
def test_a_base_fragment_that_does_not_load_makes_the_base_platform_invalid_not_the_plan(two: Path, damage: str) -> None:
    repo = two
    fragment = repo / "fragments" / "gateway-header.xml"
    text = fragment.read_text()
    fragment.unlink()
    if damage == "a folder":
        (fragment / "inner").mkdir(parents=True)
        (fragment / "inner" / "file").write_text("")
    elif damage == "not UTF-8":
        fragment.write_bytes(text.replace("</fragment>", "<!-- caf\xe9 --></fragment>").encode("latin-1"))
    commit(repo, f"the fragment is {damage}")
    shutil.rmtree(fragment) if fragment.is_dir() else fragment.unlink(missing_ok=True)
    fragment.write_text(text)
    code, out, err = plan("--today", "2026-11-01")
    assert (code, out) == (OK, "No change against HEAD.\n")
    assert err == "plan: platform.yaml at HEAD is invalid; reading the base with the current one\n"


def test_a_request_file_may_be_a_link_within_the_requests_folder(two: Path) -> None:
    repo = two
    (repo / REQUESTS / ".shared").mkdir()
    (repo / REQUESTS / "team-alpha" / "access.yaml").rename(repo / REQUESTS / ".shared" / "team-alpha.yaml")
    (repo / REQUESTS / "team-alpha" / "access.yaml").symlink_to("../.shared/team-alpha.yaml")
    commit(repo, "links")
    assert plan("--today", "2026-11-01") == (OK, "No change against HEAD.\n", "")


def test_only_team_folders_of_the_base_requests_are_read(two: Path) -> None:
    repo = two
    (repo / REQUESTS / ".drafts").mkdir()
    (repo / REQUESTS / ".drafts" / "access.yaml").write_bytes(b"team: caf\xe9\n")  # not UTF-8, not a team
    (repo / REQUESTS / "README.md").write_text("how to ask\n")
    commit(repo, "more than teams")
    assert plan("--today", "2026-11-01") == (OK, "No change against HEAD.\n", "")


def test_a_base_output_folder_that_synth_would_not_write_is_refused_by_its_path(two: Path) -> None:
    repo = two
    (repo / "dist" / "teams" / "Not_A_Team").mkdir()
    (repo / "dist" / "teams" / "Not_A_Team" / "x.yaml").write_text("a: 1\n")
    commit(repo, "a stray folder")
    code, out, err = plan()
    assert (code, out, err) == (ENVIRONMENT, "", "plan: dist/teams/Not_A_Team at HEAD: not a team folder synth writes\n")


EXPIRED = "  expiresOn: 2026-11-01\n"


def test_a_team_whose_request_was_invalid_at_the_base_is_not_new(two: Path) -> None:
    repo = two
    # GIVEN team-x at the base with an invalid request, so nothing synthesized for it
    write(repo / REQUESTS, "team-x", typed_request("team-x").replace("costCenter: CC-1", "costCenter: '@CC'"))
    commit(repo, "an invalid request")
    # WHEN the pull request fixes it, with a date already past
    write(repo / REQUESTS, "team-x", typed_request("team-x") + EXPIRED)
    code, out, err = plan("--today", "2026-11-02")
    # THEN it is an existing request that lapsed (a warning), not a new one that may not be expired
    assert code == OK, err
    assert "team-x" in out and "is already past" not in err


def test_a_team_deployed_at_the_base_without_its_request_is_not_new(two: Path) -> None:
    repo = two
    # GIVEN team-beta's objects at the base, but no request for it there
    shutil.rmtree(repo / REQUESTS / "team-beta")
    commit(repo, "request gone, objects left")
    # WHEN the pull request brings the request back, with a date already past
    write(repo / REQUESTS, "team-beta", typed_request("team-beta") + EXPIRED)
    code, _, err = plan("--today", "2026-11-27")
    assert code == OK, err
    assert "is already past" not in err
