"""Hostile input gets one clear line and changes nothing; output is replaced only when synth succeeds."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO, read_tree

from ai_access.cli import main as cli_main

PLATFORM = str(FIXTURE_PLATFORM)
VALID = (FIXTURE_REQUESTS / "team-alpha" / "access.yaml").read_text()


def _team_file(root: Path, content: bytes | str) -> Path:
    path = root / "team-alpha" / "access.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _big(root: Path) -> None:
    _team_file(root, b"a: " + b"x" * (20 * 1024 * 1024) + b"\n")


def _alias_bomb(root: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    _team_file(root, "\n".join(lines) + "\n")


def _binary(root: Path) -> None:
    _team_file(root, bytes(range(256)) * 8)


def _latin1(root: Path) -> None:
    _team_file(root, VALID.replace("CC-1234", "Société").encode("latin-1"))


def _duplicate_keys(root: Path) -> None:
    _team_file(root, VALID.replace('  costCenter: "CC-1234"\n', '  costCenter: "CC-1234"\n  costCenter: "CC-9"\n'))


def _symlink_out(root: Path) -> None:
    outside = root.parent / "outside.yaml"
    outside.write_text(VALID)
    (root / "team-alpha").mkdir(parents=True)
    (root / "team-alpha" / "access.yaml").symlink_to(outside)


def _symlink_folder_out(root: Path) -> None:
    outside = root.parent / "elsewhere"
    _team_file(outside, VALID)
    root.mkdir(parents=True)
    (root / "team-alpha").symlink_to(outside / "team-alpha")


def _directory_instead_of_file(root: Path) -> None:
    (root / "team-alpha" / "access.yaml").mkdir(parents=True)


def _fifo_instead_of_file(root: Path) -> None:
    (root / "team-alpha").mkdir(parents=True)
    os.mkfifo(root / "team-alpha" / "access.yaml")


def _deep_nesting(root: Path) -> None:
    _team_file(root, "[" * 30000 + "]" * 30000 + "\n")


def _no_access_yaml(root: Path) -> None:
    (root / "team-alpha").mkdir(parents=True)
    (root / "team-alpha" / "acess.yaml").write_text(VALID)


def _python_tag(root: Path) -> None:
    _team_file(root, "!!python/object/apply:os.system ['echo pwned']\n")


def _many_documents(root: Path) -> None:
    _team_file(root, VALID + "\n---\n" + VALID)


def _empty(root: Path) -> None:
    _team_file(root, "")


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "20 MB file": (_big, "file larger than 64 KiB"),
    "alias bomb": (_alias_bomb, "anchors and aliases are not allowed"),
    "binary content": (_binary, "binary content"),
    "non-UTF-8 text": (_latin1, "not UTF-8 text"),
    "duplicate keys": (_duplicate_keys, "duplicate key 'costCenter' (first on line 13)"),
    "symlink leaving the folder": (_symlink_out, "symlink leaving the requests folder"),
    "team folder symlinked outside": (_symlink_folder_out, "symlink leaving the requests folder"),
    "directory instead of access.yaml": (_directory_instead_of_file, "must be a regular file"),
    "FIFO instead of access.yaml": (_fifo_instead_of_file, "must be a regular file"),
    "deeply nested YAML": (_deep_nesting, "nesting deeper than 16 levels"),
    "team folder without access.yaml": (_no_access_yaml, "team folder has no access.yaml"),
    "python object tag": (_python_tag, "unsupported YAML tag"),
    "several documents": (_many_documents, "more than one YAML document"),
    "empty file": (_empty, "the file is empty"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_file_gets_one_clear_line_fast(tmp_path: Path, case: str) -> None:
    make, expected = HOSTILE[case]
    requests = tmp_path / "requests"
    make(requests)
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    code = cli_main(["validate", "--requests", str(requests), "--platform", PLATFORM], stdout=out, stderr=err)
    elapsed = time.perf_counter() - started
    errors = [line for line in err.getvalue().splitlines() if ": warning: " not in line]
    assert code == 1
    assert len(errors) == 1, errors
    assert "team-alpha" in errors[0] and expected in errors[0]
    assert elapsed < 2.0


def test_hostile_file_as_a_process_exits_1_without_traceback(tmp_path: Path) -> None:
    requests = tmp_path / "requests"
    _alias_bomb(requests)
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "validate", "--requests", str(requests), "--platform", PLATFORM],
        capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.count("\n") == 1


def test_extra_files_in_a_team_folder_are_ignored_with_a_warning(tmp_path: Path) -> None:
    requests = tmp_path / "requests"
    _team_file(requests, VALID)
    (requests / "team-alpha" / "notes.md").write_text("# notes\n")
    err = io.StringIO()
    assert cli_main(["validate", "--requests", str(requests), "--platform", PLATFORM], stdout=io.StringIO(), stderr=err) == 0
    assert f"{requests}/team-alpha/notes.md:1: (file): warning: ignored: only access.yaml is read" in err.getvalue()


def test_failing_synth_leaves_previous_output_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_report, platform) -> None:
    from ai_access.synth import output
    from ai_access.synth.synthesize import synth_gitops

    out = tmp_path / "dist"
    teams = [loaded.request for loaded in fixture_report.requests]
    synth_gitops(teams, platform, str(out))
    before = read_tree(out)
    calls = {"n": 0}
    real_dump = output.dump_yaml

    def failing_dump(obj):
        calls["n"] += 1
        if calls["n"] == 7:  # part of the new output is already written
            raise OSError("disk full")
        return real_dump(obj)

    monkeypatch.setattr(output, "dump_yaml", failing_dump)
    with pytest.raises(OSError, match="disk full"):
        synth_gitops(teams[:1], platform, str(out), workers=1, full=True)
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]  # no staging folder left behind


def test_synth_of_an_invalid_request_writes_nothing_new(tmp_path: Path) -> None:
    requests = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS, requests)
    _alias_bomb(requests / "team-zeta")
    out = tmp_path / "dist"
    code = cli_main(["synth", "--requests", str(requests), "--out", str(out), "--platform", PLATFORM], stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 1
    assert not out.exists()


def test_github_annotations_escape_hostile_folder_names(tmp_path: Path) -> None:
    requests = tmp_path / "requests"
    folder = requests / "x\n::warning file=README.md,line=1::All requests approved"
    folder.mkdir(parents=True)
    (requests / "a,line=99,title=x").mkdir()
    err = io.StringIO()
    assert cli_main(["validate", "--requests", str(requests), "--platform", PLATFORM, "--format", "github"], stdout=io.StringIO(), stderr=err) == 1
    lines = err.getvalue().splitlines()
    assert len(lines) == 2 and all(line.startswith("::error file=") for line in lines)
    assert not any("::warning" in line for line in lines)
    assert any("a%2Cline=99%2Ctitle=x" in line for line in lines)


def test_synth_refuses_an_output_folder_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "victim"
    (out / "src").mkdir(parents=True)
    (out / "src" / "notes.txt").write_text("keep me")
    err = io.StringIO()
    code = cli_main(["synth", "--requests", str(FIXTURE_REQUESTS), "--out", str(out), "--platform", PLATFORM], stdout=io.StringIO(), stderr=err)
    assert code == 3 and "refusing to replace it" in err.getvalue() and str(out / "src" / "notes.txt") in err.getvalue()
    assert (out / "src" / "notes.txt").read_text() == "keep me"
