"""What a team's monthly budget leaves for Foundry tokens, and the monthly token quota that enforces it.

A budget covers a calendar month (UTC) of everything the team's request grants:
  * its KAITO workspaces, each one GPU node of its `instanceType` running the whole month; priced for
    the longest month (31 days, `BUDGET_HOURS`), so no month's nodes cost more than this figure;
  * its Foundry tokens. `llm-token-limit` counts tokens, not money, and the team's models have
    different prices, so the gateway counts every Foundry token at the highest price among the team's
    enabled Foundry models: a monthly quota of `(budget - nodes) / highest price` tokens can never buy
    more than the budget, whatever the mix of models. Less the headroom of one minute of the team's
    rate (`tokensPerMinute`): the gateway counts a call's completion only after it answered, so the
    call that crosses the quota may carry the count past it by its completion (docs/costs.md, "bound").

Amounts are exact decimals (the catalog's prices as written), never binary floats: a quota is a floor.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from ai_access.apim.product_policy import BudgetLimit
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.team import TeamNames

BUDGET_HOURS = 31 * 24
"""Hours of the longest month: the fixed cost of a KAITO node a budget must cover."""


def _decimal(value: float) -> Decimal:
    return Decimal(repr(value))  # the shortest repr round-trips: 3.67 is Decimal("3.67"), not 3.66999...


def budget_of(request: AccessRequest, platform: PlatformConfig) -> int | None:
    """The team's monthly budget in USD: its `monthlyBudgetUsd`, else the platform's default (None: no budget)."""
    if request.monthly_budget_usd is not None:
        return request.monthly_budget_usd
    return platform.budgets.default_monthly_usd if platform.budgets else None


def node_cost(workspaces: list[tuple[str, str]], platform: PlatformConfig) -> Decimal:
    """USD of the longest month of one node per (preset, instance type)."""
    return sum((_decimal(platform.node_price_per_hour(preset, size)) * BUDGET_HOURS for preset, size in workspaces), Decimal(0))


def highest_price(models: list[str], platform: PlatformConfig) -> Decimal:
    """The highest USD per million tokens among the Foundry models `models` (0 without one)."""
    return max((_decimal(platform.foundry.models[m].price_per_million_tokens_usd) for m in models), default=Decimal(0))


def token_quota(budget: int, nodes: Decimal, price: Decimal, tokens_per_minute: int) -> int:
    """The monthly Foundry token quota a budget leaves after its nodes, at `price` per million; below 1: none left."""
    if price <= 0:
        return 0
    tokens = ((Decimal(budget) - nodes) * 1_000_000 / price).to_integral_value(rounding=ROUND_FLOOR)
    return int(tokens) - tokens_per_minute


def monthly_token_quota(request: AccessRequest, platform: PlatformConfig) -> int | None:
    """The monthly token quota the gateway enforces for `request`'s Foundry models (None: no budget, or no Foundry model)."""
    budget = budget_of(request, platform)
    foundry = [m.name for m in request.foundry_models]
    if budget is None or not foundry:
        return None
    nodes = node_cost([(m.name, m.instance_type or "") for m in request.kaito_models], platform)
    return token_quota(budget, nodes, highest_price(foundry, platform), request.tokens_per_minute)


def budget_limit(request: AccessRequest, platform: PlatformConfig) -> BudgetLimit | None:
    """The gateway's monthly budget limit of `request` (None: no budget, or no Foundry model to spend it on)."""
    tokens = monthly_token_quota(request, platform)
    if tokens is None:
        return None
    return BudgetLimit(TeamNames(request.team).budget_counter_key, tokens, tuple(m.name for m in request.foundry_models))
