"""A model of the APIM gateway running the synthesized policies: what APIM would answer a call.

It interprets the policy XML the project synthesizes (a team's product policy, and optionally the
platform's API policy). `set-variable` values and `choose/when` conditions are evaluated from their
C# text (`apim_expressions`); `llm-token-limit` is read from its attributes; routing comes from
`set-backend-service`, `rewrite-uri`, `set-header` and `set-body`. None of the policy's intended
logic is written here: an inverted condition or a wrong limit in the XML changes what this model
answers. An element or attribute it does not know raises, so a new policy feature fails the tests
until it is modelled.

APIM behaviour modelled, and where it is documented (Microsoft Learn):
- keys are checked before any policy: a missing key is 401 "missing subscription key", an unknown
  or suspended one 401 "invalid subscription key"
  (troubleshoot/azure/api-mgmt/availability/unauthorized-errors-invoke-apis);
- scopes: the API policy runs, and its `<base/>` runs the product policy; the product policy's
  `<base/>` is the global scope, empty here (api-management-howto-policies, "scopes");
- `llm-token-limit` (llm-token-limit-policy): over tokens-per-minute is 429 with Retry-After, over
  the token quota 403; with `estimate-prompt-tokens` the prompt is estimated before forwarding and
  a prompt that would exceed what is left is not sent, without it the backend's reported usage is
  counted and later calls are refused; the remaining-tokens headers carry what is left.
The token estimate is the stand-in's own tokenizer (`estimate_tokens`): one token per
whitespace-separated word of the messages' text; the tests' fake backends report the same count.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from dataclasses import dataclass, field
from typing import Any

from support.apim_context import expression_names
from support.apim_expressions import ExpressionError, evaluate, is_expression
from lxml import etree

_PERIODS = {"Minute": 60, "Hourly": 3600, "Daily": 86400, "Weekly": 7 * 86400}


def _window(period: str, now: float) -> int:
    """The quota period `now` (seconds since the epoch) falls in: "the UTC timestamp truncated to the unit"
    (llm-token-limit-policy), so a Monthly quota is a calendar month, of 28 to 31 days, and a Yearly one a year."""
    if period in _PERIODS:
        return int(now // _PERIODS[period])
    moment = datetime.fromtimestamp(now, timezone.utc)
    return moment.year * 12 + moment.month - 1 if period == "Monthly" else {"Yearly": moment.year}[period]
_LIMIT_ATTRIBUTES = {
    "counter-key", "tokens-per-minute", "token-quota", "token-quota-period", "estimate-prompt-tokens",
    "retry-after-header-name", "remaining-quota-tokens-header-name", "remaining-tokens-header-name",
    "tokens-consumed-header-name",
}


@dataclass
class GatewayRequest:
    """A call as it reaches the gateway, or as the gateway forwards it to a backend."""

    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    query: str = ""


@dataclass
class GatewayResponse:
    """What the gateway answers; `forwarded` is what reached the backend (None: answered by a policy)."""

    status: int
    headers: dict[str, str]
    body: bytes
    backend_id: str | None = None
    forwarded: GatewayRequest | None = None
    metrics: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)


@dataclass(frozen=True)
class Subscription:
    """An APIM subscription: its id, the product it is scoped to, its key and state."""

    id: str
    product_id: str
    key: str
    state: str = "active"


Backend = Callable[[str, GatewayRequest], tuple[int, dict[str, str], bytes]]
"""Answers a forwarded call: (backend id, request) -> (status, headers, body)."""


def estimate_tokens(body: bytes | None) -> int:
    """The stand-in tokenizer: one token per whitespace-separated word of the messages' text."""
    if not body:
        return 0
    try:
        messages = json.loads(body).get("messages") or []
    except (ValueError, AttributeError):
        return 0
    words = 0
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        parts = content if isinstance(content, list) else [{"text": content}]
        words += sum(len(str(part.get("text") or "").split()) for part in parts if isinstance(part, dict))
    return words


class _Returned(Exception):
    def __init__(self, response: GatewayResponse) -> None:
        self.response = response


@dataclass
class _Limit:
    counter_key: str
    tokens_per_minute: int | None
    token_quota: int | None
    quota_period: str | None
    estimate: bool
    headers: dict[str, str]
    prompt_estimate: int = 0
    consumed: int | None = None


class Gateway:
    """One API of an APIM instance: its key header, its products' policies and subscriptions."""

    def __init__(
        self,
        *,
        api_path: str,
        product_policies: dict[str, str],
        subscriptions: list[Subscription],
        backend: Backend,
        clock: Callable[[], float],
        api_policy: str | None = None,
        key_header: str = "api-key",
        service_backend: str = "api-service-url",
        fragments: dict[str, str] | None = None,
    ) -> None:
        """`product_policies` by product id; `clock` gives seconds (tests pass a fixed one).

        `fragments` are the service's policy fragments by id: `<include-fragment>` runs one in place,
        as APIM inserts a fragment's policies as they are.

        Without `api_policy`, calls go to `service_backend` (the API's own service URL) unless a
        policy sets another backend.
        """
        self.api_path = "/" + api_path.strip("/")
        self.products = {pid: etree.fromstring(xml.encode()) for pid, xml in product_policies.items()}
        self.api_policy = etree.fromstring(api_policy.encode()) if api_policy else None
        self.subscriptions = {s.key: s for s in subscriptions}
        self.backend = backend
        self.clock = clock
        self.key_header = key_header
        self.service_backend = service_backend
        self.fragments = {fid: etree.fromstring(xml.encode()) for fid, xml in (fragments or {}).items()}
        self._minute: dict[str, tuple[int, int]] = {}
        self._period: dict[str, tuple[int, int]] = {}

    def handle(self, request: GatewayRequest) -> GatewayResponse:
        """Answer one call the way APIM would with these policies."""
        if not request.path.startswith(self.api_path + "/"):
            return _error(404, "Resource not found")
        key = _header(request.headers, self.key_header)
        if key is None:
            return _error(401, "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.")
        subscription = self.subscriptions.get(key)
        if subscription is None or subscription.state != "active":
            return _error(401, "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.")
        call = _Call(self, request, subscription)
        try:
            call.run_section("inbound")
            response = call.run_backend()
            call.run_section("outbound")  # only <base/> is expected there: anything else raises
        except _Returned as returned:
            response = returned.response
        except ExpressionError as error:  # APIM: ExpressionValueEvaluationFailure, handled by on-error
            response = _error(500, f"ExpressionValueEvaluationFailure: {error}")
        response.headers.update(call.limit_headers())
        response.metrics = call.metrics
        return response

    # token counters, by counter key, in fixed windows of the clock ---------------------------------

    def _used(self, store: dict[str, tuple[int, int]], key: str, period: str) -> int:
        stored = store.get(key)
        return stored[1] if stored and stored[0] == _window(period, self.clock()) else 0

    def add_tokens(self, limit: _Limit, tokens: int) -> None:
        """Count `tokens` against the limit's per-minute and per-period counters."""
        for store, period in ((self._minute, "Minute"), (self._period, limit.quota_period)):
            if period:
                used = self._used(store, limit.counter_key, period)
                store[limit.counter_key] = (_window(period, self.clock()), used + tokens)

    def remaining(self, limit: _Limit) -> tuple[int | None, int | None]:
        """Tokens left this minute and this quota period (None: no such limit)."""
        minute = period = None
        if limit.tokens_per_minute is not None:
            minute = max(0, limit.tokens_per_minute - self._used(self._minute, limit.counter_key, "Minute"))
        if limit.token_quota is not None and limit.quota_period:
            period = max(0, limit.token_quota - self._used(self._period, limit.counter_key, limit.quota_period))
        return minute, period


class _Call:
    """One call through the policies: the expression context and what the policies decided."""

    def __init__(self, gateway: Gateway, request: GatewayRequest, subscription: Subscription) -> None:
        self.gateway = gateway
        self.subscription = subscription
        self.request = GatewayRequest(request.method, request.path, dict(request.headers), request.body, request.query)
        self.backend_id = gateway.service_backend
        self.operation_path = request.path[len(gateway.api_path):]
        self.variables: dict[str, Any] = {}
        self.limits: list[_Limit] = []
        self.metrics: dict[str, str] = {}
        self.response_status: int | None = None

    def names(self) -> dict[str, Any]:
        return expression_names(
            request=self.request,
            variables=self.variables,
            subscription_id=self.subscription.id,
            subscription_key=self.subscription.key,
            product_id=self.subscription.product_id,
            response_status=self.response_status,
        )

    def value(self, text: str | None) -> Any:
        """An attribute or body: a policy expression is evaluated, anything else is literal text."""
        if text is None:
            return None
        return evaluate(text, self.names()) if is_expression(text) else text

    # sections ---------------------------------------------------------------------------------------

    def run_section(self, name: str) -> None:
        """Run `inbound` or `outbound`: the API policy's, whose <base/> runs the product's."""
        product = self.gateway.products[self.subscription.product_id].find(name)
        if self.gateway.api_policy is None:
            self.run(product)
        else:
            self.run(self.gateway.api_policy.find(name), base=lambda: self.run(product))

    def run_backend(self) -> GatewayResponse:
        responses: list[GatewayResponse] = []
        section = self.gateway.api_policy.find("backend") if self.gateway.api_policy is not None else None
        if section is None:
            return self.forward()
        self.run(section, base=lambda: responses.append(self.forward()), forward=responses)
        return responses[-1]

    def run(self, section: etree._Element, *, base: Callable[[], None] | None = None, forward: list | None = None) -> None:
        for element in section:
            if not isinstance(element.tag, str):
                continue  # comments
            self.apply(element, base, forward)

    def apply(self, element: etree._Element, base: Callable[[], None] | None, forward: list | None) -> None:
        tag = element.tag
        if tag == "base":
            if base is not None:
                base()
        elif tag == "set-variable":
            self.variables[_required(element, "name")] = self.value(_required(element, "value"))
        elif tag == "choose":
            self.choose(element, base, forward)
        elif tag == "return-response":
            raise _Returned(self.returned(element))
        elif tag == "llm-token-limit":
            self.token_limit(element)
        elif tag == "llm-emit-token-metric":
            for dimension in element.findall("dimension"):
                self.metrics[_required(dimension, "name")] = self.value(dimension.get("value"))
        elif tag == "set-backend-service":
            self.backend_id = self.value(_required(element, "backend-id"))
        elif tag == "authentication-managed-identity":
            self.request.headers["Authorization"] = f"Bearer <gateway token for {element.get('resource')}>"
        elif tag == "set-header":
            self.set_header(self.request.headers, element)
        elif tag == "rewrite-uri":
            self.operation_path = self.value(_required(element, "template"))
            if element.get("copy-unmatched-params", "true") == "false":
                self.request.query = ""
        elif tag == "set-body":
            self.request.body = str(self.value(element.text or "")).encode()
        elif tag == "retry" and forward is not None:
            self.retry(element, forward)
        elif tag == "forward-request" and forward is not None:
            forward.append(self.forward())
        elif tag == "include-fragment":
            fragment_id = _required(element, "fragment-id")
            if fragment_id not in self.gateway.fragments:  # APIM refuses to save such a policy
                raise NotImplementedError(f"policy fragment {fragment_id!r} does not exist in this gateway")
            self.run(self.gateway.fragments[fragment_id], base=base, forward=forward)
        else:
            raise NotImplementedError(f"policy element <{tag}> is not modelled")

    def choose(self, element: etree._Element, base: Callable[[], None] | None, forward: list | None) -> None:
        for branch in element:
            if branch.tag == "when":
                taken = self.value(_required(branch, "condition"))
                if not isinstance(taken, bool):
                    raise ExpressionError(f"condition gave {taken!r}, not a bool")
            elif branch.tag == "otherwise":
                taken = True
            else:
                raise NotImplementedError(f"<{branch.tag}> inside <choose>")
            if taken:
                for child in branch:
                    self.apply(child, base, forward)
                return

    def returned(self, element: etree._Element) -> GatewayResponse:
        status, headers, body = 200, {}, b""
        for child in element:
            if child.tag == "set-status":
                status = int(_required(child, "code"))
            elif child.tag == "set-header":
                self.set_header(headers, child)
            elif child.tag == "set-body":
                body = str(self.value(child.text or "")).encode()
            else:
                raise NotImplementedError(f"<{child.tag}> inside <return-response>")
        return GatewayResponse(status, headers, body)

    def set_header(self, headers: dict[str, str], element: etree._Element) -> None:
        name, action = _required(element, "name"), element.get("exists-action", "override")
        existing = next((h for h in headers if h.lower() == name.lower()), None)
        if action == "delete" or (action == "skip" and existing):
            if action == "delete" and existing:
                del headers[existing]
            return
        values = [str(self.value(v.text or "")) for v in element.findall("value")]
        if existing:
            headers.pop(existing)
        headers[name] = ",".join(values)

    def retry(self, element: etree._Element, forward: list) -> None:
        attempts = 1 + int(_required(element, "count"))
        for _ in range(attempts):
            self.response_status = None
            for child in element:
                self.apply(child, None, forward)
            self.response_status = forward[-1].status
            if self.value(_required(element, "condition")) is not True:
                return

    # llm-token-limit --------------------------------------------------------------------------------

    def token_limit(self, element: etree._Element) -> None:
        unknown = set(element.attrib) - _LIMIT_ATTRIBUTES
        if unknown:
            raise NotImplementedError(f"llm-token-limit attributes not modelled: {sorted(unknown)}")
        period = element.get("token-quota-period")
        if period not in (None, "Hourly", "Daily", "Weekly", "Monthly", "Yearly"):  # the policy's documented values
            raise NotImplementedError(f"token-quota-period {period!r}")
        limit = _Limit(
            counter_key=str(self.value(_required(element, "counter-key"))),
            tokens_per_minute=self.number(element, "tokens-per-minute"),
            token_quota=self.number(element, "token-quota"),
            quota_period=period,
            estimate=element.get("estimate-prompt-tokens", "false") == "true",
            headers={
                kind: element.get(attribute)
                for kind, attribute in (
                    ("remaining", "remaining-tokens-header-name"),
                    ("quota", "remaining-quota-tokens-header-name"),
                    ("consumed", "tokens-consumed-header-name"),
                )
                if element.get(attribute)
            },
        )
        limit.headers["retry"] = element.get("retry-after-header-name", "Retry-After")
        self.limits.append(limit)
        limit.prompt_estimate = estimate_tokens(self.request.body) if limit.estimate else 0
        minute, period_left = self.gateway.remaining(limit)
        # Refused when nothing is left, or (estimating) when the prompt alone needs more than is left.
        need = max(1, limit.prompt_estimate)
        if minute is not None and need > minute:
            retry_after = 60 - int(self.gateway.clock() % 60)
            response = _error(429, f"Token limit is exceeded. Try again in {retry_after} seconds.")
            response.headers[limit.headers["retry"]] = str(retry_after)
            raise _Returned(response)
        if period_left is not None and need > period_left:
            raise _Returned(_error(403, "Token quota is exceeded."))
        self.gateway.add_tokens(limit, limit.prompt_estimate)

    def number(self, element: etree._Element, name: str) -> int | None:
        value = element.get(name)
        return None if value is None else int(self.value(value))

    def settle(self, response: GatewayResponse) -> None:
        """Replace each limit's prompt estimate with the usage the backend reported."""
        try:
            usage = int(json.loads(response.body).get("usage", {}).get("total_tokens", 0))
        except (ValueError, AttributeError, TypeError):
            usage = 0
        for limit in self.limits:
            self.gateway.add_tokens(limit, usage - limit.prompt_estimate)
            limit.consumed = usage

    def limit_headers(self) -> dict[str, str]:
        headers = {}
        for limit in self.limits:
            minute, period = self.gateway.remaining(limit)
            if "remaining" in limit.headers and minute is not None:
                headers[limit.headers["remaining"]] = str(minute)
            if "quota" in limit.headers and period is not None:
                headers[limit.headers["quota"]] = str(period)
            if "consumed" in limit.headers and limit.consumed is not None:
                headers[limit.headers["consumed"]] = str(limit.consumed)
        return headers

    def forward(self) -> GatewayResponse:
        sent = GatewayRequest(self.request.method, self.operation_path, dict(self.request.headers), self.request.body, self.request.query)
        status, headers, body = self.gateway.backend(self.backend_id, sent)
        response = GatewayResponse(status, dict(headers), body, backend_id=self.backend_id, forwarded=sent)
        if 200 <= status < 300:
            self.settle(response)
        return response


def _required(element: etree._Element, name: str) -> str:
    value = element.get(name)
    if value is None:
        raise NotImplementedError(f"<{element.tag}> without {name}")
    return value


def _header(headers: dict[str, str], name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name.lower()), None)


def _error(status: int, message: str) -> GatewayResponse:
    body = json.dumps({"statusCode": status, "message": message}).encode()
    return GatewayResponse(status, {"Content-Type": "application/json"}, body)
