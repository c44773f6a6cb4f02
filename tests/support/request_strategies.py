"""Hypothesis strategies for valid requests against the shipped platform catalog."""

from __future__ import annotations

import math
import typing
from datetime import date
from uuid import UUID

from hypothesis import strategies as st
from pydantic import Strict
from pydantic.fields import FieldInfo

from ai_access.loading.annotations import bare
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest
from ai_access.models.spend import BUDGET_HOURS
from ai_access.validation.names import max_team_name_length

_LABEL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
# Free text as a requester might write it, markup and quotes included: printable ASCII (what the
# gateway's metrics, the cost report and a PR comment show unambiguously); never '@' first or braces.
_COST_CENTRE = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E, blacklist_characters="{}"),
    min_size=1,
    max_size=64,
).filter(lambda s: s.strip() == s and not s.startswith("@"))


@st.composite
def team_names(draw: st.DrawFn, max_length: int = 63) -> str:
    """DNS-1123 labels of 2 to `max_length` characters, the longest drawn as often as any other length."""
    length = draw(st.one_of(st.just(max_length), st.integers(2, max_length)))
    head = draw(st.sampled_from(_LABEL_CHARS[:26]))
    middle = draw(st.text(alphabet=_LABEL_CHARS + "-", min_size=length - 2, max_size=length - 2))
    tail = draw(st.sampled_from(_LABEL_CHARS))
    return head + middle + tail


@st.composite
def access_requests(draw: st.DrawFn, platform: PlatformConfig, team: str | None = None) -> AccessRequest:
    """A request that passes every per-request check of the platform, team names up to the longest allowed.

    Every field of `AccessRequest` is drawn (`field_strategies`), so a field added to the model is in
    the generated requests too, or this fails until it has a strategy.
    """
    values = {name: draw(strategy) for name, strategy in field_strategies(platform, team).items()}
    # previousKeyRotatedOn is drawn as days before keyRotatedOn: the model wants it earlier.
    back, latest = values["previous_key_rotated_on"], values["key_rotated_on"]
    values["previous_key_rotated_on"] = None if back is None or latest is None or latest.toordinal() <= back else date.fromordinal(latest.toordinal() - back)
    return AccessRequest(**values)


def field_strategies(platform: PlatformConfig, team: str | None = None) -> dict[str, st.SearchStrategy]:
    """A strategy per field of `AccessRequest`, in the model's order: by hand where the platform or a rule
    constrains the value, from the field's type otherwise (a flag, a GUID, a date, each also absent when optional)."""
    limits = platform.team_limits
    by_hand = {
        "team": st.just(team) if team else team_names(max_team_name_length(platform)),
        "owner": st.sampled_from(["a@contoso.com", "first.last+ai@example.org", "x_y@sub.example.com"]),
        "cost_center": _COST_CENTRE,
        "models": _models(platform),
        "tokens_per_minute": st.integers(1, limits.max_tokens_per_minute),
        "daily_token_quota": st.integers(1, limits.max_daily_token_quota),
        "previous_key_rotated_on": st.one_of(st.none(), st.integers(1, 4000)),  # days before keyRotatedOn (`access_requests`)
        "monthly_budget_usd": _budgets(platform),
    }
    return {name: by_hand[name] if name in by_hand else _from_type(name, info) for name, info in AccessRequest.model_fields.items()}


def _budgets(platform: PlatformConfig) -> st.SearchStrategy:
    # Any budget from what the costliest request of this platform needs (its most KAITO nodes at the
    # highest node price, a minute of the highest TPM at the highest token price) up to the maximum.
    if platform.budgets is None:
        return st.none()
    node = max((platform.node_price_per_hour(p, size) for p, preset in platform.kaito_presets.items() for size in preset.instance_types), default=0)
    price = max(m.price_per_million_tokens_usd for m in platform.foundry.models.values())
    needed = math.ceil(platform.team_limits.max_kaito_models * node * BUDGET_HOURS + 2 * platform.team_limits.max_tokens_per_minute * price / 1e6) + 1
    if needed > platform.budgets.max_monthly_usd:
        return st.none()
    return st.one_of(st.none(), st.integers(needed, platform.budgets.max_monthly_usd)) if (platform.budgets.default_monthly_usd or 0) >= needed else st.integers(needed, platform.budgets.max_monthly_usd)


_BY_TYPE: dict[type, st.SearchStrategy] = {bool: st.booleans(), UUID: st.uuids(version=4), date: st.dates()}


def _from_type(name: str, info: FieldInfo) -> st.SearchStrategy:
    kind = bare(info.annotation)
    # A constraint (Field(gt=0), a pattern) is a rule the type alone cannot draw by: such a field needs a hand strategy.
    if kind not in _BY_TYPE or any(not isinstance(rule, Strict) for rule in info.metadata):
        raise TypeError(f"no strategy for AccessRequest.{name} ({info.annotation}): add one to tests/request_strategies.py")
    optional = type(None) in typing.get_args(info.annotation)
    return st.one_of(st.none(), _BY_TYPE[kind]) if optional else _BY_TYPE[kind]


@st.composite
def _models(draw: st.DrawFn, platform: PlatformConfig) -> list[ModelRequest]:
    foundry = draw(st.lists(st.sampled_from(sorted(platform.foundry.models)), unique=True, max_size=3))
    kaito_names = draw(st.lists(st.sampled_from(sorted(platform.kaito_presets)), unique=True, max_size=2))
    models = [ModelRequest(name=name, type="foundry", enabled=draw(st.booleans())) for name in foundry]
    for name in kaito_names:
        sku = draw(st.sampled_from(platform.kaito_presets[name].instance_types))
        models.append(ModelRequest(name=name, type="kaito", enabled=draw(st.booleans()), instance_type=sku))
    if not models:
        models = [ModelRequest(name=sorted(platform.foundry.models)[0], type="foundry")]
    return draw(st.permutations(models))
