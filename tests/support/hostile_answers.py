"""Answers a compromised or broken server gives, for the verify stand-ins to send instead of their own.

Each is a writer: it gets the stand-in's request handler and writes the whole answer itself, so it
can send what no well-behaved server would (a body trickled a byte at a time, one far larger than
any object, a redirect, bytes that are not JSON). `RecordingServer` is a server that only records
what reaches it, for an endpoint a lying ConfigMap points at.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Writer = Callable[[BaseHTTPRequestHandler], None]


def raw(status: int, body: bytes, *, content_type: str = "application/json", headers: dict[str, str] | None = None) -> Writer:
    """An answer with exactly this status, body and headers."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return write


def as_json(status: int, document: Any, **kwargs: Any) -> Writer:
    """`raw` with a JSON document."""
    return raw(status, json.dumps(document).encode(), **kwargs)


def redirect(location: str) -> Writer:
    """302 to `location`, as a compromised API server could answer."""
    return raw(302, b"", headers={"Location": location})


@dataclass
class Trickle:
    """A whole answer (status line, headers, body) sent one byte every `every` seconds; `stop` ends it."""

    answer: bytes
    every: float
    stop: threading.Event
    headers_at_once: bool = False
    """Send the status line and headers at once and trickle only the body (a slow first byte is not all)."""
    sent: int = 0

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        """Write the answer slowly, until it is all sent, the client hangs up or `stop` is set."""
        data = self.answer
        if self.headers_at_once:
            head, _, data = data.partition(b"\r\n\r\n")
            handler.wfile.write(head + b"\r\n\r\n")
            handler.wfile.flush()
        for byte in data:
            if self.stop.wait(self.every):
                return
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            self.sent += 1


def http_answer(status: int, document: Any, headers: dict[str, str] | None = None) -> bytes:
    """The bytes of a complete HTTP/1.1 answer with a JSON body, for `Trickle`."""
    body = json.dumps(document).encode()
    lines = [f"HTTP/1.1 {status} OK", "Content-Type: application/json", f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class Endless:
    """A 200 whose body is `size` bytes of JSON-looking text, written as fast as the client reads it."""

    size: int
    declare_length: bool = True
    sent: int = 0
    started: float = field(default_factory=time.monotonic)

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        """Write the body until it is all sent or the client hangs up."""
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        if self.declare_length:
            handler.send_header("Content-Length", str(self.size))
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"[" * 65536
        while self.sent < self.size:
            handler.wfile.write(chunk[: self.size - self.sent])
            self.sent += min(len(chunk), self.size - self.sent)


class RecordingServer:
    """An HTTP(S) server on loopback that answers every call 200 `{}` and records what reached it."""

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        """Listen on a free loopback port; `tls` serves https."""
        self.calls: list[tuple[str, str, dict[str, str]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True, do_handshake_on_connect=False)
        self.scheme = "https" if tls is not None else "http"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        """The server's base URL."""
        host, port = self._server.server_address[:2]
        return f"{self.scheme}://{host}:{port}"

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        calls = self.calls

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                calls.append((self.command, self.path, dict(self.headers.items())))
                as_json(200, {})(self)

            do_GET = do_POST = _record  # noqa: N815  (http.server's names)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
