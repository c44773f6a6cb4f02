"""`build_plan` on requests built in the test: what a team loses, and the synthesized files it compares.

The helpers and the priced platform are `test_plan_build.py`'s.
"""

from __future__ import annotations

from datetime import date

import pytest
from support.plan_requests import PRICED, SUBSCRIPTION, TODAY, access_request, foundry_model

from ai_access.review.plan import TeamPlan, build_plan


# ---- what a team loses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "today", "losses"),
    [
        ({}, {"expires_on": date(2026, 11, 26)}, TODAY, ["key suspended on 2026-11-27"]),
        ({}, {"expires_on": TODAY}, TODAY, ["key will be suspended on 2026-11-28"]),
        ({}, {"expires_on": date(2026, 11, 26)}, None, ["key will be suspended on 2026-11-27"]),
        ({"expires_on": date(2027, 1, 31)}, {"expires_on": date(2027, 1, 15)}, TODAY, ["key will be suspended on 2027-01-16"]),
        ({"expires_on": date(2027, 1, 15)}, {"expires_on": date(2027, 1, 31)}, TODAY, []),
        ({}, {"models": [foundry_model(enabled=False)]}, TODAY, ["all models disabled"]),
        ({}, {"models": [foundry_model(enabled=False)], "expires_on": date(2026, 11, 1)}, TODAY, ["key suspended on 2026-11-02", "all models disabled"]),
        ({"models": [foundry_model(enabled=False)]}, {"models": [foundry_model(enabled=False)], "expires_on": date(2026, 11, 1)}, TODAY, []),
        ({"expires_on": date(2026, 11, 1)}, {"expires_on": date(2026, 10, 1)}, TODAY, []),
    ],
    ids=["expired", "expires-today", "no-today", "earlier", "renewed", "all-disabled", "both", "had-no-model", "already-suspended"],
)
def test_what_a_changed_team_loses(old: dict, new: dict, today: date | None, losses: list[str]) -> None:
    (team,) = build_plan([access_request(**old)], [access_request(**new)], PRICED, today=today).teams
    assert team.losses == losses


def test_a_request_expiring_today_is_not_suspended_at_the_base() -> None:
    old, new = access_request(expires_on=TODAY), access_request(expires_on=date(2026, 11, 1))
    (team,) = build_plan([old], [new], PRICED, today=TODAY).teams
    assert team.losses == ["key suspended on 2026-11-02"]


@pytest.mark.parametrize(("expires", "losses"), [(date(2026, 11, 1), ["key suspended on 2026-11-02"]), (date(2027, 1, 1), [])])
def test_a_team_without_a_valid_request_at_the_base_loses_what_its_new_request_takes_now(expires: date, losses: list[str]) -> None:
    files = {"team-x": {"namespace-ai-team-x.yaml": "a"}}
    (team,) = build_plan([], [access_request(expires_on=expires)], PRICED, base_files=files, head_files=files, today=TODAY).teams
    assert team.losses == losses


def test_a_new_team_loses_nothing() -> None:
    (team,) = build_plan([], [access_request(expires_on=date(2026, 11, 1), models=[foundry_model(enabled=False)])], PRICED, today=TODAY).teams
    assert (team.action, team.losses) == ("create", [])


@pytest.mark.parametrize(
    ("subscription", "suspended"),
    [
        ("spec:\n  state: suspended\n", True),
        ("spec:\n  state: active\n", False),
        ("spec: {state: [", False),  # unreadable: taken as active
        ("- spec\n", False),
        ("spec: suspended\n", False),
        (None, False),
    ],
    ids=["suspended", "active", "unreadable", "not-a-mapping", "spec-not-a-mapping", "no-file"],
)
def test_the_deployed_subscription_says_whether_the_key_was_suspended_at_the_base(subscription: str | None, suspended: bool) -> None:
    # The base's request says nothing about it (no expiry); the new one expires before today.
    files = {"team-x": {"namespace-ai-team-x.yaml": "a", **({SUBSCRIPTION: subscription} if subscription is not None else {})}}
    old, new = access_request(), access_request(expires_on=date(2026, 11, 1))
    (team,) = build_plan([old], [new], PRICED, base_files=files, head_files=files, today=TODAY).teams
    assert team.losses == ([] if suspended else ["key suspended on 2026-11-02"])


# ---- synthesized files --------------------------------------------------------------------------


def test_a_team_whose_files_change_is_changed_with_its_objects_listed() -> None:
    request = access_request()
    before = {"a.yaml": "1", "b.yaml": "2", "c.yaml": "3"}
    after = {"e.yaml": "5", "c.yaml": "3*", "b.yaml": "2", "d.yaml": "4"}
    (team,) = build_plan([request], [request], PRICED, base_files={"team-x": before}, head_files={"team-x": after}).teams
    assert team == TeamPlan("team-x", "change", objects_added=["d.yaml", "e.yaml"], objects_removed=["a.yaml"], objects_changed=["c.yaml"], cost_before=6.0, cost_after=6.0)


@pytest.mark.parametrize(
    ("before", "after", "objects"),
    [({}, {"b.yaml": "2"}, (["b.yaml"], [], [])), ({"b.yaml": "2"}, {}, ([], ["b.yaml"], [])), ({"b.yaml": "1"}, {"b.yaml": "2"}, ([], [], ["b.yaml"]))],
    ids=["added", "removed", "changed"],
)
def test_one_changed_object_alone_makes_the_team_changed(before: dict, after: dict, objects: tuple) -> None:
    request = access_request()
    (team,) = build_plan([request], [request], PRICED, base_files={"team-x": before}, head_files={"team-x": after}).teams
    assert (team.action, (team.objects_added, team.objects_removed, team.objects_changed)) == ("change", objects)


def test_a_key_suspended_by_the_passing_date_alone_makes_the_team_changed() -> None:
    request = access_request(expires_on=date(2026, 11, 26))
    files = {"team-x": {SUBSCRIPTION: "spec:\n  state: active\n"}}
    (team,) = build_plan([request], [request], PRICED, base_files=files, head_files=files, today=TODAY).teams
    assert (team.action, team.changes, team.losses) == ("change", [], ["key suspended on 2026-11-27"])


def test_files_are_compared_only_when_both_sides_are_given() -> None:
    request = access_request()
    assert build_plan([request], [request], PRICED, base_files={"team-x": {"a.yaml": "1"}}).teams == []


def test_the_platform_objects_are_listed_added_removed_then_changed() -> None:
    before = {"argocd/appproject-ai-a.yaml": "1", "argocd/applicationset-ai-model-access-teams.yaml": "1", "bootstrap/root.yaml": "1"}
    after = {
        "argocd/appproject-ai-c.yaml": "1",
        "argocd/appproject-ai-b.yaml": "1",
        "argocd/applicationset-ai-model-access-teams.yaml": "2",
        "bootstrap/root.yaml": "1",
    }
    plan = build_plan([], [], PRICED, base_platform_files=before, head_platform_files=after)
    assert plan.platform_objects == [
        "+ argocd/appproject-ai-b.yaml",
        "+ argocd/appproject-ai-c.yaml",
        "- argocd/appproject-ai-a.yaml",
        "~ argocd/applicationset-ai-model-access-teams.yaml",
    ]
    assert plan.application_set_changed
    assert not build_plan([], [], PRICED, base_platform_files=before, head_platform_files={**before, "bootstrap/root.yaml": "2"}).application_set_changed


def test_teams_are_planned_in_name_order_and_counted_at_the_base() -> None:
    base = [access_request("team-c"), access_request("team-a")]
    head = [access_request("team-b"), access_request("team-a", tokens_per_minute=5)]
    plan = build_plan(base, head, PRICED, base_files={"team-d": {}}, head_files={})
    assert [(t.team, t.action) for t in plan.teams] == [("team-a", "change"), ("team-b", "create"), ("team-c", "delete"), ("team-d", "delete")]
    assert plan.teams_at_base == 3
