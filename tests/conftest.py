"""Shared fixtures: the repository, the platform, the CRDs and one synthesis of the examples.

CRDs are read from ../shared/crds beside the repository, or from the folder named by the
AI_ACCESS_CRDS_DIR environment variable; they are never copied into the project.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from ai_access.loading.platform_file import load_platform  # noqa: E402
from ai_access.models.platform import PlatformConfig  # noqa: E402
from ai_access.validation.requests import ValidationReport, validate_requests  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "developer-requests"
PLATFORM_FILE = REPO / "platform.yaml"
# A fixed date keeps expiry behaviour out of the example snapshots.
EXAMPLE_TODAY = "2026-11-27"


def crds_dir() -> Path:
    """Where the CRDs for schema validation come from."""
    return Path(os.environ.get("AI_ACCESS_CRDS_DIR") or REPO.parent / "shared" / "crds")


@pytest.fixture(scope="session")
def platform() -> PlatformConfig:
    """The shipped platform configuration."""
    return load_platform(str(PLATFORM_FILE))


@pytest.fixture(scope="session")
def example_report(platform: PlatformConfig) -> ValidationReport:
    """The shipped examples, validated."""
    from datetime import date

    report = validate_requests(str(EXAMPLES), platform, today=date.fromisoformat(EXAMPLE_TODAY))
    assert report.ok, [p.format() for p in report.problems]
    return report


@pytest.fixture(scope="session")
def example_dist(tmp_path_factory: pytest.TempPathFactory, example_report: ValidationReport, platform: PlatformConfig) -> Path:
    """The examples synthesized once, in process, into a temporary dist/."""
    from datetime import date

    from ai_access.gitops.synth import synth_gitops

    out = tmp_path_factory.mktemp("synth") / "dist"
    synth_gitops([loaded.request for loaded in example_report.requests], platform, str(out), today=date.fromisoformat(EXAMPLE_TODAY))
    return out


def read_tree(root: Path) -> dict[str, str]:
    """Every file below `root` by relative path, with its text."""
    return {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.is_file()}
