"""The scheduled workflow's scripts (.github/workflows/access-lifecycle.yml), run as its jobs run them.

GitHub Actions cannot run here, so the test runs the jobs' `.ci/` steps in a scratch repository (a
bare "origin" holding `main`: the fixture requests, platform and their output of FIXTURE_TODAY)
with a stand-in `gh` (`support.fake_gh`):

- `synth`: `.ci/dist-patch --today` on a clone of main, for a fixed day after team-alpha's last
  day: the patch changes only dist/ and no request;
- `propose`: `.ci/lifecycle-pr` puts that patch on the bot's branch and opens one pull request; a
  second run updates it and opens none; a run for a main that moved pushes nothing; an empty
  patch closes the pull request;
- `remind`: `.ci/expiry-reminders` on what `main.py expiring --format json` writes opens one issue
  per team, updates it, never opens a second, closes duplicates, and closes it on renewal or
  deletion; an issue someone else opened is never touched. A failing or hanging `gh` ends the run
  in one line with exit 3, a hostile report with exit 1.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from support.fake_gh import BOT, FakeGitHub, install
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO
from support.origin_repo import Origin, git, run, seed_origin
from support.scratch_git import run as cli

from ai_access import exit_codes

BRANCH = "access-lifecycle/scheduled-synth"
LAST_DAY = "2030-06-30"
"""team-alpha's expiresOn in the fixtures (the only team with one)."""
DAY_AFTER = "2030-07-01"
REMINDERS = REPO / ".ci" / "expiry-reminders"


# ---- synth and propose ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory, fixture_dist: Path) -> Origin:
    """main: the project's code, the fixture requests and platform, and their output of FIXTURE_TODAY."""
    return seed_origin(tmp_path_factory.mktemp("lifecycle"), requests=FIXTURE_REQUESTS, dist=fixture_dist)


@pytest.fixture(scope="module")
def day_patch(origin: Origin) -> Path:
    """The `synth` job: `.ci/dist-patch` on a clone of main for the day after team-alpha's last day."""
    clone = origin.clone_at(origin.main, origin.root / "synth-job")
    patch = origin.root / "artifact" / "dist.patch"
    patch.parent.mkdir()
    done = run([str(clone / ".ci" / "dist-patch"), str(patch), "--base", "origin/main", "--today", DAY_AFTER], clone)
    assert done.returncode == exit_codes.OK, done.stderr
    # the job changed no request: only dist/ differs from main in its work tree
    changed = set(git(clone, "diff", "--name-only", "HEAD").splitlines()) | set(git(clone, "ls-files", "--others", "--exclude-standard").splitlines())
    changed -= {".venv"}
    assert changed and all(path.startswith("dist/") for path in changed), sorted(p for p in changed if not p.startswith("dist/"))
    return patch


def _propose(origin: Origin, gh: FakeGitHub, patch: Path, *, expect: str | None = None, today: str = DAY_AFTER) -> subprocess.CompletedProcess:
    """The `propose` job: main's `.ci/lifecycle-pr`, from a folder holding only main's .ci/."""
    trusted = origin.root / f"trusted-{len(list(origin.root.glob('trusted-*')))}"
    archive = subprocess.run(["git", "archive", "main", ".ci"], cwd=origin.bare, capture_output=True, check=True).stdout
    trusted.mkdir()
    subprocess.run(["tar", "-x", "-C", str(trusted)], input=archive, check=True)
    command = [
        str(trusted / ".ci" / "lifecycle-pr"), "--remote", str(origin.bare), "--base", "main", "--expect", expect or origin.main,
        "--branch", BRANCH, "--patch", str(patch), "--today", today, "--checked", "success", "--run-url", "https://example.com/run/1",
    ]
    return run(command, trusted, **gh.env())


def test_the_scheduled_synth_proposes_the_days_dist_once_and_updates_it(origin: Origin, day_patch: Path, tmp_path: Path) -> None:
    gh = install(tmp_path / "gh")
    # WHEN the day's run proposes its patch
    first = _propose(origin, gh, day_patch)
    assert first.returncode == exit_codes.OK, first.stderr
    # THEN the bot's branch is one commit on main, touching only dist/: team-alpha's key suspended
    tip = origin.tip(BRANCH)
    assert git(origin.bare, "rev-parse", f"{tip}^") == origin.main
    paths = git(origin.bare, "diff", "--name-only", origin.main, tip).splitlines()
    assert paths and all(path.startswith("dist/") for path in paths)
    assert "state: suspended" in git(origin.bare, "show", f"{tip}:dist/teams/team-alpha/subscription-apim-subscription.yaml")
    assert "dist/teams/team-alpha/workspace-phi-4-72418c.yaml" in paths  # removed: the GPU node is freed
    (pull,) = gh.read()["pulls"]
    assert (pull["head"], pull["base"], pull["state"], pull["title"]) == (BRANCH, "main", "open", f"dist: the scheduled synth of {DAY_AFTER}")
    assert [s["state"] for s in gh.read()["statuses"]] == ["success"]
    # WHEN the next day's run proposes again
    second = _propose(origin, gh, day_patch, today="2030-07-02")
    # THEN the same pull request is updated, never a second one
    assert second.returncode == exit_codes.OK, second.stderr
    assert [p["number"] for p in gh.read()["pulls"]] == [pull["number"]] and len(gh.calls("pr", "create")) == 1
    assert gh.read()["pulls"][0]["title"] == "dist: the scheduled synth of 2030-07-02"
    # WHEN main is current again (the change merged, or a renewal made it moot): the pull request is closed
    empty = tmp_path / "empty.patch"
    empty.write_text("")
    closed = _propose(origin, gh, empty)
    assert closed.returncode == exit_codes.OK, closed.stderr
    assert gh.read()["pulls"][0]["state"] == "closed" and gh.read()["pulls"][0]["branch_deleted"]


def test_a_run_for_a_main_that_moved_pushes_nothing(origin: Origin, day_patch: Path, tmp_path: Path) -> None:
    # GIVEN a run that synthesized an older main (another run, or a merge, came in between)
    gh = install(tmp_path / "gh")
    before = git(origin.bare, "for-each-ref", "--format=%(refname) %(objectname)")
    stale = git(origin.work, "commit-tree", f"{origin.main}^{{tree}}", "-m", "an older main")
    done = _propose(origin, gh, day_patch, expect=stale)
    # THEN it refuses in one line, exit 3, and no branch or pull request changes
    assert done.returncode == exit_codes.ENVIRONMENT
    assert done.stderr.strip().count("\n") == 0 and "moved" in done.stderr
    assert git(origin.bare, "for-each-ref", "--format=%(refname) %(objectname)") == before
    assert gh.read()["pulls"] == []


def test_the_workflow_runs_one_at_a_time_and_never_fails_on_one_teams_old_key() -> None:
    # actionlint runs on it with every workflow (test_workflows.py); here what its concurrency must be
    import yaml

    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "access-lifecycle.yml").read_text())
    assert workflow["concurrency"] == {"group": "access-lifecycle", "cancel-in-progress": False}
    assert set(workflow[True]) == {"schedule", "workflow_dispatch"}
    # validate fails on an old key (gitops.maxKeyAgeDays): one team's old key must not hold back every team's expiry
    runs = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert not any("main.py validate" in run for run in runs)
    assert any("--today" in run and ".ci/dist-patch" in run for run in runs)


# ---- remind ---------------------------------------------------------------------------------------


def _expiring(requests: Path, today: str, out: Path) -> Path:
    code, text, err = cli(["expiring", "--requests", str(requests), "--platform", str(FIXTURE_PLATFORM), "--today", today, "--format", "json"])
    assert code == exit_codes.OK, err
    out.write_text(text)
    return out


def _remind(report: Path, gh: FakeGitHub, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(REMINDERS), str(report)], env={**gh.env(), **env}, capture_output=True, text=True, timeout=60)


@pytest.fixture()
def requests(tmp_path: Path) -> Path:
    """A copy of the fixture requests, to renew or delete a team in."""
    folder = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS, folder)
    return folder


def _open(gh: FakeGitHub) -> list[dict]:
    return [i for i in gh.read()["issues"] if i["state"] == "open"]


def test_a_reminder_is_opened_once_updated_and_closed_on_renewal(requests: Path, tmp_path: Path) -> None:
    gh = install(tmp_path / "gh")
    # WHEN the run of ten days before team-alpha's last day reminds, twice
    report = _expiring(requests, "2030-06-20", tmp_path / "a.json")
    assert _remind(report, gh).returncode == exit_codes.OK
    assert _remind(report, gh).returncode == exit_codes.OK
    # THEN one issue, with the owner's e-mail and what the team loses, edited by nobody the second time
    (issue,) = _open(gh)
    assert issue["body"].startswith("<!-- access-expiry-reminder team=team-alpha -->") and "alice@contoso.com" in issue["body"]
    assert "suspended" in issue["body"] and gh.calls("issue", "edit") == []
    # WHEN the next day's run reminds: the same issue is updated
    assert _remind(_expiring(requests, "2030-06-21", tmp_path / "b.json"), gh).returncode == exit_codes.OK
    assert [i["number"] for i in _open(gh)] == [issue["number"]] and len(gh.calls("issue", "edit")) == 1
    assert len(gh.calls("issue", "create")) == 1
    # WHEN the request is renewed: the issue is closed, saying so
    alpha = requests / "team-alpha" / "access.yaml"
    alpha.write_text(alpha.read_text().replace(f'expiresOn: "{LAST_DAY}"', 'expiresOn: "2031-06-30"'))
    assert _remind(_expiring(requests, "2030-06-22", tmp_path / "c.json"), gh).returncode == exit_codes.OK
    assert _open(gh) == [] and "renewed: access of team-alpha now lasts until 2031-06-30" in gh.read()["issues"][0]["comments"][0]


def test_a_deleted_team_s_reminder_is_closed_and_a_duplicate_too_but_no_one_elses_issue(requests: Path, tmp_path: Path) -> None:
    gh = install(tmp_path / "gh")
    report = _expiring(requests, "2030-06-20", tmp_path / "a.json")
    body = json.loads(report.read_text())["teams"][0]["issue"]["body"]
    # GIVEN a duplicate reminder the workflow opened, and an issue with the same marker someone else opened
    assert _remind(report, gh).returncode == exit_codes.OK
    duplicate = gh.add_issue("again", body, labels=["access-expiry"])
    foreign = gh.add_issue("not a reminder", body, labels=["access-expiry"], author="mallory")
    assert _remind(report, gh).returncode == exit_codes.OK
    assert sorted(i["number"] for i in _open(gh)) == sorted([1, foreign])
    assert any(i["number"] == duplicate and i["state"] == "closed" for i in gh.read()["issues"])
    # WHEN the team's request is deleted: its reminder is closed, the foreign issue stays open
    shutil.rmtree(requests / "team-alpha")
    assert _remind(_expiring(requests, "2030-06-21", tmp_path / "b.json"), gh).returncode == exit_codes.OK
    assert [i["number"] for i in _open(gh)] == [foreign]
    assert "the request of team-alpha was deleted" in gh.read()["issues"][0]["comments"][0]


@pytest.mark.parametrize("env", [{"FAKE_GH_FAIL": "issue list"}, {"FAKE_GH_HANG": "issue list", "GH_TIMEOUT": "1"}], ids=["fails", "hangs"])
def test_a_gh_that_fails_or_hangs_ends_the_run_in_one_line_with_exit_3(requests: Path, tmp_path: Path, env: dict[str, str]) -> None:
    gh = install(tmp_path / "gh")
    done = _remind(_expiring(requests, "2030-06-20", tmp_path / "a.json"), gh, **env)
    assert done.returncode == exit_codes.ENVIRONMENT
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr and "gh issue list" in done.stderr
    assert _open(gh) == []


def test_a_hostile_report_is_refused_with_exit_1_and_nothing_is_opened(requests: Path, tmp_path: Path) -> None:
    gh = install(tmp_path / "gh")
    report = _expiring(requests, "2030-06-20", tmp_path / "a.json")
    data = json.loads(report.read_text())
    data["teams"][0]["team"] = "team-beta"  # the body's marker names another team: it would take over team-beta's issue
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data))
    link = tmp_path / "link.json"
    link.symlink_to(report)
    for path in (forged, link, tmp_path / "missing.json"):
        done = _remind(path, gh)
        assert done.returncode == exit_codes.INVALID and done.stderr.count("\n") == 1, done.stderr
    assert gh.read()["issues"] == [] and gh.read()["calls"] == []
    assert BOT == "app/github-actions"
