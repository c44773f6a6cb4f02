"""verify's bounds hold whatever a server answers: the burst's size, a deadline per request, a cap on every body, no redirect.

A gateway's remaining-tokens header cannot make the burst send more than the team's own limit; a
server that trickles its answer is cut at `--timeout` (a short one here: the deadline is what is
proven, not the time); a body far larger than any object is not read past the cap; the Kubernetes
API server's redirect is not followed, so its bearer token goes to no other path.
"""

from __future__ import annotations

import threading

import pytest
from support.apim_policy_model import estimate_tokens
from support.hostile_answers import Endless, Trickle, http_answer, redirect
from support.verify_scene import TEAMS, keyed, models_of, request_of, scene

from ai_access import exit_codes
from ai_access.names.team import ENDPOINT_CONFIGMAP, KEY_SECRET, TeamNames

BURST = ("gateway", "tokens-per-minute limit")
CONFIGMAP = ("kubernetes", f"ConfigMap {ENDPOINT_CONFIGMAP}")


def _configmap_path(team: str) -> str:
    return f"/api/v1/namespaces/{TeamNames(team).namespace}/configmaps/{ENDPOINT_CONFIGMAP}"


def _first_keyed_call(writer):
    """A `hostile` hook answering the first call that carries the key with `writer`, the rest as the policy does."""
    taken = threading.Event()

    def hook(request):
        if keyed([request]) and not taken.is_set():
            taken.set()
            return writer
        return None

    return hook


# --- the burst ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["2000000", "9" * 5000])
def test_the_burst_is_clamped_to_the_teams_own_limit_whatever_the_header_says(fixture_dist, fixture_report, tmp_path, monkeypatch, header) -> None:
    team = TEAMS[0]
    tpm = request_of(fixture_report, team).tokens_per_minute
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.gateway.lying_headers = {"x-ai-gateway-remaining-tokens": header}
        result = staged.run(monkeypatch, "--burst")
        words = [estimate_tokens(call.body) for call in staged.gateway.calls]
    assert max(words) <= tpm + 1
    status, message = result.check(*BURST)
    assert status == "ok" and message.startswith("429 after 1 call(s)"), message
    assert f"at most {3 * (tpm + 1)} prompt tokens" in result.out
    # The lie itself is a failed check, not a traceback.
    assert result.check("gateway", "rate-limit headers")[0] == "failed"


# --- a deadline per request --------------------------------------------------------------------------


@pytest.mark.parametrize("headers_at_once", [False, True], ids=["whole-answer", "body-only"])
def test_a_gateway_that_trickles_its_answer_is_cut_at_the_deadline(fixture_dist, fixture_report, tmp_path, monkeypatch, headers_at_once) -> None:
    team = TEAMS[0]
    first, *others = models_of(fixture_report, team)
    stop = threading.Event()
    # One byte every 50 ms: each read is far inside the timeout, the whole answer far outside it.
    trickle = Trickle(http_answer(200, {"choices": [], "usage": {"total_tokens": 2}}), every=0.05, stop=stop, headers_at_once=headers_at_once)
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.gateway.hostile = _first_keyed_call(trickle)
        result = staged.run(monkeypatch, "--timeout", "1")
        stop.set()
    status, message = result.check("gateway", f"model {first}")
    assert status == "failed" and "no complete answer within 1 s" in message, message
    assert trickle.sent < len(trickle.answer) // 2
    assert [result.check("gateway", f"model {m}")[0] for m in others] == ["ok"] * len(others)
    assert result.code == exit_codes.ENVIRONMENT


@pytest.mark.parametrize("headers_at_once", [False, True], ids=["whole-answer", "body-only"])
def test_an_api_server_that_trickles_its_answer_is_cut_at_the_deadline(fixture_dist, tmp_path, monkeypatch, headers_at_once) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        answer = http_answer(200, staged.kube.find("ConfigMap", ENDPOINT_CONFIGMAP))
        trickle = Trickle(answer, every=0.05, stop=staged.kube.stop, headers_at_once=headers_at_once)
        staged.kube.hostile[_configmap_path(team)] = trickle
        result = staged.run(monkeypatch, "--timeout", "1")
    status, message = result.check(*CONFIGMAP)
    assert status == "failed" and "no complete answer within 1 s" in message, message
    assert trickle.sent < len(answer) // 2
    assert result.code == exit_codes.ENVIRONMENT


# --- a cap on every body -----------------------------------------------------------------------------

HUGE = 64 * 2**20


@pytest.mark.parametrize("declare_length", [True, False], ids=["declared", "undeclared"])
def test_a_huge_answer_from_the_api_server_is_not_read_past_the_cap(fixture_dist, tmp_path, monkeypatch, declare_length) -> None:
    team = TEAMS[0]
    endless = Endless(HUGE, declare_length=declare_length)
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.kube.hostile[_configmap_path(team)] = endless
        result = staged.run(monkeypatch)
    status, message = result.check(*CONFIGMAP)
    assert status == "failed" and "larger than" in message and "not read" in message, message
    assert endless.sent < HUGE // 2
    assert result.check("kubernetes", f"Secret {KEY_SECRET}")[0] == "ok"  # the reads after it still ran


@pytest.mark.parametrize("declare_length", [True, False], ids=["declared", "undeclared"])
def test_a_huge_answer_from_the_gateway_is_not_read_past_the_cap(fixture_dist, fixture_report, tmp_path, monkeypatch, declare_length) -> None:
    team = TEAMS[0]
    first = models_of(fixture_report, team)[0]
    endless = Endless(HUGE, declare_length=declare_length)
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.gateway.hostile = _first_keyed_call(endless)
        result = staged.run(monkeypatch)
    status, message = result.check("gateway", f"model {first}")
    assert status == "failed" and "larger than" in message and "not read" in message, message
    assert endless.sent < HUGE // 2


# --- no redirect from the API server -----------------------------------------------------------------


def test_a_redirect_from_the_api_server_is_not_followed(fixture_dist, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.kube.hostile[_configmap_path(team)] = redirect("/api/v1/namespaces/kube-system/secrets/stolen")
        result = staged.run(monkeypatch)
        reached = [path for path, _ in staged.kube.tokens]
    assert not any("stolen" in path for path in reached)
    status, message = result.check(*CONFIGMAP)
    assert status == "failed" and "302" in message and "not followed" in message, message
    assert result.code == exit_codes.INVALID
