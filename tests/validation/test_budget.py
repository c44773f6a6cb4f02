"""A request's monthly budget against the platform: the maximum, the KAITO nodes' fixed cost, the tokens left, the prices.

The fixture request (TYPED) runs phi-4 on one A100 (3.67 USD an hour in the fixture catalog: 2,730.48 for
744 hours) beside gpt-4.1 (3.5 USD per million tokens); the fixture platform's default budget is 6,000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.validation_files import TYPED, platform_with, request, validate, write

BUDGET_LINE = 16  # written before tokensPerMinute


def _with_budget(value: str) -> str:
    return request(TYPED, **{"  tokensPerMinute": f"  monthlyBudgetUsd: {value}\n  tokensPerMinute"})


def test_a_budget_within_the_maximum_that_covers_the_nodes_is_valid(tmp_path: Path) -> None:
    write(tmp_path, "team-x", _with_budget("2731"))
    assert validate(tmp_path) == (0, [])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2730", "2,730 USD is below the fixed monthly cost of the team's KAITO nodes, 2,730.48 USD (phi-4 on Standard_NC24ads_A100_v4, "
                 "744 hours each): raise the budget to at least 2,730.48 or run fewer or smaller nodes"),
        ("50001", "50,001 exceeds the platform's per-team maximum of 50,000 USD a month"),
        ("10" + "0" * 30, "this budget exceeds the platform's per-team maximum of 50,000 USD a month"),  # never echoed in full
        ("-0", "must be greater than 0 (got 0)"),
        (".nan", "must be a whole number, like 5000 (got nan)"),
        ("1e309", "must be a whole number, like 5000 (got '1e309')"),
    ],
)
def test_a_budget_the_platform_cannot_keep_is_refused_with_the_figures(tmp_path: Path, value: str, message: str) -> None:
    path = write(tmp_path, "team-x", _with_budget(value))
    assert validate(tmp_path) == (1, [f"{path}:{BUDGET_LINE}: spec.monthlyBudgetUsd: {message}"])


@pytest.mark.parametrize("value", ["0x10", "017", "1:30"])
def test_a_number_yaml_would_read_as_another_is_refused(tmp_path: Path, value: str) -> None:
    # YAML 1.1 reads 0x10 as 16, 017 as 15 and 1:30 as 90: a budget of 16 USD nobody meant.
    path = write(tmp_path, "team-x", _with_budget(value))
    assert validate(tmp_path) == (1, [f"{path}:{BUDGET_LINE}: (document): invalid value '{value}': write a whole number in decimal digits, like 5000"])


def test_the_default_budget_below_the_nodes_is_said_at_the_team_with_both_figures(tmp_path: Path) -> None:
    requests = tmp_path / "requests"
    path = write(requests, "team-x", request(TYPED))
    platform, _ = platform_with(tmp_path, lambda data: data["budgets"].update(defaultMonthlyUsd=2000))
    code, lines = validate(requests, platform=platform)
    assert (code, lines) == (1, [
        f"{path}:6: spec.team: the platform's default budget of 2,000 USD (no monthlyBudgetUsd) is below the fixed monthly cost of the team's "
        "KAITO nodes, 2,730.48 USD (phi-4 on Standard_NC24ads_A100_v4, 744 hours each): raise the budget to at least 2,730.48 or run fewer or smaller nodes"
    ])


def test_a_budget_that_leaves_no_token_for_the_foundry_models_is_refused(tmp_path: Path) -> None:
    # 2,731 - 2,730.48 = 0.52 USD buys 148,571 gpt-4.1 tokens: less than one minute of 200,000 TPM
    requests = tmp_path / "requests"
    path = write(requests, "team-x", request(TYPED, **{"  tokensPerMinute": "  monthlyBudgetUsd: 2731\n  tokensPerMinute", "5000": "200000"}))
    platform, _ = platform_with(tmp_path, lambda data: data["teamLimits"].update(maxTokensPerMinute=200000))
    code, lines = validate(requests, platform=platform)
    assert (code, lines) == (1, [
        f"{path}:{BUDGET_LINE}: spec.monthlyBudgetUsd: 2,731 USD leaves 0.52 USD for Foundry tokens after the KAITO nodes' 2,730.48 USD: "
        "not even one minute of tokensPerMinute (200,000) at 3.5 USD per million; raise it"
    ])


def test_a_model_without_a_price_cannot_carry_a_budget(tmp_path: Path) -> None:
    requests = tmp_path / "requests"
    path = write(requests, "team-x", request(TYPED))
    platform, _ = platform_with(tmp_path, lambda data: data["foundry"]["models"]["gpt-4.1"].update(pricePerMillionTokensUsd=0))
    assert validate(requests, platform=platform) == (1, [
        f"{path}:6: spec.team: gpt-4.1 has no price in the catalog (pricePerMillionTokensUsd): no budget can be enforced on it; ask the platform team"
    ])


def test_without_budgets_in_the_platform_a_request_has_none_and_may_not_set_one(tmp_path: Path) -> None:
    requests = tmp_path / "requests"
    platform, _ = platform_with(tmp_path, lambda data: data.pop("budgets"))
    write(requests, "team-x", request(TYPED))
    assert validate(requests, platform=platform) == (0, [])
    path = write(requests, "team-x", _with_budget("5000"))
    assert validate(requests, platform=platform) == (1, [
        f"{path}:{BUDGET_LINE}: spec.monthlyBudgetUsd: the platform sets no budgets (no budgets: in platform.yaml): remove monthlyBudgetUsd"
    ])
