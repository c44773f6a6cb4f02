"""What parsing one request document yields, whatever its format, and how pydantic errors are worded.

A request with a bad field still has its other fields checked (catalog, limits, capacity): when the
whole `AccessRequest` does not validate, `validate_fields` validates field by field and model by
model, and `RequestFields` holds what did, so one run shows a requester everything to fix.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any
from uuid import UUID

from pydantic import BaseModel, TypeAdapter, ValidationError

from ai_access.loading.annotations import allowed_keys
from ai_access.loading.field_suggestions import keys_at, suggestion, unknown_field_message
from ai_access.loading.value_messages import boolean_message, date_message, echoed, empty_message, guid_message, text_message, whole_number_message
from ai_access.loading.yaml_source import Path
from ai_access.models.request import AccessRequest, ModelRequest, RequestCatalog
from ai_access.problems import shown, shown_name

Locate = Callable[[tuple[str | int, ...]], tuple[int, str]]
"""Maps an `AccessRequest` field path (by alias) to (line, field as the requester wrote it)."""

_FIELDS = AccessRequest.model_fields
_BY_ALIAS = {info.alias or name: name for name, info in _FIELDS.items()}


@dataclass
class FieldIssue:
    """A problem at a line and a field, before it is tied to a file."""

    line: int
    field: str
    message: str


@dataclass(frozen=True)
class RequestFields:
    """The fields of one request that are valid on their own, whether or not the whole request is."""

    values: dict[str, Any] = field(default_factory=dict)
    """Valid values by Python field name; models are in `models`."""
    models: tuple[tuple[int, ModelRequest], ...] = ()
    """The model entries that are valid, with their index in the file's list."""
    given: frozenset[str] = frozenset()
    """Python names of the fields the file sets, valid or not."""
    models_complete: bool = False
    """Every model entry is valid (so "no Foundry model" means none was asked for)."""

    @classmethod
    def of(cls, request: AccessRequest) -> "RequestFields":
        """All fields of a valid request."""
        values = {name: getattr(request, name) for name in _FIELDS if name != "models"}
        return cls(values, tuple(enumerate(request.models)), frozenset(request.model_fields_set | {"models"}), True)

    def get(self, name: str) -> Any:
        """The valid value of field `name`, or None when it is absent or invalid."""
        return self.values.get(name)

    @property
    def team(self) -> str | None:
        """The team name, when valid."""
        return self.values.get("team")

    @property
    def tokens_per_minute(self) -> int | None:
        """Tokens per minute, when valid."""
        return self.values.get("tokens_per_minute")

    @property
    def expires_on(self) -> date | None:
        """The last day of access, when valid and given."""
        return self.values.get("expires_on")

    @property
    def entra_group_id(self) -> UUID | None:
        """The Entra group, when valid and given."""
        return self.values.get("entra_group_id")


@dataclass
class ParsedRequest:
    """One request document: the typed request (when valid), its issues, and how to locate fields."""

    request: AccessRequest | None
    issues: list[FieldIssue] = field(default_factory=list)
    locate: Locate | None = None
    fields: RequestFields = field(default_factory=RequestFields)
    """What is valid of the request's fields, even when `request` is None."""


def validate_fields(values: dict[str, Any], catalog: RequestCatalog | None = None) -> tuple[AccessRequest | None, RequestFields, list[dict[str, Any]]]:
    """Validate a request's fields (keys as written); the request, what is valid, and pydantic-style errors.

    The whole request is validated first (the common case, one call); only when that fails is
    each field validated alone, so the valid ones can still be checked against the platform.
    """
    context = {"catalog": catalog or RequestCatalog()}
    try:
        request = AccessRequest.model_validate(values, context=context)
    except ValidationError as error:
        errors = [dict(e) for e in error.errors()]
    else:
        return request, RequestFields.of(request), []
    good: dict[str, Any] = {}
    models: list[tuple[int, ModelRequest]] = []
    models_complete = False
    for key, raw in values.items():
        name = _BY_ALIAS.get(key)
        if name is None:
            continue  # reported as an unknown field
        if name == "models":
            models, models_complete = _valid_models(raw, context)
            continue
        try:
            good[name] = _adapter(name).validate_python(raw, context=context)
        except ValidationError:
            pass
    given = frozenset(_BY_ALIAS[key] for key in values if key in _BY_ALIAS)
    return None, RequestFields(good, tuple(models), given, models_complete), errors


@functools.cache
def _adapter(name: str) -> TypeAdapter[Any]:
    # Built on first use: a valid request (the common case) never needs one.
    info = _FIELDS[name]
    return TypeAdapter(Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation)


def _valid_models(raw: Any, context: dict[str, Any]) -> tuple[list[tuple[int, ModelRequest]], bool]:
    if not isinstance(raw, list):
        return [], False
    valid = []
    for index, entry in enumerate(raw):
        try:
            valid.append((index, ModelRequest.model_validate(entry, context=context)))
        except ValidationError:
            pass
    return valid, bool(raw) and len(valid) == len(raw)


def dotted(path: Path) -> str:
    """`('data', 'models', 1, 'name')` -> `data.models[1].name`; a huge key is cut."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{shown_name(part)}" if text else shown_name(part))
    return text


def pydantic_message(error: dict[str, Any], *, allowed: tuple[str, ...] = (), given: tuple[Any, ...] = ()) -> str:
    """A pydantic error in the requester's words, with the offending value where it helps.

    `allowed`: the keys the mapping holding an unknown field may have; `given`: the keys it has.
    The message names the allowed key an unknown one was probably meant to be, else lists them.
    """
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        return unknown_field_message(error["loc"][-1] if error["loc"] else "", allowed, given)
    if kind == "missing":
        return "required field is missing"
    if value is None and kind.endswith("_type"):
        return empty_message()
    if kind.startswith(("date_", "datetime_")):
        return date_message(value)
    if kind.startswith("uuid_"):
        return guid_message(value)
    if kind == "string_type" and isinstance(value, (bool, int, float, date)):
        return text_message(value)
    if kind in ("bool_type", "bool_parsing") and isinstance(value, str) and value.lower() in ("true", "false"):
        return f"must be true or false without quotes (got the string {shown(value)})"
    if kind in ("bool_type", "bool_parsing"):
        return boolean_message(value)
    if kind in ("int_type", "int_parsing") and isinstance(value, str) and _DIGITS.fullmatch(value):
        return f"must be a number without quotes (got the string {shown(value)})"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return whole_number_message(value)
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if message.startswith("Input should be "):
        message = "must be " + message.removeprefix("Input should be ")
    if kind.startswith(("string_", "literal_", "greater_than", "less_than", "list_", "model_", "dict_", "float_", "ip_", "enum")):
        message = f"{message} (got {echoed(value)})"
    return message


_DIGITS = re.compile(r"-?[0-9]+")


def worded_errors(errors: list[dict[str, Any]], value: Any, model: type[BaseModel]) -> list[tuple[tuple[str | int, ...], str, dict[str, Any]]]:
    """The path, message and error of each pydantic error of validating `value` as `model`.

    A missing field that an unknown key of the same mapping is suggested as is left out: the
    unknown key's "did you mean ...?" already names it (`field_suggestions`).
    """
    typos = set()
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden" and loc:
            meant = suggestion(loc[-1], allowed_keys(model, loc[:-1]), keys_at(value, loc[:-1]))
            if meant is not None:
                typos.add((*loc[:-1], meant))
    worded = []
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "missing" and loc in typos:
            continue
        parent = loc[:-1]
        worded.append((loc, pydantic_message(error, allowed=allowed_keys(model, parent), given=keys_at(value, parent)), error))
    return worded
