"""A scratch "origin" for the workflow tests: a bare repository holding `main` (the project's code, requests, platform, dist/).

GitHub Actions cannot run here, so the tests run the workflow's `.ci/` scripts as its jobs do, on
clones of such an origin: the requester path (`test_requester_path.py`) and the scheduled synth
(`test_scheduled_synth.py`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from support.files import FIXTURE_PLATFORM, REPO, copy_fragments

# What the project's own files are, in the scratch repository (the fixtures stand in for the live inputs).
PROJECT_FILES = ("main.py", "Makefile", "cdk8s.yaml", "cdktf.json", ".gitignore", "requirements.txt", "package-lock.json")
PROJECT_FOLDERS = ("constructs", "imports", ".ci")


def git(cwd: Path, *args: str, check: bool = True) -> str:
    """Run git in `cwd` with a fixed identity; its stdout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    command = ["git", "-c", "user.name=requester", "-c", "user.email=requester@example.com", "-c", "init.defaultBranch=main", *args]
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {done.stderr}")
    return done.stdout.strip()


@dataclass
class Origin:
    """The scratch origin: its bare repository, main's tip, and a clone to make branches in."""

    bare: Path
    main: str
    work: Path
    root: Path

    def branch(self, name: str, edits: dict[str, str], message: str, start: str = "main") -> str:
        """Push a branch `name` from `start` with `edits` (path -> text) committed; its tip."""
        git(self.work, "checkout", "-q", "-B", name, start)
        for path, text in edits.items():
            (self.work / path).write_text(text)
        git(self.work, "add", "-A")
        git(self.work, "commit", "-q", "-m", message)
        git(self.work, "push", "-q", "-f", "origin", f"{name}:refs/heads/{name}")
        return git(self.work, "rev-parse", "HEAD")

    def copy_of_main(self, name: str) -> str:
        """Point the origin's branch `name` at main's tip; that tip."""
        git(self.work, "push", "-q", "-f", "origin", f"{self.main}:refs/heads/{name}")
        return self.main

    def tip(self, name: str) -> str:
        """The commit the origin's branch `name` points at."""
        return git(self.bare, "rev-parse", f"refs/heads/{name}")

    def clone_at(self, commit: str, folder: Path) -> Path:
        """A clone of the origin (all branches, as the workflow's checkout with fetch-depth 0) at `commit`, with .venv."""
        git(self.root, "clone", "-q", str(self.bare), str(folder))
        git(folder, "checkout", "-q", commit)
        (folder / ".venv").symlink_to(Path(sys.prefix))
        return folder


def run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """A process as the workflow runs it: its own environment plus `env`, no git variables of ours."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return subprocess.run(command, cwd=cwd, env={**base, **env}, capture_output=True, text=True, timeout=300)


def seed_origin(root: Path, *, requests: Path, dist: Path) -> Origin:
    """An origin below `root` whose main holds the project's code, `requests`, the fixture platform and `dist`."""
    seed = root / "seed"
    seed.mkdir()
    for name in PROJECT_FILES:
        shutil.copy2(REPO / name, seed / name)
    for name in PROJECT_FOLDERS:
        shutil.copytree(REPO / name, seed / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(FIXTURE_PLATFORM, seed / "platform.yaml")
    copy_fragments(seed)
    shutil.copytree(requests, seed / "developer-requests")
    shutil.copytree(dist, seed / "dist")
    git(seed, "init", "-q")
    git(seed, "add", "-A")
    git(seed, "commit", "-q", "-m", "main")
    bare = root / "origin.git"
    git(root, "init", "-q", "--bare", str(bare))
    git(seed, "push", "-q", str(bare), "HEAD:refs/heads/main")
    work = root / "work"
    git(root, "clone", "-q", str(bare), str(work))
    return Origin(bare, git(seed, "rev-parse", "HEAD"), work, root)
