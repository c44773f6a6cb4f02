"""A request's monthly budget against the platform: at most its maximum, and enough for what the request runs.

A budget below the fixed cost of the team's KAITO nodes could never be kept (they run all month);
one that leaves no token for the team's Foundry models would refuse every call. Both say the figures.
"""

from __future__ import annotations

from decimal import Decimal

from ai_access.models.platform import PlatformConfig
from ai_access.models.spend import BUDGET_HOURS, highest_price, node_cost, token_quota


def budget_problems(
    budget: int | None, *, given: bool, workspaces: list[tuple[str, str]], foundry: list[str], tokens_per_minute: int | None, platform: PlatformConfig
) -> list[str]:
    """What is wrong with `budget` (the request's, or the default when not `given`) for these enabled models."""
    settings = platform.budgets
    if settings is None:
        return ["the platform sets no budgets (no budgets: in platform.yaml): remove monthlyBudgetUsd"] if given else []
    if budget is None:
        return []
    whose = f"{budget:,} USD" if given else f"the platform's default budget of {budget:,} USD (no monthlyBudgetUsd)"
    if given and budget > settings.max_monthly_usd:
        shown_budget = f"{budget:,}" if budget < 10**15 else "this budget"
        return [f"{shown_budget} exceeds the platform's per-team maximum of {settings.max_monthly_usd:,} USD a month"]
    unpriced = [m for m in foundry if platform.foundry.models[m].price_per_million_tokens_usd <= 0]
    if unpriced:
        # A budget buys tokens at the team's highest price: at 0 a model's tokens would be endless.
        return [f"{', '.join(unpriced)} has no price in the catalog (pricePerMillionTokensUsd): no budget can be enforced on it; ask the platform team"]
    nodes = node_cost(workspaces, platform)
    if Decimal(budget) < nodes:
        sizes = ", ".join(f"{preset} on {size}" for preset, size in workspaces)
        return [
            f"{whose} is below the fixed monthly cost of the team's KAITO nodes, {_usd(nodes)} USD ({sizes}, "
            f"{BUDGET_HOURS} hours each): raise the budget to at least {_usd(nodes)} or run fewer or smaller nodes"
        ]
    if foundry and tokens_per_minute is not None and token_quota(budget, nodes, highest_price(foundry, platform), tokens_per_minute) < 1:
        return [
            f"{whose} leaves {_usd(Decimal(budget) - nodes)} USD for Foundry tokens after the KAITO nodes' {_usd(nodes)} USD: "
            f"not even one minute of tokensPerMinute ({tokens_per_minute:,}) at {highest_price(foundry, platform)} USD per million; raise it"
        ]
    return []


def _usd(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01')):,}"
