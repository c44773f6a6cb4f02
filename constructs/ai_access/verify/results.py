"""What a verify run found: one result per check, and the exit code they add up to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ai_access import exit_codes


class Status(str, Enum):
    """How one check ended."""

    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Check:
    """One check: what was looked at (area and subject), how it ended, and why.

    `environment` marks a failure to reach something (cluster, gateway, credentials), which says
    nothing about the team's access; the run then exits 3 rather than 1.
    """

    area: str
    subject: str
    status: Status
    message: str
    environment: bool = False


def ok(area: str, subject: str, message: str) -> Check:
    """A check that passed."""
    return Check(area, subject, Status.OK, message)


def failed(area: str, subject: str, message: str, *, environment: bool = False) -> Check:
    """A check that failed; `environment` when the cause is something unreachable."""
    return Check(area, subject, Status.FAILED, message, environment)


def skipped(area: str, subject: str, message: str) -> Check:
    """A check that did not run, and why."""
    return Check(area, subject, Status.SKIPPED, message)


def exit_code(checks: list[Check]) -> int:
    """0 when every check that ran passed; 1 when access is wrong; 3 when only reaching things failed."""
    failures = [c for c in checks if c.status is Status.FAILED]
    if any(not c.environment for c in failures):
        return exit_codes.INVALID
    return exit_codes.ENVIRONMENT if failures else exit_codes.OK


def counts(checks: list[Check]) -> dict[str, int]:
    """How many checks ended each way, in the order ok, failed, skipped."""
    return {status.value: sum(c.status is status for c in checks) for status in Status}
