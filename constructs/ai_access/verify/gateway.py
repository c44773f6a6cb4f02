"""The gateway half of verify: calls through the unified endpoint, made the way the team's client makes them.

Each call is a chat completion on the Azure OpenAI path the SDKs use,
`<endpoint>/deployments/<model>/chat/completions?api-version=...`, with a one-word prompt and
`max_completion_tokens: 1`, the key in the header the ConfigMap names. Sent, in this order: one
call without a key (401 expected), one per enabled model with the key (200, and the rate-limit
headers the policy sets), one to a model the team did not ask for (403 with the policy's error
code), and with `--burst` the few calls of `burst`. Every call has a timeout; a connection that
fails before anything is sent is retried twice; a call that was sent is never retried, since a
retried completion would spend tokens twice and blur the rate-limit counters.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx

from ai_access.verify.output import Reporter
from ai_access.verify.results import Check, failed, ok, skipped
from ai_access.verify.team_folder import PolicyFacts

AREA = "gateway"
API_VERSION = "2024-10-21"
"""The Azure OpenAI data-plane GA version (Azure OpenAI REST reference); the KAITO route drops the query."""
CONNECT_RETRIES = 2
"""Connection failures retried per call (at once, then after 0.5 s: httpcore's backoff)."""
WORD = "ping"


@dataclass(frozen=True)
class GatewayTarget:
    """Where and how the team calls the gateway, and what it was granted."""

    endpoint: str
    endpoint_source: str
    key_header: str
    key: str | None
    no_key: str
    models: list[str]
    other_model: str
    tokens_per_minute: int | None
    daily_token_quota: int | None
    policy: PolicyFacts | None
    kaito_models: list[str]


@dataclass
class Answer:
    """A gateway answer, or why there was none (`error`; `environment` when nothing answered)."""

    response: httpx.Response | None = None
    error: str = ""
    environment: bool = False

    @property
    def status(self) -> int | None:
        """The HTTP status, None without an answer."""
        return self.response.status_code if self.response is not None else None

    def describe(self) -> str:
        """`status code: message` of the answer's JSON error, or the transport error."""
        if self.response is None:
            return self.error
        detail = ""
        try:
            body = self.response.json()
            error = body.get("error") if isinstance(body.get("error"), dict) else body
            detail = ": ".join(str(error[k]).rstrip(".") for k in ("code", "message") if error.get(k))
        except (ValueError, AttributeError):
            detail = self.response.text[:200]
        return f"{self.status}" + (f" {detail}" if detail else "")


class GatewayClient:
    """One httpx client for the run: the timeout, the connection retries and the team's endpoint."""

    def __init__(self, target: GatewayTarget, timeout: float) -> None:
        """Open the client; close it with `close()`."""
        self.target = target
        self.timeout = timeout
        transport = httpx.HTTPTransport(retries=CONNECT_RETRIES)
        self.http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), transport=transport, follow_redirects=False)

    def close(self) -> None:
        """Close the connections."""
        self.http.close()

    def complete(self, model: str, *, with_key: bool = True, words: int = 1) -> Answer:
        """One chat completion of `words` words (max_completion_tokens 1) for `model`."""
        url = f"{self.target.endpoint.rstrip('/')}/deployments/{quote(model, safe='')}/chat/completions"
        body = {"messages": [{"role": "user", "content": " ".join([WORD] * words)}], "max_completion_tokens": 1}
        headers = {self.target.key_header: self.target.key} if with_key and self.target.key else {}
        try:
            return Answer(self.http.post(url, params={"api-version": API_VERSION}, json=body, headers=headers))
        except httpx.TimeoutException as error:
            return Answer(error=f"no answer within {self.timeout:g} s ({type(error).__name__}) from {url}", environment=True)
        except httpx.TransportError as error:
            return Answer(error=f"could not reach {url}: {error}", environment=True)


def plan_line(target: GatewayTarget, timeout: float) -> str:
    """What `check_gateway` will send, and to where, said before it is sent."""
    models = f"{len(target.models)} with the team's key in header {target.key_header} ({', '.join(target.models)})" if target.models else "none to an enabled model (the team has none)"
    keyed = f"{models} and 1 to {target.other_model}, which the team did not ask for" if target.key else f"no call with a key ({target.no_key})"
    return (
        f"gateway: will send to {target.endpoint} ({target.endpoint_source}) one-word chat completions with max_completion_tokens 1: "
        f"1 without a key, {keyed}; each call times out after {timeout:g} s, connection failures are retried {CONNECT_RETRIES} times, nothing sent is retried"
    )


def check_gateway(client: GatewayClient, reporter: Reporter) -> list[httpx.Response]:
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
        check = _expect(answer, 200, f"model {model}", "200: a chat completion through the unified endpoint")
        if answer.status == 200:
            answered.append(answer.response)
        elif answer.status in (401, 403):
            check = failed(AREA, check.subject, f"{check.message}: {_hint(answer.status)}")
        reporter.check(check)
    reporter.check(_headers_check(target, answered))
    refusal = client.complete(target.other_model)
    code = target.policy.denied_error_code if target.policy else None
    reporter.check(_refusal_check(refusal, target.other_model, code))
    return answered


def _expect(answer: Answer, status: int, subject: str, success: str) -> Check:
    if answer.status == status:
        return ok(AREA, subject, success)
    if answer.response is None:
        return failed(AREA, subject, answer.describe(), environment=answer.environment)
    return failed(AREA, subject, f"expected {status}, got {answer.describe()}")


def _hint(status: int) -> str:
    if status == 401:
        return "the gateway refuses the key: is the Subscription suspended or not yet Ready, or the Secret stale?"
    return "the policy refuses the model: is the ProductPolicy synced and Ready?"


def _refusal_check(answer: Answer, model: str, code: str | None) -> Check:
    subject = f"model {model} (not asked for)"
    if answer.status == 403:
        found = _error_code(answer.response)
        if code is None or found == code:
            return ok(AREA, subject, f"refused with 403 {found or ''}".rstrip())
        return failed(AREA, subject, f"403, but with error code {found!r} where the policy sets {code!r}")
    if answer.status == 200:
        return failed(AREA, subject, "200: the gateway let a model through that the team did not ask for")
    return _expect(answer, 403, subject, "refused with 403")


def _error_code(response: httpx.Response | None) -> str | None:
    try:
        return str(response.json()["error"]["code"]) if response is not None else None
    except (ValueError, KeyError, TypeError):
        return None


def _headers_check(target: GatewayTarget, answered: list[httpx.Response]) -> Check:
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
        if told != enforced:
            problems.append(f"the ConfigMap tells the team {told} tokens {per}, the policy enforces {enforced}")
        values = [response.headers.get(header) for response in answered]
        if any(v is None for v in values):
            problems.append(f"{header} missing on {values.count(None)} of {len(values)} answers")
        elif any(not v.isdigit() or told is None or int(v) > told for v in values):
            problems.append(f"{header} {', '.join(values)}: not between 0 and {told}")
        else:
            seen.append(f"{header} {values[-1]} of {told} {per}")
    if problems:
        return failed(AREA, subject, "; ".join(problems))
    return ok(AREA, subject, "; ".join(seen))


def remaining(response: httpx.Response | None, header: str | None) -> int | None:
    """The whole number a rate-limit header holds, None when absent."""
    value = response.headers.get(header) if response is not None and header else None
    return int(value) if value is not None and value.isdigit() else None
