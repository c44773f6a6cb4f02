"""What plan shows of a team's budget: the budget before and after (the platform's default named as one), and what it buys.

Both sides are read with the head's platform: a changed default in `platform.yaml` shows on every team
that relies on it only through the cost columns, which use each side's own platform.
"""

from __future__ import annotations

from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.models.spend import budget_of, monthly_token_quota


def budget_changes(old: AccessRequest | None, new: AccessRequest, platform: PlatformConfig) -> list[tuple[str, str, str, str]]:
    """(field, before, after, note) of `monthlyBudgetUsd` when the team's budget (its own or the default) changes, with the Foundry tokens it then buys a month."""
    before, after = ("" if old is None else _shown(old, platform)), _shown(new, platform)
    if before == after:
        return []
    tokens = monthly_token_quota(new, platform)
    note = f"the gateway stops the team's Foundry calls after {tokens:,} tokens a calendar month" if tokens is not None else ""
    return [("monthlyBudgetUsd", before, after, note)]


def _shown(request: AccessRequest, platform: PlatformConfig) -> str:
    budget = budget_of(request, platform)
    if budget is None:
        return "none"
    return f"{budget:,} USD" + ("" if request.monthly_budget_usd is not None else " (platform default)")
