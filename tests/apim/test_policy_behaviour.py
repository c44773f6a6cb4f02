"""The product policy tested by behaviour: which calls each fixture team's synthesized policy lets through.

The calls go through `apim_policy_model`, which evaluates the policy's own C# text: an inverted or
otherwise wrong condition in `policy_xml.py` answers differently here and fails these tests. What
a call *should* get comes from the request, the platform catalog and `naming`, never from the XML.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from support.apim_policy_model import Gateway, GatewayRequest, GatewayResponse, Subscription, estimate_tokens
from support.files import FIXTURE_REQUESTS, fixture_fragments

from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.team import TeamNames
from ai_access.apim.api_policy import api_policy_xml

TEAMS = sorted(p.name for p in FIXTURE_REQUESTS.iterdir() if (p / "access.yaml").is_file())
API_PATH = "openai"
GATEWAY_TOKEN = "Bearer <gateway token"


class Clock:
    """A clock the test moves by hand: counters never roll over on their own."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _echo_backend(backend_id: str, request: GatewayRequest) -> tuple[int, dict[str, str], bytes]:
    prompt = estimate_tokens(request.body)
    body = {
        "backend": backend_id,
        "path": request.path,
        "authorization": request.headers.get("Authorization"),
        "model": json.loads(request.body).get("model") if request.body else None,
        "usage": {"prompt_tokens": prompt, "completion_tokens": 1, "total_tokens": prompt + 1},
    }
    return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()


def _policy(dist: Path, team: str) -> str:
    return yaml.safe_load((dist / "teams" / team / "productpolicy-apim-product-policy.yaml").read_text())["spec"]["value"]


def _gateway(dist: Path, teams: list[str], platform: PlatformConfig, clock: Clock | None = None) -> Gateway:
    return Gateway(
        api_path=API_PATH,
        product_policies={TeamNames(t).product_id: _policy(dist, t) for t in teams},
        subscriptions=[Subscription(TeamNames(t).subscription_id, TeamNames(t).product_id, f"key-{t}") for t in teams],
        backend=_echo_backend,
        clock=clock or Clock(),
        api_policy=api_policy_xml(backend_id=platform.apim.foundry_backend_id),
        fragments=fixture_fragments(),
    )


def _request(fixture_report, team: str) -> AccessRequest:
    return next(loaded.request for loaded in fixture_report.requests if loaded.request.team == team)


def _call(gateway: Gateway, team: str, *, path_model: str | None = None, body_model: str | None = None, words: int = 3) -> GatewayResponse:
    path = f"/{API_PATH}/deployments/{path_model}/chat/completions" if path_model else f"/{API_PATH}/v1/chat/completions"
    body: dict = {"messages": [{"role": "user", "content": " ".join(["word"] * words)}], "max_completion_tokens": 1}
    if body_model is not None:
        body["model"] = body_model
    return gateway.handle(GatewayRequest("POST", path, {"api-key": f"key-{team}"}, json.dumps(body).encode()))


def _others(request: AccessRequest, platform: PlatformConfig) -> list[str]:
    allowed = {m.name for m in request.enabled_models}
    catalog = [*platform.foundry.models, *platform.kaito_presets]
    return [m for m in catalog if m not in allowed] + ["not-a-catalog-model"]


def _assert_refused(response: GatewayResponse) -> None:
    assert response.status == 403, response.body
    assert response.json()["error"]["code"] == "ModelNotAllowed"
    assert response.forwarded is None  # refused at the gateway: nothing reached a model


# --- the allowlist ---------------------------------------------------------------------------------


@pytest.mark.parametrize("team", TEAMS)
def test_every_enabled_model_passes_named_in_the_path_or_only_in_the_body(fixture_dist, fixture_report, platform, team) -> None:
    gateway = _gateway(fixture_dist, [team], platform)
    for model in _request(fixture_report, team).enabled_models:
        for kwargs in ({"path_model": model.name}, {"body_model": model.name}, {"path_model": model.name, "body_model": model.name}):
            response = _call(gateway, team, **kwargs)
            assert response.status == 200, (kwargs, response.body)


@pytest.mark.parametrize("team", TEAMS)
def test_every_other_model_is_refused_in_the_path_and_in_the_body(fixture_dist, fixture_report, platform, team) -> None:
    gateway = _gateway(fixture_dist, [team], platform)
    for other in _others(_request(fixture_report, team), platform):
        _assert_refused(_call(gateway, team, path_model=other))
        _assert_refused(_call(gateway, team, body_model=other))


@pytest.mark.parametrize("team", TEAMS)
def test_an_allowed_name_in_one_place_does_not_smuggle_another_model_in_the_other(fixture_dist, fixture_report, platform, team) -> None:
    gateway = _gateway(fixture_dist, [team], platform)
    allowed = _request(fixture_report, team).enabled_models[0].name
    other = _others(_request(fixture_report, team), platform)[0]
    _assert_refused(_call(gateway, team, path_model=allowed, body_model=other))
    _assert_refused(_call(gateway, team, path_model=other, body_model=allowed))


@pytest.mark.parametrize("team", TEAMS)
def test_a_call_naming_no_model_is_refused(fixture_dist, platform, team) -> None:
    _assert_refused(_call(_gateway(fixture_dist, [team], platform), team))


@pytest.mark.parametrize("team", TEAMS)
def test_the_refusal_lists_exactly_the_enabled_models(fixture_dist, fixture_report, platform, team) -> None:
    response = _call(_gateway(fixture_dist, [team], platform), team, path_model="not-a-catalog-model")
    enabled = ", ".join(m.name for m in _request(fixture_report, team).enabled_models)
    assert response.json()["error"]["message"].endswith(f": {enabled}")


# --- routing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("team", TEAMS)
def test_kaito_models_reach_their_workspace_by_catalog_name_and_without_the_gateway_token(
    fixture_dist, fixture_report, platform, team
) -> None:
    gateway = _gateway(fixture_dist, [team], platform)
    names = TeamNames(team)
    for model in _request(fixture_report, team).kaito_models:
        for kwargs in ({"path_model": model.name}, {"body_model": model.name}):
            answer = _call(gateway, team, **kwargs).json()
            assert answer["backend"] == names.backend_id(model.name)
            assert answer["path"] == "/v1/chat/completions"
            # The workspace serves its catalog name (its inference config sets vLLM's served-model-name).
            assert answer["model"] == model.name
            assert answer["authorization"] is None


@pytest.mark.parametrize("team", TEAMS)
def test_foundry_models_reach_the_shared_account_with_the_gateway_token(fixture_dist, fixture_report, platform, team) -> None:
    gateway = _gateway(fixture_dist, [team], platform)
    for model in _request(fixture_report, team).foundry_models:
        answer = _call(gateway, team, path_model=model.name).json()
        assert answer["backend"] == platform.apim.foundry_backend_id
        assert answer["path"] == f"/deployments/{model.name}/chat/completions"
        assert answer["authorization"].startswith(GATEWAY_TOKEN)


# --- token limits ----------------------------------------------------------------------------------


@pytest.mark.parametrize("team", TEAMS)
def test_tokens_per_minute_is_the_requests_and_a_call_over_it_gets_429(fixture_dist, fixture_report, platform, team) -> None:
    request = _request(fixture_report, team)
    model = request.enabled_models[0].name
    gateway = _gateway(fixture_dist, [team], platform)
    # GIVEN a call that uses all but one token of the minute (its prompt plus one completion token)
    first = _call(gateway, team, path_model=model, words=request.tokens_per_minute - 2)
    assert first.status == 200
    assert first.headers["x-ai-gateway-remaining-tokens"] == "1"
    assert first.headers["x-ai-gateway-remaining-quota-tokens"] == str(request.daily_token_quota - request.tokens_per_minute + 1)
    # WHEN the next prompt needs two tokens THEN it is refused before reaching the model
    refused = _call(gateway, team, path_model=model, words=2)
    assert refused.status == 429 and refused.forwarded is None
    assert int(refused.headers["Retry-After"]) > 0
    # AND a one-token prompt still fits
    assert _call(gateway, team, path_model=model, words=1).status == 200


@pytest.mark.parametrize("team", TEAMS)
def test_the_daily_quota_is_the_requests_and_refuses_with_403(fixture_dist, fixture_report, platform, team) -> None:
    request = _request(fixture_report, team)
    model = request.enabled_models[0].name
    clock = Clock()
    gateway = _gateway(fixture_dist, [team], platform, clock)
    used, minutes = 0, 0
    while True:
        words = min(request.tokens_per_minute, request.daily_token_quota - used) - 1
        response = _call(gateway, team, path_model=model, words=max(words, 1))
        if response.status != 200:
            break
        used += max(words, 1) + 1
        minutes += 1
        clock.now += 60
        assert minutes <= request.daily_token_quota // request.tokens_per_minute + 1
    assert response.status == 403 and response.json()["message"].startswith("Token quota")
    assert used == request.daily_token_quota
    # The next day the quota is back.
    clock.now += 86400
    assert _call(gateway, team, path_model=model).status == 200


def test_counters_are_per_team(fixture_dist, fixture_report, platform) -> None:
    gateway = _gateway(fixture_dist, TEAMS, platform)
    first, *others = TEAMS
    request = _request(fixture_report, first)
    assert _call(gateway, first, path_model=request.enabled_models[0].name, words=request.tokens_per_minute - 1).status == 200
    assert _call(gateway, first, path_model=request.enabled_models[0].name).status == 429
    for team in others:
        assert _call(gateway, team, path_model=_request(fixture_report, team).enabled_models[0].name).status == 200


# --- keys ------------------------------------------------------------------------------------------


def test_a_missing_unknown_or_suspended_key_gets_401_before_any_policy(fixture_dist, platform) -> None:
    team = TEAMS[0]
    gateway = _gateway(fixture_dist, [team], platform)
    gateway.subscriptions["suspended-key"] = Subscription(team, team, "suspended-key", state="suspended")
    path = f"/{API_PATH}/deployments/x/chat/completions"
    for headers, word in (({}, "missing"), ({"api-key": "wrong"}, "invalid"), ({"api-key": "suspended-key"}, "invalid")):
        response = gateway.handle(GatewayRequest("POST", path, headers, b"{}"))
        assert response.status == 401 and f"{word} subscription key" in response.json()["message"]


# --- bodies that are not a JSON object (issue 27, point 5) -------------------------------------------
# "API Management policy expressions": an exception in an expression is a runtime error (a 500);
# Body.As<JObject>() throws on such bodies ("The message body is not a valid JSON",
# MicrosoftDocs/azure-docs#95956; "Current JsonReader item is not an object").

NOT_OBJECTS = {
    "multipart audio": b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\n\r\nRIFF\x00\xff\xfe\r\n--b--\r\n',
    "a JSON array": b'[{"model": "gpt-4.1"}]',
    "a JSON string": b'"gpt-4.1"',
    "a zero-length POST": b"",
    "text": b"model=gpt-4.1",
}


def _raw_backend(backend_id: str, request: GatewayRequest) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "application/json"}, json.dumps({"usage": {"total_tokens": 1}}).encode()


def _raw_gateway(dist: Path, team: str, platform: PlatformConfig) -> Gateway:
    gateway = _gateway(dist, [team], platform)
    gateway.backend = _raw_backend
    return gateway


@pytest.mark.parametrize("body", sorted(NOT_OBJECTS))
@pytest.mark.parametrize("team", TEAMS)
def test_a_body_that_is_no_json_object_goes_on_unchanged_to_a_model_named_in_the_path(fixture_dist, fixture_report, platform, team, body) -> None:
    gateway, names = _raw_gateway(fixture_dist, team, platform), TeamNames(team)
    for model in _request(fixture_report, team).enabled_models:
        sent = GatewayRequest("POST", f"/{API_PATH}/deployments/{model.name}/audio/transcriptions", {"api-key": f"key-{team}"}, NOT_OBJECTS[body])
        response = gateway.handle(sent)
        assert response.status == 200, (model.name, response.body)
        assert response.forwarded is not None and response.forwarded.body == NOT_OBJECTS[body]  # nothing rewritten
        kaito = model.name in {m.name for m in _request(fixture_report, team).kaito_models}
        assert response.backend_id == (names.backend_id(model.name) if kaito else platform.apim.foundry_backend_id)


@pytest.mark.parametrize("body", sorted(NOT_OBJECTS))
@pytest.mark.parametrize("team", TEAMS)
def test_a_body_that_is_no_json_object_names_no_model_so_without_one_in_the_path_it_is_refused(fixture_dist, platform, team, body) -> None:
    response = _raw_gateway(fixture_dist, team, platform).handle(
        GatewayRequest("POST", f"/{API_PATH}/v1/chat/completions", {"api-key": f"key-{team}"}, NOT_OBJECTS[body])
    )
    _assert_refused(response)


@pytest.mark.parametrize("team", TEAMS)
def test_a_disallowed_model_in_the_path_is_refused_whatever_the_body(fixture_dist, fixture_report, platform, team) -> None:
    gateway = _raw_gateway(fixture_dist, team, platform)
    other = _others(_request(fixture_report, team), platform)[0]
    for body in NOT_OBJECTS.values():
        _assert_refused(gateway.handle(GatewayRequest("POST", f"/{API_PATH}/deployments/{other}/chat/completions", {"api-key": f"key-{team}"}, body)))
