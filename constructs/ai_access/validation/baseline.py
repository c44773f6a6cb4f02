"""What a pull request is compared with: which teams existed before it, and what they asked for.

Some rules depend on it: a request that is new in the pull request may not be expired already, and
a capacity error names the requests that pushed the total over the limit. `validate` and `synth`
know only the output folder (a team with a folder under `OUT/teams/` exists); `plan` knows the
requests at its git base.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ai_access.models.request import AccessRequest


@dataclass(frozen=True)
class Baseline:
    """The state before the pull request."""

    teams: frozenset[str]
    """Teams that exist before it: a new request is one whose team is not here."""
    requests: dict[str, AccessRequest] | None = None
    """The requests before it, by team, when known (plan's base); None when only `teams` is."""

    def is_new(self, team: str) -> bool:
        """True when `team` did not exist before the pull request."""
        return team not in self.teams


def baseline_from_output(out_dir: str) -> Baseline:
    """The teams synthesized in `out_dir` (`OUT/teams/<team>/`); none when it cannot be listed."""
    return Baseline(frozenset(_folders(os.path.join(out_dir, "teams"))))


def baseline_at_base(requests_dir: str | None, dist_dir: str | None, requests: list[AccessRequest]) -> Baseline:
    """The base of `plan`: a team existed when it had a request folder or synthesized output there.

    `requests` are the base's valid requests; a team whose base request was invalid still existed.
    """
    teams = _folders(requests_dir) | _folders(os.path.join(dist_dir, "teams") if dist_dir else None)
    by_team = {request.team: request for request in requests}
    return Baseline(frozenset(teams | set(by_team)), by_team)


def _folders(path: str | None) -> set[str]:
    if not path:
        return set()
    try:
        with os.scandir(path) as listing:
            return {entry.name for entry in listing if not entry.name.startswith(".") and _is_dir(entry)}
    except OSError:
        return set()  # no output yet, or none that can be read: every team counts as new


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
