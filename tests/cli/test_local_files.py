"""`catalog --update` and `platform --out` write only where they are told, in one step, and say in one line when they cannot."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO

from ai_access import exit_codes
from ai_access.reference.catalog import BEGIN, END
from ai_access.cli import main as cli_main

GUIDE = REPO / "developer-requests" / "README.md"


def _stale_guide(path: Path) -> str:
    """A requesters' guide whose catalog block is out of date: catalog --update has to rewrite it."""
    text = GUIDE.read_text()
    head, _, rest = text.partition(BEGIN)
    text = f"{head}{BEGIN}\nan old catalog\n{END}{rest.partition(END)[2]}"
    path.write_text(text)
    return text


def _catalog(update: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["catalog", "--platform", str(FIXTURE_PLATFORM), "--update", str(update)], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_catalog_update_replaces_the_file_in_one_step_keeping_its_mode(tmp_path: Path) -> None:
    guide = tmp_path / "README.md"
    stale = _stale_guide(guide)
    guide.chmod(0o640)
    assert _catalog(guide)[:2] == (exit_codes.OK, f"updated the catalog in {guide}\n")
    assert guide.read_text() not in (stale, "") and "an old catalog" not in guide.read_text()
    assert oct(guide.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]  # no temporary file left


def test_a_failed_catalog_write_leaves_the_file_whole(tmp_path: Path) -> None:
    # GIVEN a process that may not write past 100 bytes (a full disk or a quota, as the kernel sees it)
    guide = tmp_path / "README.md"
    stale = _stale_guide(guide)
    script = (
        "import resource, signal, sys; sys.path[:0] = ['constructs', '.']\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))\n"
        "from ai_access.cli import main\n"
        f"sys.exit(main(['catalog', '--platform', {str(FIXTURE_PLATFORM)!r}, '--update', {str(guide)!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    # THEN the write fails in one line, and the file is exactly as it was
    assert result.returncode == exit_codes.ENVIRONMENT, result.stderr
    assert result.stderr.startswith(f"catalog: cannot update {guide}: ") and len(result.stderr.splitlines()) == 1
    assert guide.read_text() == stale
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


def test_catalog_update_refuses_a_symbolic_link(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.md"
    stale = _stale_guide(target)
    link = tmp_path / "README.md"
    link.symlink_to(target)
    assert _catalog(link) == (exit_codes.ENVIRONMENT, "", f"catalog: cannot update {link}: a symbolic link; name the file it points to\n")
    assert link.is_symlink() and target.read_text() == stale


def _platform(out: str) -> tuple[int, str]:
    err = io.StringIO()
    command = ["platform", "--platform", str(FIXTURE_PLATFORM), "--requests", str(FIXTURE_REQUESTS), "--out", out]
    return cli_main(command, stdout=io.StringIO(), stderr=err), err.getvalue()


@pytest.mark.parametrize("where", ["a-file", "a-file/below", "stacks-is-a-file"])
def test_platform_out_that_cannot_be_written_is_one_line_before_jsii_starts(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("")
    (tmp_path / "stacks-is-a-file").mkdir()
    (tmp_path / "stacks-is-a-file" / "stacks").write_text("")
    code, err = _platform(str(tmp_path / where))
    assert code == exit_codes.ENVIRONMENT and err.startswith("platform: ") and len(err.splitlines()) == 1, err
    assert "Traceback" not in err and "jsii" not in err


def test_platform_checks_its_output_folder_before_it_imports_the_stack(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    script = (
        "import sys; sys.path[:0] = ['constructs', '.']\n"
        "from ai_access.cli import main\n"
        f"code = main(['platform', '--platform', {str(FIXTURE_PLATFORM)!r}, '--requests', {str(FIXTURE_REQUESTS)!r}, '--out', {str(tmp_path / 'a-file')!r}])\n"
        "print(code, 'cdktf' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.stdout == "3 False\n", result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder whatever its mode")
def test_platform_out_into_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    code, err = _platform(str(folder))
    assert (code, err) == (exit_codes.ENVIRONMENT, f"platform: cannot write into {folder}: Permission denied\n")
