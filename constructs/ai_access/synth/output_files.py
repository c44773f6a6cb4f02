"""Reading an output folder as data: regular files only, never through a link, each up to a size limit.

The output folder is committed, so a pull request decides what it holds: a symlink to a file or a
folder outside it, a FIFO, a device, a file of gigabytes, a name that is not UTF-8. Everything synth
and `synth --check` read from it goes through here: every folder on the way is opened relative to
the one above it without following a link (`O_NOFOLLOW`, `O_DIRECTORY`), the file is opened
without blocking and read only when it is a regular file, and never beyond its limit. A hard link
is a regular file: it is read like one, and synth never writes into an existing file (it replaces
whole folders), so the other name keeps its content.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field

MAX_FILE_BYTES = 2 * 2**20
"""The largest file synth reads back as one it wrote: a Kubernetes object is at most 1.5 MiB in etcd."""

_NOT_THERE = (errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EISDIR, errno.ENXIO, errno.EMLINK, errno.ENODEV, errno.EOPNOTSUPP)
"""What opening a path without following links says when nothing readable is there (EMLINK: BSD's O_NOFOLLOW)."""


_OPEN_FOLDERS = 8
"""How many folders a reader keeps open at most."""


class OutputReader:
    """Reads files below one folder, which must itself be a real folder (not a link); use it as a context manager."""

    def __init__(self, root: str) -> None:
        self.root = root
        self._folders: dict[str, int | None] = {}

    def __enter__(self) -> OutputReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every folder opened so far."""
        for descriptor in self._folders.values():
            if descriptor is not None:
                os.close(descriptor)
        self._folders.clear()

    def read(self, relative: str, limit: int = MAX_FILE_BYTES) -> bytes | None:
        """The bytes of the regular file at `relative` (`/`-separated); None when there is none, reached
        without a link, of at most `limit` bytes. Raises OSError when the file system fails (EACCES, EIO)."""
        folder, _, name = relative.rpartition("/")
        parent = self._folder(folder)
        if parent is None or name in ("", ".", ".."):
            return None
        try:
            descriptor = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC, dir_fd=parent)
        except OSError as error:
            if error.errno in _NOT_THERE:
                return None
            raise
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
                return None
            chunks, size = [], 0
            while size <= limit:
                chunk = os.read(descriptor, limit + 1 - size)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            return b"".join(chunks) if size <= limit else None  # it grew while read
        finally:
            os.close(descriptor)

    def _folder(self, relative: str) -> int | None:
        if relative in self._folders:
            self._folders[relative] = self._folders.pop(relative)  # the most recently used is last
            return self._folders[relative]
        flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
        if relative == "":
            opened = _open(self.root, flags, None)
        else:
            above, _, name = relative.rpartition("/")
            parent = self._folder(above)
            opened = None if parent is None or name in ("", ".", "..") else _open(name, flags, parent)
        self._folders[relative] = opened
        # Files are read folder by folder: a few open folders are enough, and one per team folder
        # would pass the usual limit of 1,024 open files. A folder closed here is opened again when needed.
        while len(self._folders) > _OPEN_FOLDERS:
            oldest = next(iter(self._folders))
            descriptor = self._folders.pop(oldest)
            if descriptor is not None:
                os.close(descriptor)
        return opened


def _open(path: str, flags: int, dir_fd: int | None) -> int | None:
    try:
        return os.open(path, flags, dir_fd=dir_fd)
    except OSError as error:
        if error.errno in _NOT_THERE:
            return None
        raise


@dataclass
class FolderListing:
    """What a folder holds, found without following a link: regular files, and every other entry by its kind."""

    files: set[str] = field(default_factory=set)
    """Regular files (relative, `/`-separated)."""
    others: dict[str, str] = field(default_factory=dict)
    """Entries that are neither a regular file nor a real folder, with what they are ("a symlink", "a FIFO", ...)."""
    folders: set[str] = field(default_factory=set)
    """Real folders below the root."""
    root: str | None = None
    """What the root is when it is not a real folder ("missing", "a symlink", ...); None when it is one."""


def list_folder(root: str) -> FolderListing:
    """Every entry below `root`, walked without following links; raises OSError when a folder cannot be listed."""
    listing = FolderListing()
    try:
        status = os.lstat(root)
    except FileNotFoundError:
        listing.root = "missing"
        return listing
    if not stat.S_ISDIR(status.st_mode):
        listing.root = kind_of(status.st_mode)
        return listing
    pending = [""]
    while pending:
        relative = pending.pop()
        with os.scandir(os.path.join(root, relative) if relative else root) as entries:
            for entry in entries:
                path = f"{relative}/{entry.name}" if relative else entry.name
                mode = entry.stat(follow_symlinks=False).st_mode
                if stat.S_ISDIR(mode):
                    listing.folders.add(path)
                    pending.append(path)
                elif stat.S_ISREG(mode):
                    listing.files.add(path)
                else:
                    listing.others[path] = kind_of(mode)
    return listing


def kind_of(mode: int) -> str:
    """What a file of `mode` is, in words."""
    for test, words in (
        (stat.S_ISREG, "a file"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISLNK, "a symlink"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    ):
        if test(mode):
            return words
    return "not a file"


class FolderOutput:
    """A committed output that is a folder (a base unpacked by `plan`): its regular files, read as data."""

    def __init__(self, root: str) -> None:
        self.root = root

    def listing(self) -> set[str]:
        """Every regular file of the folder (none when it is not a real folder)."""
        return list_folder(self.root).files

    def read(self, paths: set[str], limit: int = MAX_FILE_BYTES) -> dict[str, bytes]:
        """The bytes of each of `paths` that is a regular file of at most `limit` bytes."""
        with OutputReader(self.root) as reader:
            found = {path: reader.read(path, limit) for path in sorted(paths)}
        return {path: data for path, data in found.items() if data is not None}


def printable(path: str) -> str:
    """`path` as a message can show it: control characters and bytes that are not UTF-8 written out as escapes."""
    if path.isprintable():
        return path
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii") for ch in path)
