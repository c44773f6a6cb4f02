"""The APIM product policy of one team, built with lxml so every value is escaped by the library.

The policy is the whole enforcement of a team's access at the gateway:
  * an allowlist of the team's enabled models: a call naming another model, in the path
    (`/openai/deployments/{id}/...`) or in the body's `model` field, gets a 403 JSON error;
  * `llm-token-limit` with the request's tokens per minute and daily quota, counted per team;
  * with a budget, a second `llm-token-limit`, on the team's Foundry models only: the monthly token
    quota its budget buys at the highest of their prices (`models/spend.py`, docs/costs.md);
  * `llm-emit-token-metric` with team, cost centre and model dimensions for chargeback;
  * KAITO models routed to the team's own backend on the OpenAI-compatible `/v1/...` path, with the
    body's `model` set to the catalog name (what the workspace serves, see `KaitoModel`), so a call
    naming the model only in the path reaches vLLM with it.

`context.Request.Body` is null for a request without a body ("API Management policy expressions",
context variables), and any exception in an expression is a runtime error the client sees as a 500
(ExpressionValueEvaluationFailure). `Body.As<JObject>()` throws on a body that is not a JSON object
(multipart audio, a JSON array or scalar, an empty POST: "The message body is not a valid JSON",
MicrosoftDocs/azure-docs#95956). So the body is read once as text and parsed with `JToken.Parse`
inside `try`/`catch (Exception)` (C# 7 statements; `JToken`, `JTokenType` and `System.Exception`
are among the types that page allows): only a JSON object is read as one. Any other body names no
model, so the call is judged by its path alone: a model in the path the team may call goes on
unchanged, anything else gets the allowlist's 403.

Team names and catalog model names are validated identifiers; the cost centre is free text and is
only ever an XML attribute value, never part of a policy expression.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from ai_access.apim.headers import REMAINING_QUOTA_HEADER, REMAINING_TOKENS_HEADER
from ai_access.names.team import TOKEN_METRIC_NAMESPACE

REQUESTED_MODEL = "requestedModel"
DEPLOYMENT_ID = "deploymentId"
BODY_MODEL = "bodyModel"
BODY_IS_OBJECT = "bodyIsJsonObject"

# C# in policy expressions: the deployment id from the path, and the model field from the body.
_DEPLOYMENT_FROM_PATH = (
    '@{ var m = System.Text.RegularExpressions.Regex.Match(context.Request.Url.Path, "/deployments/([^/]+)/"); '
    'return m.Success ? m.Groups[1].Value : ""; }'
)
_HAS_BODY = "context.Request.Body != null"
_IS_OBJECT = f'(bool)context.Variables["{BODY_IS_OBJECT}"]'
# True only for a body that is one JSON object; never throws, whatever the body holds.
_BODY_IS_OBJECT = (
    f'@{{ if (!({_HAS_BODY})) {{ return false; }} '
    'try { return JToken.Parse(context.Request.Body.As<string>(preserveContent: true)).Type == JTokenType.Object; } '
    'catch (Exception) { return false; } }'
)
_MODEL_FROM_BODY = (
    f'@{{ if (!({_IS_OBJECT})) {{ return ""; }} '
    'var body = context.Request.Body.As<JObject>(preserveContent: true); '
    'return body["model"]?.ToString() ?? ""; }'
)
# The OpenAI operation after /deployments/{id}/ or /v1/ (chat/completions, completions, embeddings).
_OPERATION_TO_V1 = (
    '@{ var m = System.Text.RegularExpressions.Regex.Match(context.Request.Url.Path, '
    '"(?:/deployments/[^/]+|/v1)/(.+)$"); return "/v1/" + (m.Success ? m.Groups[1].Value : "chat/completions"); }'
)


@dataclass(frozen=True)
class BudgetLimit:
    """The monthly token quota a team's budget buys, counted on calls to `models` (its Foundry models) under `counter_key`."""

    counter_key: str
    monthly_tokens: int
    models: tuple[str, ...]


@dataclass(frozen=True)
class KaitoRoute:
    """Where one KAITO model of a team is served."""

    model: str
    backend_id: str


def build_policy_xml(
    *,
    team: str,
    cost_center: str,
    allowed_models: list[str],
    tokens_per_minute: int,
    daily_token_quota: int,
    kaito_routes: list[KaitoRoute],
    fragment_ids: Sequence[str] = (),
    budget: BudgetLimit | None = None,
) -> str:
    """The product policy document for one team, as a string ready for ProductPolicy.value.

    `fragment_ids` are the platform's policy fragments (`apim.policyFragments`), included in that
    order after the model check and before the token limit: they see only calls the team may make.
    `budget` (default none): the monthly quota of the team's Foundry calls, checked after the team's token limit.
    """
    policies = etree.Element("policies")
    inbound = etree.SubElement(policies, "inbound")
    etree.SubElement(inbound, "base")
    _set_variable(inbound, DEPLOYMENT_ID, _DEPLOYMENT_FROM_PATH)
    _set_variable(inbound, BODY_IS_OBJECT, _BODY_IS_OBJECT)
    _set_variable(inbound, BODY_MODEL, _MODEL_FROM_BODY)
    _set_variable(
        inbound,
        REQUESTED_MODEL,
        f'@((string)context.Variables["{DEPLOYMENT_ID}"] != "" ? (string)context.Variables["{DEPLOYMENT_ID}"] '
        f': (string)context.Variables["{BODY_MODEL}"])',
    )
    _deny_other_models(inbound, allowed_models)
    for fragment_id in fragment_ids:
        etree.SubElement(inbound, "include-fragment", {"fragment-id": fragment_id})
    etree.SubElement(
        inbound,
        "llm-token-limit",
        {
            # One counter per team, never shared across teams, and the same for each of its keys:
            # during a rotation's overlap the team holds two subscriptions, which must not double its limits.
            "counter-key": f"product-{team}",
            "tokens-per-minute": str(tokens_per_minute),
            "token-quota": str(daily_token_quota),
            "token-quota-period": "Daily",
            "estimate-prompt-tokens": "true",
            # Names of the gateway's own: Azure OpenAI sends x-ratelimit-remaining-tokens itself (apim/headers.py).
            "remaining-tokens-header-name": REMAINING_TOKENS_HEADER,
            "remaining-quota-tokens-header-name": REMAINING_QUOTA_HEADER,
        },
    )
    if budget is not None:
        # After the team's own limit, so the budget counts only calls that reach a model.
        _limit_budget(inbound, budget)
    metric = etree.SubElement(inbound, "llm-emit-token-metric", {"namespace": TOKEN_METRIC_NAMESPACE})
    etree.SubElement(metric, "dimension", {"name": "Team", "value": team})
    etree.SubElement(metric, "dimension", {"name": "Cost Center", "value": cost_center})
    etree.SubElement(metric, "dimension", {"name": "Model", "value": f'@((string)context.Variables["{REQUESTED_MODEL}"])'})
    if kaito_routes:
        _route_kaito(inbound, kaito_routes)
    for section in ("backend", "outbound", "on-error"):
        etree.SubElement(etree.SubElement(policies, section), "base")
    return etree.tostring(policies, pretty_print=True, encoding="unicode")


def _limit_budget(inbound: etree._Element, budget: BudgetLimit) -> None:
    # Only Foundry calls spend money per token: a KAITO workspace's node costs the same whatever it
    # serves, so its calls must not use up the budget. The model is the one the allowlist passed.
    condition = (
        f'@{{ var counted = {_csharp_string_array(list(budget.models))}; '
        f'return counted.Contains((string)context.Variables["{REQUESTED_MODEL}"]); }}'
    )
    when = etree.SubElement(etree.SubElement(inbound, "choose"), "when", {"condition": condition})
    etree.SubElement(
        when,
        "llm-token-limit",
        {
            # One counter per team, not per key: every key of the team spends the one budget. Monthly is a
            # calendar month, UTC ("the UTC timestamp truncated to the unit", llm-token-limit-policy).
            "counter-key": budget.counter_key,
            "token-quota": str(budget.monthly_tokens),
            "token-quota-period": "Monthly",
            "estimate-prompt-tokens": "true",
        },
    )


def _set_variable(parent: etree._Element, name: str, value: str) -> None:
    etree.SubElement(parent, "set-variable", {"name": name, "value": value})


def _csharp_string_array(values: list[str]) -> str:
    # json.dumps gives a valid C# string literal for catalog names (letters, digits, '.', '-').
    # `new string[]`, not `new[]`: an empty implicitly typed array (all models disabled) is no C#.
    return "new string[] { " + ", ".join(json.dumps(v) for v in values) + " }"


def model_check_condition(allowed: Sequence[str]) -> str:
    """The condition of the policy's first `<choose>`: true for a call naming no model or one not in `allowed`."""
    return (
        f'@{{ var allowed = {_csharp_string_array(list(allowed))}; '
        f'var d = (string)context.Variables["{DEPLOYMENT_ID}"]; var b = (string)context.Variables["{BODY_MODEL}"]; '
        'return (d == "" && b == "") || (d != "" && !allowed.Contains(d)) || (b != "" && !allowed.Contains(b)); }'
    )


def _deny_other_models(inbound: etree._Element, allowed: list[str]) -> None:
    when = etree.SubElement(etree.SubElement(inbound, "choose"), "when", {"condition": model_check_condition(allowed)})
    response = etree.SubElement(when, "return-response")
    etree.SubElement(response, "set-status", {"code": "403", "reason": "Forbidden"})
    header = etree.SubElement(response, "set-header", {"name": "Content-Type", "exists-action": "override"})
    etree.SubElement(header, "value").text = "application/json"
    body = {
        "error": {
            "code": "ModelNotAllowed",
            "message": "This subscription may call only: " + ", ".join(allowed),
        }
    }
    etree.SubElement(response, "set-body").text = json.dumps(body)


def _route_kaito(inbound: etree._Element, routes: list[KaitoRoute]) -> None:
    choose = etree.SubElement(inbound, "choose")
    for route in routes:
        when = etree.SubElement(
            choose, "when", {"condition": f'@((string)context.Variables["{REQUESTED_MODEL}"] == {json.dumps(route.model)})'}
        )
        etree.SubElement(when, "set-backend-service", {"backend-id": route.backend_id})
        # The API policy authenticates to Foundry with the gateway's identity; that token must not
        # travel into the cluster with a call routed to a KAITO workspace.
        etree.SubElement(when, "set-header", {"name": "Authorization", "exists-action": "delete"})
        etree.SubElement(when, "rewrite-uri", {"template": _OPERATION_TO_V1, "copy-unmatched-params": "false"})
        # Without a JSON object there is nothing to rewrite: the call goes on as it is (vLLM answers
        # it, with a 4xx if it needed one), never into an expression that throws.
        with_body = etree.SubElement(etree.SubElement(when, "choose"), "when", {"condition": f"@({_IS_OBJECT})"})
        etree.SubElement(with_body, "set-body").text = (
            "@{ var body = context.Request.Body.As<JObject>(preserveContent: true); "
            f"body[\"model\"] = {json.dumps(route.model)}; return body.ToString(); }}"
        )
