"""The test suite's two long subprocesses, started as soon as tests are collected and awaited where used.

`make imports` (about 20 s of Node.js) and `cdktf synth` (about 12 s, most of it importing the azurerm
bindings) each keep one core busy while pytest runs its other tests: the suite then waits for
neither. Each job is started only when a collected test needs it, and once per test run however
many pytest processes run the tests (`pytest -n`, pytest-xdist): the first to claim it starts it in
a folder every process of the run shares (`JOBS_ENV`, made by the first process and inherited by
xdist's workers), and every process waits for the exit code the job writes when it ends.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO, copy_fragments
from support.upstream_crds import crds_dir

JOBS_ENV = "AI_ACCESS_TEST_JOBS"
"""The folder the jobs of this test run share; set by the process that made it."""
# The job's command, then its exit code into a file, renamed so a reader never sees half of it.
_WRAPPER = '"$@"; echo $? > "$JOB_RC.tmp"; mv "$JOB_RC.tmp" "$JOB_RC"'


@dataclass
class Job:
    """One subprocess of the test run, its scratch folder and its output (written to files, so no pipe fills up)."""

    name: str
    folder: Path
    log: Path
    returncode_file: Path

    def wait(self, timeout: float = 600) -> subprocess.CompletedProcess:
        """The finished job: its exit code and its combined output (whichever process started it)."""
        deadline = time.monotonic() + timeout
        while not self.returncode_file.exists():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the {self.name} job did not finish within {timeout:g} s")
            time.sleep(0.1)
        code = int(self.returncode_file.read_text().strip() or "1")
        return subprocess.CompletedProcess([self.name], code, self.log.read_text(errors="replace"), "")


class Jobs:
    """The jobs of one test run, by name, in the folder every pytest process of the run shares."""

    def __init__(self) -> None:
        self.owner = JOBS_ENV not in os.environ
        if self.owner:  # the first process of the run (xdist's workers inherit the variable)
            os.environ[JOBS_ENV] = tempfile.mkdtemp(prefix="ai-access-tests-")
        self.root = Path(os.environ[JOBS_ENV])

    def start(
        self, name: str, command: list[str], *, cwd: Path, env: dict[str, str], folder: Path | None = None, prepare: Callable[[], None] | None = None
    ) -> Job:
        """Start `command` in the background unless a process of this run already did.

        `folder` is the job's scratch; `prepare` runs first, only in the process that starts it.
        """
        job = self.get(name, folder)
        try:
            claim = os.open(self.root / f"{name}.claim", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return job  # started by another process of the run: wait for it like any other
        job.folder.mkdir(parents=True, exist_ok=True)
        if prepare is not None:
            prepare()
        with open(job.log, "w") as output:
            wrapped = ["sh", "-c", _WRAPPER, name, *command]
            process = subprocess.Popen(wrapped, cwd=cwd, env={**env, "JOB_RC": str(job.returncode_file)}, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        os.write(claim, str(process.pid).encode())
        os.close(claim)
        return job

    def get(self, name: str, folder: Path | None = None) -> Job:
        """The job of that name (started or not): where its output and exit code are."""
        return Job(name, folder or self.root / name, self.root / f"{name}.log", self.root / f"{name}.rc")

    def started(self, name: str) -> bool:
        """Whether a process of this run started the job."""
        return (self.root / f"{name}.claim").exists()

    def close(self) -> None:
        """In the run's first process: stop what still runs and remove the shared folder."""
        if not self.owner:
            return
        for claim in self.root.glob("*.claim"):
            pid = claim.read_text().strip()
            if pid.isdigit() and not (self.root / f"{claim.stem}.rc").exists():
                try:
                    os.killpg(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    pass
        shutil.rmtree(self.root, ignore_errors=True)
        os.environ.pop(JOBS_ENV, None)


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
            try:
                (tools / name).symlink_to(found)
            except FileExistsError:  # another pytest process of the run made it meanwhile
                pass
    return os.pathsep.join([str(Path(sys.prefix) / "bin"), str(tools)])


@dataclass(frozen=True)
class CdktfRun:
    """What `cdktf synth` wrote for the fixture platform, and what it left in its temporary folder."""

    stack_file: Path
    stack: dict
    leftovers: list[str]
    output: str
    hcl_folder: list[str]
    """The stack folder after the documented plain-Terraform path ran next (`make cdktf-synth CDKTF_FLAGS=--hcl`)."""
    hcl: str
    """The `cdk.tf` it wrote."""
    team_alerts: dict
    """The team-alerts stack cdktf wrote beside the platform's."""


def imports_job(pytestconfig: pytest.Config) -> Job:
    """`make imports` into a scratch folder (imports/ and crd_scopes.json), started with the session."""
    jobs = jobs_of(pytestconfig)
    return jobs.get("imports") if jobs.started("imports") else start_imports(jobs)


def start_cdktf(jobs: Jobs) -> Job:
    """`make cdktf-synth` of the fixture platform in a copy of the project, on a bare PATH (once per run)."""
    folder = jobs.root / "cdktf"
    project = folder / "project"

    def prepare() -> None:
        project.mkdir(parents=True)
        for name in ("main.py", "cdktf.json", "Makefile", "requirements.txt", "package-lock.json"):
            shutil.copy2(REPO / name, project / name)  # with their times: make sees setup up to date
        shutil.copy(FIXTURE_PLATFORM, project / "platform.yaml")
        copy_fragments(project)
        # The team-alerts stack is built from the requests beside the platform file, as in the repository.
        shutil.copytree(FIXTURE_REQUESTS, project / "developer-requests")
        shutil.copytree(REPO / "constructs", project / "constructs", ignore=shutil.ignore_patterns("__pycache__"))
        (project / ".venv").symlink_to(Path(sys.prefix))
        (project / "node_modules").symlink_to(REPO / "node_modules")
        (folder / "tmp").mkdir()

    env = node_env(TMPDIR=str(folder / "tmp"), PATH=bare_path(folder))
    # `make -q setup` first: were setup not up to date, the recipe would reinstall .venv/ and node_modules/ through the links.
    # Then the plain-Terraform path of docs/platform.md on the same folder, the JSON form kept aside first.
    command = [
        "sh", "-c",
        'make -s -q setup || { echo "run make setup first"; exit 1; }; make -s cdktf-synth || exit 1; '
        "cp -Rp cdktf.out/stacks ../json && exec make -s cdktf-synth CDKTF_FLAGS=--hcl",
    ]
    return jobs.start("cdktf", command, cwd=project, env=env, folder=folder, prepare=prepare)


def start_imports(jobs: Jobs) -> Job:
    """`make imports` into a scratch folder of the run (once per run)."""
    folder = jobs.root / "imports"
    command = ["make", "-s", "imports", f"IMPORTS_DIR={folder / 'imports'}", f"SCOPES_FILE={folder / 'crd_scopes.json'}"]
    return jobs.start("imports", command, cwd=REPO, env=node_env(AI_ACCESS_CRDS_DIR=str(crds_dir())), folder=folder)


def jobs_of(config: pytest.Config) -> Jobs:
    """The jobs of this test run, as this pytest process sees them."""
    if JOBS not in config.stash:
        config.stash[JOBS] = Jobs()
    return config.stash[JOBS]


JOBS = pytest.StashKey[Jobs]()
