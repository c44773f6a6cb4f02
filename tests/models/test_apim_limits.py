"""APIM's limits as data: every figure cited, every tier of `apim.skuName` known, and the counts of
what the output takes kept equal to the objects the constructs write (not counted by hand)."""

from __future__ import annotations

import typing
from collections import Counter
from pathlib import Path

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


def test_what_each_team_takes_is_what_its_output_holds(fixture_dist: Path, fixture_report: ValidationReport) -> None:
    teams = {loaded.request.team: loaded.request for loaded in fixture_report.requests}
    assert teams
    for team, request in teams.items():
        kinds = Counter(o["kind"] for o in load_objects(fixture_dist / "teams" / team) if o["apiVersion"].split("/")[0] == APIM_GROUP)
        assert set(kinds) - set(COUNTED_KINDS) <= UNLIMITED_KINDS, (team, kinds)
        counted = {kind: 0 for kind in KINDS}
        for kind, count in kinds.items():
            if kind in COUNTED_KINDS:
                counted[COUNTED_KINDS[kind]] += count
        assert counted == {kind: team_usage(request).of(kind) for kind in KINDS}, team


def test_what_the_platform_takes_is_what_its_stack_creates(platform_stack, platform: PlatformConfig) -> None:
    resources = platform_stack.stack["resource"]
    created = {kind: 0 for kind in KINDS}
    for resource_type, kind in PLATFORM_RESOURCES.items():
        created[kind] += len(resources.get(resource_type, {}))
    assert created[API_OPERATIONS] > 0
    assert created == {kind: platform_usage(platform).of(kind) for kind in KINDS}

