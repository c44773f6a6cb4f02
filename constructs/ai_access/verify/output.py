"""How a verify run is printed: text lines as checks finish, GitHub annotations, or one JSON document.

Every line is printed as soon as its check ends, and what will be sent is printed before it is
sent. Messages and subjects can carry text from the cluster, the gateway or the folder, so each
is kept to one printable line and cut as the problems of a request are (`ai_access.problems`): a
line break in an error body cannot forge another check line or annotation, an escape sequence
never reaches the terminal, and a megabyte-long condition message costs one short line.
"""

from __future__ import annotations

import json
from typing import TextIO

from ai_access.problems import cut_line, escape_data, escape_property, one_line
from ai_access.verify.results import Check, Status, counts, exit_code

FORMATS = ("text", "json", "github")


class Reporter:
    """Receives notes (what is about to happen) and checks (what happened), and prints them."""

    def __init__(self, team: str, fmt: str, out: TextIO, err: TextIO) -> None:
        """`fmt` is one of FORMATS; JSON goes to `out` at the end, its notes to `err` as they come."""
        self.team, self.fmt, self.out, self.err = team, fmt, out, err
        self.checks: list[Check] = []
        self.notes: list[str] = []

    def note(self, text: str) -> None:
        """A line saying what is about to be read or sent, printed at once."""
        text = _printed(text)
        self.notes.append(text)
        print(text, file=self.err if self.fmt == "json" else self.out, flush=True)

    def check(self, check: Check) -> None:
        """Record one check and print it unless the format prints everything at the end."""
        self.checks.append(check)
        if self.fmt == "github" and check.status is not Status.OK:
            level = "error" if check.status is Status.FAILED else "warning"
            title = escape_property(_printed(f"verify {self.team}: {check.area} {check.subject}"))
            print(f"::{level} title={title}::{escape_data(_printed(check.message))}", file=self.out, flush=True)
        elif self.fmt != "json":
            print(format_line(check), file=self.out, flush=True)

    def finish(self) -> int:
        """Print the summary (or the JSON document); returns the exit code."""
        code = exit_code(self.checks)
        tally = counts(self.checks)
        if self.fmt == "json":
            document = {
                "team": self.team,
                "exitCode": code,
                "summary": tally,
                "checks": [
                    {
                        "area": c.area,
                        "subject": _printed(c.subject),
                        "status": c.status.value,
                        "message": _printed(c.message),
                        "environment": c.environment,
                    }
                    for c in self.checks
                ],
                "notes": self.notes,
            }
            print(json.dumps(document, indent=2), file=self.out)
        else:
            summary = ", ".join(f"{n} {status}" for status, n in tally.items())
            print(f"verify {self.team}: {summary}; exit {code}", file=self.out)
        return code


def format_line(check: Check) -> str:
    """`status  area  subject: message`, one line."""
    return _printed(f"{check.status.value:<8}{check.area:<11}{check.subject}: {check.message}")


def _printed(text: str) -> str:
    return cut_line(one_line(text))
