"""Reading the models' field annotations: which keys a mapping at a path may hold, and a field's bare type.

Messages list the allowed keys of the mapping an unknown key is in (`platform.yaml`, the typed
request), and the ConfigMap format reads each data value by its field's type (`request_fields`):
both are worked out from the pydantic models, never from a second list that could fall behind.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel


def allowed_keys(model: type[BaseModel], loc: tuple[str | int, ...]) -> tuple[str, ...]:
    """The keys, as written, of the mapping at `loc` (a pydantic error path) inside `model`.

    () when `loc` leads to no model: a map with free keys (`foundry.models`), a list, a value.
    """
    current: Any = model
    for part in loc:
        current = below(current, part)
        if current is None:
            return ()
    current = bare(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return tuple(info.alias or name for name, info in current.model_fields.items())
    return ()


def below(annotation: Any, part: str | int) -> Any:
    """The annotation of what `part` selects in a value of `annotation`: a field, an item, a map's value."""
    annotation = bare(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, info in annotation.model_fields.items():
            if part in (name, info.alias):
                return info.annotation
        return None
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (list, tuple) and args and isinstance(part, int):
        return args[0]
    if isinstance(origin, type) and issubclass(origin, Mapping) and len(args) == 2:
        return args[1]
    return None


def bare(annotation: Any) -> Any:
    """`annotation` without `Annotated[...]` and without `| None`."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            rest = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            if len(rest) != 1:
                return annotation
            annotation = rest[0]
        else:
            return annotation
