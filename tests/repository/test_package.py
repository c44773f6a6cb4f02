"""The library installs like one: `pip wheel .` builds a wheel whose console script does what main.py does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy, so the build leaves nothing (build/, *.egg-info) in the repository.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    for name in ("constructs", "imports"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_holds_the_package_and_the_generated_bindings(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    package = REPO / "constructs" / "ai_access"
    sources = {p.relative_to(REPO / "constructs").as_posix() for p in package.rglob("*") if p.suffix in (".py", ".json")}
    assert sources <= set(names)
    bindings = {p.relative_to(REPO).as_posix() for p in (REPO / "imports").rglob("*") if p.suffix in (".py", ".tgz")}
    assert bindings and bindings <= set(names)
    assert not any(name.startswith(("tests/", "constructs/")) for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "ai-access = ai_access.cli:run" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_console_script_runs_the_installed_package(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import ai_access; print(ai_access.__file__)"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert where.stdout.startswith(str(target))
    result = subprocess.run(
        [str(target / "bin" / "ai-access"), "validate", "--requests", str(FIXTURE_REQUESTS), "--platform", str(FIXTURE_PLATFORM)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "3 request(s) valid"), result.stderr
