"""plan's base: files unpacked as they were at a git ref, and what is refused there (without a synth)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from ai_access.review.git_base import GitBaseError, export_paths


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with requests, a platform file and a folder named like an option, entered below its top."""
    root = tmp_path / "repo"
    (root / "requests" / "team-a").mkdir(parents=True)
    (root / "requests" / "team-a" / "access.yaml").write_text("team: team-a\n")
    (root / "-dash").mkdir()
    (root / "-dash" / "file").write_text("dash\n")
    (root / "platform.yaml").write_text("name: p\n")
    (root / "sub").mkdir()
    (root / "sub" / "keep").write_text("")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    monkeypatch.chdir(root / "sub")  # paths are relative to the working folder, git's to the top
    return root


def test_each_path_is_unpacked_below_the_target_or_none_when_it_did_not_exist(repo: Path, tmp_path: Path) -> None:
    (repo / "requests" / "team-b").mkdir()  # only in the working tree
    into = tmp_path / "base"
    found = export_paths("HEAD", ["../requests", "../platform.yaml", "../-dash", "../dist"], str(into))
    assert found == {
        "../requests": str(into / "requests"),
        "../platform.yaml": str(into / "platform.yaml"),
        "../-dash": str(into / "-dash"),
        "../dist": None,
    }
    assert sorted(p.relative_to(into).as_posix() for p in into.rglob("*")) == [
        "-dash", "-dash/file", "platform.yaml", "requests", "requests/team-a", "requests/team-a/access.yaml"
    ]


def test_nothing_is_unpacked_when_no_path_existed(repo: Path, tmp_path: Path) -> None:
    assert export_paths("HEAD", ["../dist"], str(tmp_path / "base")) == {"../dist": None}
    assert not (tmp_path / "base").exists()


def test_a_target_that_cannot_be_written_is_named(repo: Path, tmp_path: Path) -> None:
    (tmp_path / "base").write_text("a file where the folder belongs")
    with pytest.raises(GitBaseError, match=r"^cannot unpack HEAD: "):
        export_paths("HEAD", ["../requests"], str(tmp_path / "base"))


def test_an_unknown_ref_is_named(repo: Path, tmp_path: Path) -> None:
    with pytest.raises(GitBaseError, match=r"^unknown git ref 'no-such-branch'$"):
        export_paths("no-such-branch", ["../requests"], str(tmp_path / "base"))


def test_outside_a_repository_git_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    with pytest.raises(GitBaseError, match="not a git repository"):
        export_paths("HEAD", ["requests"], str(tmp_path / "base"))


@pytest.mark.parametrize(("name", "shown"), [("evil", "requests/evil"), ("evil\x1bname", repr("requests/evil\x1bname"))])
@pytest.mark.parametrize("target", ["/etc/passwd", "../../../outside"])
def test_a_symlink_out_of_the_repository_is_refused_not_followed(repo: Path, tmp_path: Path, name: str, shown: str, target: str) -> None:
    (repo / "requests" / name).symlink_to(target)
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "link")
    into = tmp_path / "base"
    with pytest.raises(GitBaseError) as raised:
        export_paths("HEAD", ["../requests"], str(into))
    assert str(raised.value) == f"{shown} at HEAD: a symlink out of the repository (to {target}); plan does not follow it"
    assert not os.path.lexists(into / "requests" / name)


def test_a_path_out_of_the_repository_did_not_exist_at_any_ref(repo: Path, tmp_path: Path) -> None:
    # GIVEN a base platform file naming a fragment beside the repository, not in it
    (repo.parent / "outside.xml").write_text("<fragment/>")
    into = tmp_path / "base"
    # THEN it is absent at the base, as a path the base never had, and what is in it still comes
    assert export_paths("HEAD", ["../../outside.xml", "../..", "../platform.yaml"], str(into)) == {
        "../../outside.xml": None,
        "../..": None,
        "../platform.yaml": str(into / "platform.yaml"),
    }
    assert export_paths("HEAD", ["../../outside.xml"], str(into / "again")) == {"../../outside.xml": None}
    assert not (into / "again").exists()
