"""Files as they were at a git ref (the base of a pull request), unpacked into a folder."""

from __future__ import annotations

import io
import os
import posixpath
import subprocess
import tarfile
from pathlib import PurePosixPath


class GitBaseError(Exception):
    """The base ref cannot be read, or holds what no commit of this tool would (plan exits 3)."""


def export_paths(ref: str, paths: list[str], into: str) -> dict[str, str | None]:
    """Unpack each of `paths` (files or folders of this checkout) at `ref` below `into`.

    Returns, per path, where it now is below `into`, or None when it did not exist at `ref`
    (the first request of a repository, say). A symlink pointing out of what is unpacked (to
    `/etc/passwd`, say) is refused, not followed: the base is content nobody reviewed for this.
    """
    top = _git(["rev-parse", "--show-toplevel"], cwd=os.getcwd()).strip()
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=top)
    except GitBaseError:
        raise GitBaseError(f"unknown git ref '{ref}'") from None
    relative = {path: os.path.relpath(os.path.abspath(path), top) for path in paths}
    # -z: names as they are; without it git quotes a name with unusual bytes and it would not match.
    present = set(_git(["ls-tree", "-z", "--name-only", ref, "--", *relative.values()], cwd=top).split("\0"))
    wanted = [rel for rel in relative.values() if rel in present]
    if wanted:
        archive = subprocess.run(["git", "archive", "--format=tar", ref, "--", *wanted], cwd=top, capture_output=True, check=False)
        if archive.returncode != 0:
            raise GitBaseError(archive.stderr.decode(errors="replace").strip())
        try:
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                refuse_unsafe_members(tar, ref)
                # Python 3.11.4 and later also have tarfile's "data" filter: the same refusals again.
                tar.extractall(into, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
        except (tarfile.TarError, OSError) as error:
            raise GitBaseError(f"cannot unpack {ref}: {error}") from None
    return {path: (os.path.join(into, rel) if rel in present else None) for path, rel in relative.items()}


def shown(name: str) -> str:
    """A path from the base as it can be printed: quoted and escaped when it holds control characters."""
    return name if name.isprintable() else repr(name)


def refuse_unsafe_members(tar: tarfile.TarFile, ref: str) -> None:
    """Refuse a member of `tar` (an archive of `ref`) that would land outside the folder it is
    unpacked into, or is neither a file, a folder nor a link within it.

    Done here, not only by tarfile's "data" filter, which Python 3.11 has only from 3.11.4 on.
    """
    for member in tar.getmembers():
        name = member.name
        if name.startswith("/") or ".." in PurePosixPath(name).parts:
            raise GitBaseError(f"{shown(name)} at {ref}: a path outside the repository; plan does not read it")
        if member.issym():
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), member.linkname))
            if member.linkname.startswith("/") or target == ".." or target.startswith("../"):
                raise GitBaseError(f"{shown(name)} at {ref}: a symlink out of the repository (to {shown(member.linkname)}); plan does not follow it")
        elif not (member.isfile() or member.isdir()):  # git writes no hard links, devices or pipes
            raise GitBaseError(f"{shown(name)} at {ref}: not a plain file or folder; plan does not read it")


def _git(args: list[str], *, cwd: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GitBaseError(result.stderr.strip() or f"git {' '.join(args)} failed")
    return result.stdout
