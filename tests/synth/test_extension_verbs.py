"""validate and plan load extensions exactly as synth does: from beside the platform file, and a failing one is a problem line."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, copy_fragments
from support.extension_repo import one_team, platform_with, run

from ai_access import exit_codes

LIMITS = '''
from cdk8s_plus_28 import k8s


def add(team):
    k8s.KubeLimitRange(
        team,
        "Limits",
        metadata={"name": "default-limits", "namespace": team.namespace},
        spec=k8s.LimitRangeSpec(limits=[k8s.LimitRangeItem(type="Container", default={"memory": k8s.Quantity.from_string("512Mi")})]),
    )
'''


def _line_of_entry(platform: Path, index: int) -> int:
    lines = platform.read_text().splitlines()
    start = lines.index("extensions:")
    return start + 2 + index


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (None, "cannot load it: ModuleNotFoundError: No module named 'broken'"),
        ("raise RuntimeError('no settings table')\n", "cannot load it: RuntimeError: no settings table"),
        ("import sys\nsys.exit(3)\n", "cannot load it: it called sys.exit(3)"),
        ("import os\nos._exit(0)\n", "extension broken:add ended the worker process (exit code 0) while it was imported"),
        ("def other(team):\n    pass\n", "cannot load it: AttributeError: module 'broken' has no attribute 'add'"),
    ],
)
def test_validate_names_an_extension_that_cannot_be_loaded_at_its_line(tmp_path: Path, source: str | None, message: str) -> None:
    modules = {"limits": LIMITS} | ({"broken": source} if source is not None else {})
    platform = platform_with(tmp_path, modules, ["limits:add", "broken:add"])
    code, out, err = run("validate", platform, requests=one_team(tmp_path))
    assert code == exit_codes.INVALID
    assert len(err.splitlines()) == 1 and err.startswith(f"{platform}:{_line_of_entry(platform, 1)}: extensions[1]: {message}"), err


def test_validate_accepts_extensions_that_load(tmp_path: Path) -> None:
    platform = platform_with(tmp_path, {"limits": LIMITS}, ["limits:add"])
    assert run("validate", platform, requests=one_team(tmp_path))[:2] == (exit_codes.OK, "1 request(s) valid\n")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo, check=True, capture_output=True)


def test_plan_loads_extensions_from_beside_the_platform_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a repository whose platform file and extension live in a folder of their own (not on sys.path)
    repo = tmp_path / "repo"
    (repo / "platform").mkdir(parents=True)
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["extensions"] = ["team_limits:add"]
    (repo / "platform" / "platform.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(repo / "platform")
    (repo / "platform" / "team_limits.py").write_text(LIMITS)
    shutil.copytree(FIXTURE_REQUESTS / "team-alpha", repo / "developer-requests" / "team-alpha")
    monkeypatch.chdir(repo)
    args = ("--platform", "platform/platform.yaml", "--requests", "developer-requests")
    assert run("synth", Path("platform/platform.yaml"), requests=Path("developer-requests"))[0] == exit_codes.OK
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    # WHEN the extension changes in the working tree
    module = repo / "platform" / "team_limits.py"
    module.write_text(module.read_text().replace("512Mi", "1Gi"))
    code, out, err = run("plan", Path(args[1]), "--base", "HEAD", requests=Path("developer-requests"))
    # THEN the plan shows the extension's object changing, for the one team
    assert code == exit_codes.OK, err
    assert "limitrange-default-limits" in out and "team-alpha" in out


def test_plan_names_an_extension_that_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    platform = platform_with(tmp_path, {"limits": "def add(team):\n    raise ValueError('no table')\n"}, ["limits:add"])
    repo = platform.parent
    shutil.copytree(FIXTURE_REQUESTS / "team-alpha", repo / "requests" / "team-alpha")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    with contextlib.chdir(repo):
        code, out, err = run("plan", platform, "--base", "HEAD", requests=repo / "requests")
    assert (code, err) == (exit_codes.INVALID, "plan: cannot synthesize the head: extension limits:add failed for team team-alpha: ValueError: no table\n")
