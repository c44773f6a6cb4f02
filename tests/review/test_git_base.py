"""plan's base: files unpacked as they were at a git ref, and what is refused there (without a synth)."""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from ai_access.review.git_base import GitBaseError, export_paths, refuse_unsafe_members


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


def test_a_path_out_of_the_repository_is_refused_by_git(repo: Path, tmp_path: Path) -> None:
    # plan never asks for one: a platform file naming a fragment out of the repository is not loaded
    (repo.parent / "outside.xml").write_text("<fragment/>")
    with pytest.raises(GitBaseError, match="outside repository"):
        export_paths("HEAD", ["../../outside.xml"], str(tmp_path / "base"))


# ---- what an archive may hold: git writes none of these, a crafted base could ----------------------


def _archive(*members: tarfile.TarInfo) -> tarfile.TarFile:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for member in members:
            tar.addfile(member, io.BytesIO(b"") if member.isfile() else None)
    buffer.seek(0)
    return tarfile.open(fileobj=buffer)


def _member(name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> tarfile.TarInfo:
    member = tarfile.TarInfo(name)
    member.type, member.linkname = kind, link
    return member


@pytest.mark.parametrize("name", ["/etc/cron.d/job", "requests/../../outside", "..", "requests/.."])
def test_a_member_outside_the_folder_is_refused(name: str) -> None:
    with pytest.raises(GitBaseError) as raised:
        refuse_unsafe_members(_archive(_member("requests"), _member(name)), "base")
    assert str(raised.value) == f"{name} at base: a path outside the repository; plan does not read it"


@pytest.mark.parametrize(("name", "link"), [("requests/team-a/access.yaml", "../../platform.yaml"), ("requests/same", "other"), ("requests/dot", ".")])
def test_a_link_within_the_folder_is_kept(name: str, link: str) -> None:
    refuse_unsafe_members(_archive(_member("platform.yaml"), _member(name, tarfile.SYMTYPE, link)), "base")


@pytest.mark.parametrize(("name", "link"), [("up", ".."), ("requests/up", "../.."), ("requests/out", "../../x"), ("abs", "/etc/passwd")])
def test_a_link_out_of_the_folder_is_refused(name: str, link: str) -> None:
    with pytest.raises(GitBaseError) as raised:
        refuse_unsafe_members(_archive(_member(name, tarfile.SYMTYPE, link)), "base")
    assert str(raised.value) == f"{name} at base: a symlink out of the repository (to {link}); plan does not follow it"


@pytest.mark.parametrize("kind", [tarfile.LNKTYPE, tarfile.FIFOTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE])
def test_a_member_that_is_not_a_file_folder_or_symlink_is_refused(kind: bytes) -> None:
    member = _member("requests/odd", kind, "requests/file" if kind == tarfile.LNKTYPE else "")
    with pytest.raises(GitBaseError) as raised:
        refuse_unsafe_members(_archive(_member("requests/file"), member), "base")
    assert str(raised.value) == "requests/odd at base: not a plain file or folder; plan does not read it"


def test_a_base_whose_objects_cannot_be_read_says_so_in_gits_words(repo: Path, tmp_path: Path) -> None:
    # GIVEN a committed file (with a name that is not UTF-8) whose content is gone from the object store
    name = os.fsdecode(b"requests/team-a/caf\xe9.yaml")
    Path(repo, name).write_text("team: team-a\n# a copy\n")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "more")
    blob = _git(repo, "ls-tree", "--format=%(objectname)", "HEAD", "--", "requests/team-a/").split()[1]
    (repo / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    # THEN git's own words come through, undecodable bytes replaced, as a GitBaseError
    with pytest.raises(GitBaseError) as raised:
        export_paths("HEAD", ["../requests"], str(tmp_path / "base"))
    assert f"error: invalid object 100644 {blob} for 'requests/team-a/caf\ufffd.yaml'" in str(raised.value)
