"""The gateway half of verify: calls through the unified endpoint, made the way the team's client makes them.

Each call is a chat completion on the Azure OpenAI path the SDKs use,
`<endpoint>/deployments/<model>/chat/completions?api-version=...`, with a one-word prompt and
`max_completion_tokens: 1`, the key in the header the synthesized folder names. Sent, in this
order: one call without a key (401 expected), one per enabled model with the key (200, a chat
completion, and the rate-limit headers the policy sets), one to a model the team did not ask for
(the synthesized policy's own refusal: 403 and its exact body), after a key rotation one with the
previous key (200 during the overlap, 401 once it is over, while its Secret is still readable),
and with `--burst` the few calls of `burst`. The endpoint, the header and the models are the folder's (`run.gateway_target`),
never what the cluster says. Every call has one deadline and a cap on what it reads
(`gateway_http`); a connection that fails before anything is sent is retried twice; a call that
was sent is never retried, since a retried completion would spend tokens twice and blur the
rate-limit counters.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from ai_access.apim.headers import BACKEND_RATE_LIMIT_HEADERS
from ai_access.verify.gateway_http import CONNECT_RETRIES, MAX_BODY_BYTES, CallError, GatewayHttp, Reply
from ai_access.verify.output import Reporter
from ai_access.verify.results import Check, Status, failed, ok, skipped
from ai_access.verify.server_data import items, mapping, whole_number
from ai_access.verify.team_folder import PolicyFacts, Refusal

AREA = "gateway"
API_VERSION = "2024-10-21"
"""The Azure OpenAI data-plane GA version (Azure OpenAI REST reference); the KAITO route drops the query."""
WORD = "ping"


@dataclass(frozen=True)
class GatewayTarget:
    """Where and how the team calls the gateway, and what it was granted."""

    endpoint: str
    """A valid http(s) endpoint (`key_safety.endpoint_problem`); the key goes to it only over https."""
    shown_endpoint: str
    """The endpoint as lines print it (`key_safety.redacted`)."""
    endpoint_source: str
    key_header: str
    key: str | None
    """The key, only when it may be sent: a usable key, a valid header and an https endpoint."""
    no_key: str
    models: list[str]
    other_model: str
    tokens_per_minute: int | None
    daily_token_quota: int | None
    policy: PolicyFacts | None
    """What the gateway enforces: the live policy when it was read, else the folder's."""
    refusal: Refusal | None
    """The synthesized policy's refusal, what a model the team did not ask for must get."""
    kaito_models: list[str]
    max_tokens_per_minute: int
    """The platform's ceiling on a team's tokens per minute: no burst prompt is longer."""
    previous_key: str | None = None
    """During a rotation's overlap, the previous key (sent under the same conditions as `key`): it must still work."""
    previous_key_until: str | None = None
    """The overlap's last day, as the folder's ConfigMap says."""
    stale_previous_key: str | None = None
    """After the overlap, a previous key still readable in the cluster: the gateway must refuse it."""


@dataclass
class Answer:
    """A gateway answer, or why there was none (`error`; `environment` when nothing answered)."""

    response: Reply | None = None
    error: str = ""
    environment: bool = False

    @property
    def status(self) -> int | None:
        """The HTTP status, None without an answer."""
        return self.response.status if self.response is not None else None

    def describe(self) -> str:
        """`status code: message` of the answer's JSON error, or the transport error."""
        if self.response is None:
            return self.error
        try:
            body = mapping(self.response.json())
        except ValueError:
            detail = self.response.text[:200]
        else:
            error = mapping(body.get("error")) or body
            detail = ": ".join(str(error[k]).rstrip(".") for k in ("code", "message") if error.get(k))
        return f"{self.status}" + (f" {detail}" if detail else "")


class GatewayClient:
    """The run's calls to the team's endpoint, one at a time, each within the deadline."""

    def __init__(self, target: GatewayTarget, timeout: float) -> None:
        """Open the client; close it with `close()`."""
        self.target = target
        self.timeout = timeout
        self.http = GatewayHttp(timeout)

    def close(self) -> None:
        """Close the connections."""
        self.http.close()

    def complete(self, model: str, *, with_key: bool = True, words: int = 1, key: str | None = None) -> Answer:
        """One chat completion of `words` words (max_completion_tokens 1) for `model`, with the team's key or `key`."""
        path = f"/deployments/{quote(model, safe='')}/chat/completions"
        body = {"messages": [{"role": "user", "content": " ".join([WORD] * words)}], "max_completion_tokens": 1}
        sent = key or self.target.key
        headers = {self.target.key_header: sent} if with_key and sent else {}
        try:
            reply = self.http.post(self.target.endpoint.rstrip("/") + path, params={"api-version": API_VERSION}, json=body, headers=headers)
        except CallError as error:
            return Answer(error=f"{error} from {self.target.shown_endpoint.rstrip('/')}{path}", environment=error.environment)
        return Answer(reply)


def plan_line(target: GatewayTarget, timeout: float) -> str:
    """What `check_gateway` will send, and to where, said before it is sent."""
    models = f"{len(target.models)} with the team's key in header {target.key_header} ({', '.join(target.models)})" if target.models else "none to an enabled model (the team has none)"
    keyed = f"{models} and 1 to {target.other_model}, which the team did not ask for" if target.key else f"no call with a key ({target.no_key})"
    return (
        f"gateway: will send to {target.shown_endpoint} ({target.endpoint_source}) one-word chat completions with max_completion_tokens 1: "
        f"1 without a key, {keyed}; each call must end within {timeout:g} s and is read up to {MAX_BODY_BYTES >> 20} MiB, no redirect is followed, "
        f"connection failures are retried {CONNECT_RETRIES} times, nothing sent is retried"
    )


def check_gateway(client: GatewayClient, reporter: Reporter) -> list[Reply]:
    """Run the key, model, header and refusal checks; returns the 200 answers (for `burst`)."""
    target = client.target
    probe = target.models[0] if target.models else target.other_model
    reporter.check(_expect(client.complete(probe, with_key=False), 401, "call without a key", "refused with 401"))
    if not target.key:
        for subject in [*(f"model {m}" for m in target.models), "rate-limit headers", f"model {target.other_model} (not asked for)"]:
            reporter.check(skipped(AREA, subject, f"no key: {target.no_key}"))
        return []
    answered = []
    for model in target.models:
        answer = client.complete(model)
        check = _completion_check(answer, f"model {model}")
        if check.status is Status.OK:
            answered.append(answer.response)
        elif answer.status in (401, 403):
            check = failed(AREA, check.subject, f"{check.message}: {_hint(answer.status)}")
        reporter.check(check)
    reporter.check(_headers_check(target, answered))
    reporter.check(_refusal_check(client.complete(target.other_model), target.other_model, target.refusal))
    previous = _previous_key_check(client, probe)
    if previous is not None:
        reporter.check(previous)
    return answered


def _previous_key_check(client: GatewayClient, model: str) -> Check | None:
    """The previous key of a rotation: accepted during the overlap, refused with 401 once it is over; None when there is none."""
    target = client.target
    if target.previous_key:
        until = f" (it works until {target.previous_key_until})" if target.previous_key_until else ""
        check = _completion_check(client.complete(model, key=target.previous_key), "previous key")
        if check.status is Status.OK:
            return ok(AREA, check.subject, f"200: the previous key still works during the overlap{until}")
        return failed(AREA, check.subject, f"{check.message}: the previous key must work until the overlap ends{until}", environment=check.environment)
    if target.stale_previous_key:
        answer = client.complete(model, key=target.stale_previous_key)
        if answer.status == 401:
            return ok(AREA, "previous key", "refused with 401: the rotation's overlap is over")
        if answer.response is None:
            return failed(AREA, "previous key", answer.describe(), environment=answer.environment)
        return failed(AREA, "previous key", f"expected 401 once the overlap is over, got {answer.describe()}: the previous key still works")
    return None


def _expect(answer: Answer, status: int, subject: str, success: str) -> Check:
    if answer.status == status:
        return ok(AREA, subject, success)
    if answer.response is None:
        return failed(AREA, subject, answer.describe(), environment=answer.environment)
    return failed(AREA, subject, f"expected {status}, got {answer.describe()}")


def _completion_check(answer: Answer, subject: str) -> Check:
    check = _expect(answer, 200, subject, "200: a chat completion through the unified endpoint")
    if answer.response is not None and answer.status == 200:
        try:
            body = answer.response.json()
        except ValueError:
            body = None
        if not (isinstance(body, dict) and items(body.get("choices"))):
            return failed(AREA, subject, "200, but the answer is not a chat completion (no JSON object with choices)")
    return check


def _hint(status: int) -> str:
    if status == 401:
        return "the gateway refuses the key: is the Subscription suspended or not yet Ready, or the Secret stale?"
    return "the policy refuses the model: is the ProductPolicy synced and Ready?"


def _refusal_check(answer: Answer, model: str, refusal: Refusal | None) -> Check:
    subject = f"model {model} (not asked for)"
    if answer.status == 200:
        return failed(AREA, subject, "200: the gateway let a model through that the team did not ask for")
    if refusal is None:
        return failed(AREA, subject, f"the synthesized policy has no refusal to compare with; the gateway answered {answer.describe()}")
    if answer.response is None:
        return failed(AREA, subject, answer.describe(), environment=answer.environment)
    if answer.status != refusal.status:
        return failed(AREA, subject, f"expected {refusal.status}, got {answer.describe()}")
    try:
        body = answer.response.json()
    except ValueError:
        body = None
    if body != refusal.body:
        return failed(AREA, subject, f"{answer.describe()}: a {refusal.status}, but not the refusal the team's policy returns ({refusal.code} with its message)")
    return ok(AREA, subject, f"refused with {refusal.status} {refusal.code}, the policy's own refusal")


def _headers_check(target: GatewayTarget, answered: list[Reply]) -> Check:
    subject = "rate-limit headers"
    policy = target.policy
    if policy is None or not (policy.remaining_tokens_header or policy.remaining_quota_header):
        return skipped(AREA, subject, "the team's policy sets no rate-limit headers")
    if not answered:
        return skipped(AREA, subject, "no model answered 200 to read them from")
    problems, seen = [], []
    expected = ((policy.remaining_tokens_header, target.tokens_per_minute, policy.tokens_per_minute, "per minute"),
                (policy.remaining_quota_header, target.daily_token_quota, policy.token_quota, "a day"))
    for header, told, enforced, per in expected:
        if header is None:
            continue
        if gateway_header(header) is None:
            problems.append(f"the policy counts the team's tokens {per} in {header}, a header the backend sets itself: use a name of the gateway's own")
            continue
        if told != enforced:
            problems.append(f"the ConfigMap tells the team {told} tokens {per}, the policy enforces {enforced}")
        values = [response.headers.get(header) for response in answered]
        numbers = [whole_number(v) for v in values]
        if any(v is None for v in values):
            problems.append(f"{header} missing on {values.count(None)} of {len(values)} answers")
        elif any(n is None or told is None or n > told for n in numbers):
            problems.append(f"{header} {', '.join(repr(v) for v in values)}: not between 0 and {told}")
        else:
            seen.append(f"{header} {values[-1]} of {told} {per}")
    if problems:
        return failed(AREA, subject, "; ".join(problems))
    return ok(AREA, subject, "; ".join(seen))


def remaining(response: Reply | None, header: str | None) -> int | None:
    """The whole number a rate-limit header holds, None when absent or not one."""
    return whole_number(response.headers.get(header)) if response is not None and header else None


def gateway_header(header: str | None) -> str | None:
    """`header` when it can only be the gateway's own counter, None when a backend may set it too.

    Azure OpenAI answers with `x-ratelimit-remaining-tokens` of its deployment (apim/headers.py); a
    policy naming such a header for the team's limit gives an answer nobody can attribute.
    """
    return header if header is not None and header.lower() not in BACKEND_RATE_LIMIT_HEADERS else None
