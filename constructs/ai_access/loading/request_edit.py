"""Set fields of a request file in its own text: one value replaced or one line added, nothing else touched.

`main.py rotate-key` changes a request a person wrote and reviews: comments, quoting, key order
and line endings stay as they are, so the pull request's diff is the one line that changes. The
edit is found from the YAML node marks (libyaml's, of the document the loader already accepted)
and then proven: the edited text parses to the same request with only the fields set changed, or
nothing is written. Only block mappings are edited; a request written as a flow mapping
(`data: {...}`) is refused with what to write by hand.
"""

from __future__ import annotations

from typing import Any

import yaml

from ai_access.loading.request_document import parse_request
from ai_access.loading.yaml_source import YamlSourceError, load_yaml
from ai_access.models.request import AccessRequest, RequestCatalog

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_SECTIONS = {"ConfigMap": "data", "ModelAccessRequest": "spec"}
"""The mapping that holds a request's fields, by format."""


class RequestEditError(ValueError):
    """The request cannot be edited safely; the message says what to do by hand."""


def set_request_fields(text: str, values: dict[str, str], *, folder: str, after: str | None = None, catalog: RequestCatalog | None = None) -> str:
    """`text` with each field (by its alias, e.g. `keyRotatedOn`) set to the text in `values`, in that order.

    A field that is there gets its value replaced in place, keeping its quoting; a new one is a
    quoted line of its own, indented as its neighbours, after `after` (a field's alias) when the
    request has it, else after the last field written on one line. Raises RequestEditError.
    """
    before = _parsed(text, folder, catalog)
    edited = text
    anchor = after
    for field, value in values.items():
        edited = _set(edited, field, value, anchor)
        anchor = field
    after_edit = _parsed(edited, folder, catalog)
    update = {name: after_edit.__getattribute__(name) for name, info in AccessRequest.model_fields.items() if (info.alias or name) in values}
    if after_edit != before.model_copy(update=update) or any(str(getattr(after_edit, n)) != values[_alias(n)] for n in update):
        raise RequestEditError("the edited request would differ in more than the fields set; set them by hand")
    return edited


def _alias(name: str) -> str:
    info = AccessRequest.model_fields[name]
    return info.alias or name


def _parsed(text: str, folder: str, catalog: RequestCatalog | None) -> AccessRequest:
    try:
        parsed = parse_request(load_yaml(text), folder=folder, catalog=catalog)
    except YamlSourceError as error:
        raise RequestEditError(f"line {error.line}: {error.message}") from None
    if parsed.request is None:
        first = parsed.issues[0] if parsed.issues else None
        where = f" (line {first.line}: {first.field}: {first.message})" if first else ""
        raise RequestEditError(f"the request is not valid{where}: fix it first (main.py validate)")
    return parsed.request


def _set(text: str, field: str, value: str, after: str | None) -> str:
    section, node = _section(text)
    entries = {key.value: (key, item) for key, item in node.value}
    if field in entries:
        key, item = entries[field]
        if not isinstance(item, yaml.ScalarNode) or item.style in ("|", ">"):
            raise RequestEditError(f"{section}.{field} is not a value on one line; write {field}: \"{value}\" by hand")
        quote = item.style if item.style in ('"', "'") else ('"' if section == "data" else "")
        return _splice(text, item.start_mark, item.end_mark, f"{quote}{value}{quote}")
    one_line = [(key, item) for key, item in node.value if isinstance(item, yaml.ScalarNode) and item.start_mark.line == item.end_mark.line and item.style not in ("|", ">")]
    anchor = entries.get(after) if after in entries and entries[after] in one_line else (one_line[-1] if one_line else None)
    if anchor is None:
        raise RequestEditError(f"no field of {section} is written on one line to add {field} beside; add {field}: \"{value}\" by hand")
    key, item = anchor
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if "\r\n" in text else "\n"
    where = item.end_mark.line
    if not lines[where].endswith(("\n", "\r")):
        lines[where] += newline
    lines.insert(where + 1, f"{' ' * key.start_mark.column}{field}: \"{value}\"{newline}")
    return "".join(lines)


def _section(text: str) -> tuple[str, Any]:
    """The name and node of the mapping holding the request's fields (`data` or `spec`), a block mapping."""
    root = yaml.compose(text, Loader=_Loader)
    if not isinstance(root, yaml.MappingNode):
        raise RequestEditError("the request is not a YAML mapping")
    top = {key.value: item for key, item in root.value if isinstance(key, yaml.ScalarNode)}
    kind = top.get("kind")
    section = _SECTIONS.get(kind.value if isinstance(kind, yaml.ScalarNode) else "")
    node = top.get(section or "")
    if section is None or not isinstance(node, yaml.MappingNode):
        raise RequestEditError("neither a ConfigMap with data nor a ModelAccessRequest with spec")
    if node.flow_style:
        raise RequestEditError(f"{section} is written as a flow mapping ({{...}}); add the field to it by hand")
    return section, node


def _splice(text: str, start: Any, end: Any, replacement: str) -> str:
    """`text` with what lies between two marks (line and column, as libyaml counts them) replaced."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    begin = offsets[start.line] + start.column
    stop = offsets[end.line] + end.column
    return text[:begin] + replacement + text[stop:]
