"""Files the verbs write outside synth's output folder: replaced in one step, never through a link.

`catalog --update FILE` rewrites a file a person keeps (the requesters' guide): the new text goes
into a temporary file beside it, which then replaces it (`os.replace`, atomic on one file system),
so a full disk or a crash leaves the old file whole, never a truncated one. A symbolic link is
refused rather than followed: the verb would otherwise write wherever the link points, outside the
repository as easily as inside. `platform --out DIR` is checked before jsii starts, so a folder
that cannot be written is one line, not a traceback from Node.js.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile

LINK_REFUSED = "a symbolic link; name the file it points to"


def write_text_atomically(path: str, text: str) -> None:
    """Replace the regular file `path` with `text` (UTF-8) in one step; keeps its permissions.

    Raises OSError when `path` is a symbolic link or not a regular file, or when writing fails;
    `path` is then as it was.
    """
    if os.path.islink(path):
        raise OSError(LINK_REFUSED)
    mode = stat.S_IMODE(os.stat(path).st_mode) if os.path.exists(path) else 0o644
    if os.path.exists(path) and not os.path.isfile(path):
        raise OSError("not a regular file")
    folder = os.path.dirname(os.path.abspath(path))
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def unwritable_folder(path: str) -> str | None:
    """Why files cannot be written into folder `path` (created when missing), or None when they can."""
    if os.path.exists(path) and not os.path.isdir(path):
        return f"{path} is not a folder"
    try:
        os.makedirs(path, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as error:
        return f"cannot write into {path}: {error.strerror or error}"
    return None
