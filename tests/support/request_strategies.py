"""Hypothesis strategies for valid requests against the shipped platform catalog."""

from __future__ import annotations

from hypothesis import strategies as st

from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest
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
    """A request that passes every per-request check of the platform, team names up to the longest allowed."""
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
        team=team or draw(team_names(max_team_name_length(platform))),
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
