"""The test suite's two long subprocesses, started as soon as tests are collected and awaited where used.

`make imports` (about 20 s of Node.js) and `cdktf synth` (about 12 s, most of it importing the azurerm
bindings) each keep one core busy while pytest runs its other tests on the other core: on 2 cores
the suite then waits for neither. Each job is started only when a collected test needs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from support.files import FIXTURE_PLATFORM, REPO, copy_fragments
from support.upstream_crds import crds_dir


@dataclass
class Job:
    """One subprocess, its scratch folder and its output (written to files, so no pipe fills up)."""

    name: str
    folder: Path
    process: subprocess.Popen
    log: Path
    result: subprocess.CompletedProcess | None = field(default=None)

    def wait(self, timeout: float = 600) -> subprocess.CompletedProcess:
        """The finished process: its code and its combined output."""
        if self.result is None:
            code = self.process.wait(timeout)
            self.result = subprocess.CompletedProcess(self.process.args, code, self.log.read_text(errors="replace"), "")
        return self.result


class Jobs:
    """The jobs of one test session, by name."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ai-access-tests-"))
        self.jobs: dict[str, Job] = {}

    def start(self, name: str, command: list[str], *, cwd: Path, env: dict[str, str], folder: Path | None = None) -> Job:
        """Start `command` in the background; `folder` (default: a fresh one) is the job's scratch."""
        folder = folder or self.root / name
        folder.mkdir(parents=True, exist_ok=True)
        log = self.root / f"{name}.log"
        with open(log, "w") as output:
            process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)
        self.jobs[name] = Job(name, folder, process, log)
        return self.jobs[name]

    def get(self, name: str) -> Job | None:
        """The job of that name, if one was started."""
        return self.jobs.get(name)

    def close(self) -> None:
        """Stop what still runs and remove every scratch folder."""
        for job in self.jobs.values():
            if job.process.poll() is None:
                job.process.kill()
                job.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def node_env(**extra: str) -> dict[str, str]:
    """The environment of a job: this one's (Node.js from .venv first on PATH) plus `extra`."""
    return {**os.environ, **extra}


# What make, its recipes and the CLIs' shebangs (`#!/usr/bin/env node`) call; node, npm and npx are not among them.
BASIC_TOOLS = ("make", "sh", "bash", "env", "cat", "cp", "mv", "rm", "mkdir", "ls", "test", "touch", "uname", "dirname", "sed", "grep", "tr", "git")


def bare_path(folder: Path) -> str:
    """A PATH as bare as a fresh machine's after `make setup`: .venv/bin and a folder in `folder` linking only basic tools.

    The documented commands must work with nothing else on PATH (no system `node`, `npm` or `npx`,
    which this machine may well have), so the jobs and tests that run them put only these on it.
    """
    tools = folder / "bare-bin"
    tools.mkdir(parents=True, exist_ok=True)
    for name in BASIC_TOOLS:
        found = shutil.which(name)
        if found and not (tools / name).exists():
            (tools / name).symlink_to(found)
    return os.pathsep.join([str(Path(sys.prefix) / "bin"), str(tools)])


@dataclass(frozen=True)
class CdktfRun:
    """What `cdktf synth` wrote for the fixture platform, and what it left in its temporary folder."""

    stack_file: Path
    stack: dict
    leftovers: list[str]
    output: str


def imports_job(pytestconfig: pytest.Config) -> Job:
    """`make imports` into a scratch folder (imports/ and crd_scopes.json), started with the session."""
    return jobs_of(pytestconfig).get("imports") or start_imports(jobs_of(pytestconfig))


def start_cdktf(jobs: Jobs) -> Job:
    folder = jobs.root / "cdktf"
    project = folder / "project"
    project.mkdir(parents=True)
    for name in ("main.py", "cdktf.json", "Makefile", "requirements.txt", "package-lock.json"):
        shutil.copy2(REPO / name, project / name)  # with their times: make sees setup up to date
    shutil.copy(FIXTURE_PLATFORM, project / "platform.yaml")
    copy_fragments(project)
    shutil.copytree(REPO / "constructs", project / "constructs", ignore=shutil.ignore_patterns("__pycache__"))
    (project / ".venv").symlink_to(Path(sys.prefix))
    (project / "node_modules").symlink_to(REPO / "node_modules")
    (folder / "tmp").mkdir()
    env = node_env(TMPDIR=str(folder / "tmp"), PATH=bare_path(folder))
    # `make -q setup` first: were setup not up to date, the recipe would reinstall .venv/ and node_modules/ through the links.
    command = ["sh", "-c", 'make -s -q setup || { echo "run make setup first"; exit 1; }; exec make -s cdktf-synth']
    return jobs.start("cdktf", command, cwd=project, env=env, folder=folder)


def start_imports(jobs: Jobs) -> Job:
    folder = jobs.root / "imports"
    command = ["make", "-s", "imports", f"IMPORTS_DIR={folder / 'imports'}", f"SCOPES_FILE={folder / 'crd_scopes.json'}"]
    return jobs.start("imports", command, cwd=REPO, env=node_env(AI_ACCESS_CRDS_DIR=str(crds_dir())), folder=folder)


def jobs_of(config: pytest.Config) -> Jobs:
    if JOBS not in config.stash:
        config.stash[JOBS] = Jobs()
    return config.stash[JOBS]


JOBS = pytest.StashKey[Jobs]()
