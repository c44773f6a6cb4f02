"""The rules of `keyRotatedOn` and `previousKeyRotatedOn` that need the platform, the day or the base.

A rotation names the current key's subscription after its day and hands the key it replaced to the
previous-key subscription (`gitops/apim_subscription.py`). These rules keep that hand-over sound:

- no rotation after tomorrow (a rotation takes effect when it merges; tomorrow allows for time zones);
- rotations more than `gitops.keyOverlapDays` apart, so the previous key of one rotation is gone
  before the next one hands over another (both would write Secret `ai-gateway-key-previous`);
- against `plan`'s base: a rotation replaces the key the base had, so `previousKeyRotatedOn` must
  name it (the base's `keyRotatedOn`; absent when that was the first key). Otherwise the replaced
  key's object is detached from an Azure subscription nothing names any more, whose key would go
  on working until the team is deleted. `keyRotatedOn` never goes back or away for the same reason;
- `gitops.maxKeyAgeDays`: a warning 14 days before a key is that old, then an error in `validate`
  (`strict_age`) and a warning in synth and plan, so an old key never stops the scheduled synth
  that enforces expiry for every team.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ai_access.models.lifecycle import later
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest

KEY_AGE_WARNING_DAYS = 14

Report = Callable[[tuple[str, ...], str, str], None]
"""Adds a problem at a field (by alias) with a message and a severity."""


def check_key_rotation(
    rotated: date | None,
    previous: date | None,
    platform: PlatformConfig,
    *,
    today: date | None,
    base: AccessRequest | None,
    strict_age: bool,
    report: Report,
) -> None:
    """Report every problem of one request's rotation dates (`rotated`, `previous`: its valid values)."""
    overlap = platform.gitops.key_overlap_days
    if rotated is not None and today is not None and rotated > later(today, 1):
        report(("keyRotatedOn",), f"{rotated} is after tomorrow (today is {today}): a rotation takes effect when it merges; write today's date (main.py rotate-key does)", "error")
    if rotated is not None and previous is not None and (rotated - previous).days <= overlap:
        report(
            ("keyRotatedOn",),
            f"{rotated} is within {overlap} days of the rotation before it ({previous}), whose previous key may still work: "
            f"rotate again on {later(previous, overlap + 1)} or later (gitops.keyOverlapDays is {overlap})",
            "error",
        )
    if base is not None:
        _against_base(rotated, previous, base, report)
    if today is not None:
        _age(rotated, platform, today, strict_age, report)


def _against_base(rotated: date | None, previous: date | None, base: AccessRequest, report: Report) -> None:
    was = base.key_rotated_on
    if was is not None and (rotated is None or rotated < was):
        report(
            ("keyRotatedOn",),
            f"{'removed' if rotated is None else f'{rotated} is before {was}'}: the key of {was} is the team's key, and going back "
            f"would leave it in Azure with nothing to remove it; keep keyRotatedOn: \"{was}\", or rotate with main.py rotate-key",
            "error",
        )
    elif rotated is not None and rotated != was and previous != was:
        named = f'previousKeyRotatedOn: "{was}"' if was is not None else "no previousKeyRotatedOn (the replaced key was the team's first)"
        report(
            ("previousKeyRotatedOn",),
            f"this rotation replaces the key {'of ' + str(was) if was else 'the team had first'}, so write {named}; "
            "another date would leave that key working in Azure with nothing to remove it (main.py rotate-key writes both)",
            "error",
        )


def _age(rotated: date | None, platform: PlatformConfig, today: date, strict: bool, report: Report) -> None:
    most = platform.gitops.max_key_age_days
    if most is None:
        return
    if rotated is None:
        report(("team",), f"the key was never rotated, so its age is unknown (gitops.maxKeyAgeDays is {most}): rotate it with main.py rotate-key", "warning")
        return
    age = (today - rotated).days
    if age > most:
        report(
            ("keyRotatedOn",),
            f"the key is {age} days old, older than the platform's {most} (gitops.maxKeyAgeDays): rotate it with main.py rotate-key",
            "error" if strict else "warning",
        )
    elif age > most - KEY_AGE_WARNING_DAYS:
        report(("keyRotatedOn",), f"the key will be {most} days old on {later(rotated, most)}: rotate it before then (main.py rotate-key)", "warning")
