"""Where a building process is (its team, the extension it runs), for the line that names them when it stops.

A process that builds records its position before each team and each extension call. In a worker
process the record also goes to a small block of shared memory the synth that started it reads
when the worker dies without a word (`os._exit`, killed by a signal): then only the record can say
which team and extension it was at. The same worker learns here that the synth asked it to stop.
"""

from __future__ import annotations

from typing import Any

RECORD_BYTES = 512
"""Size of a worker's shared record: a team name (63 at most) and an extension path, cut to fit."""

_position = ["", ""]
"""The team being built and the extension running (empty: none), in this process."""
_shared: list[Any] = [None, None]
"""A worker's shared record (a `multiprocessing` RawArray of bytes) and its stop event."""


class StopRequested(BaseException):
    """The synth that started this worker asked it to stop: another worker failed, or Ctrl-C."""


def share(record: Any, stop: Any) -> None:
    """In a worker: write positions into `record` too, and stop at the next team once `stop` is set."""
    _shared[0], _shared[1] = record, stop


def building(team: str) -> None:
    """Record that `team` is being built (no extension running); in a worker asked to stop, stop."""
    if _shared[1] is not None and _shared[1].is_set():
        raise StopRequested
    _record(team, "")


def running(extension: str) -> None:
    """Record that `extension` runs (for the current team; '' once it returned)."""
    _record(_position[0], extension)


def loading(extension: str) -> None:
    """Record that `extension` is being imported, before any team."""
    _record("", extension)


def position() -> tuple[str, str]:
    """(team, extension) of this process: what it builds and runs now."""
    return _position[0], _position[1]


def read(record: Any) -> tuple[str, str]:
    """(team, extension) from a worker's shared record."""
    team, _, rest = bytes(record).partition(b"\0")
    return team.decode("utf-8", "replace"), rest.partition(b"\0")[0].decode("utf-8", "replace")


def describe(team: str, extension: str) -> str:
    """Where a process was, in words: 'while extension X ran for team T', 'while team T was built'."""
    if extension and team:
        return f"while extension {extension} ran for team {team}"
    if extension:
        return f"while extension {extension} was imported"
    return f"while team {team} was built" if team else "while it started"


def _record(team: str, extension: str) -> None:
    _position[0], _position[1] = team, extension
    record = _shared[0]
    if record is not None:
        data = f"{team}\0{extension}".encode()[: RECORD_BYTES - 1]
        record[: len(data) + 1] = data + b"\0"
