"""The reference of every `platform.yaml` field, generated from `PlatformConfig`: its key, type, default and docstring.

`docs/platform-reference.md` holds this block between two markers; `main.py catalog --update FILE`
rewrites it as it rewrites the requesters' catalog (`reference/catalog.py`), `make synth` runs that, and a
test fails when the committed block is stale or a field has no docstring. So a field cannot be added
to the model and missing from the documentation.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from datetime import date
from ipaddress import IPv4Network
from typing import Any
from uuid import UUID

from pydantic import BaseModel, EmailStr
from pydantic.fields import FieldInfo

from ai_access.loading.annotations import bare
from ai_access.models.platform import PlatformConfig

BEGIN = "<!-- platform reference: generated from the models in constructs/ai_access/models/ by `make synth`; do not edit by hand -->"
END = "<!-- end of platform reference -->"


def platform_reference_markdown(model: type[BaseModel] = PlatformConfig) -> str:
    """The generated block, markers included: one table per mapping of `platform.yaml`, top-down."""
    lines = [BEGIN]
    for path, section in _sections(model, ""):
        title = f"`{path}`" if path else "The top level"
        lines += ["", f"### {title}", "", _one_line(section.__doc__ or ""), "", "| key | type | default | what it is |", "|---|---|---|---|"]
        for name, info in section.model_fields.items():
            key = info.alias or name
            below = _model_below(info.annotation, f"{path}.{key}".lstrip("."))
            kind = _type_words(info.annotation, info, see=below[0] if below else None)
            lines.append(f"| `{key}` | {_cell(kind)} | {_cell(_default(info))} | {_cell(_one_line(info.description or ''))} |")
    return "\n".join([*lines, "", END])


def field_paths_without_docstring(model: type[BaseModel] = PlatformConfig) -> list[str]:
    """Every field of `model` and the models below it that has no docstring, as `section.key`."""
    return [f"{path}.{info.alias or name}".lstrip(".") for path, section in _sections(model, "") for name, info in section.model_fields.items() if not info.description]


def _sections(model: type[BaseModel], path: str) -> list[tuple[str, type[BaseModel]]]:
    """`model` and every model below it, with the key path a reader writes (`foundry.models.<name>`)."""
    found = [(path, model)]
    for name, info in model.model_fields.items():
        below = _model_below(info.annotation, f"{path}.{info.alias or name}".lstrip("."))
        if below is not None:
            found += _sections(below[1], below[0])
    return found


def _model_below(annotation: Any, path: str) -> tuple[str, type[BaseModel]] | None:
    kind = bare(annotation)
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return path, kind
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (list, tuple) and args:
        return _model_below(args[0], f"{path}[]")
    if isinstance(origin, type) and issubclass(origin, Mapping) and len(args) == 2:
        return _model_below(args[1], f"{path}.<name>")
    return None


def _type_words(annotation: Any, info: FieldInfo | None = None, *, see: str | None = None) -> str:
    """The type of a field as a reader of the YAML file sees it, with its constraints; `see`: the section of its mappings."""
    kind = bare(annotation)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{value}`" for value in args)
    if origin in (list, tuple) and args:
        return f"list of {_type_words(args[0], see=see)}{_constraints(info)}"
    if isinstance(origin, type) and issubclass(origin, Mapping) and len(args) == 2:
        return f"map of {_type_words(args[0])} to {_type_words(args[1], see=see)}"
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return f"mapping (see `{see}`)" if see else "mapping"
    words = _WORDS.get(kind) if isinstance(kind, type) or kind is EmailStr else None
    return f"{words or 'text'}{_constraints(info) if info is not None else _constraints_of(annotation)}"


_WORDS: dict[Any, str] = {
    bool: "true or false",
    int: "whole number",
    float: "number",
    str: "text",
    UUID: "GUID",
    date: "date",
    IPv4Network: "IPv4 network (CIDR)",
    EmailStr: "e-mail address",
}


def _constraints(info: FieldInfo | None) -> str:
    return _described(info.metadata) if info is not None else ""


def _constraints_of(annotation: Any) -> str:
    # Constraints of a map's key or value type sit in its `Annotated[...]` metadata.
    metadata: list[Any] = []
    while typing.get_origin(annotation) is typing.Annotated:
        annotation, *extra = typing.get_args(annotation)
        metadata += extra
    return _described(metadata)


def _described(metadata: list[Any]) -> str:
    words = []
    for item in metadata:
        for attribute, word in (("gt", ">"), ("ge", "≥"), ("lt", "<"), ("le", "≤")):
            if getattr(item, attribute, None) is not None:
                words.append(f"{word} {getattr(item, attribute)}")
        if getattr(item, "min_length", None):
            words.append(f"at least {item.min_length}")
        if getattr(item, "pattern", None):
            words.append(f"matching `{item.pattern}`")
    return f" ({', '.join(words)})" if words else ""


def _default(info: FieldInfo) -> str:
    if info.is_required():
        return "required"
    value = info.get_default(call_default_factory=True)
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, Mapping):
        return "`{}`" if not value else f"`{dict(value)}`"
    if isinstance(value, (list, tuple)):
        return "`[]`" if not value else f"`{list(value)}`"
    return "none" if value is None else f"`{value}`"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cell(text: str) -> str:
    # A '|' ends a Markdown table cell even inside a code span (regex patterns hold none today).
    return text.replace("|", "\\|")
