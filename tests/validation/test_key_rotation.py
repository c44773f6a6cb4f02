"""The rules of the rotation dates that need the platform, the day or plan's base (`validation/key_rotation.py`).

A rotation hands the key it replaces to the previous-key subscription, named after the rotation
that made that key: a date that names another one would leave the replaced key working in Azure
with nothing to remove it, so plan refuses it against its base. A key older than the platform's
`maxKeyAgeDays` fails `validate` and only warns synth, which must go on enforcing expiry.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support.validation_files import TYPED, platform_with, request, validate, write

from ai_access.loading.platform_file import load_platform
from ai_access.models.request import AccessRequest
from ai_access.validation.baseline import Baseline
from ai_access.validation.requests import validate_requests

TODAY = date(2026, 11, 27)


def _typed(**dates: str) -> str:
    lines = "".join(f'  {key}: "{value}"\n' for key, value in dates.items())
    return request(TYPED) + lines


def _base(**fields: object) -> AccessRequest:
    return AccessRequest(team="team-x", owner="dana@contoso.com", cost_center="CC-1234", models=[{"name": "gpt-4.1", "type": "foundry"}], tokens_per_minute=10, daily_token_quota=10, **fields)


def _problems(tmp_path: Path, text: str, *, base: AccessRequest | None = None, platform=None, strict: bool = False) -> list[tuple[str, str, str]]:
    from support.files import FIXTURE_PLATFORM

    write(tmp_path / "requests", "team-x", text)
    baseline = Baseline(frozenset({"team-x"}), {"team-x": base}) if base is not None else None
    report = validate_requests(str(tmp_path / "requests"), platform or load_platform(str(FIXTURE_PLATFORM)), today=TODAY, baseline=baseline, strict_key_age=strict)
    return [(p.field, p.severity, p.message) for p in report.problems if p.field.endswith("KeyRotatedOn") or p.field == "spec.keyRotatedOn"]


@pytest.mark.parametrize(
    ("base", "dates"),
    [
        (_base(), {"keyRotatedOn": "2026-11-27"}),  # a first rotation: the replaced key is the first one
        (_base(key_rotated_on=date(2026, 10, 1)), {"keyRotatedOn": "2026-11-27", "previousKeyRotatedOn": "2026-10-01"}),
        (_base(key_rotated_on=date(2026, 10, 1)), {"keyRotatedOn": "2026-10-01"}),  # no rotation in this change
    ],
    ids=["first", "second", "unchanged"],
)
def test_a_rotation_that_names_the_key_it_replaces_is_valid(tmp_path: Path, base: AccessRequest, dates: dict[str, str]) -> None:
    assert _problems(tmp_path, _typed(**dates), base=base) == []


@pytest.mark.parametrize(
    ("base", "dates", "field", "words"),
    [
        (_base(key_rotated_on=date(2026, 10, 1)), {"keyRotatedOn": "2026-11-27"}, "spec.previousKeyRotatedOn", 'replaces the key of 2026-10-01, so write previousKeyRotatedOn: "2026-10-01"'),
        (_base(key_rotated_on=date(2026, 10, 1)), {"keyRotatedOn": "2026-11-27", "previousKeyRotatedOn": "2026-09-01"}, "spec.previousKeyRotatedOn", "leave that key working in Azure"),
        (_base(), {"keyRotatedOn": "2026-11-27", "previousKeyRotatedOn": "2026-09-01"}, "spec.previousKeyRotatedOn", "no previousKeyRotatedOn (the replaced key was the team's first)"),
        (_base(key_rotated_on=date(2026, 10, 1)), {}, "spec.keyRotatedOn", "removed: the key of 2026-10-01 is the team's key"),
        (_base(key_rotated_on=date(2026, 10, 1)), {"keyRotatedOn": "2026-09-01"}, "spec.keyRotatedOn", "2026-09-01 is before 2026-10-01"),
    ],
    ids=["previous-missing", "previous-wrong", "previous-of-a-first-key", "rotation-removed", "rotation-back"],
)
def test_plan_refuses_a_rotation_that_would_strand_the_key_it_replaces(tmp_path: Path, base, dates, field: str, words: str) -> None:
    write(tmp_path / "requests", "team-x", _typed(**dates))
    from support.files import FIXTURE_PLATFORM

    report = validate_requests(str(tmp_path / "requests"), load_platform(str(FIXTURE_PLATFORM)), today=TODAY, baseline=Baseline(frozenset({"team-x"}), {"team-x": base}))
    errors = [p for p in report.problems if p.severity == "error"]
    assert len(errors) == 1 and words in errors[0].message, [p.format() for p in report.problems]
    assert errors[0].field == field  # a removed field is named at its mapping's line


def test_without_a_base_nothing_is_judged_against_one(tmp_path: Path) -> None:
    assert _problems(tmp_path, _typed(keyRotatedOn="2026-11-27", previousKeyRotatedOn="2026-09-01")) == []


def _aged(tmp_path: Path, days: int):
    return platform_with(tmp_path, lambda data: data["gitops"].update(maxKeyAgeDays=days))


def test_a_key_older_than_the_platform_allows_fails_validate_and_only_warns_synth(tmp_path: Path) -> None:
    path, platform = _aged(tmp_path, 30)
    text = _typed(keyRotatedOn="2026-10-01")  # 57 days old on 2026-11-27
    message = "the key is 57 days old, older than the platform's 30 (gitops.maxKeyAgeDays): rotate it with main.py rotate-key"
    assert _problems(tmp_path, text, platform=platform, strict=True) == [("spec.keyRotatedOn", "error", message)]
    assert _problems(tmp_path, text, platform=platform) == [("spec.keyRotatedOn", "warning", message)]
    # `main.py validate` is the strict one: exit 1
    code, lines = validate(tmp_path / "requests", platform=path)
    assert code == 1 and any(message in line for line in lines), lines


def test_a_key_near_its_age_limit_is_a_warning_and_one_never_rotated_is_one_too(tmp_path: Path) -> None:
    _, platform = _aged(tmp_path, 60)
    assert _problems(tmp_path, _typed(keyRotatedOn="2026-10-01"), platform=platform, strict=True) == [
        ("spec.keyRotatedOn", "warning", "the key will be 60 days old on 2026-11-30: rotate it before then (main.py rotate-key)")
    ]
    write(tmp_path / "requests", "team-x", request(TYPED))
    report = validate_requests(str(tmp_path / "requests"), platform, today=TODAY, strict_key_age=True)
    assert [(p.severity, p.message) for p in report.problems if "rotated" in p.message] == [
        ("warning", "the key was never rotated, so its age is unknown (gitops.maxKeyAgeDays is 60): rotate it with main.py rotate-key")
    ]


def test_the_age_limit_leaves_room_for_an_overlap(tmp_path: Path) -> None:
    from ai_access.loading.platform_file import PlatformConfigError

    with pytest.raises(PlatformConfigError, match=r"gitops\.maxKeyAgeDays: 7 must be more than keyOverlapDays \(7\)"):
        platform_with(tmp_path, lambda data: data["gitops"].update(maxKeyAgeDays=7))
