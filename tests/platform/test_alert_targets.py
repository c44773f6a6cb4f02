"""Which teams the team-alerts stack alerts for: every team with KAITO models that still serve."""

from __future__ import annotations

from datetime import date

from ai_access.models.platform import PlatformConfig
from ai_access.platform.alert_targets import alert_targets


def _kaito_requests(fixture_report):
    requests = [loaded.request for loaded in fixture_report.requests if loaded.request.kaito_models]
    assert requests, "the fixtures hold a team with KAITO models"
    return requests


def test_a_current_team_with_kaito_models_is_a_target_with_its_owner_and_models(fixture_report, platform: PlatformConfig) -> None:
    requests = _kaito_requests(fixture_report)
    targets = alert_targets(requests, platform, date(2026, 1, 1))
    assert [(t.team, t.owner, list(t.kaito_models)) for t in targets] == [
        (r.team, str(r.owner), [m.name for m in r.kaito_models]) for r in requests
    ]


def test_an_expired_team_whose_workspaces_go_has_no_rules_and_a_renewal_brings_them_back(fixture_report, platform: PlatformConfig) -> None:
    # GIVEN a KAITO team past its last day (onExpiry removes workspaces by default)
    request = _kaito_requests(fixture_report)[0].model_copy(update={"expires_on": date(2026, 3, 1)})
    assert platform.gitops.on_expiry.workspaces == "remove"
    # THEN no rules page its owner about a workspace that is gone; the day before, and after a renewal, they are there
    assert alert_targets([request], platform, date(2026, 3, 2)) == []
    assert [t.team for t in alert_targets([request], platform, date(2026, 3, 1))] == [request.team]
    renewed = request.model_copy(update={"expires_on": date(2027, 3, 1)})
    assert [t.team for t in alert_targets([renewed], platform, date(2026, 3, 2))] == [request.team]


def test_an_expired_team_whose_workspaces_the_platform_keeps_keeps_its_rules(fixture_report, platform: PlatformConfig) -> None:
    request = _kaito_requests(fixture_report)[0].model_copy(update={"expires_on": date(2026, 3, 1)})
    keep = platform.gitops.on_expiry.model_copy(update={"workspaces": "keep"})
    kept = platform.model_copy(update={"gitops": platform.gitops.model_copy(update={"on_expiry": keep})})
    assert [t.team for t in alert_targets([request], kept, date(2026, 3, 2))] == [request.team]


def test_a_team_without_kaito_models_has_no_target(fixture_report, platform: PlatformConfig) -> None:
    others = [loaded.request for loaded in fixture_report.requests if not loaded.request.kaito_models]
    assert others and alert_targets(others, platform, None) == []
