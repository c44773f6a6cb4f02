"""Hypothesis strategies for valid requests against the shipped platform catalog."""

from __future__ import annotations

from hypothesis import strategies as st

from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest

_LABEL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
# Free text as a requester might write it, markup and quotes included; never '@' first or braces.
_COST_CENTRE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="{}"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s.isprintable() and not s.startswith("@"))


@st.composite
def team_names(draw: st.DrawFn) -> str:
    """DNS-1123 labels short enough for every derived name."""
    head = draw(st.sampled_from(_LABEL_CHARS[:26]))
    middle = draw(st.text(alphabet=_LABEL_CHARS + "-", min_size=0, max_size=20))
    tail = draw(st.sampled_from(_LABEL_CHARS))
    return head + middle + tail


@st.composite
def access_requests(draw: st.DrawFn, platform: PlatformConfig, team: str | None = None) -> AccessRequest:
    """A request that passes every per-request check of the platform."""
    foundry = draw(st.lists(st.sampled_from(sorted(platform.foundry.models)), unique=True, max_size=3))
    kaito_names = draw(st.lists(st.sampled_from(sorted(platform.kaito_presets)), unique=True, max_size=2))
    models = [ModelRequest(name=name, type="foundry", enabled=draw(st.booleans())) for name in foundry]
    for name in kaito_names:
        sku = draw(st.sampled_from(platform.kaito_presets[name].instance_types))
        models.append(ModelRequest(name=name, type="kaito", enabled=draw(st.booleans()), instance_type=sku))
    if not models:
        models = [ModelRequest(name=sorted(platform.foundry.models)[0], type="foundry")]
    limits = platform.team_limits
    return AccessRequest(
        team=team or draw(team_names()),
        owner=draw(st.sampled_from(["a@contoso.com", "first.last+ai@example.org", "x_y@sub.example.com"])),
        cost_center=draw(_COST_CENTRE),
        models=draw(st.permutations(models)),
        tokens_per_minute=draw(st.integers(1, limits.max_tokens_per_minute)),
        daily_token_quota=draw(st.integers(1, limits.max_daily_token_quota)),
        playground_access=draw(st.booleans()),
        tracing_enabled=draw(st.booleans()),
        entra_group_id=draw(st.one_of(st.none(), st.uuids(version=4))),
        expires_on=draw(st.one_of(st.none(), st.dates())),
    )
