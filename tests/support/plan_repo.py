"""Shared by several test modules (moved from test_plan_run.py): enter, plan, two_teams."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
import pytest
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, copy_fragments
from support.scratch_git import git, run, write
from ai_access.exit_codes import OK


TODAY = "2026-11-27"


REQUESTS = "developer-requests"


def commit(repo: Path, message: str = "change") -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message)


def repository(root: Path, requests: dict[str, str], *, synth_today: str = TODAY) -> Path:
    """A repository with `requests` (team: file text) synthesized on `synth_today`, committed."""
    root.mkdir(parents=True)
    (root / "platform.yaml").write_text(FIXTURE_PLATFORM.read_text())
    copy_fragments(root)
    for team, text in requests.items():
        write(root / REQUESTS, team, text)
    with contextlib.chdir(root):
        code, _, err = run(["synth", "--platform", "platform.yaml", "--today", synth_today])
        assert code == OK, err
    git(root, "init", "-q", "-b", "main")
    commit(root, "base")
    return root


def plan(*extra: str) -> tuple[int, str, str]:
    return run(["plan", "--base", "HEAD", "--platform", "platform.yaml", "--today", TODAY, *extra])


@pytest.fixture(scope="module")
def two_teams(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """team-alpha and team-beta of the fixtures, team-beta expiring the day before TODAY, synthesized before it."""
    beta = (FIXTURE_REQUESTS / "team-beta" / "access.yaml").read_text()
    beta = beta.replace('  tracingEnabled: "false"\n', '  tracingEnabled: "false"\n  expiresOn: "2026-11-26"\n')
    requests = {"team-alpha": (FIXTURE_REQUESTS / "team-alpha" / "access.yaml").read_text(), "team-beta": beta}
    return repository(tmp_path_factory.mktemp("two") / "repo", requests, synth_today="2026-11-01")


def enter(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(template, copy, symlinks=True)
    monkeypatch.chdir(copy)
    return copy
