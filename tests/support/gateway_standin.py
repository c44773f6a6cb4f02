"""A stand-in for the AI gateway on loopback: APIM as `apim_policy_model` models it, fake models behind it.

`from_cluster` builds it from what the Kubernetes stand-in serves for a team: the product policy
XML of its ProductPolicy (the team's own synthesized policy, so its allowlist, limits and routing
decide every answer), and each of its Subscriptions (two during a key rotation's overlap) with its
state and the key of the Secret it writes. A key whose Subscription the cluster no longer holds
(a previous key after the overlap) is unknown to the gateway: 401, as APIM answers a deleted one. Behind the gateway,
each backend answers a chat completion with the usage the model's tokenizer counts, or 503 when
a test takes it down; `delay` makes every answer late, for a gateway that times out. It serves
https (`loopback_tls`) unless a test asks for plain http. A compromised gateway is staged with
`hostile` (an answer of `hostile_answers` instead of the policy's, per call) and `lying_headers`
(header values that replace the policy's on every answer).
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from support.apim_policy_model import Gateway, GatewayRequest, Subscription, estimate_tokens
from support.files import fixture_fragments
from support.hostile_answers import Writer
from support.kube_standin import KubeStandIn
from support.loopback_tls import server_context

from ai_access.apim.api_policy import api_policy_xml


class GatewayStandIn:
    """An HTTP server answering as APIM with the given policies would."""

    def __init__(self, make_gateway: Callable[[Callable], Gateway], *, delay: float = 0.0, tls: bool = True) -> None:
        """`make_gateway(backend)` builds the policy model around this stand-in's fake backends when it starts."""
        self.down: set[str] = set()
        self.calls: list[GatewayRequest] = []
        self.on_call: Callable[[GatewayRequest], None] = lambda request: None
        self.hostile: Callable[[GatewayRequest], Writer | None] = lambda request: None
        self.lying_headers: dict[str, str] = {}
        self.delay = delay
        self._make_gateway = make_gateway
        self.gateway: Gateway | None = None
        self._released = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False
        if tls:
            # The handshake waits for the handler's first read, off the accepting thread.
            self._server.socket = server_context().wrap_socket(self._server.socket, server_side=True, do_handshake_on_connect=False)
        self.scheme = "https" if tls else "http"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @classmethod
    def from_cluster(cls, kube: KubeStandIn, namespace: str, *, api_path: str, delay: float = 0.0, tls: bool = True) -> GatewayStandIn:
        """The gateway for the team whose objects `kube` serves in `namespace`, read when it starts."""
        def make(backend: Callable) -> Gateway:
            return _gateway_of(kube, namespace, api_path, backend)

        return cls(make, delay=delay, tls=tls)

    @property
    def url(self) -> str:
        """The server's base URL."""
        host, port = self._server.server_address[:2]
        return f"{self.scheme}://{host}:{port}"

    def __enter__(self) -> GatewayStandIn:
        self.gateway = self._make_gateway(self._backend)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._released.set()
        self._server.shutdown()
        self._server.server_close()

    def _backend(self, backend_id: str, request: GatewayRequest) -> tuple[int, dict[str, str], bytes]:
        if backend_id in self.down:
            error = {"error": {"code": "ServiceUnavailable", "message": f"backend {backend_id} has no ready endpoint"}}
            return 503, {"Content-Type": "application/json"}, json.dumps(error).encode()
        prompt = estimate_tokens(request.body)
        body = json.loads(request.body or b"{}")
        answer = {
            "object": "chat.completion",
            "model": body.get("model") or backend_id,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "pong"}, "finish_reason": "length"}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": 1, "total_tokens": prompt + 1},
        }
        return 200, {"Content-Type": "application/json"}, json.dumps(answer).encode()

    def handle(self, request: GatewayRequest) -> tuple[int, dict[str, str], bytes]:
        """The answer to one call: late when `delay` is set, then the policy model's."""
        self.calls.append(request)
        self.on_call(request)
        if self.delay and self._released.wait(self.delay):
            return 503, {}, b""
        assert self.gateway is not None, "the stand-in answers only once started"
        response = self.gateway.handle(request)
        headers = {**response.headers, **{k: v for k, v in self.lying_headers.items() if k in response.headers}}
        return response.status, headers, response.body


def _gateway_of(kube: KubeStandIn, namespace: str, api_path: str, backend: Callable) -> Gateway:
    mine = [o for o in kube.objects if o["metadata"].get("namespace") == namespace]
    product = next(o for o in mine if o["kind"] == "Product")["spec"]["azureName"]
    policy = next(o for o in mine if o["kind"] == "ProductPolicy")["spec"]["value"]
    secrets = {o["metadata"]["name"]: o for o in mine if o["kind"] == "Secret"}
    subscriptions = []
    for subscription in (o for o in mine if o["kind"] == "Subscription"):
        written = secrets.get(subscription["spec"]["operatorSpec"]["secrets"]["primaryKey"]["name"])
        if written is None:
            continue
        state = (subscription.get("status") or {}).get("state") or subscription["spec"]["state"]
        key = base64.b64decode(written["data"]["primaryKey"]).decode()
        subscriptions.append(Subscription(subscription["spec"]["azureName"], subscription["spec"]["scope"].rsplit("/", 1)[1], key, state))
    return Gateway(
        api_path=api_path,
        product_policies={product: policy},
        subscriptions=subscriptions,
        backend=backend,
        clock=lambda: 0.0,  # one fixed minute: counters never roll over during a test
        api_policy=api_policy_xml(backend_id="foundry"),
        fragments=fixture_fragments(),
    )


def _handler(server: GatewayStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802  (http.server's name)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            url = urlsplit(self.path)
            request = GatewayRequest("POST", url.path, {k: v for k, v in self.headers.items()}, body, url.query)
            hostile = server.hostile(request)
            try:
                if hostile is not None:
                    server.calls.append(request)
                    server.on_call(request)
                    hostile(self)
                    self.close_connection = True
                    return
                status, headers, data = server.handle(request)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client gave up waiting (the timeout and size tests)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
