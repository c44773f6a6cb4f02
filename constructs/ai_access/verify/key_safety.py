"""Where the team's key may go, and in which form: the endpoint's URL, the header that carries it, the key itself.

The key goes only to the endpoint of the synthesized folder (or `--endpoint`), only over https,
and only in the header the folder names. An endpoint is a plain `scheme://host[:port]/path`: a
user name or password in it would be sent as Basic auth by the HTTP client and printed in every
line naming the URL, so it is refused and never printed (`redacted`); a query or fragment would
be mangled by the path verify appends. A key or header name that HTTP cannot carry unchanged
(non-ASCII, control characters, blanks) is refused before anything is sent, without printing it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ai_access.problems import shown_name

MAX_KEY_CHARS = 256
"""APIM subscription keys are at most 256 characters (API Management REST, Subscription: primaryKey)."""
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}")
"""An HTTP field name: a token of RFC 9110 section 5.6.2."""
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*:)?//[^?#]*@")
"""Everything up to the last `@` before a query: more than the user information when a path holds an `@`,
never less (`https://user:pa/ss@host` has its password before a `/`)."""


def endpoint_problem(url: str) -> str | None:
    """Why `url` is not a gateway endpoint verify may call (over http or https), None when it is one."""
    if not (url.isascii() and url.isprintable()) or " " in url:
        return "has characters a URL cannot hold unescaped"
    if "@" in url:
        return "carries a user name or password (an @): verify sends only the team's key, in its header"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port out of range or not a number)
    except ValueError:
        return "is not a URL (its host or port cannot be read)"
    if parts.scheme not in ("https", "http"):
        return "is not an http(s) URL"
    if not parts.hostname:
        return "names no host"
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return "has a query or fragment: the endpoint is scheme://host[:port]/path"
    return None


def is_https(url: str) -> bool:
    """Whether `url` (a valid endpoint) is https, the only scheme the key is sent over."""
    return urlsplit(url).scheme == "https"


def redacted(url: str) -> str:
    """`url` as a message shows it: without any user name or password, cut like a request value."""
    return shown_name(_USERINFO.sub(lambda m: f"{m.group(1) or ''}//***@", url))


def header_name_problem(name: str) -> str | None:
    """Why `name` cannot carry the key, None when it can."""
    return None if _TOKEN.fullmatch(name) else f"{shown_name(name)!r} is not an HTTP header name"


def key_problem(key: str) -> str | None:
    """Why `key` cannot be sent as it is, None when it can; never says what the key is."""
    if not key:
        return "is empty (or only blanks)"
    if len(key) > MAX_KEY_CHARS:
        return f"is longer than {MAX_KEY_CHARS} characters ({len(key):,}): not an APIM subscription key"
    if not all("!" <= ch <= "~" for ch in key):
        return "holds characters that are not printable ASCII (non-ASCII letters, control characters or blanks): not an APIM subscription key"
    return None
