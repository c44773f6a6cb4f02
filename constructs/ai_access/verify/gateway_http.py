"""The gateway's HTTP client: one deadline per call, a cap on what is read, no redirect followed.

httpx's timeouts bound each network operation, not a call: a server that sends a byte within each
read timeout keeps a call open as long as it likes (encode/httpx#1450, open). httpx's answer for a
bound on the whole call is the async client under the event loop's own timeout (encode/httpx#776),
which cancels the call and closes its connection; so this is `httpx.AsyncClient`, each call run to
completion by one `asyncio.Runner` under `asyncio.timeout`, and verify stays one call at a time.
The body is streamed undecoded (`Accept-Encoding: identity`, `aiter_raw`) and never read past
MAX_BODY_BYTES, so neither a huge body nor a compressed one can fill memory. Redirects are not
followed (httpx's default, kept explicit): a 3xx is an answer like any other.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx

from ai_access.verify.server_data import parse_json, whole_number

MAX_BODY_BYTES = 1 << 20
"""A chat completion with max_completion_tokens 1, or an error, is a few hundred bytes; 1 MiB is plenty."""
CONNECT_RETRIES = 2
"""Connection failures retried per call (at once, then after 0.5 s: httpcore's backoff)."""


@dataclass(frozen=True)
class Reply:
    """A whole answer: its status, headers and body (at most MAX_BODY_BYTES)."""

    status: int
    headers: httpx.Headers
    body: bytes

    def json(self) -> Any:
        """The body's JSON document; ValueError when it is not JSON."""
        return parse_json(self.body)

    @property
    def text(self) -> str:
        """The body as text, undecodable bytes replaced."""
        return self.body.decode("utf-8", "replace")


class CallError(Exception):
    """A call that got no whole answer; `environment` unless the answer itself was refused (too large)."""

    def __init__(self, message: str, *, environment: bool = True) -> None:
        super().__init__(message)
        self.environment = environment


class GatewayHttp:
    """Sends one call at a time, each within `timeout` seconds from connecting to the body's last byte."""

    def __init__(self, timeout: float) -> None:
        """Open the client (trusting the CA bundle httpx reads, `SSL_CERT_FILE` included); close it with `close()`."""
        self.timeout = timeout
        self._runner = asyncio.Runner()
        transport = httpx.AsyncHTTPTransport(retries=CONNECT_RETRIES)
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), transport=transport, follow_redirects=False
        )

    def close(self) -> None:
        """Close the connections and the event loop."""
        try:
            self._runner.run(self._client.aclose())
        finally:
            self._runner.close()

    def post(self, url: str, *, params: dict[str, str], json: Any, headers: dict[str, str]) -> Reply:
        """POST `json` to `url`; raises CallError without a whole answer within the deadline."""
        try:
            return self._runner.run(self._post(url, params=params, json=json, headers=headers))
        except TimeoutError:
            raise CallError(f"no complete answer within {self.timeout:g} s") from None
        except httpx.TimeoutException as error:
            raise CallError(f"no complete answer within {self.timeout:g} s ({type(error).__name__})") from None
        except httpx.LocalProtocolError as error:
            # Its message can quote a header value, and the key is one: only the kind is said.
            raise CallError(f"the call could not be sent ({type(error).__name__})", environment=False) from None
        except httpx.TransportError as error:
            raise CallError(f"could not reach it: {type(error).__name__}: {error}") from None

    async def _post(self, url: str, *, params: dict[str, str], json: Any, headers: dict[str, str]) -> Reply:
        async with asyncio.timeout(self.timeout):
            request = self._client.build_request("POST", url, params=params, json=json, headers={**headers, "Accept-Encoding": "identity"})
            response = await self._client.send(request, stream=True)
            try:
                declared = whole_number(response.headers.get("Content-Length"))
                if declared is not None and declared > MAX_BODY_BYTES:
                    raise _too_large(declared)
                body = bytearray()
                async for chunk in response.aiter_raw():
                    body += chunk
                    if len(body) > MAX_BODY_BYTES:
                        raise _too_large(None)
                return Reply(response.status_code, response.headers, bytes(body))
            finally:
                await response.aclose()


def _too_large(declared: int | None) -> CallError:
    size = f"{declared:,} bytes, " if declared is not None else ""
    return CallError(f"an answer larger than {MAX_BODY_BYTES:,} bytes ({size}not read)", environment=False)
