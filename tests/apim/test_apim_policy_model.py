"""The test model of APIM itself: its C# subset evaluates as C# does, and it refuses what it does not know."""

from __future__ import annotations

import json

import pytest
from support.apim_csharp import ExpressionError
from support.apim_expressions import evaluate
from support.apim_policy_model import Gateway, GatewayRequest, Subscription

from ai_access.apim.product_policy import build_policy_xml
from ai_access.apim.api_policy import api_policy_xml


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("@(true || false && false)", True),  # && binds tighter than ||
        ("@((true || false) && false)", False),
        ('@("a" + 1 + 2)', "a12"),  # left to right: string concatenation from the first string on
        ("@(1 + 2 == 3 ? \"yes\" : \"no\")", "yes"),
        ('@{ string s = null; return s ?? "fallback"; }', "fallback"),
        ('@{ var a = new string[] { "x", "y" }; return !a.Contains("z") && a.Contains("y"); }', True),
        ('@{ if (1 > 2) { return "then"; } else { return "else"; } }', "else"),
        ('@(System.Text.RegularExpressions.Regex.Match("/deployments/gpt-4.1/chat", "/deployments/([^/]+)/").Groups[1].Value)', "gpt-4.1"),
        ('@(System.Text.RegularExpressions.Regex.Match("/v1/chat", "/deployments/([^/]+)/").Success)', False),
        ('@("tab\\t\\"quoted\\"")', 'tab\t"quoted"'),
    ],
)
def test_expressions_evaluate_as_csharp(expression: str, expected: object) -> None:
    assert evaluate(expression, {}) == expected


def test_a_null_conditional_short_circuits_the_whole_chain() -> None:
    assert evaluate('@{ string s = null; return s?.ToLower().Trim() ?? "none"; }', {}) == "none"
    with pytest.raises(ExpressionError, match="NullReference"):
        evaluate("@{ string s = null; return s.ToLower(); }", {})


@pytest.mark.parametrize(
    "expression",
    [
        '@("a" == 1)',  # C# does not compile it
        "@(1 && true)",
        "@(foo)",
        '@("x".Substring(1))',  # not modelled: refused, not guessed
        "@{ var x = 1; }",  # no return
        "@(1 $ 2)",
        "plain text",
    ],
)
def test_what_is_not_csharp_or_not_modelled_raises(expression: str) -> None:
    with pytest.raises(ExpressionError):
        evaluate(expression, {})


def _gateway(xml: str) -> Gateway:
    return Gateway(
        api_path="openai",
        product_policies={"t": xml},
        subscriptions=[Subscription("t", "t", "k")],
        backend=lambda backend, request: (200, {}, b'{"usage": {"total_tokens": 1}}'),
        clock=lambda: 0.0,
        api_policy=api_policy_xml(backend_id="foundry"),
    )


def _policy() -> str:
    return build_policy_xml(team="t", cost_center="c", allowed_models=["m"], tokens_per_minute=10, daily_token_quota=100, kaito_routes=[])


def test_an_unknown_policy_element_fails_the_call_loudly() -> None:
    xml = _policy().replace("<base/>", "<base/><rate-limit calls=\"1\" renewal-period=\"60\"/>", 1)
    with pytest.raises(NotImplementedError, match="rate-limit"):
        _gateway(xml).handle(GatewayRequest("POST", "/openai/deployments/m/chat/completions", {"api-key": "k"}, b"{}"))


def test_an_expression_failing_at_run_time_is_a_500_as_in_apim() -> None:
    # GIVEN a policy that reads every body as a JSON object, as the policy did before issue 27
    xml = _policy().replace('name="bodyIsJsonObject" value="@{', 'name="bodyIsJsonObject" value="@{ return true; ', 1)
    response = _gateway(xml).handle(GatewayRequest("POST", "/openai/v1/chat/completions", {"api-key": "k"}, b"not json"))
    assert response.status == 500 and "ExpressionValueEvaluationFailure" in response.json()["message"]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('@{ try { return JToken.Parse("[1]").Type == JTokenType.Array; } catch (Exception) { return false; } }', True),
        ('@{ try { return JToken.Parse("{\\"a\\": 1}").Type == JTokenType.Object; } catch (Exception) { return false; } }', True),
        ('@{ try { return JToken.Parse("").Type == JTokenType.Object; } catch (Exception) { return false; } }', False),
        ('@{ try { return JToken.Parse("nope").Type.ToString(); } catch (Exception e) { return "caught"; } }', "caught"),
        ('@(JToken.Parse("\\"text\\"").Type == JTokenType.String)', True),
    ],
)
def test_json_tokens_and_try_catch_evaluate_as_csharp(expression: str, expected: object) -> None:
    assert evaluate(expression, {}) == expected


def test_a_catch_hides_only_dotnet_exceptions_never_what_is_not_modelled() -> None:
    # A construct outside the subset must still fail the test, not be swallowed as if APIM had thrown.
    with pytest.raises(ExpressionError, match="no member Substring"):
        evaluate('@{ try { return "x".Substring(1); } catch (Exception) { return "caught"; } }', {})
    with pytest.raises(ExpressionError, match="only catch"):
        evaluate('@{ try { return 1; } catch (JsonReaderException) { return 2; } }', {})


def test_the_model_answers_what_the_xml_says_not_what_was_meant() -> None:
    # GIVEN a policy whose allowlist condition is inverted by hand
    xml = _policy().replace("!allowed.Contains(d)", "allowed.Contains(d)")
    call = GatewayRequest("POST", "/openai/deployments/m/chat/completions", {"api-key": "k"}, json.dumps({"messages": []}).encode())
    # THEN the allowed model is refused, as APIM would refuse it
    assert _gateway(xml).handle(call).status == 403
    assert _gateway(_policy()).handle(call).status == 200
