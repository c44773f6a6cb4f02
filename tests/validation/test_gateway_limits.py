"""The gateway's limits at their edge, and the request a refusal names.

Every team takes a product and a subscription of the one APIM service; the tier's documented limits
(models/apim_limits.py) hold for all of them together: N passes, N+1 fails, naming the request that
crosses, which is a new one when the pull request adds one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.files import REPO
from support.validation_files import TYPED, platform_with, request, validate, write

from ai_access.loading.platform_file import load_platform
from ai_access.models.apim_limits import KINDS, LABELS, TIER_LIMITS, GatewayUsage, platform_usage
from ai_access.models.platform import PlatformConfig
from ai_access.validation.baseline import Baseline
from ai_access.validation.gateway_limits import GatewayRequest, check_gateway_limits, counting_order
from ai_access.validation.requests import ValidationReport, validate_requests

# A request without KAITO models: one Foundry model, so many teams stay within the fixture's capacity.
PLAIN = request(TYPED, **{
    "    - name: phi-4\n      type: kaito\n      instanceType: Standard_NC24ads_A100_v4\n": "",
    "tokensPerMinute: 5000": "tokensPerMinute: 100",
})


def _with_sku(platform: PlatformConfig, sku: str) -> PlatformConfig:
    # model_copy does not validate: the way to reach a tier the platform model does not accept (Consumption).
    return platform.model_copy(update={"apim": platform.apim.model_copy(update={"sku_name": sku})})


def _teams(count: int, usage: GatewayUsage, prefix: str = "team") -> list[GatewayRequest]:
    return [GatewayRequest(f"{prefix}-{i:05d}", usage, f"requests/{prefix}-{i:05d}/access.yaml", 6, "spec.team") for i in range(1, count + 1)]


def test_501_teams_on_one_standard_v2_gateway_fail_naming_the_501st(tmp_path: Path) -> None:
    # GIVEN the fixture platform on StandardV2 (500 products) and 501 new teams
    platform, _ = platform_with(tmp_path, lambda data: data["apim"].update(skuName="StandardV2_1"))
    requests = tmp_path / "requests"
    for i in range(1, 502):
        write(requests, f"team-{i:03d}", PLAIN.replace("team-x", f"team-{i:03d}"))
    # WHEN validate runs
    code, lines = validate(requests, platform=platform)
    # THEN it fails, at the 501st team's `team` line and at the platform's skuName
    assert code == 1
    named = [line for line in lines if "/team-" in line]
    assert len(named) == 1 and named[0].startswith(f"{requests / 'team-501' / 'access.yaml'}:6: spec.team: gateway limits:")
    assert "the 501st product" in named[0] and "500 products its tier StandardV2 allows" in named[0]
    assert any(line.startswith(f"{platform}:") and "apim.skuName" in line and "501 products" in line for line in lines)
    assert not any("subscriptions" in line for line in lines)  # 501 of 25,000


def test_500_teams_on_standard_v2_pass(tmp_path: Path) -> None:
    platform, _ = platform_with(tmp_path, lambda data: data["apim"].update(skuName="StandardV2_1"))
    requests = tmp_path / "requests"
    for i in range(1, 501):
        write(requests, f"team-{i:03d}", PLAIN.replace("team-x", f"team-{i:03d}"))
    assert validate(requests, platform=platform) == (0, [])


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("sku", ["BasicV2_1", "StandardV2_1", "PremiumV2_1", "Developer_1", "Premium_1"])
def test_each_limit_at_its_edge_passes_and_one_over_fails(platform: PlatformConfig, sku: str, kind: str) -> None:
    tiered = _with_sku(platform, sku)
    figure = TIER_LIMITS[sku.split("_")[0]][kind].figure
    assert figure is not None
    room = figure - platform_usage(tiered).of(kind)
    # Teams of 10 objects each, and one that takes what is left: exactly the limit.
    tens, rest = divmod(room, 10)
    teams = _teams(tens, GatewayUsage(**{kind: 10})) + _teams(1, GatewayUsage(**{kind: rest}), "last")
    assert check_gateway_limits(teams, tiered, None) == []
    over = [*teams, GatewayRequest("zz-one-more", GatewayUsage(**{kind: 1}), "requests/zz-one-more/access.yaml", 6, "spec.team")]
    problems = check_gateway_limits(over, tiered, None)
    assert [(p.path, p.field) for p in problems] == [("platform.yaml", "apim.skuName"), ("requests/zz-one-more/access.yaml", "spec.team")]
    assert f"{figure:,} {LABELS[kind]}" in problems[1].message


def test_a_limit_the_tier_does_not_document_is_not_checked(platform: PlatformConfig) -> None:
    consumption = _with_sku(platform, "Consumption_0")
    assert TIER_LIMITS["Consumption"]["subscriptions"].figure is None
    many = _teams(100_000, GatewayUsage(subscriptions=1))
    assert check_gateway_limits(many, consumption, None) == []
    # ... while its documented limits are: 101 products over Consumption's 100.
    problems = check_gateway_limits(_teams(101, GatewayUsage(products=1, subscriptions=1)), consumption, None)
    assert [p.field for p in problems] == ["apim.skuName", "spec.team"] and "products" in problems[1].message


def test_a_tier_the_data_does_not_know_is_not_checked(platform: PlatformConfig) -> None:
    assert check_gateway_limits(_teams(3_000, GatewayUsage(products=1)), _with_sku(platform, "Isolated_1"), None) == []


def test_a_new_team_is_named_not_an_existing_one_that_sorts_after_it(platform: PlatformConfig) -> None:
    # GIVEN 500 existing teams (b-...) and a new team whose name sorts before all of them
    existing = _teams(500, GatewayUsage(products=1, subscriptions=1), "b")
    new = GatewayRequest("a-new", GatewayUsage(products=1, subscriptions=1), "requests/a-new/access.yaml", 6, "spec.team")
    baseline = Baseline(frozenset(r.team for r in existing))
    # WHEN counted, THEN the new team comes last and is the one named
    assert counting_order([new, *existing], baseline)[-1] == new
    problems = check_gateway_limits([new, *existing], platform, None, baseline)
    assert [p.path for p in problems] == ["platform.yaml", "requests/a-new/access.yaml"]
    assert "this request is new in this pull request and would add the 501st product" in problems[1].message
    # Without a baseline the order is the names': the last name is named.
    assert check_gateway_limits([new, *existing], platform, None)[1].path == "requests/b-00500/access.yaml"


def test_the_order_does_not_depend_on_the_order_requests_were_read(platform: PlatformConfig) -> None:
    teams = _teams(501, GatewayUsage(products=1))
    assert check_gateway_limits(teams, platform, None) == check_gateway_limits(list(reversed(teams)), platform, None)


def test_the_platform_s_own_operations_count_before_any_team_s(platform: PlatformConfig) -> None:
    # Developer allows 3,000 API operations; the platform's 3 come first, so a team adding 2,998 is over.
    developer = _with_sku(platform, "Developer_1")
    assert platform_usage(developer).api_operations == 3
    fits = GatewayRequest("t-1", GatewayUsage(api_operations=2_997), "requests/t-1/access.yaml")
    assert check_gateway_limits([fits], developer, None) == []
    over = GatewayRequest("t-1", GatewayUsage(api_operations=2_998), "requests/t-1/access.yaml")
    problems = check_gateway_limits([over], developer, None)
    assert [p.path for p in problems] == ["platform.yaml", "requests/t-1/access.yaml"]
    assert "the 3,001st API operation" in problems[1].message and "(3 of the platform, 2,998 of 1 teams)" in problems[0].message


def test_the_shipped_examples_and_the_fixtures_pass(fixture_report: ValidationReport) -> None:
    assert not [p for p in fixture_report.problems if "gateway limits" in p.message]
    live = validate_requests(str(REPO / "developer-requests"), load_platform(str(REPO / "platform.yaml")))
    assert not [p for p in live.problems if "gateway limits" in p.message]
