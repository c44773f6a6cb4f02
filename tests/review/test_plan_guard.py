"""plan's guard: every team that loses access counts, and a hostile base ends cleanly with exit 3."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from support.scratch_git import edit, git, run, build_scratch_repo, scratch_repo# noqa: F401

from ai_access.exit_codes import ENVIRONMENT, INVALID, OK, USAGE

TODAY = "2026-11-27"
ALPHA = "developer-requests/team-alpha/access.yaml"
BETA = "developer-requests/team-beta/access.yaml"


def _plan(base: str, *extra: str, today: str = TODAY) -> tuple[int, str, str]:
    return run(["plan", "--base", base, "--platform", "platform.yaml", "--today", today, *extra])


def _add_expiry(path: Path, day: str) -> None:
    edit(path, '  entraGroupId: "9a8b7c6d', f'  expiresOn: "{day}"\n  entraGroupId: "9a8b7c6d')


# ---- what counts -------------------------------------------------------------------------


def test_suspensions_by_expiry_count_toward_the_guard(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN both teams' requests expire before today
    repo, base = scratch_repo
    edit(repo / ALPHA, 'expiresOn: "2030-06-30"', 'expiresOn: "2026-11-01"')
    _add_expiry(repo / BETA, "2026-11-10")
    # WHEN the plan allows one team to lose access
    code, text, err = _plan(base, "--max-deletions", "1")
    # THEN both keys are suspended, the plan says so, and the guard refuses
    assert code == INVALID and "mass deletion: 2 teams at risk, teams would lose access (team-alpha, team-beta)" in err
    assert "!! loses access: key suspended on 2026-11-02" in text
    assert "!! loses access: key suspended on 2026-11-11" in text
    assert _plan(base, "--max-deletions", "2")[0] == OK


def test_a_key_suspended_because_the_date_passed_counts_without_any_edit(scratch_repo: tuple[Path, str]) -> None:
    # team-alpha's last day is 2030-06-30; the base's dist/ still has its key active
    _, base = scratch_repo
    code, text, err = _plan(base, "--max-deletions", "0", today="2030-07-02")
    assert code == INVALID and "1 teams at risk" in err
    assert "team-alpha: changed" in text and "loses access: key suspended on 2030-07-01" in text


def test_an_earlier_or_new_expiry_counts_and_a_renewal_does_not(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    edit(repo / ALPHA, 'expiresOn: "2030-06-30"', 'expiresOn: "2026-12-15"')
    _add_expiry(repo / BETA, "2027-01-31")
    code, text, err = _plan(base, "--max-deletions", "1")
    assert code == INVALID and "2 teams at risk" in err
    assert "loses access: key will be suspended on 2026-12-16" in text
    assert "loses access: key will be suspended on 2027-02-01" in text

    git(repo, "checkout", "-q", "--", ".")
    edit(repo / ALPHA, 'expiresOn: "2030-06-30"', 'expiresOn: "2031-06-30"')
    code, text, _ = _plan(base, "--max-deletions", "0")
    assert code == OK and "expiresOn: 2030-06-30 -> 2031-06-30" in text and "loses access" not in text


def test_a_team_with_every_model_disabled_counts(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    (repo / ALPHA).write_text((repo / ALPHA).read_text().replace("enabled: true", "enabled: false"))
    edit(repo / BETA, "enabled: true", "enabled: false")
    code, text, err = _plan(base, "--max-deletions", "1")
    assert code == INVALID and "2 teams at risk" in err
    assert text.count("!! loses access: all models disabled") == 2


def test_a_disabled_model_with_another_left_does_not_count(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    edit(repo / ALPHA, "type: kaito\n      enabled: true", "type: kaito\n      enabled: false")
    code, text, _ = _plan(base, "--max-deletions", "0")
    assert code == OK and "models.phi-4: kaito, enabled -> kaito, disabled" in text


def test_teams_deployed_but_invalid_or_missing_at_the_base_count_when_deleted(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN a base whose dist/ deploys both teams, with alpha's request invalid and beta's gone
    repo, _ = scratch_repo
    edit(repo / ALPHA, 'tokensPerMinute: "5000"', 'tokensPerMinute: "0"')
    shutil.rmtree(repo / "developer-requests/team-beta")
    git(repo, "commit", "-qam", "broken base")
    broken = git(repo, "rev-parse", "HEAD")
    # WHEN the head deletes both teams
    shutil.rmtree(repo / "developer-requests/team-alpha")
    code, text, err = _plan(broken, "--max-deletions", "1")
    # THEN both count, judged by the base's dist/teams/
    assert code == INVALID and "2 teams at risk" in err
    assert "!! team-alpha: DELETED" in text and "!! team-beta: DELETED" in text
    assert "workspace-phi-4-" in text  # what goes is listed from the base's output
    assert "judged by dist/teams there" in err


def test_a_team_invalid_at_the_base_but_kept_is_a_change_not_a_creation(scratch_repo: tuple[Path, str]) -> None:
    repo, _ = scratch_repo
    edit(repo / ALPHA, 'tokensPerMinute: "5000"', 'tokensPerMinute: "0"')
    git(repo, "commit", "-qam", "broken base")
    broken = git(repo, "rev-parse", "HEAD")
    edit(repo / ALPHA, 'tokensPerMinute: "0"', 'tokensPerMinute: "5000"')
    code, text, _ = _plan(broken, "--max-deletions", "0")
    assert code == OK and "~ team-alpha: changed" in text and "every field shows as new" in text


def test_max_deletions_must_be_a_count() -> None:
    code, _, err = run(["plan", "--base", "main", "--max-deletions", "-1"])
    assert code == USAGE and "must be 0 or more (got -1)" in err


# ---- a hostile base ----------------------------------------------------------------------


def _symlink(target: str, at: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        path = repo / at
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
        os.symlink(target, path)

    return change


def _folder_for(at: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        (repo / at).unlink()
        (repo / at).mkdir()
        (repo / at / "inside.yaml").write_text("a: 1\n")

    return change


def _file_for(at: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        shutil.rmtree(repo / at)
        (repo / at).write_text("a: 1\n")

    return change


def _not_utf8(at: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        with open(repo / at, "ab") as handle:
            handle.write(b"# caf\xe9 \xff\xfe\n")

    return change


def _not_utf8_name(repo: Path) -> None:
    with open(os.fsencode(repo / "dist/teams/team-alpha") + b"/caf\xe9.yaml", "wb") as handle:
        handle.write(b"a: 1\n")


def _not_utf8_team_folder(repo: Path) -> None:
    os.mkdir(os.fsencode(repo / "dist/teams") + b"/caf\xe9")
    with open(os.fsencode(repo / "dist/teams") + b"/caf\xe9/namespace.yaml", "wb") as handle:
        handle.write(b"a: 1\n")


NAMESPACE = "dist/teams/team-alpha/namespace-ai-team-alpha.yaml"
HOSTILE = {
    "request symlink to /etc/passwd": (_symlink("/etc/passwd", ALPHA), "a symlink out of the repository"),
    "platform.yaml symlink to /etc/passwd": (_symlink("/etc/passwd", "platform.yaml"), "a symlink out of the repository"),
    "dist file symlink out of the repository": (_symlink("../../../../../../../../etc/hostname", NAMESPACE), "a symlink out of the repository"),
    "dist team folder symlink out of the repository": (_symlink("../../../..", "dist/teams/team-beta"), "a symlink out of the repository"),
    "platform.yaml is a folder": (_folder_for("platform.yaml"), "platform.yaml at hostile: a file belongs here"),
    "access.yaml is a folder": (_folder_for(ALPHA), f"{ALPHA} at hostile: a file belongs here"),
    "dist file is a folder": (_folder_for(NAMESPACE), f"{NAMESPACE} at hostile: a file belongs here"),
    "dist team folder is a file": (_file_for("dist/teams/team-beta"), "dist/teams/team-beta at hostile: a folder belongs here"),
    "requests folder is a file": (_file_for("developer-requests"), "developer-requests at hostile: a folder belongs here"),
    "access.yaml not UTF-8": (_not_utf8(ALPHA), f"{ALPHA} at hostile: not UTF-8 text"),
    "platform.yaml not UTF-8": (_not_utf8("platform.yaml"), "platform.yaml at hostile: not UTF-8 text"),
    "dist team file not UTF-8": (_not_utf8(NAMESPACE), f"{NAMESPACE} at hostile: not UTF-8 text"),
    "dist argocd file not UTF-8": (
        _not_utf8("dist/argocd/applicationset-ai-model-access-teams.yaml"),
        "dist/argocd/applicationset-ai-model-access-teams.yaml at hostile: not UTF-8 text",
    ),
    "dist file symlink within the repository": (_symlink("../team-beta/namespace-ai-team-beta.yaml", NAMESPACE), f"{NAMESPACE} at hostile: a file belongs here"),
    "dist team folder name not UTF-8": (_not_utf8_team_folder, repr("dist/teams/caf\udce9") + " at hostile: a name that is not printable UTF-8 text"),
    "dist file name not UTF-8": (_not_utf8_name, repr("dist/teams/team-alpha/caf\udce9.yaml") + " at hostile: a name that is not printable UTF-8 text"),
}


@pytest.fixture(scope="module")
def hostile_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scratch repository with one branch per hostile base, the work tree left at the good one."""
    repo, _ = build_scratch_repo(tmp_path_factory.mktemp("hostile") / "repo")
    for number, (change, _) in enumerate(HOSTILE.values()):
        git(repo, "checkout", "-q", "-b", f"hostile-{number}", "main")
        change(repo)
        git(repo, "add", "-A")
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "hostile")
    git(repo, "checkout", "-q", "main")
    return repo


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_base_ends_with_one_line_and_the_environment_code(
    hostile_repo: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    monkeypatch.chdir(hostile_repo)
    branch = f"hostile-{list(HOSTILE).index(case)}"
    code, text, err = _plan(branch)
    assert (code, text) == (ENVIRONMENT, ""), err
    assert err.startswith("plan: ") and err.count("\n") == 1 and "Traceback" not in err
    fragment = HOSTILE[case][1].replace("at hostile", f"at {branch}")
    # a path is shown as it is in the repository, first
    assert err.startswith(f"plan: {fragment}") if f" at {branch}" in fragment else fragment in err, err



# ---- every loss of access: a group, a renamed gateway or account -------------------------------

ALPHA_GROUP = "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
BETA_GROUP = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
NEW_GROUP = "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"


def test_a_changed_entra_group_is_a_loss_of_access_for_the_old_group(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN team-alpha's group (key reader, Azure AI User on the project, Reader on the account) is replaced
    repo, base = scratch_repo
    edit(repo / ALPHA, ALPHA_GROUP, NEW_GROUP)
    code, text, err = _plan(base, "--max-deletions", "0")
    # THEN the old group's RoleBinding and role assignments go: the guard counts it, naming what goes
    assert code == INVALID and "1 teams at risk, teams would lose access (team-alpha)" in err
    assert (
        f"!! loses access: Entra group {ALPHA_GROUP} loses reading the key Secret ai-gateway-key, Azure AI User on the "
        f"Foundry project, Reader on the Foundry account: entraGroupId changes to {NEW_GROUP}"
    ) in text
    assert _plan(base, "--max-deletions", "1")[0] == OK


def test_a_removed_entra_group_is_a_loss_of_access(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    edit(repo / BETA, f'  entraGroupId: "{BETA_GROUP}"\n', "")
    code, text, err = _plan(base, "--max-deletions", "0")
    assert code == INVALID and "teams would lose access (team-beta)" in err
    assert f"!! loses access: Entra group {BETA_GROUP} loses reading the key Secret ai-gateway-key: entraGroupId removed" in text


def test_playground_access_turned_off_is_a_loss_of_the_project_roles(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    edit(repo / ALPHA, 'playgroundAccess: "true"', 'playgroundAccess: "false"')
    code, text, _ = _plan(base, "--max-deletions", "0")
    assert code == INVALID
    assert f"Entra group {ALPHA_GROUP} loses Azure AI User on the Foundry project, Reader on the Foundry account: playgroundAccess off" in text


@pytest.mark.parametrize(
    ("old", "new", "teams", "loss"),
    [
        ("serviceName: apim-aiplatform-contoso", "serviceName: apim-aiplatform-renamed", "team-alpha, team-beta",
         "its key moves to API Management apim-aiplatform-renamed: the key issued by apim-aiplatform-contoso stops working"),
        ("accountName: aif-aiplatform", "accountName: aif-renamed", "team-alpha",
         "its Foundry project moves to account aif-renamed: the project on aif-aiplatform, with its data and role assignments, is left behind"),
        ("resourceGroup: rg-aiplatform\n", "resourceGroup: rg-moved\n", "team-alpha, team-beta", "its key moves to API Management"),
    ],
    ids=["apim-service", "foundry-account", "resource-group"],
)
def test_a_renamed_gateway_or_account_is_a_loss_of_access_for_every_team_on_it(
    scratch_repo: tuple[Path, str], old: str, new: str, teams: str, loss: str
) -> None:
    repo, base = scratch_repo
    edit(repo / "platform.yaml", old, new)
    code, text, err = _plan(base, "--max-deletions", "0")
    assert code == INVALID and f"teams would lose access ({teams})" in err
    assert text.count(f"!! loses access: {loss}") == len(teams.split(", "))


# ---- a deleted team's kept project: retiredTeams -----------------------------------------------

RETIRE_MESSAGE = (
    "retiredTeams in platform.yaml in this change (a plain name, or with the owner and entraGroupId it had), "
    "or a later request of that name is given the kept project and its data"
)


def test_a_team_deleted_without_retiring_its_name_fails_the_plan_whatever_the_limit(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN team-beta's folder is deleted, its Foundry projects kept (keepProjectsOnDelete), retiredTeams unchanged
    repo, base = scratch_repo
    shutil.rmtree(repo / "developer-requests/team-beta")
    code, text, err = _plan(base, "--max-deletions", "5")
    # THEN the plan fails, saying so, and shows it
    assert code == INVALID
    assert err == f"plan: deleted while foundry.keepProjectsOnDelete keeps their Foundry projects: team-beta; list each in {RETIRE_MESSAGE}\n"
    assert "!! deleted while their Foundry projects are kept, and not in retiredTeams as themselves:\n    team-beta\n" in text


@pytest.mark.parametrize(
    ("old", "new"),
    [("retiredTeams: []", "retiredTeams: [team-old, team-beta]"), ("retiredTeams: []", "retiredTeams:\n- team-beta"),
     ("retiredTeams: []", "retiredTeams:\n- team: team-beta\n  owner: bob@contoso.com\n  entraGroupId: " + BETA_GROUP)],
    ids=["flow-list", "block-list", "with-owner-and-group"],
)
def test_a_team_deleted_with_its_name_retired_passes_in_either_form(scratch_repo: tuple[Path, str], old: str, new: str) -> None:
    # The routine change (../shared/tools/requester-drill.sh writes either list form): the folder goes, the name is retired.
    repo, base = scratch_repo
    shutil.rmtree(repo / "developer-requests/team-beta")
    edit(repo / "platform.yaml", old, new)
    code, text, err = _plan(base, "--max-deletions", "1")
    assert code == OK, err
    assert "!! team-beta: DELETED" in text and "not in retiredTeams" not in text


@pytest.mark.parametrize("entry", [f"owner: eve@contoso.com\n  entraGroupId: {BETA_GROUP}", f"owner: bob@contoso.com\n  entraGroupId: {NEW_GROUP}"])
def test_a_team_retired_with_an_owner_or_group_it_did_not_have_fails_the_plan(scratch_repo: tuple[Path, str], entry: str) -> None:
    # The entry would let someone else bring the name back, and with it the team's kept project.
    repo, base = scratch_repo
    shutil.rmtree(repo / "developer-requests/team-beta")
    edit(repo / "platform.yaml", "retiredTeams: []", f"retiredTeams:\n- team: team-beta\n  {entry}")
    code, _, err = _plan(base, "--max-deletions", "1")
    assert code == INVALID and err.startswith("plan: deleted while foundry.keepProjectsOnDelete keeps their Foundry projects: team-beta;")


def test_a_name_let_out_of_retired_teams_is_shown_to_the_reviewer(scratch_repo: tuple[Path, str]) -> None:
    repo, _ = scratch_repo
    edit(repo / "platform.yaml", "retiredTeams: []", "retiredTeams: [team-old]")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "retire team-old")
    retired = git(repo, "rev-parse", "HEAD")
    edit(repo / "platform.yaml", "retiredTeams: [team-old]", "retiredTeams: []")
    code, text, _ = _plan(retired)
    assert code == OK
    assert "!! retiredTeams no longer lists team-old: a new request named team-old is given its kept Foundry project, with its data" in text
