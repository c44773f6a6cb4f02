"""Where the tests' inputs are: the repository, the fixture requests and platform, and reading a synthesized tree."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
FIXTURE_REQUESTS = FIXTURES / "requests"
FIXTURE_PLATFORM = FIXTURES / "platform.yaml"
FIXTURE_TODAY = "2026-11-27"
"""A fixed date: no test depends on the day it runs."""


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
