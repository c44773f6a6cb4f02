"""The product policy XML: limits, allowlist, routing and escaping, read back with an XML parser."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from ai_access.gitops.policy_xml import KaitoRoute, build_policy_xml


def _policy(dist: Path, team: str) -> etree._Element:
    obj = yaml.safe_load((dist / "teams" / team / "productpolicy-apim-product-policy.yaml").read_text())
    assert obj["spec"]["format"] == "xml"  # escaped, well-formed XML; rawxml would double-escape
    return etree.fromstring(obj["spec"]["value"].encode())


def _allowed(policy: etree._Element) -> list[str]:
    condition = policy.find("inbound/choose/when").get("condition")
    array = condition[condition.index("new string[] {") + len("new string[] {") : condition.index("};")]
    return [json.loads(item) for item in array.split(",") if item.strip()]


def test_team_alpha_policy_holds_its_exact_limits_and_models(fixture_dist: Path) -> None:
    policy = _policy(fixture_dist, "team-alpha")
    limit = policy.find("inbound/llm-token-limit")
    assert limit.get("tokens-per-minute") == "5000"
    assert limit.get("token-quota") == "1000000"
    assert limit.get("token-quota-period") == "Daily"
    assert limit.get("estimate-prompt-tokens") == "true"
    assert "product-team-alpha:" in limit.get("counter-key")
    assert _allowed(policy) == ["gpt-4.1", "phi-4"]
    routes = policy.findall("inbound/choose/when/set-backend-service")
    assert [r.get("backend-id") for r in routes] == ["team-alpha-phi-4"]


def test_team_beta_policy_allows_only_enabled_models_and_sets_the_catalog_name(fixture_dist: Path) -> None:
    policy = _policy(fixture_dist, "team-beta")
    limit = policy.find("inbound/llm-token-limit")
    assert (limit.get("tokens-per-minute"), limit.get("token-quota")) == ("2000", "500000")
    assert _allowed(policy) == ["mistral-7b-instruct"]
    kaito_when = policy.findall("inbound/choose")[1].find("when")
    assert kaito_when.find("set-backend-service").get("backend-id") == "team-beta-mistral-7b-instruct"
    # The workspace serves the catalog name (its inference ConfigMap), so that is what the body gets.
    assert 'body["model"] = "mistral-7b-instruct";' in kaito_when.find("choose/when/set-body").text
    # The gateway's Foundry token stays out of the cluster.
    assert kaito_when.find("set-header[@name='Authorization']").get("exists-action") == "delete"


def test_denied_models_get_a_403_json_error(fixture_dist: Path) -> None:
    response = _policy(fixture_dist, "team-beta").find("inbound/choose/when/return-response")
    assert response.find("set-status").get("code") == "403"
    body = json.loads(response.find("set-body").text)
    assert body["error"]["code"] == "ModelNotAllowed"
    condition = _policy(fixture_dist, "team-beta").find("inbound/choose/when").get("condition")
    assert "deploymentId" in condition and "bodyModel" in condition


def test_token_metric_has_team_cost_centre_and_model_dimensions(fixture_dist: Path) -> None:
    metric = _policy(fixture_dist, "team-beta").find("inbound/llm-emit-token-metric")
    dims = {d.get("name"): d.get("value") for d in metric.findall("dimension")}
    assert dims["Team"] == "team-beta"
    assert dims["Cost Center"] == "R&D-4711"
    assert "requestedModel" in dims["Model"]
    assert len(dims) <= 5


def _build(cost_center: str) -> etree._Element:
    xml = build_policy_xml(
        team="t",
        cost_center=cost_center,
        allowed_models=["gpt-4.1"],
        tokens_per_minute=100,
        daily_token_quota=1000,
        kaito_routes=[KaitoRoute("phi-4", "t-phi-4")],
    )
    return etree.fromstring(xml.encode())


def test_cost_centre_with_markup_round_trips() -> None:
    text = 'R&D <core> "ops"'
    policy = _build(text)
    assert policy.find("inbound/llm-emit-token-metric/dimension[@name='Cost Center']").get("value") == text
    assert len(policy.findall(".//dimension")) == 3


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=64))
def test_any_printable_cost_centre_round_trips(text: str) -> None:
    assert _build(text).find(".//dimension[@name='Cost Center']").get("value") == text


def test_all_models_disabled_gives_a_typed_empty_allowlist() -> None:
    # `new[] { }` does not compile in C#; with nothing enabled every call must get the 403.
    xml = build_policy_xml(team="t", cost_center="c", allowed_models=[], tokens_per_minute=1, daily_token_quota=1, kaito_routes=[])
    condition = etree.fromstring(xml.encode()).find("inbound/choose/when").get("condition")
    assert "var allowed = new string[] {  };" in condition
