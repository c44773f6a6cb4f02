"""The ConfigMap format's data keys, derived from `AccessRequest`: how each string is read, which are required.

A request field is declared once, in the model (`models/request.py`). In a ConfigMap every data
value is a string; how it is read follows from the field's type (a whole number, `"true"` or
`"false"`, the embedded YAML list, or text that pydantic checks as the typed format's value), and
a field without a default is required. So a new field of the model is known to both formats at once.
"""

from __future__ import annotations

import typing
from datetime import date
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, EmailStr

from ai_access.loading.annotations import bare
from ai_access.models.request import AccessRequest

ConfigMapKind = Literal["text", "int", "bool", "yaml"]


def configmap_kind(annotation: Any) -> ConfigMapKind:
    """How a ConfigMap data string of a field of type `annotation` is read.

    Raises TypeError for a type no string stands for: a field of such a type needs a rule here.
    """
    kind = bare(annotation)
    if kind is bool:  # before int: bool is an int
        return "bool"
    if kind is int:
        return "int"
    if typing.get_origin(kind) in (list, tuple):
        return "yaml"
    if kind is EmailStr or (isinstance(kind, type) and issubclass(kind, (str, date, UUID))):
        return "text"
    raise TypeError(f"a ConfigMap data value cannot hold a {annotation!r}: say how its string is read in loading/request_fields.py")


def configmap_fields(model: type[BaseModel] = AccessRequest) -> dict[str, ConfigMapKind]:
    """Each field of `model` as a data key (its alias), with how its string is read; in the model's order."""
    return {info.alias or name: configmap_kind(info.annotation) for name, info in model.model_fields.items()}


def required_fields(model: type[BaseModel] = AccessRequest) -> tuple[str, ...]:
    """The data keys of `model`'s fields that have no default."""
    return tuple(info.alias or name for name, info in model.model_fields.items() if info.is_required())
