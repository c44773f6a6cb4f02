"""The output folder: one YAML file per object, folders replaced whole, never a moment without output.

One file per object (`<kind>-<name>.yaml`) makes a pull request's diff show exactly which object
changes. synth writes what it builds into a staging folder inside the output folder
(`.synth-staging/`, git-ignored) and then replaces each changed folder (`teams/<team>`, `argocd`,
`bootstrap`) in one step: on Linux by an atomic exchange of the two folders (`renameat2` with
`RENAME_EXCHANGE`), elsewhere by two renames. Every folder is therefore always complete; a synth
killed between two folders leaves some folders new and some old, and the index (written last) makes
the next synth rebuild what does not match it.

A file synth did not write (one the index does not record; without an index, anything outside
synth's layout, `layout.py`), a symlink, a FIFO or a device is never deleted or read: synth refuses
to start and names it. What synth reads back goes through `output_files` (regular files, no links,
a size limit). Problems of the folder itself (read-only, full disk, another synth writing into it)
raise `OutputFolderError`.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import functools
import os
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from ai_access.synth.index import SynthIndex, file_digest, read_index
from ai_access.synth.layout import INDEX_FILE, ObjectFileError, in_layout, object_file_name
from ai_access.synth.output_files import OutputReader, printable

Manifest = dict[str, Any]

STAGING = ".synth-staging"
"""Where synth builds before it replaces folders; inside the output folder, so renames stay on one file system."""


class OutputFolderError(Exception):
    """The output folder cannot be used: it holds files synth did not write, or cannot be written."""


@dataclass
class OutputFolder:
    """An output folder locked for one synth: what it holds, and its staging folder."""

    path: str
    index: SynthIndex | None
    present: set[str]
    """Every file in the folder (relative, `/`-separated), staging and the index left out."""
    reader: OutputReader
    """Reads the folder's files as data (regular files, no links, a size limit)."""
    index_problem: str | None = None
    """Why the folder's index could not be used (then every team is rebuilt); None when it could, or there was none."""

    @property
    def staging(self) -> str:
        """The staging folder synth writes into."""
        return os.path.join(self.path, STAGING)

    def replace(self, folders: list[str], removed: list[str], pending: SynthIndex, final: SynthIndex) -> None:
        """Put each staged folder in place of the current one, remove `removed`, then write `final`.

        `pending` (the old and new files of every entry that changes, under keys that match
        nothing) is written first: a synth killed halfway leaves an index that neither trusts a
        half-replaced entry nor mistakes its new files for files synth did not write.
        """
        _write_index(self, pending)
        retired = os.path.join(self.staging, ".retired")
        for number, folder in enumerate(removed):
            if os.path.lexists(os.path.join(self.path, folder)):  # an index may name a folder already gone
                os.makedirs(retired, exist_ok=True)
                os.rename(os.path.join(self.path, folder), os.path.join(retired, str(number)))
        for folder in folders:
            new, current = os.path.join(self.staging, folder), os.path.join(self.path, folder)
            os.makedirs(os.path.dirname(current), exist_ok=True)
            if os.path.isdir(current):
                exchange(new, current)
            else:
                os.rename(new, current)
        _write_index(self, final)


@contextlib.contextmanager
def locked_output(outdir: str, *, trust_index: bool = True) -> Iterator[OutputFolder]:
    """`outdir`, created when missing, locked against a concurrent synth, checked for foreign files.

    Without `trust_index` (`synth --full`) the index neither says what may be reused nor what synth
    wrote: its own layout does (after a merge that left an index behind its files, say). The staging
    folder is empty on entry and gone on exit, whatever happens in between.
    """
    if os.path.islink(outdir) or (os.path.exists(outdir) and not os.path.isdir(outdir)):
        raise OutputFolderError(f"{outdir} is not a folder synth wrote; refusing to replace it")
    created = not os.path.exists(outdir)
    try:
        os.makedirs(outdir, exist_ok=True)
        descriptor = os.open(outdir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as error:
        raise OutputFolderError(f"cannot create or open {outdir}: {error.strerror}") from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputFolderError(f"another synth is writing into {outdir}; try again when it has finished") from None
        staging = os.path.join(outdir, STAGING)
        shutil.rmtree(staging, ignore_errors=True)  # left by a synth that was killed
        index, problem = read_index(outdir) if trust_index else (None, None)
        present = _files(outdir)
        _refuse_foreign(outdir, present, index)
        try:
            os.mkdir(staging)
            with OutputReader(outdir) as reader:
                yield OutputFolder(outdir, index, present, reader, problem)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            if created and not os.listdir(outdir):
                os.rmdir(outdir)
    finally:
        os.close(descriptor)


def object_files(folder: str, objects: list[Manifest]) -> dict[str, bytes]:
    """Each object's file below `folder` (relative, `/`-separated) and its bytes: `<kind>-<name>.yaml`, as YAML."""
    files: dict[str, bytes] = {}
    for obj in objects:
        path = f"{folder}/{object_file_name(obj)}"
        if path in files:
            raise ObjectFileError(f"two objects would be written to {path}")
        files[path] = dump_yaml(obj).encode("utf-8")
    return files


def write_objects(folder: str, objects: list[Manifest], relative_to: str) -> dict[str, str]:
    """Write each object to `folder/<kind>-<name>.yaml`; returns path relative to `relative_to` -> hash."""
    os.makedirs(folder, exist_ok=True)
    written = {}
    for path, data in object_files(os.path.relpath(folder, relative_to).replace(os.sep, "/"), objects).items():
        target = os.path.join(relative_to, path)
        if os.path.exists(target):
            raise ObjectFileError(f"two objects would be written to {path}")
        with open(target, "wb") as handle:
            handle.write(data)
        written[path] = file_digest(data)
    return written


def link_files(source_root: str, target_root: str, files: list[str]) -> None:
    """Put the files `files` (relative) of `source_root` into `target_root`: hard links, else copies."""
    for relative in files:
        source, target = os.path.join(source_root, relative), os.path.join(target_root, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)


def exchange(new: str, current: str) -> None:
    """Swap two folders in one step where the system can (Linux), else with two quick renames."""
    renameat2 = _renameat2()
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(current), _RENAME_EXCHANGE) == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS):  # EINVAL/ENOSYS: this file system cannot exchange
            raise OSError(code, os.strerror(code), current)
    aside = new + ".old"
    os.rename(current, aside)
    os.rename(new, current)
    os.rename(aside, new)


def _write_index(out: OutputFolder, index: SynthIndex) -> None:
    temporary = os.path.join(out.staging, INDEX_FILE)
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(index.render())
    os.replace(temporary, os.path.join(out.path, INDEX_FILE))


def _files(outdir: str) -> set[str]:
    found = set()
    for folder, subfolders, files in os.walk(outdir, onerror=_unlistable):
        relative = os.path.relpath(folder, outdir)
        if relative == STAGING:
            subfolders.clear()
            continue
        subfolders[:] = [name for name in subfolders if not (relative == "." and name == STAGING)]
        # A link to a folder is listed among the folders but never followed: it counts as a file.
        entries = files + [name for name in subfolders if os.path.islink(os.path.join(folder, name))]
        for name in entries:
            path = name if relative == "." else f"{relative}/{name}"
            if path != INDEX_FILE:
                found.add(path.replace(os.sep, "/"))
    return found


def _unlistable(error: OSError) -> None:
    # A folder synth cannot list may hold anything: never replace it unseen.
    raise OutputFolderError(f"cannot list {printable(str(error.filename))}: {error.strerror}")


def _refuse_foreign(outdir: str, present: set[str], index: SynthIndex | None) -> None:
    # Without an index (output of an older synth, or an index synth cannot use): synth's own layout.
    owned = index.files if index is not None else {path for path in present if in_layout(path)}
    odd = {path for path in present if not _regular(os.path.join(outdir, path))}
    foreign = sorted(path for path in present if path not in owned or path in odd)
    if foreign:
        shown = ", ".join(printable(os.path.join(outdir, path)) for path in foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        # --full helps only with regular files of synth's layout that the index does not record.
        merged = index is not None and not odd and all(in_layout(path) for path in foreign)
        hint = "; if synth wrote them (an index left behind by a merge, say), run synth --full" if merged else ""
        raise OutputFolderError(f"{printable(outdir)} holds files synth did not write ({shown}); refusing to replace it{hint}")


def _regular(path: str) -> bool:
    """True for a regular file: a symlink, a FIFO, a socket or a device is never one synth wrote."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


@functools.cache
def _renameat2() -> Any:
    """glibc's renameat2 (2.28 and later), from the symbols already loaded; None elsewhere."""
    function = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if function is not None:
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        function.restype = ctypes.c_int
    return function


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class _Dumper(yaml.CSafeDumper):
    """libyaml dumper writing multi-line strings (the policy XML) as readable block scalars."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(obj: Manifest) -> str:
    """One object as YAML, keys in the order cdk8s produced them."""
    return yaml.dump(obj, Dumper=_Dumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=120)
