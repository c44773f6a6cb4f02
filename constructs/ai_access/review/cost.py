"""Estimated monthly cost of one request, from the prices in `platform.yaml`.

KAITO: each enabled workspace holds one GPU node of its `instanceType` all month, at that size's
price (`gpuPricePerNodeHourUsd`; a size without one takes the preset's `pricePerNodeHourUsd`), so
moving a model from an A10 to an A100 shows in the delta. Foundry: the daily token quota, used
every day of the month, at the highest price among the team's enabled Foundry models. With a budget
(`monthlyBudgetUsd` or the platform's default) the ceiling is at most the budget, which the gateway
enforces (`models/spend.py`). All are ceilings for review ("what can this approval cost at most"), not forecasts.
"""

from __future__ import annotations

from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.models.spend import budget_of

HOURS_PER_MONTH = 730
DAYS_PER_MONTH = 30


def monthly_cost(request: AccessRequest, platform: PlatformConfig) -> float:
    """Upper-bound monthly cost in USD of what `request` grants."""
    gpu = sum(platform.node_price_per_hour(m.name, m.instance_type or "") * HOURS_PER_MONTH for m in request.kaito_models)
    prices = [platform.foundry.models[m.name].price_per_million_tokens_usd for m in request.foundry_models]
    tokens = request.daily_token_quota * DAYS_PER_MONTH / 1_000_000 * max(prices) if prices else 0.0
    budget = budget_of(request, platform)
    return round(min(gpu + tokens, budget) if budget is not None else gpu + tokens, 2)
