"""The platform's budget rules (`budgets:` in `platform.yaml`): a default and a maximum per team, in USD a month.

What a budget buys and how the gateway enforces it is in `models/spend.py` and docs/costs.md.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

WholeUsd = Annotated[int, Field(gt=0, le=10**9)]


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


class BudgetSettings(BaseModel):
    """Monthly budgets in USD: what a request without `monthlyBudgetUsd` gets, and the most one may ask for."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, alias_generator=_camel, use_attribute_docstrings=True)

    default_monthly_usd: WholeUsd | None = None
    """The budget of a request without `monthlyBudgetUsd`, in whole USD a month; without it such a request has no
    budget (only its token limits bound its spend)."""
    max_monthly_usd: WholeUsd
    """The most `monthlyBudgetUsd` one request may ask for, in whole USD a month."""

    @model_validator(mode="after")
    def _default_within_maximum(self) -> "BudgetSettings":
        if self.default_monthly_usd is not None and self.default_monthly_usd > self.max_monthly_usd:
            raise ValueError(f"defaultMonthlyUsd {self.default_monthly_usd} is over maxMonthlyUsd {self.max_monthly_usd}")
        return self
