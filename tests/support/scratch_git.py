"""Shared by several test modules (moved from test_plan_end_to_end.py): run, typed_request, write, git, scratch_repo, build_scratch_repo, retire, edit."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
from pathlib import Path
import pytest
import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, copy_fragments
from ai_access.cli import main as cli_main


def run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def typed_request(team: str, *, tpm: int = 100, quota: int = 1000, models: list[dict] | None = None, **extra: object) -> str:
    spec = {
        "team": team,
        "owner": f"{team}@contoso.com",
        "costCenter": "CC-1",
        "entraGroupId": "11111111-2222-4333-8444-555555555555",
        "models": models or [{"name": "gpt-4.1", "type": "foundry"}],
        "tokensPerMinute": tpm,
        "dailyTokenQuota": quota,
        **extra,
    }
    doc = {"apiVersion": "ai.contoso.com/v1alpha1", "kind": "ModelAccessRequest", "metadata": {"name": team}, "spec": spec}
    return yaml.safe_dump(doc, sort_keys=False)


def write(root: Path, team: str, text: str) -> None:
    (root / team).mkdir(parents=True, exist_ok=True)
    (root / team / "access.yaml").write_text(text)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture()
def scratch_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A git repository with team-alpha and team-beta committed (requests and dist/), prices simplified."""
    repo, base = build_scratch_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    return repo, base


def build_scratch_repo(repo: Path) -> tuple[Path, str]:
    """Build the repository of `scratch_repo` at `repo`; returns it and its commit."""
    repo.mkdir()
    platform = yaml.safe_load((FIXTURE_PLATFORM).read_text())
    for name, model in platform["foundry"]["models"].items():
        model["pricePerMillionTokensUsd"] = {"gpt-4.1": 2.0, "gpt-4.1-mini": 0.5, "gpt-5.2": 4.0}[name]
    for preset in platform["kaitoPresets"].values():
        preset["pricePerNodeHourUsd"] = 1.0
    (repo / "platform.yaml").write_text(yaml.safe_dump(platform, sort_keys=False))
    copy_fragments(repo)
    for team in ("team-alpha", "team-beta"):
        shutil.copytree(FIXTURE_REQUESTS / team, repo / "developer-requests" / team)
    with contextlib.chdir(repo):
        assert run(["synth", "--platform", "platform.yaml", "--today", "2026-11-27"])[0] == 0
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    return repo, git(repo, "rev-parse", "HEAD")


def retire(repo: Path, *teams: str) -> None:
    """List `teams` in the scratch repository's `retiredTeams`, as a change deleting them must (their projects are kept)."""
    platform = yaml.safe_load((repo / "platform.yaml").read_text())
    platform["retiredTeams"] = [*platform.get("retiredTeams", []), *teams]
    (repo / "platform.yaml").write_text(yaml.safe_dump(platform, sort_keys=False))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
