"""Problems found in requests, and how they are printed for the person who wrote the request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

SHOWN_CHARS = 60
"""How much of a value a message echoes back; the rest is cut, saying how long the value was."""
MAX_LINE_CHARS = 1000
"""A problem line never gets longer than this: the last guard against echoing a huge key or path."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or worth a warning) in one request file, at one line and field."""

    path: str
    line: int
    field: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def format(self) -> str:
        """`PATH:LINE: field: message` on one line, the form editors and CI logs link to."""
        prefix = "warning: " if self.severity == "warning" else ""
        return cut_line(one_line(f"{self.path}:{self.line}: {self.field}: {prefix}{self.message}"))

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command."""
        level = "warning" if self.severity == "warning" else "error"
        # A folder name comes from the pull request: escaped as GitHub specifies, it cannot end the
        # property list or the line and forge another annotation; every other control character
        # (ESC starts terminal sequences in the log viewer) is written out as an escape.
        path = escape_property(one_line(self.path))
        text = cut_line(one_line(f"{self.field}: {self.message}"))
        return f"::{level} file={path},line={self.line}::{escape_data(text)}"


def has_errors(problems: list[Problem]) -> bool:
    """True when any problem is an error, not just a warning."""
    return any(problem.severity == "error" for problem in problems)


def shown(value: Any) -> str:
    """`value` as a message echoes it: its repr, cut after `SHOWN_CHARS` characters with its length.

    Whatever a request holds is echoed through here, so a 60,000-character value costs one short line.
    """
    text = repr(value)
    if len(text) <= SHOWN_CHARS:
        return text
    size = len(value) if isinstance(value, (str, bytes, list, dict)) else len(text)
    unit = "characters" if isinstance(value, str) else ("items" if isinstance(value, (list, dict)) else "characters written out")
    return f"{text[:SHOWN_CHARS]}... ({size:,} {unit})"


def shown_name(name: str) -> str:
    """A key or name echoed inside a field path or a message, cut like `shown` but without quotes."""
    if len(name) <= SHOWN_CHARS:
        return name
    return f"{name[:SHOWN_CHARS]}... ({len(name):,} characters)"


def one_line(text: str) -> str:
    """`text` with line breaks and every other unprintable character written out as an escape.

    Keys and values come from a request, a cluster or a gateway: a line break in one must not forge a
    second line, and no control or format character (ESC, bidi overrides) may reach a terminal or a
    log viewer.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def cut_line(text: str) -> str:
    """`text` cut after `MAX_LINE_CHARS` characters, saying how long it was."""
    if len(text) <= MAX_LINE_CHARS:
        return text
    return f"{text[:MAX_LINE_CHARS]}... (line cut: {len(text):,} characters)"


def escape_data(text: str) -> str:
    """The message of a GitHub workflow command, escaped as actions/toolkit's command.ts does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value of a GitHub workflow command (`file=`, `title=`): it cannot end the list or the line."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
