"""APIM's limits as data: every figure cited, every tier of `apim.skuName` known, and the counts of
what the output takes kept equal to the objects the constructs write (not counted by hand)."""

from __future__ import annotations

import typing
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from support.files import FIXTURE_TODAY
from support.invariants import load_objects

from ai_access.models.apim_limits import (
    API_OPERATIONS,
    KINDS,
    NAMED_VALUES,
    PRODUCTS,
    SUBSCRIPTIONS,
    TIER_LIMITS,
    GatewayUsage,
    limits_of,
    platform_usage,
    team_usage,
    tier_of,
)
from ai_access.models.lifecycle import lifecycle_of
from ai_access.models.platform import ApimSettings, PlatformConfig
from ai_access.validation.requests import ValidationReport

APIM_GROUP = "apimanagement.azure.com"
# A team's APIM kinds and the limit each counts against; the others are kinds the 2026 table gives no
# figure for (a ProductApi links the unified API, a ProductPolicy is the product's policy, a Backend
# is a KAITO model's route). A new kind per team fails the test until it is placed in one or the other.
COUNTED_KINDS = {"Product": PRODUCTS, "Subscription": SUBSCRIPTIONS, "NamedValue": NAMED_VALUES}
UNLIMITED_KINDS = {"ProductApi", "ProductPolicy", "Backend"}
PLATFORM_RESOURCES = {
    "azurerm_api_management_product": PRODUCTS,
    "azurerm_api_management_subscription": SUBSCRIPTIONS,
    "azurerm_api_management_api_operation": API_OPERATIONS,
    "azurerm_api_management_named_value": NAMED_VALUES,
}


def test_every_figure_names_its_source_page_file_and_date() -> None:
    for tier, limits in TIER_LIMITS.items():
        assert set(limits) == set(KINDS), tier
        for limit in limits.values():
            assert limit.source.url.startswith("https://learn.microsoft.com/"), (tier, limit)
            assert limit.source.path.startswith("includes/api-management-service-limits") and limit.source.path.endswith(".md")
            assert limit.source.date and limit.source.title


def test_the_source_lists_the_figures_the_issue_quotes() -> None:
    # Checked at the source (the 2026 include, ms.date 02/12/2026): products and subscriptions per tier.
    figures = {tier: (limits[PRODUCTS].figure, limits[SUBSCRIPTIONS].figure) for tier, limits in TIER_LIMITS.items()}
    assert figures["BasicV2"] == (200, 15_000)
    assert figures["StandardV2"] == (500, 25_000)
    assert figures["PremiumV2"] == figures["Premium"] == (2_000, 75_000)
    assert figures["Consumption"] == (100, None)  # "N/A": no figure, no check


def test_every_tier_apim_sku_name_accepts_has_its_limits() -> None:
    accepted = typing.get_args(ApimSettings.model_fields["sku_name"].annotation)
    assert accepted
    for sku in accepted:
        assert limits_of(sku), sku
    assert tier_of("StandardV2_2") == "StandardV2"
    assert limits_of("Unknown_1") == {}


def test_usage_adds_up_by_kind() -> None:
    total = GatewayUsage(products=1, subscriptions=2) + GatewayUsage(products=3, named_values=4)
    assert [total.of(kind) for kind in KINDS] == [4, 2, 0, 4]


def _counted(objects: list[dict]) -> dict[str, int]:
    kinds = Counter(o["kind"] for o in objects if o["apiVersion"].split("/")[0] == APIM_GROUP)
    assert set(kinds) - set(COUNTED_KINDS) <= UNLIMITED_KINDS, kinds
    counted = {kind: 0 for kind in KINDS}
    for kind, count in kinds.items():
        if kind in COUNTED_KINDS:
            counted[COUNTED_KINDS[kind]] += count
    return counted


def test_what_each_fixture_team_takes_is_what_its_output_holds(fixture_dist: Path, fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    teams = {loaded.request.team: loaded.request for loaded in fixture_report.requests}
    assert teams
    today = date.fromisoformat(FIXTURE_TODAY)
    for team, request in teams.items():
        usage = team_usage(request, lifecycle_of(request, platform, today))
        assert _counted(load_objects(fixture_dist / "teams" / team)) == {kind: usage.of(kind) for kind in KINDS}, team


@pytest.mark.parametrize("day", ["current", "rotation overlap", "expired"])
def test_what_a_team_takes_on_each_day_of_its_lifecycle_is_what_its_output_holds(platform: PlatformConfig, fixture_report: ValidationReport, day: str) -> None:
    from ai_access.synth.charts import team_manifests

    base = next(loaded.request for loaded in fixture_report.requests if loaded.request.kaito_models)
    today = date.fromisoformat(FIXTURE_TODAY)
    update = {
        "current": {},
        "rotation overlap": {"key_rotated_on": today},  # the day of a rotation: both keys work
        "expired": {"expires_on": today - timedelta(days=1)},
    }[day]
    request = base.model_copy(update=update)
    lifecycle = lifecycle_of(request, platform, today)
    assert (lifecycle.previous_key is not None) == (day == "rotation overlap") and lifecycle.expired == (day == "expired")
    usage = team_usage(request, lifecycle)
    assert _counted(team_manifests(request, platform, lifecycle=lifecycle)) == {kind: usage.of(kind) for kind in KINDS}


def test_what_the_platform_takes_is_what_its_stack_creates(platform_stack, platform: PlatformConfig) -> None:
    resources = platform_stack.stack["resource"]
    created = {kind: 0 for kind in KINDS}
    for resource_type, kind in PLATFORM_RESOURCES.items():
        created[kind] += len(resources.get(resource_type, {}))
    assert created[API_OPERATIONS] > 0
    assert created == {kind: platform_usage(platform).of(kind) for kind in KINDS}

