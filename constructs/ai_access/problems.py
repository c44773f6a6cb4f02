"""Problems found in requests, and how they are printed for the person who wrote the request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


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
        return _one_line(f"{self.path}:{self.line}: {self.field}: {prefix}{self.message}")

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command."""
        level = "warning" if self.severity == "warning" else "error"
        # A folder name comes from the pull request: escaped as GitHub specifies, it cannot end the
        # property list or the line and forge another annotation.
        path = _escape_data(self.path).replace(":", "%3A").replace(",", "%2C")
        return f"::{level} file={path},line={self.line}::{_escape_data(f'{self.field}: {self.message}')}"


def has_errors(problems: list[Problem]) -> bool:
    """True when any problem is an error, not just a warning."""
    return any(problem.severity == "error" for problem in problems)


def _one_line(text: str) -> str:
    # Keys and values come from the request: a line break in one must not forge a second problem.
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
