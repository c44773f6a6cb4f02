"""What parsing one request document yields, whatever its format, and how pydantic errors are worded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ai_access.loading.yaml_source import Path
from ai_access.models.request import AccessRequest

Locate = Callable[[tuple[str | int, ...]], tuple[int, str]]
"""Maps an `AccessRequest` field path to (line, field as the requester wrote it)."""


@dataclass
class FieldIssue:
    """A problem at a line and a field, before it is tied to a file."""

    line: int
    field: str
    message: str


@dataclass
class ParsedRequest:
    """One request document: the typed request (when valid), its issues, and how to locate fields."""

    request: AccessRequest | None
    issues: list[FieldIssue] = field(default_factory=list)
    locate: Locate | None = None


def dotted(path: Path) -> str:
    """`('data', 'models', 1, 'name')` -> `data.models[1].name`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def pydantic_message(error: dict[str, Any]) -> str:
    """A pydantic error in the requester's words, with the offending value where it helps."""
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if kind.startswith(("string_", "int_", "bool_", "date_", "uuid_", "literal_", "greater_than", "list_", "model_", "dict_")):
        message = f"{message} (got {_short(error.get('input'))})"
    return message


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
