"""Files as they were at a git ref (the base of a pull request), unpacked into a folder."""

from __future__ import annotations

import io
import os
import subprocess
import tarfile


class GitBaseError(Exception):
    """The base ref cannot be read."""


def export_paths(ref: str, paths: list[str], into: str) -> dict[str, str | None]:
    """Unpack each of `paths` (files or folders of this checkout) at `ref` below `into`.

    Returns, per path, where it now is below `into`, or None when it did not exist at `ref`
    (the first request of a repository, say).
    """
    top = _git(["rev-parse", "--show-toplevel"], cwd=os.getcwd()).strip()
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=top)
    except GitBaseError:
        raise GitBaseError(f"unknown git ref '{ref}'") from None
    relative = {path: os.path.relpath(os.path.abspath(path), top) for path in paths}
    present = set(_git(["ls-tree", "--name-only", ref, "--", *relative.values()], cwd=top).split("\n"))
    wanted = [rel for rel in relative.values() if rel in present]
    if wanted:
        archive = subprocess.run(["git", "archive", "--format=tar", ref, "--", *wanted], cwd=top, capture_output=True, check=False)
        if archive.returncode != 0:
            raise GitBaseError(archive.stderr.decode(errors="replace").strip())
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(into, filter="data")
    return {path: (os.path.join(into, rel) if rel in present else None) for path, rel in relative.items()}


def _git(args: list[str], *, cwd: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GitBaseError(result.stderr.strip() or f"git {' '.join(args)} failed")
    return result.stdout
