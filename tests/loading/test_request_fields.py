"""A request field is declared once, in `AccessRequest`; both formats, `plan` and the generated requests follow it.

The ConfigMap's data keys and how each string is read come from the field's type
(`loading/request_fields.py`), `plan` compares every field of the model (`review/plan.py`), and
`tests/request_strategies.py` draws every field. So a new field cannot be unknown in one format or
invisible in `plan`: the derivation is checked on a test-only model with a field of each kind, and
every field of the real model is written in both formats, read back, and changed under `plan`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import EmailStr, Field, StrictBool, StrictInt
from support.request_strategies import access_requests, field_strategies

from ai_access.loading.configmap import DATA_FIELDS, REQUIRED_DATA, parse_configmap_request
from ai_access.loading.request_fields import configmap_fields, configmap_kind, required_fields
from ai_access.loading.typed_request import parse_typed_request
from ai_access.loading.yaml_source import load_yaml
from ai_access.models.frozen import FrozenList
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.review.plan import build_plan

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


class Extended(AccessRequest):
    """A test-only request with one new field of each kind a ConfigMap string can stand for."""

    budget_alert: Annotated[StrictInt, Field(gt=0)] | None = None
    region: str
    archived: StrictBool = False
    review_on: date | None = None
    contact: EmailStr | None = None
    deputy_group: UUID | None = None
    extra_groups: FrozenList[UUID] = ()


def test_a_new_field_gets_its_configmap_kind_from_its_type_and_is_required_without_a_default() -> None:
    fields = configmap_fields(Extended)
    assert {key: fields[key] for key in ("budgetAlert", "region", "archived", "reviewOn", "contact", "deputyGroup", "extraGroups")} == {
        "budgetAlert": "int", "region": "text", "archived": "bool", "reviewOn": "text", "contact": "text", "deputyGroup": "text", "extraGroups": "yaml",
    }
    assert list(fields)[: len(DATA_FIELDS)] == list(DATA_FIELDS)
    assert required_fields(Extended) == (*REQUIRED_DATA, "region")


@pytest.mark.parametrize("annotation", [float, dict[str, str], bytes], ids=["float", "map", "bytes"])
def test_a_type_no_configmap_string_stands_for_is_refused_at_once(annotation) -> None:
    with pytest.raises(TypeError, match="loading/request_fields.py"):
        configmap_kind(annotation)


def test_plan_shows_a_field_it_was_never_told_about(platform: PlatformConfig) -> None:
    # GIVEN requests of a model with fields plan's code never names
    base = dict(team="team-x", owner="a@contoso.com", cost_center="CC-1", models=[{"name": "gpt-4.1", "type": "foundry"}], tokens_per_minute=10, daily_token_quota=100)
    old = Extended(**base, region="eu")
    new = Extended(**base, region="us", budget_alert=5, extra_groups=[UUID(int=1)])
    # WHEN they are planned
    (team,) = build_plan([old], [new], platform).teams
    # THEN each change is a line, under the field's name as written in a file
    assert [(c.field, c.old, c.new) for c in team.changes] == [
        ("budgetAlert", "", "5"), ("region", "eu", "us"), ("extraGroups", "", str(UUID(int=1))),
    ]


def test_the_generated_requests_draw_every_field(platform: PlatformConfig) -> None:
    assert list(field_strategies(platform)) == list(AccessRequest.model_fields)


# ---- every field of the real model, through both formats and plan ----------------------------------


def as_configmap(request: AccessRequest) -> str:
    """`request` in the seed's ConfigMap format, written generically from the model's fields."""
    data = {}
    for key, value in request.model_dump(mode="json", by_alias=True, exclude_none=True).items():
        if key == "models":
            data[key] = yaml.safe_dump(value, sort_keys=False)
        elif isinstance(value, bool):
            data[key] = "true" if value else "false"
        else:
            data[key] = str(value)
    document = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": f"{request.team}-access-request"}, "data": data}
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=False)


def as_typed(request: AccessRequest) -> str:
    """`request` in the typed format, written generically from the model's fields."""
    spec = request.model_dump(mode="json", by_alias=True, exclude_none=True)
    document = {"apiVersion": "ai.contoso.com/v1alpha1", "kind": "ModelAccessRequest", "metadata": {"name": request.team}, "spec": spec}
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=False)


@SETTINGS
@given(data=st.data())
def test_every_field_is_read_back_from_both_formats(data, platform: PlatformConfig) -> None:
    request = data.draw(access_requests(platform))
    for text, parse in ((as_configmap(request), parse_configmap_request), (as_typed(request), parse_typed_request)):
        parsed = parse(load_yaml(text), folder=request.team, catalog=platform.request_catalog)
        assert parsed.issues == [] and parsed.request == request, text


def _shown(request: AccessRequest, name: str) -> object:
    if name == "models":  # what plan shows of a model: a disabled one's instanceType makes nothing
        return {m.name: (m.type, m.enabled, m.instance_type if m.enabled else None) for m in request.models}
    return getattr(request, name)


@SETTINGS
@given(data=st.data())
def test_plan_shows_every_field_that_changes(data, platform: PlatformConfig) -> None:
    old = data.draw(access_requests(platform, team="team-x"))
    new = data.draw(access_requests(platform, team="team-x"))
    plans = build_plan([old], [new], platform).teams
    shown = {change.field.split(".")[0] for plan in plans for change in plan.changes}
    changed = {info.alias or name for name, info in AccessRequest.model_fields.items() if name != "team" and _shown(old, name) != _shown(new, name)}
    assert changed <= shown
