"""An output folder as committed at a git ref, read from git's objects: nothing is checked out or written.

`synth --check --base REF` reuses what REF holds for teams whose inputs did not change. Only
regular files count (mode 100644, what synth's files are in git): a symlink, an executable or a
submodule at the base is not a file synth wrote, and is never read. Every blob is read with its
size known beforehand (`ls-tree -l`), so a huge blob at the base is never read at all.
"""

from __future__ import annotations

import os
import subprocess

from ai_access.review.git_base import GitBaseError, shown
from ai_access.synth.output_files import MAX_FILE_BYTES, printable

_REGULAR = "100644"


class GitOutput:
    """The output folder `outdir` as committed at `ref` (a `CommittedOutput`), in the repository that holds `outdir`."""

    def __init__(self, ref: str, outdir: str) -> None:
        # The repository is the one the output folder is in, found from its parent folder; the folder
        # itself may be a link (hostile) and is never resolved.
        parent = os.path.realpath(os.path.dirname(os.path.abspath(outdir)))
        top = _git(["rev-parse", "--show-toplevel"], parent).decode(errors="surrogateescape").strip()
        try:
            commit = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top).decode("ascii").strip()
        except GitBaseError:
            raise GitBaseError(f"unknown git ref '{printable(ref)}'") from None
        folder = os.path.relpath(os.path.join(parent, os.path.basename(os.path.abspath(outdir))), top)
        if folder == os.curdir or folder == os.pardir or folder.startswith(os.pardir + os.sep):
            raise GitBaseError(f"{outdir} is not a folder inside the repository at {top}; --base reads it from there")
        self.ref, self.top = ref, top
        prefix = folder.replace(os.sep, "/") + "/"
        self._blobs: dict[str, tuple[str, int]] = {}
        # -r: every file below; -l: sizes; -z: names as they are (git quotes unusual bytes otherwise).
        for record in _git(["--literal-pathspecs", "ls-tree", "-r", "-l", "-z", commit, "--", folder], top).split(b"\0"):
            if not record:
                continue
            meta, _, raw_path = record.partition(b"\t")
            mode, kind, object_id, size = meta.decode("ascii").split()
            path = os.fsdecode(raw_path)
            if mode == _REGULAR and kind == "blob" and path.startswith(prefix):
                self._blobs[path[len(prefix):]] = (object_id, int(size))

    def listing(self) -> set[str]:
        """Every regular file of the output folder at the ref."""
        return set(self._blobs)

    def read(self, paths: set[str], limit: int = MAX_FILE_BYTES) -> dict[str, bytes]:
        """The bytes of each of `paths` that is a regular file of at most `limit` bytes at the ref."""
        wanted = {path: self._blobs[path] for path in paths if path in self._blobs and self._blobs[path][1] <= limit}
        object_ids = sorted({object_id for object_id, _ in wanted.values()})
        if not object_ids:
            return {}
        contents = _cat_blobs(object_ids, self.top)
        return {path: contents[object_id] for path, (object_id, _) in wanted.items() if object_id in contents}


def _cat_blobs(object_ids: list[str], top: str) -> dict[str, bytes]:
    """The content of each blob, by object id, in one `git cat-file --batch`."""
    output = _git(["cat-file", "--batch"], top, stdin="".join(f"{object_id}\n" for object_id in object_ids).encode("ascii"))
    contents, position = {}, 0
    while position < len(output):
        end = output.index(b"\n", position)
        header = output[position:end].decode("ascii", errors="replace").split()
        if len(header) != 3 or header[1] != "blob":
            raise GitBaseError(f"cannot read object {header[0] if header else '?'} of the base")
        size = int(header[2])
        contents[header[0]] = output[end + 1 : end + 1 + size]
        position = end + 1 + size + 1  # the content is followed by a line break
    return contents


def _git(args: list[str], cwd: str, *, stdin: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except OSError as error:  # no git, or a folder that vanished
        raise GitBaseError(f"cannot run git: {error.strerror or error}") from None
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise GitBaseError(shown(message[-1] if message else f"git {args[0]} failed"))
    return result.stdout
