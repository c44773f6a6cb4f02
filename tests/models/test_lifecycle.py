"""The one rule of a team's day (`models.lifecycle`): when access ends, which keys work, what the platform keeps."""

from __future__ import annotations

from datetime import date

import pytest

from ai_access.models.lifecycle import FIRST_KEY, KeyGeneration, TeamLifecycle, lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest

BASE = dict(team="team-x", owner="a@contoso.com", cost_center="CC-1", models=[{"name": "gpt-4.1", "type": "foundry"}], tokens_per_minute=10, daily_token_quota=100)


def _request(**fields: object) -> AccessRequest:
    return AccessRequest(**BASE, **fields)


def test_a_request_without_dates_is_a_current_team_with_its_first_key(platform: PlatformConfig) -> None:
    assert lifecycle_of(_request(), platform, date(2026, 11, 27)) == TeamLifecycle()
    assert TeamLifecycle().key == FIRST_KEY and not TeamLifecycle().rotated


@pytest.mark.parametrize(("today", "expired"), [(date(2026, 11, 27), False), (date(2026, 11, 28), True), (None, False)])
def test_access_ends_after_the_last_day(platform: PlatformConfig, today: date | None, expired: bool) -> None:
    lifecycle = lifecycle_of(_request(expires_on=date(2026, 11, 27)), platform, today)
    assert (lifecycle.expired, lifecycle.keeps_role_assignments, lifecycle.keeps_workspaces) == (expired, not expired, not expired)


def test_the_platform_keeps_what_on_expiry_says(platform: PlatformConfig) -> None:
    gitops = platform.gitops.model_copy(update={"on_expiry": platform.gitops.on_expiry.model_copy(update={"workspaces": "keep"})})
    lifecycle = lifecycle_of(_request(expires_on=date(2026, 11, 1)), gitops, date(2026, 11, 27))
    assert (lifecycle.expired, lifecycle.keeps_role_assignments, lifecycle.keeps_workspaces) == (True, False, True)


@pytest.mark.parametrize(
    ("today", "previous", "until"),
    [
        (date(2026, 11, 20), FIRST_KEY, date(2026, 11, 26)),  # the day of the rotation: the overlap's first day
        (date(2026, 11, 26), FIRST_KEY, date(2026, 11, 26)),  # its seventh and last day
        (date(2026, 11, 27), None, None),  # the day after: the previous key is gone
        (None, None, None),  # no day judged
    ],
)
def test_the_previous_key_works_for_the_overlap_days_the_rotation_day_included(platform: PlatformConfig, today, previous, until) -> None:
    assert platform.gitops.key_overlap_days == 7
    lifecycle = lifecycle_of(_request(key_rotated_on=date(2026, 11, 20)), platform, today)
    assert (lifecycle.key, lifecycle.previous_key, lifecycle.previous_key_until, lifecycle.rotated) == (KeyGeneration(date(2026, 11, 20)), previous, until, True)


def test_the_previous_key_is_the_rotation_before_the_last_one(platform: PlatformConfig) -> None:
    lifecycle = lifecycle_of(_request(key_rotated_on=date(2027, 2, 1), previous_key_rotated_on=date(2026, 11, 20)), platform, date(2027, 2, 2))
    assert lifecycle.previous_key == KeyGeneration(date(2026, 11, 20))


def test_an_expired_team_has_no_previous_key(platform: PlatformConfig) -> None:
    lifecycle = lifecycle_of(_request(key_rotated_on=date(2026, 11, 20), expires_on=date(2026, 11, 20)), platform, date(2026, 11, 21))
    assert (lifecycle.expired, lifecycle.previous_key) == (True, None)


def test_the_last_date_there_is_is_no_overflow(platform: PlatformConfig) -> None:
    lifecycle = lifecycle_of(_request(key_rotated_on=date.max, expires_on=date.max), platform, date.max)
    assert (lifecycle.expired, lifecycle.previous_key_until) == (False, date.max)


def test_the_previous_rotation_must_come_before_the_last_one() -> None:
    with pytest.raises(ValueError, match="must be before keyRotatedOn"):
        _request(key_rotated_on=date(2026, 11, 20), previous_key_rotated_on=date(2026, 11, 20))
    with pytest.raises(ValueError, match=r"must be before keyRotatedOn \(not set\)"):
        _request(previous_key_rotated_on=date(2026, 11, 20))
