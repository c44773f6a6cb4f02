"""Finding and reading `developer-requests/<team>/access.yaml`, refusing what is not a request file.

Everything here is about the file system: folders, symlinks, sizes and encodings. Reading never
follows a symlink out of the requests folder and never reads more than `MAX_FILE_BYTES` + 1 bytes,
so a 20 MB or endless file costs nothing. Nothing here raises: a symlink loop, a link through a
file or a folder that cannot be listed is one problem line with its path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ai_access.problems import Problem

REQUEST_FILE = "access.yaml"
MAX_FILE_BYTES = 64 * 1024
"""A request is a few hundred bytes; 64 KiB leaves room for comments and refuses abuse."""


@dataclass(frozen=True)
class RequestFile:
    """The text of one team's request file and the path to show in messages."""

    folder: str
    path: str
    text: str


def read_request_files(requests_dir: str) -> tuple[list[RequestFile], list[Problem]]:
    """Read every team's `access.yaml` below `requests_dir`; problems for all that cannot be read."""
    problems: list[Problem] = []
    if not os.path.isdir(requests_dir):
        return [], [Problem(requests_dir, 1, "(folder)", "requests folder not found")]
    try:
        root = os.path.realpath(requests_dir)
        with os.scandir(requests_dir) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except (OSError, ValueError) as err:
        return [], [Problem(requests_dir, 1, "(folder)", f"cannot list the requests folder: {_reason(err)}")]
    files: list[RequestFile] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        shown = os.path.join(requests_dir, entry.name)
        try:
            if not _inside(root, entry.path):
                problems.append(Problem(shown, 1, "(folder)", "symlink leaving the requests folder; not read"))
                continue
            if not entry.is_dir():
                if entry.is_symlink() and not os.path.exists(entry.path):
                    problems.append(Problem(shown, 1, "(folder)", "broken symlink; a team folder must be a folder"))
                continue  # README.md and other top-level files are documentation, not requests
            request, problem = _read_team_folder(root, entry.name, shown, problems)
        except (OSError, ValueError) as err:
            request, problem = None, Problem(shown, 1, "(folder)", f"cannot read the team folder: {_reason(err)}")
        if problem:
            problems.append(problem)
        elif request:
            files.append(request)
    return files, problems


def _read_team_folder(
    root: str, folder: str, shown_folder: str, problems: list[Problem]
) -> tuple[RequestFile | None, Problem | None]:
    path = os.path.join(shown_folder, REQUEST_FILE)
    for other in sorted(os.listdir(shown_folder)):
        if other != REQUEST_FILE and not other.startswith("."):
            problems.append(
                Problem(
                    os.path.join(shown_folder, other),
                    1,
                    "(file)",
                    f"ignored: only {REQUEST_FILE} is read from a team folder; move or delete this file",
                    "warning",
                )
            )
    if not os.path.lexists(path):
        return None, Problem(path, 1, "(file)", f"team folder has no {REQUEST_FILE}")
    if not _inside(root, path):
        return None, Problem(path, 1, "(file)", "symlink leaving the requests folder; not read")
    if not os.path.isfile(path):
        return None, Problem(path, 1, "(file)", f"{REQUEST_FILE} must be a regular file")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        return None, Problem(path, 1, "(file)", f"cannot read: {_reason(err)}")
    if len(raw) > MAX_FILE_BYTES:
        return None, Problem(path, 1, "(file)", f"file larger than {MAX_FILE_BYTES // 1024} KiB; a request is a short YAML file")
    if b"\x00" in raw:
        return None, Problem(path, _line_at(raw, raw.index(b"\x00")), "(file)", "binary content (NUL byte); a request is UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return None, Problem(path, _line_at(raw, err.start), "(file)", "not UTF-8 text; save the file as UTF-8")
    return RequestFile(folder, path, text), None


def _inside(root: str, path: str) -> bool:
    # Below a real root, only a symlink on the way can lead out; resolving every path is slow.
    if not os.path.islink(path) and not os.path.islink(os.path.dirname(path)):
        return True
    real = os.path.realpath(path)
    return real == root or real.startswith(root + os.sep)


def _reason(err: BaseException) -> str:
    # The path is already the line's first field: strerror says what went wrong without repeating it.
    return getattr(err, "strerror", None) or str(err)


def _line_at(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1
