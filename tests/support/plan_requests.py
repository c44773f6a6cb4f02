"""Shared by several test modules (moved from test_plan_build.py): PRICED, SUBSCRIPTION, TODAY, priced_platform, foundry_model, access_request."""

from __future__ import annotations

from datetime import date
import yaml
from support.files import FIXTURE_PLATFORM
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest


TODAY = date(2026, 11, 27)


SUBSCRIPTION = "subscription-apim-subscription.yaml"


def priced_platform(change=None) -> PlatformConfig:
    """The fixture platform with round prices: USD 2, 10 and 0.5 per 1M tokens, 1.5 or 1 per node hour."""
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    for name, price in {"gpt-4.1": 2.0, "gpt-5.2": 10.0, "gpt-4.1-mini": 0.5}.items():
        data["foundry"]["models"][name]["pricePerMillionTokensUsd"] = price
    for name, preset in data["kaitoPresets"].items():
        preset["pricePerNodeHourUsd"] = 1.5 if name == "phi-4" else 1.0
    if change:
        change(data)
    return PlatformConfig.model_validate(data)


PRICED = priced_platform()


def foundry_model(name: str = "gpt-4.1", **extra) -> ModelRequest:
    return ModelRequest(name=name, type="foundry", **extra)


def access_request(team: str = "team-x", **fields) -> AccessRequest:
    values = {
        "team": team,
        "owner": "dana@contoso.com",
        "cost_center": "CC-1",
        "tokens_per_minute": 1000,
        "daily_token_quota": 100_000,
        "models": [foundry_model()],
    }
    return AccessRequest(**{**values, **fields})
