"""Which teams the team-alerts stack alerts for, and what it needs of each: pure data, no cdktf."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ai_access.models.lifecycle import lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest


@dataclass(frozen=True)
class AlertTarget:
    """What the team-alerts stack needs of one request: the team, whom to tell, and its enabled KAITO models."""

    team: str
    owner: str
    kaito_models: tuple[str, ...]

    @classmethod
    def from_request(cls, request: AccessRequest) -> AlertTarget:
        """The target of a validated request (the stack leaves out a team whose workspaces an expiry removed)."""
        return cls(request.team, str(request.owner), tuple(model.name for model in request.kaito_models))


def alert_targets(requests: Sequence[AccessRequest], platform: PlatformConfig, today: date | None) -> list[AlertTarget]:
    """One target per team with KAITO models that still serve on `today`.

    A team whose workspaces an expiry removed has none: nothing would serve, and "not serving" would
    page its owner every day until a renewal brings the workspaces and the rules back, under the
    same names (docs/lifecycle.md).
    """
    return [
        AlertTarget.from_request(request)
        for request in requests
        if request.kaito_models and lifecycle_of(request, platform, today).keeps_workspaces
    ]
