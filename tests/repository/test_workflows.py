"""Every workflow under .github/workflows/: actionlint passes, and no job that runs a pull request's code can write.

The rules hold for every workflow file, so a new one (a scheduled synth) is checked the same way:

- no `pull_request_target` trigger: it gives a pull request from a fork a token that can write, and
  the way to lose that token is to check out the pull request (GitHub Security Lab, "Preventing pwn
  requests"); the pull-request workflow uses `pull_request` and keeps its writing jobs apart;
- nothing granted by default: the workflow's `permissions` is empty or read-only, each job says
  what it needs;
- in a workflow a pull request triggers, a job with any `write` permission runs none of the pull
  request's files: each checkout in it is of the base commit (`github.event.pull_request.base.sha`),
  into a folder of its own, without persisted credentials; it uses no action of the repository's
  own (`./...`) and downloads artifacts outside the workspace, so the only code on its disk is the
  base's and the runner's.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from support.files import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
PULL_REQUEST_EVENTS = {"pull_request", "pull_request_target", "workflow_run"}
BASE_COMMIT = "${{ github.event.pull_request.base.sha }}"
ACTIONLINT = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "actionlint"


def load(path: Path) -> dict[str, Any]:
    """A workflow file; YAML 1.1 reads the key `on` as True, so it is put back under its name."""
    workflow = yaml.safe_load(path.read_text())
    if True in workflow:
        workflow["on"] = workflow.pop(True)
    return workflow


def triggers(workflow: dict[str, Any]) -> set[str]:
    """The events a workflow runs on."""
    on = workflow["on"]
    return {on} if isinstance(on, str) else set(on)


def writes(permissions: Any) -> list[str]:
    """The scopes a `permissions` value grants write on (`write-all` is every scope)."""
    if permissions in (None, {}, "read-all"):
        return []
    if isinstance(permissions, str):
        return ["everything"]
    return sorted(scope for scope, level in permissions.items() if level == "write")


def test_there_are_workflows() -> None:
    assert WORKFLOWS, "no workflow file"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_passes(path: Path) -> None:
    # shellcheck and pyflakes are optional in actionlint: left out, so the result never depends on what else is installed.
    done = subprocess.run(
        [str(ACTIONLINT), "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", str(path.relative_to(REPO))],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_token_writes_by_default_and_no_pull_request_target(path: Path) -> None:
    workflow = load(path)
    assert "pull_request_target" not in triggers(workflow)
    assert "permissions" in workflow and writes(workflow["permissions"]) == [], "grant nothing at the workflow's level"
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"job {name} must say which permissions it needs"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_job_that_runs_pull_request_code_can_write(path: Path) -> None:
    workflow = load(path)
    if not triggers(workflow) & PULL_REQUEST_EVENTS:
        pytest.skip("not run for pull requests")
    for name, job in workflow["jobs"].items():
        if not writes(job["permissions"]):
            continue
        for step in job["steps"]:
            uses = step.get("uses", "")
            assert not uses.startswith("./"), f"{name}: a local action is the pull request's code"
            if uses.startswith("actions/checkout@"):
                given = step.get("with", {})
                assert given.get("ref") == BASE_COMMIT, f"{name} may write, so it checks out only the base commit"
                assert given.get("path") and given.get("persist-credentials") is False, f"{name}: {given}"
            if uses.startswith("actions/download-artifact@"):
                assert step["with"]["path"].startswith("${{ runner.temp }}"), f"{name}: artifacts outside the workspace"
            script = "\n".join(line for line in step.get("run", "").splitlines() if not line.lstrip().startswith("#"))
            assert not re.search(r"(^|[\s;&|(])(make|\.venv/|\./|\.ci/|main\.py)", script), (
                f"{name} may write, so it runs only the base's scripts (under the checkout's path): {script}"
            )


def test_the_pull_request_workflow_splits_its_jobs_as_documented() -> None:
    # The `check` job runs the pull request's code and reads only; `push-dist` and `comment` write and run none of it.
    workflow = load(REPO / ".github" / "workflows" / "access-requests.yml")
    jobs = workflow["jobs"]
    assert jobs["check"]["permissions"] == {"contents": "read"}
    assert writes(jobs["push-dist"]["permissions"]) == ["contents", "statuses"]
    assert writes(jobs["comment"]["permissions"]) == ["pull-requests"]
    check_out = next(s for s in jobs["check"]["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert check_out["with"]["persist-credentials"] is False
    # push-dist runs only for a pull request from this repository, and only after `check`.
    assert jobs["push-dist"]["needs"] == "check"
    assert "github.event.pull_request.head.repo.full_name == github.repository" in jobs["push-dist"]["if"]
    # The status it posts on its commit has the name of the job whose checks it carries: the required check.
    report = next(s for s in jobs["push-dist"]["steps"] if "statuses/" in s.get("run", ""))
    assert re.search(r"-f context=check\b", report["run"]) and "check" in jobs
