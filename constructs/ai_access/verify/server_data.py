"""Reading what a server says: every value from the cluster or the gateway is taken for what it is.

The API server and the gateway may be misconfigured or compromised, so nothing they answer is
assumed to have the shape the Kubernetes API or APIM documents: a body is JSON only when it
parses, an object only when it is a mapping, a number only when it is written in ASCII digits.
"""

from __future__ import annotations

import json
import re
from typing import Any

_WHOLE = re.compile(r"[0-9]{1,15}")
"""A whole number as a header or a ConfigMap writes it: ASCII digits only (`"²".isdigit()` is true, `int("²")` fails),
and few enough that `int()` never meets Python's limit on digits."""


def whole_number(value: object) -> int | None:
    """The whole number `value` writes, None when it is anything else."""
    return int(value) if isinstance(value, str) and _WHOLE.fullmatch(value) else None


def mapping(value: object) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def items(value: object) -> list[dict[str, Any]]:
    """The JSON objects in `value` when it is a list, else none."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def text(value: object) -> str | None:
    """`value` when it is a string, else None."""
    return value if isinstance(value, str) else None


def parse_json(body: bytes) -> Any:
    """The JSON document `body` holds; ValueError when it holds none (nested too deep included)."""
    try:
        return json.loads(body)
    except RecursionError:
        raise ValueError("nested too deeply") from None
