"""The subset of Go's text/template the notification templates use, executed as Go executes it.

notifications-engine parses each template with `text/template` and sprig's functions and executes
it with `.app` set to the Application as unstructured JSON (maps of interface values)
(pkg/services/email.go, pkg/templates/service.go). What is faithful here, from Go's
text/template (exec.go, funcs.go, parse/lex.go):

- `{{- ` and ` -}}` trim the white space before or after the action, line breaks included;
- a field of a map that lacks the key is "no value", and a field of "no value" is no value again
  (`evalField` on an invalid receiver, with the default missingkey option); a field of a present
  nil (JSON null) is an error "nil pointer evaluating interface {}.x", a field of a string an error;
- `if` and `with` take "no value", nil, false, 0, "" and empty lists and maps as false; `with` and
  `range` set the dot; `range` over no value or nil runs nothing, over a map runs its values in key order;
- `$x := pipeline` declares a variable for the rest of its block; `$` is the data;
- `index m "k"` of a map is its value, the zero value (nil) for a missing key, an error on nil;
- `eq` and `ne` compare strings, numbers and booleans; on no value or nil they fail
  ("incompatible types for comparison", "invalid type for comparison");
- printing "no value" writes `<no value>`.

Anything else raises `Unsupported`, so a template that starts using more fails its test.
"""

from __future__ import annotations

import re
from typing import Any


class TemplateError(Exception):
    """Go would fail executing the template: the notification is not sent."""


class Unsupported(Exception):
    """The template uses text/template beyond this subset."""


class _NoValue:
    """What Go calls an invalid reflect.Value: a missing map key."""

    def __repr__(self) -> str:
        return "<no value>"


NO_VALUE = _NoValue()
_ACTION = re.compile(r"\{\{(-\s)?(.*?)(\s-)?\}\}", re.S)
_ARG = re.compile(r'\s*("(?:[^"\\]|\\.)*"|\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*|\.(?:[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)?|[A-Za-z_][A-Za-z0-9_]*)')


def render(template: str, data: dict[str, Any]) -> str:
    """The text `template` writes for `data`; TemplateError where Go's execution fails."""
    nodes, rest = _parse(_lex(template), 0, ())
    if rest != len(_lex(template)):
        raise Unsupported("unbalanced {{end}}")
    out: list[str] = []
    _execute(nodes, data, [{"$": data}], out)
    return "".join(out)


def _lex(template: str) -> list[tuple[str, str]]:
    """Text and actions, with the trim markers applied to the text beside them."""
    items: list[tuple[str, str]] = []
    position = 0
    for match in _ACTION.finditer(template):
        text = template[position:match.start()]
        if match.group(1):
            text = text.rstrip(" \t\r\n")
        items.append(("text", text))
        items.append(("action", match.group(2).strip()))
        position = match.end()
        if match.group(3):
            remainder = template[position:]
            position += len(remainder) - len(remainder.lstrip(" \t\r\n"))
    items.append(("text", template[position:]))
    return [item for item in items if item != ("text", "")]


def _parse(items: list[tuple[str, str]], at: int, stop: tuple[str, ...]) -> tuple[list[tuple], int]:
    nodes: list[tuple] = []
    while at < len(items):
        kind, value = items[at]
        word = value.split(" ", 1)[0] if kind == "action" else ""
        if kind == "action" and word in stop:
            return nodes, at
        at += 1
        if kind == "text":
            nodes.append(("text", value))
        elif word in ("if", "with", "range"):
            body, at = _parse(items, at, ("else", "end"))
            other: list[tuple] = []
            if items[at][1] == "else":
                other, at = _parse(items, at + 1, ("end",))
            if items[at][1] != "end":
                raise Unsupported(f"{word} without end")
            at += 1
            nodes.append((word, value[len(word):].strip(), body, other))
        elif word in ("end", "else", "define", "template", "block", "break", "continue"):
            raise Unsupported(f"{{{{{value}}}}} here")
        else:
            nodes.append(("print", value))
    return nodes, at


def _execute(nodes: list[tuple], dot: Any, scopes: list[dict[str, Any]], out: list[str]) -> None:
    scopes = [*scopes, {}]
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "print":
            declared = re.fullmatch(r"(\$[A-Za-z0-9_]+)\s*:=\s*(.+)", node[1])
            if declared:
                scopes[-1][declared.group(1)] = _pipeline(declared.group(2), dot, scopes)
            else:
                out.append(_printed(_pipeline(node[1], dot, scopes)))
        elif kind in ("if", "with"):
            value = _pipeline(node[1], dot, scopes)
            if _truth(value):
                _execute(node[2], value if kind == "with" else dot, scopes, out)
            else:
                _execute(node[3], dot, scopes, out)
        else:  # range
            declared = re.fullmatch(r"(\$[A-Za-z0-9_]+)\s*:=\s*(.+)", node[1])
            value = _pipeline(declared.group(2) if declared else node[1], dot, scopes)
            elements = [] if value is NO_VALUE or value is None else value
            if isinstance(elements, dict):
                elements = [elements[key] for key in sorted(elements)]
            if not isinstance(elements, list):
                raise TemplateError(f"range can't iterate over {elements!r}")
            for element in elements:
                inner = [*scopes, {declared.group(1): element} if declared else {}]
                _execute(node[2], element, inner, out)
            if not elements:
                _execute(node[3], dot, scopes, out)


def _pipeline(text: str, dot: Any, scopes: list[dict[str, Any]]) -> Any:
    if "|" in text:
        raise Unsupported(f"pipelines: {text!r}")
    args = _args(text)
    head, rest = args[0], args[1:]
    if head in ("index", "eq", "ne"):
        values = [_operand(arg, dot, scopes) for arg in rest]
        return _function(head, values)
    if rest:
        raise Unsupported(f"a command with arguments: {text!r}")
    return _operand(head, dot, scopes)


def _args(text: str) -> list[str]:
    args, position = [], 0
    while position < len(text.rstrip()):
        match = _ARG.match(text, position)
        if not match:
            raise Unsupported(f"cannot read {text[position:]!r}")
        args.append(match.group(1))
        position = match.end()
    return args


def _operand(arg: str, dot: Any, scopes: list[dict[str, Any]]) -> Any:
    if arg.startswith('"'):
        return bytes(arg[1:-1], "utf-8").decode("unicode_escape")
    if arg.startswith("$"):
        name, _, path = arg.partition(".")
        for scope in reversed(scopes):
            if name in scope:
                return _fields(scope[name], path)
        raise TemplateError(f"undefined variable {name}")
    if arg.startswith("."):
        return _fields(dot, arg[1:])
    raise Unsupported(f"function or constant {arg!r}")


def _fields(value: Any, path: str) -> Any:
    for name in [part for part in path.split(".") if part]:
        if value is NO_VALUE:
            continue  # a field of no value is no value
        if value is None:
            raise TemplateError(f"nil pointer evaluating interface {{}}.{name}")
        if not isinstance(value, dict):
            raise TemplateError(f"can't evaluate field {name} in type {type(value).__name__}")
        value = value.get(name, NO_VALUE)
    return value


def _function(name: str, values: list[Any]) -> Any:
    if name == "index":
        collection, *keys = values
        for key in keys:
            if collection is NO_VALUE or collection is None:
                raise TemplateError("index of untyped nil")
            if not isinstance(collection, dict):
                raise Unsupported("index of anything but a map")
            collection = collection.get(key)
        return collection
    left, right = values
    for value in (left, right):
        if value is NO_VALUE or value is None or not isinstance(value, (str, int, float, bool)):
            raise TemplateError(f"error calling {name}: incompatible types for comparison")
    return (left == right) == (name == "eq")


def _truth(value: Any) -> bool:
    if value is NO_VALUE or value is None:
        return False
    return bool(value)


def _printed(value: Any) -> str:
    if value is NO_VALUE:
        return "<no value>"
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        raise Unsupported("printing a map or a list")
    return str(value)
