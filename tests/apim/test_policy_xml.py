"""The product policy XML: limits, allowlist, routing and escaping, read back with an XML parser."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from support.apim_policy_model import Gateway, GatewayRequest, GatewayResponse, Subscription, estimate_tokens
from lxml import etree

from ai_access.apim.product_policy import KaitoRoute, build_policy_xml
from ai_access.apim.api_policy import api_policy_xml


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
    # One counter for the team, whichever of its keys calls: two keys during a rotation's overlap share it.
    assert limit.get("counter-key") == "product-team-alpha"
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


# ---- one policy built here, run through the model of APIM (tests/apim_policy_model.py) -----------
# test_policy_behaviour.py runs the synthesized policies of the fixture teams; these build one
# policy for inputs chosen to reach every branch: two KAITO routes, a Foundry model, no body.

TEAM = "team-x"
ROUTES = [KaitoRoute("phi-4", "team-x-phi-4"), KaitoRoute("mistral-7b-instruct", "team-x-mistral")]


def _gateway(*policies: tuple[str, str], clock=lambda: 0.0) -> Gateway:
    """A gateway with one product and key (`key-<team>`) per (team, policy XML)."""

    def echo(backend_id: str, request: GatewayRequest) -> tuple[int, dict[str, str], bytes]:
        prompt = estimate_tokens(request.body)
        answer = {"backend": backend_id, "usage": {"total_tokens": prompt + 1}}
        return 200, {"Content-Type": "application/json"}, json.dumps(answer).encode()

    return Gateway(
        api_path="openai",
        product_policies={team: xml for team, xml in policies},
        subscriptions=[Subscription(team, team, f"key-{team}") for team, _ in policies],
        backend=echo,
        clock=clock,
        api_policy=api_policy_xml(backend_id="foundry"),
    )


def _team_policy(team: str = TEAM, *, allowed: list[str] | None = None, tpm: int = 100, quota: int = 1000, routes=None) -> tuple[str, str]:
    xml = build_policy_xml(
        team=team,
        cost_center="R&D <ops>",
        allowed_models=["gpt-4.1", "phi-4", "mistral-7b-instruct"] if allowed is None else allowed,
        tokens_per_minute=tpm,
        daily_token_quota=quota,
        kaito_routes=ROUTES if routes is None else routes,
    )
    return team, xml


def _call(gateway: Gateway, *, path: str = "/v1/chat/completions", model: str | None = None, words: int = 1, body: bool = True,
          team: str = TEAM, query: str = "") -> GatewayResponse:
    payload: dict = {"messages": [{"role": "user", "content": " ".join(["w"] * words)}]}
    if model is not None:
        payload["model"] = model
    headers = {"api-key": f"key-{team}", "Authorization": "Bearer caller"}
    return gateway.handle(GatewayRequest("POST", f"/openai{path}", headers, json.dumps(payload).encode() if body else None, query))


def _header(response: GatewayResponse, name: str) -> str | None:
    return next((v for k, v in response.headers.items() if k.lower() == name.lower()), None)


def _refused(response: GatewayResponse, allowed: str = "gpt-4.1, phi-4, mistral-7b-instruct") -> bool:
    return (
        response.status == 403
        and response.forwarded is None
        and _header(response, "Content-Type") == "application/json"
        and response.json() == {"error": {"code": "ModelNotAllowed", "message": f"This subscription may call only: {allowed}"}}
    )


def test_the_allowlist_admits_each_allowed_model_named_in_the_path_or_the_body_and_refuses_the_rest() -> None:
    gateway = _gateway(_team_policy())
    for model in ("gpt-4.1", "phi-4", "mistral-7b-instruct"):
        assert _call(gateway, path=f"/deployments/{model}/chat/completions").status == 200
        assert _call(gateway, model=model).status == 200
        assert _call(gateway, path=f"/deployments/{model}/chat/completions", model=model).status == 200
    for other in ("gpt-5.2", "llama-3.1-8b-instruct", "GPT-4.1", "gpt-4.1 "):
        assert _refused(_call(gateway, path=f"/deployments/{other}/chat/completions")), other
        assert _refused(_call(gateway, model=other)), other
    assert _refused(_call(gateway, path="/deployments/gpt-4.1/chat/completions", model="gpt-5.2"))
    assert _refused(_call(gateway, path="/deployments/gpt-5.2/chat/completions", model="gpt-4.1"))
    assert _refused(_call(gateway))  # no model named anywhere
    assert _refused(_call(gateway, body=False))


def test_a_call_without_a_body_is_judged_by_its_path_alone() -> None:
    gateway = _gateway(_team_policy())
    response = _call(gateway, path="/deployments/gpt-4.1/chat/completions", body=False)
    assert (response.status, response.backend_id, response.forwarded.body) == (200, "foundry", None)
    response = _call(gateway, path="/deployments/phi-4/chat/completions", body=False)
    assert (response.status, response.backend_id, response.forwarded.body) == (200, "team-x-phi-4", None)


def test_with_every_model_disabled_every_call_is_refused() -> None:
    gateway = _gateway(_team_policy(allowed=[], routes=[]))
    assert _refused(_call(gateway, path="/deployments/gpt-4.1/chat/completions"), allowed="")
    assert _refused(_call(gateway, model="gpt-4.1"), allowed="")


def test_each_kaito_model_reaches_its_own_backend_by_catalog_name_without_the_gateway_token() -> None:
    gateway = _gateway(_team_policy())
    for route in ROUTES:
        for kwargs in ({"path": f"/deployments/{route.model}/embeddings"}, {"path": "/v1/embeddings", "model": route.model}):
            response = _call(gateway, query="api-version=2024-10-21", **kwargs)
            sent = response.forwarded
            assert (response.status, response.backend_id, sent.path, sent.query) == (200, route.backend_id, "/v1/embeddings", "")
            assert json.loads(sent.body)["model"] == route.model
            assert "Authorization" not in sent.headers


def test_a_foundry_model_goes_on_to_the_shared_account_as_it_came_with_the_gateway_token() -> None:
    response = _call(_gateway(_team_policy()), path="/deployments/gpt-4.1/chat/completions", query="api-version=2024-10-21")
    sent = response.forwarded
    assert (response.backend_id, sent.path, sent.query) == ("foundry", "/deployments/gpt-4.1/chat/completions", "api-version=2024-10-21")
    assert sent.headers["Authorization"].startswith("Bearer <gateway token")


def test_tokens_per_minute_and_the_daily_quota_are_the_policys_and_counted_per_team() -> None:
    clock = [0.0]
    gateway = _gateway(_team_policy(tpm=10, quota=25), _team_policy("team-y", tpm=10, quota=25), clock=lambda: clock[0])
    first = _call(gateway, model="gpt-4.1", words=8)  # 8 prompt + 1 completion token
    assert first.status == 200
    assert (_header(first, "x-ai-gateway-remaining-tokens"), _header(first, "x-ai-gateway-remaining-quota-tokens")) == ("1", "16")
    too_long = _call(gateway, model="gpt-4.1", words=2)  # the prompt is estimated before it is sent
    assert (too_long.status, too_long.forwarded) == (429, None)
    assert _call(gateway, model="gpt-4.1", words=1, team="team-y").status == 200  # another team's counter
    clock[0] += 60
    assert _call(gateway, model="gpt-4.1", words=8).status == 200  # 18 of 25 used today
    clock[0] += 60
    assert _call(gateway, model="gpt-4.1", words=8).status == 403  # a prompt of 8 would pass 25
    clock[0] += 3600
    assert _call(gateway, model="gpt-4.1", words=8).status == 403  # the quota is daily, not hourly
    clock[0] = 86400
    assert _call(gateway, model="gpt-4.1", words=8).status == 200


def test_every_call_is_metered_by_team_cost_centre_and_the_model_asked_for() -> None:
    gateway = _gateway(_team_policy())
    assert _call(gateway, model="phi-4").metrics == {"Team": TEAM, "Cost Center": "R&D <ops>", "Model": "phi-4"}
    assert _call(gateway, path="/deployments/gpt-4.1/chat/completions", model="gpt-4.1").metrics["Model"] == "gpt-4.1"


def test_what_the_model_of_apim_does_not_read_is_still_what_apim_expects() -> None:
    # The policy document's sections (each inheriting its scope), the 403's reason phrase, the
    # header actions and the metric namespace the platform's dashboards query.
    policy = etree.fromstring(_team_policy()[1].encode())
    assert policy.tag == "policies"
    assert [(section.tag, [child.tag for child in section][:1]) for section in policy] == [
        ("inbound", ["base"]), ("backend", ["base"]), ("outbound", ["base"]), ("on-error", ["base"])
    ]
    assert all(len(section) == 1 for section in policy[1:])
    response = policy.find("inbound/choose/when/return-response")
    assert response.find("set-status").attrib == {"code": "403", "reason": "Forbidden"}
    assert response.find("set-header").attrib == {"name": "Content-Type", "exists-action": "override"}
    kaito = policy.findall("inbound/choose")[1].find("when")
    assert kaito.find("set-header").attrib == {"name": "Authorization", "exists-action": "delete"}
    assert kaito.find("rewrite-uri").get("copy-unmatched-params") == "false"
    assert policy.find("inbound/llm-emit-token-metric").attrib == {"namespace": "ai-gateway"}
    assert policy.find("inbound/llm-token-limit").get("estimate-prompt-tokens") == "true"


def test_the_platforms_fragments_come_in_order_after_the_model_check_and_before_the_token_limit() -> None:
    # GIVEN two policy fragments of the platform
    xml = build_policy_xml(
        team="t", cost_center="c", allowed_models=["gpt-4.1"], tokens_per_minute=1, daily_token_quota=1, kaito_routes=[], fragment_ids=["b-second", "a-first"]
    )
    inbound = etree.fromstring(xml.encode()).find("inbound")
    tags = [child.tag for child in inbound]
    # THEN each is included by its id, in the platform's order, only for calls the team may make
    included = [child.attrib for child in inbound if child.tag == "include-fragment"]
    assert included == [{"fragment-id": "b-second"}, {"fragment-id": "a-first"}]
    assert tags.index("choose") < tags.index("include-fragment") and tags.index("llm-token-limit") == tags.index("include-fragment") + 2


def test_the_policy_is_written_one_element_a_line_so_a_review_diff_shows_what_changed() -> None:
    xml = build_policy_xml(team="t", cost_center="c", allowed_models=["gpt-4.1"], tokens_per_minute=1, daily_token_quota=1, kaito_routes=[])
    lines = xml.splitlines()
    assert lines[0] == "<policies>" and lines[1] == "  <inbound>" and lines[2] == "    <base/>" and lines[-1] == "</policies>"
    assert isinstance(xml, str) and xml.endswith("</policies>\n")


def test_the_api_policy_streams_the_answer_and_buffers_the_request_for_its_retries() -> None:
    # forward-request policy reference: `buffer-response` "Set to false with backends such as those
    # implementing server-sent events (SSE)" (default true: chunks held 8 KB); `buffer-request-body`
    # "request is buffered and will be reused on retry". Issue 27, point 4.
    policies = etree.fromstring(api_policy_xml(backend_id="foundry").encode())
    (forward,) = policies.findall("backend/retry/forward-request")
    assert forward.attrib == {"buffer-request-body": "true", "buffer-response": "false"}


def test_the_remaining_tokens_headers_are_the_gateways_own_names() -> None:
    # Azure OpenAI answers with x-ratelimit-remaining-tokens of its own deployment (Microsoft Q&A,
    # "Azure OpenAI Responses API x-ratelimit headers"): the team's counters need names of their own.
    from ai_access.apim.headers import BACKEND_RATE_LIMIT_HEADERS, REMAINING_QUOTA_HEADER, REMAINING_TOKENS_HEADER

    xml = build_policy_xml(team="t", cost_center="c", allowed_models=["gpt-4.1"], tokens_per_minute=10, daily_token_quota=100, kaito_routes=[])
    limit = etree.fromstring(xml.encode()).find("inbound/llm-token-limit")
    named = (limit.get("remaining-tokens-header-name"), limit.get("remaining-quota-tokens-header-name"))
    assert named == (REMAINING_TOKENS_HEADER, REMAINING_QUOTA_HEADER)
    assert not {name.lower() for name in named} & BACKEND_RATE_LIMIT_HEADERS
