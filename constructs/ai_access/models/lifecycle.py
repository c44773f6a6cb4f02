"""What a team's access is on one day: the one rule for expiry and for key rotation (docs/lifecycle.md).

Synth, `synth --check`, `plan`, `expiring` and the tests all ask `lifecycle_of(request, platform,
today)`; nothing else reads the dates. The answer depends only on the request, the platform's
`gitops` settings and the day, so the scheduled synth of a day writes the same output wherever it runs.

- Expiry: after `expiresOn` the key is suspended and, unless `gitops.onExpiry` keeps them, the Entra
  group's Foundry role assignments and the KAITO workspaces go. Everything that holds data or a
  name (namespace, key Secret, Foundry project, APIM product and policy) stays, so a renewal brings
  the rest back under the same names.
- Rotation: `keyRotatedOn` names the current key's subscription. For `gitops.keyOverlapDays` days,
  that day included, the key it replaced keeps working beside it (`previous_key`), then the
  scheduled synth of the next day leaves it out and it is deleted. An expired team has no
  previous key: its keys are suspended, and a second one would only wait to be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ai_access.models.platform import GitOpsSettings, PlatformConfig
from ai_access.models.request import AccessRequest


@dataclass(frozen=True, order=True)
class KeyGeneration:
    """One key of a team: the APIM subscription that holds it, named after the rotation that made it."""

    rotated_on: date | None = None
    """The `keyRotatedOn` that made it; None: the team's first key, from before any rotation."""


FIRST_KEY = KeyGeneration()


@dataclass(frozen=True)
class TeamLifecycle:
    """A team's access on one day; the default is a current team that never rotated its key."""

    expired: bool = False
    """The last day of access (`expiresOn`) has passed: every key is suspended."""
    key: KeyGeneration = FIRST_KEY
    """The current key: in Secret `ai-gateway-key`."""
    previous_key: KeyGeneration | None = None
    """The key the last rotation replaced, while it still works (Secret `ai-gateway-key-previous`); None outside the overlap."""
    previous_key_until: date | None = None
    """The last day the previous key works, during the overlap."""
    keeps_role_assignments: bool = True
    """False when expired and `gitops.onExpiry.roleAssignments` is remove."""
    keeps_workspaces: bool = True
    """False when expired and `gitops.onExpiry.workspaces` is remove."""

    @property
    def rotated(self) -> bool:
        """True once the key was rotated at least once (`keyRotatedOn` is set)."""
        return self.key.rotated_on is not None


def lifecycle_of(request: AccessRequest, platform: PlatformConfig | GitOpsSettings, today: date | None) -> TeamLifecycle:
    """The team's access on `today` (None: no date is judged: not expired, no previous key)."""
    gitops = platform.gitops if isinstance(platform, PlatformConfig) else platform
    expired = request.expired(today)
    key = KeyGeneration(request.key_rotated_on)
    previous, until = None, None
    if request.key_rotated_on is not None and today is not None and not expired:
        until = last_day_of_overlap(request.key_rotated_on, gitops.key_overlap_days)
        if today <= until:
            previous = KeyGeneration(request.previous_key_rotated_on)
        else:
            until = None
    return TeamLifecycle(
        expired=expired,
        key=key,
        previous_key=previous,
        previous_key_until=until,
        keeps_role_assignments=not (expired and gitops.on_expiry.role_assignments == "remove"),
        keeps_workspaces=not (expired and gitops.on_expiry.workspaces == "remove"),
    )


def last_day_of_overlap(rotated_on: date, overlap_days: int) -> date:
    """The last day the key a rotation on `rotated_on` replaced still works: that day and `overlap_days - 1` more."""
    return later(rotated_on, overlap_days - 1)


def later(day: date, days: int) -> date:
    """`day` plus `days`, or the last date there is (a request may name 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max
