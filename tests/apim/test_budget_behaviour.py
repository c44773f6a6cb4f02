"""The monthly budget tested by behaviour: a month of calls against the synthesized policy never spends past its bound.

The bound (docs/costs.md): in a calendar month a team's Foundry calls, priced at each model's own catalog
price, cost at most its budget less its KAITO nodes' cost; a call whose completion is over tokensPerMinute
can carry it past that by at most the excess of its completion, at the team's highest price. What the calls
cost is summed here from what the backend reported and the catalog, never from the policy's figures.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from support.apim_policy_model import Gateway, GatewayRequest, Subscription, estimate_tokens
from support.files import fixture_fragments

from ai_access.apim.api_policy import api_policy_xml
from ai_access.apim.product_policy import BudgetLimit, KaitoRoute, build_policy_xml
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.models.spend import budget_of, highest_price, node_cost
from ai_access.names.team import TeamNames

TEAM = "team-gamma"  # the fixture team with a budget small enough to bind within days
MARCH = datetime(2027, 3, 1, tzinfo=timezone.utc).timestamp()
APRIL = datetime(2027, 4, 1, tzinfo=timezone.utc).timestamp()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _backend(backend_id: str, request: GatewayRequest) -> tuple[int, dict[str, str], bytes]:
    # Answers with as many completion tokens as the call asked for at most: what a model may do.
    body = json.loads(request.body)
    prompt, completion = estimate_tokens(request.body), int(body["max_completion_tokens"])
    usage = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
    return 200, {"Content-Type": "application/json"}, json.dumps({"model": body.get("model"), "usage": usage}).encode()


def _gateway(policy: str, clock: Clock) -> Gateway:
    names = TeamNames(TEAM)
    return Gateway(
        api_path="openai",
        product_policies={names.product_id: policy},
        subscriptions=[Subscription(names.subscription_id, names.product_id, "key")],
        backend=_backend,
        clock=clock,
        api_policy=api_policy_xml(backend_id="foundry"),
        fragments=fixture_fragments(),
    )


def _call(gateway: Gateway, model: str, prompt: int, completion: int):
    body = {"model": model, "messages": [{"role": "user", "content": " ".join(["w"] * prompt)}], "max_completion_tokens": completion}
    return gateway.handle(GatewayRequest("POST", "/openai/v1/chat/completions", {"api-key": "key"}, json.dumps(body).encode()))


def _request(fixture_report) -> AccessRequest:
    return next(loaded.request for loaded in fixture_report.requests if loaded.request.team == TEAM)


def _policy(dist: Path) -> str:
    return yaml.safe_load((dist / "teams" / TEAM / "productpolicy-apim-product-policy.yaml").read_text())["spec"]["value"]


@pytest.mark.parametrize(("seed", "mix", "oversized"), [(1, "every model", False), (2, "the priciest model", False), (3, "the priciest model", True)])
def test_a_month_of_calls_never_spends_past_the_bound(fixture_dist, fixture_report, platform: PlatformConfig, seed: int, mix: str, oversized: bool) -> None:
    # GIVEN the synthesized policy of a team with a budget, and its models' catalog prices
    request = _request(fixture_report)
    budget = budget_of(request, platform)
    assert budget is not None
    models = [m.name for m in request.foundry_models]
    assert len({platform.foundry.models[m].price_per_million_tokens_usd for m in models}) > 1, "the fixture team needs models of different prices"
    price = {m: Decimal(repr(platform.foundry.models[m].price_per_million_tokens_usd)) for m in models}
    called = models if mix == "every model" else [max(models, key=price.__getitem__)]
    allowed = Decimal(budget) - node_cost([(m.name, m.instance_type or "") for m in request.kaito_models], platform)
    clock = Clock(MARCH)
    gateway = _gateway(_policy(fixture_dist), clock)
    rng = random.Random(seed)
    spent, excess, refused_by_budget, day_used = Decimal(0), Decimal(0), 0, {}
    # WHEN the team calls all March: bursts of calls of random models and sizes, then hours of quiet
    while clock.now < APRIL:
        model = rng.choice(called)
        prompt = rng.randint(1, request.tokens_per_minute // 2)
        completion = rng.randint(0, request.tokens_per_minute // 2)
        if oversized and rng.random() < 0.05:
            completion = rng.randint(request.tokens_per_minute, 3 * request.tokens_per_minute)  # over a minute's worth
        response = _call(gateway, model, prompt, completion)
        day = int(clock.now // 86400)
        if response.status == 200:
            tokens = response.json()["usage"]["total_tokens"]
            spent += tokens * price[model] / 1_000_000
            excess = max(excess, Decimal(max(0, completion - request.tokens_per_minute)) * highest_price(models, platform) / 1_000_000)
            day_used[day] = day_used.get(day, 0) + tokens
        elif response.status == 403 and day_used.get(day, 0) < request.daily_token_quota - request.tokens_per_minute:
            refused_by_budget += 1  # a quota refusal on a day with room left: the budget's
        clock.now += 61 if response.status == 200 else rng.choice([600, 3 * 3600])  # refused: come back later
    # THEN the month's spend at each model's own price stays within the bound, and the budget did bind
    assert refused_by_budget > 0, "the budget never refused a call: the test did not reach it"
    assert spent <= allowed + excess, (spent, allowed, excess)
    if not oversized:
        assert spent <= allowed
    # AND on the first of the next month the team can call again
    assert _call(gateway, models[0], 10, 10).status == 200


def test_kaito_calls_do_not_spend_the_budget_and_foundry_calls_do() -> None:
    # GIVEN a budget of 100 tokens a month on a Foundry model, beside a KAITO model
    policy = build_policy_xml(
        team=TEAM, cost_center="CC", allowed_models=["gpt-4.1", "phi-4"], tokens_per_minute=1000, daily_token_quota=100_000,
        kaito_routes=[KaitoRoute("phi-4", "kaito-phi-4")], budget=BudgetLimit(TeamNames(TEAM).budget_counter_key, 100, ("gpt-4.1",)),
    )
    clock = Clock(MARCH)
    gateway = _gateway(policy, clock)
    # WHEN the KAITO model is called for far more than the budget's tokens THEN every call passes
    for _ in range(5):
        assert _call(gateway, "phi-4", 50, 50).status == 200
        clock.now += 61
    # AND the Foundry model gets its 100 tokens and is then refused with the quota's 403
    assert _call(gateway, "gpt-4.1", 50, 50).status == 200
    refused = _call(gateway, "gpt-4.1", 1, 0)
    assert refused.status == 403 and refused.forwarded is None
    assert _call(gateway, "phi-4", 50, 50).status == 200


def test_every_key_of_the_team_spends_one_budget(fixture_dist) -> None:
    # GIVEN two keys of the team (a rotation keeps the old one a while)
    names, clock = TeamNames(TEAM), Clock(MARCH)
    tiny = build_policy_xml(team=TEAM, cost_center="CC", allowed_models=["gpt-4.1"], tokens_per_minute=1000, daily_token_quota=100_000,
                            kaito_routes=[], budget=BudgetLimit(names.budget_counter_key, 100, ("gpt-4.1",)))
    gateway = Gateway(
        api_path="openai", product_policies={names.product_id: tiny}, backend=_backend, clock=clock,
        subscriptions=[Subscription("first", names.product_id, "key"), Subscription("second", names.product_id, "key-2")],
    )
    # WHEN the first key spends the budget THEN the second key is refused too
    assert _call(gateway, "gpt-4.1", 50, 50).status == 200
    body = json.dumps({"model": "gpt-4.1", "messages": [{"role": "user", "content": "w"}], "max_completion_tokens": 0}).encode()
    assert gateway.handle(GatewayRequest("POST", "/openai/v1/chat/completions", {"api-key": "key-2"}, body)).status == 403
