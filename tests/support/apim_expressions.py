"""Runs APIM policy expressions (parsed by `apim_csharp`) the way the gateway would.

The tests must evaluate what the synthesized policy *says*, not what it was meant to say, so the
expression text itself is parsed and run: a wrong operator in the policy gives a wrong answer here
too. Host objects (the `context`) are `CSharpObject`s defined in `apim_policy_model`; only the
members they list are visible. Values: Python `str`, `int`, `bool`, `None`, lists for arrays,
and the Newtonsoft.Json and regex types below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from support.apim_csharp import CSharpException, ExpressionError, parse

__all__ = ["CSharpException", "CSharpObject", "ExpressionError", "JObject", "evaluate", "is_expression", "token"]


class CSharpObject:
    """A host object: only the names in `members` are visible to expressions."""

    members: frozenset[str] = frozenset()

    def member(self, name: str) -> Any:
        """The C# member `name` (a property value or a bound method)."""
        if name not in self.members:
            raise ExpressionError(f"{type(self).__name__} has no member {name}")
        return getattr(self, name)


def is_expression(value: str) -> bool:
    """True when an attribute or body is a policy expression rather than a literal."""
    return value.strip().startswith(("@(", "@{"))


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


class _NullChain(Exception):
    """A null-conditional access met null: the whole member chain is null."""


def evaluate(expression: str, names: dict[str, Any]) -> Any:
    """Run `expression` with the global `names` (e.g. `context`); returns what it returns."""
    scope = {"System": Namespace("System"), "JToken": JTokenStatic(), "JTokenType": JTokenTypes(), **names}
    try:
        _run(_parsed(expression), scope)
    except _Return as returned:
        return returned.value
    raise ExpressionError(f"not all code paths return a value: {expression!r}")


@lru_cache(maxsize=512)
def _parsed(expression: str) -> tuple:
    return parse(expression)


def _run(node: tuple, scope: dict[str, Any]) -> None:
    tag = node[0]
    if tag == "block":
        for statement in node[1]:
            _run(statement, scope)
    elif tag == "return":
        raise _Return(_eval(node[1], scope))
    elif tag == "if":
        _run(node[2] if _bool(_eval(node[1], scope)) else node[3], scope)
    elif tag == "declare":
        scope[node[1]] = _eval(node[2], scope)
    elif tag == "try":
        try:
            _run(node[1], scope)
        except CSharpException as error:
            if node[2]:
                scope[node[2]] = error
            _run(node[3], scope)
    else:
        _eval(node[1], scope)


def _eval(node: tuple, scope: dict[str, Any]) -> Any:
    tag = node[0]
    if tag == "literal":
        return node[1]
    if tag == "name":
        if node[1] not in scope:
            raise ExpressionError(f"unknown name {node[1]}")
        return scope[node[1]]
    if tag == "array":
        return [_eval(item, scope) for item in node[1]]
    if tag == "not":
        return not _bool(_eval(node[1], scope))
    if tag == "negate":
        return -_int(_eval(node[1], scope))
    if tag == "cast":
        return _cast(node[1], _eval(node[2], scope))
    if tag == "conditional":
        return _eval(node[2] if _bool(_eval(node[1], scope)) else node[3], scope)
    if tag == "coalesce":
        left = _eval(node[1], scope)
        return _eval(node[2], scope) if left is None else left
    if tag == "binary":
        return _binary(node[1], node[2], node[3], scope)
    if tag == "chain":
        try:
            return _eval(node[1], scope)
        except _NullChain:
            return None
    if tag == "member":
        return member_of(_not_null(_eval(node[1], scope), node[3], f".{node[2]}"), node[2])
    if tag == "index":
        target = _not_null(_eval(node[1], scope), node[3], "an indexer")
        return index_of(target, _eval(node[2], scope))
    if tag == "call":
        function = _eval(node[1], scope)
        if not callable(function):
            raise ExpressionError(f"{node[1]} is not a method")
        args = [_eval(arg, scope) for arg in node[2]]
        kwargs = {name: _eval(arg, scope) for name, arg in node[3].items()}
        return function(*args, **kwargs)
    if tag == "assign":
        value = _eval(node[2], scope)
        target = node[1]
        if target[0] == "name":
            scope[target[1]] = value
        else:
            assign_index(_eval(target[1], scope), _eval(target[2], scope), value)
        return value
    raise ExpressionError(f"unsupported node {tag}")


def _not_null(target: Any, conditional: bool, what: str) -> Any:
    if target is None:
        if conditional:
            raise _NullChain()
        raise CSharpException(f"NullReferenceException: {what} on null")
    return target


def _binary(op: str, left_node: tuple, right_node: tuple, scope: dict[str, Any]) -> Any:
    left = _eval(left_node, scope)
    if op == "&&":
        return _bool(left) and _bool(_eval(right_node, scope))
    if op == "||":
        return _bool(left) or _bool(_eval(right_node, scope))
    right = _eval(right_node, scope)
    if op in ("==", "!="):
        _comparable(left, right)
        return (left == right) == (op == "==")
    if op == "+":
        if isinstance(left, str) or isinstance(right, str):
            return _text(left) + _text(right)
        return _int(left) + _int(right)
    if op == "-":
        return _int(left) - _int(right)
    comparisons: dict[str, Callable[[int, int], bool]] = {
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b
    }
    return comparisons[op](_int(left), _int(right))


def _comparable(left: Any, right: Any) -> None:
    # C# does not compile `"a" == 1` or `true == "x"`; a policy that does is a bug, not False.
    kinds = {type(v) for v in (left, right) if v is not None}
    if len(kinds) > 1 and not kinds <= {int}:
        raise ExpressionError(f"cannot compare {left!r} with {right!r}")


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ExpressionError(f"expected a bool, got {value!r}")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ExpressionError(f"expected an int, got {value!r}")
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (str, int)):
        return str(value)
    return member_of(value, "ToString")()


def _cast(type_name: str, value: Any) -> Any:
    if type_name in ("string", "String"):
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, JValue) and isinstance(value.value, str):
            return value.value
        raise CSharpException(f"InvalidCastException: {value!r} is not a string")
    if type_name in ("int", "long"):
        return _int(value)
    if type_name == "bool":
        return _bool(value)
    return value


# --- members of the values expressions handle -----------------------------------------------------


class Match(CSharpObject):
    """`System.Text.RegularExpressions.Match`: `Success` and `Groups[i].Value`."""

    members = frozenset({"Success", "Groups", "Value"})

    def __init__(self, found: re.Match[str] | None) -> None:
        self.Success = found is not None
        self.Value = found.group(0) if found else ""
        groups = [found.group(0), *found.groups()] if found else []
        # .NET gives an unmatched group the empty string, not null.
        self.Groups = [_Group(g or "") for g in groups] or [_Group("")]


class _Group(CSharpObject):
    members = frozenset({"Value"})

    def __init__(self, value: str) -> None:
        self.Value = value


class Regex(CSharpObject):
    """`System.Text.RegularExpressions.Regex` (static): the patterns used are the same in Python."""

    members = frozenset({"Match", "IsMatch"})

    @staticmethod
    def Match(text: str, pattern: str) -> Match:  # noqa: N802  (C# name)
        return Match(re.search(pattern, _require_text(text)))

    @staticmethod
    def IsMatch(text: str, pattern: str) -> bool:  # noqa: N802
        return re.search(pattern, _require_text(text)) is not None


class Namespace(CSharpObject):
    """A dotted namespace prefix such as `System.Text`; `Regex` is the only type reached through it."""

    def __init__(self, path: str) -> None:
        self.path = path

    def member(self, name: str) -> Any:
        full = f"{self.path}.{name}"
        if full == "System.Text.RegularExpressions.Regex":
            return Regex()
        if full in ("System.Text", "System.Text.RegularExpressions"):
            return Namespace(full)
        raise ExpressionError(f"unknown type {full}")


class TokenType(CSharpObject):
    """A value of the enum `Newtonsoft.Json.Linq.JTokenType` (`Object`, `Array`, `String`, ...)."""

    members = frozenset({"ToString"})

    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TokenType) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def ToString(self) -> str:  # noqa: N802
        return self.name


_TOKEN_TYPES = ("Object", "Array", "String", "Integer", "Float", "Boolean", "Null")


class JTokenTypes(CSharpObject):
    """`JTokenType` itself: its members are the enum values the JSON kinds here have."""

    members = frozenset(_TOKEN_TYPES)

    def member(self, name: str) -> Any:
        if name not in self.members:
            raise ExpressionError(f"JTokenType has no member {name} modelled")
        return TokenType(name)


class JTokenStatic(CSharpObject):
    """`JToken` (static): `Parse(string)`, which throws JsonReaderException on text that is not one JSON value."""

    members = frozenset({"Parse"})

    @staticmethod
    def Parse(text: Any) -> Any:  # noqa: N802
        # Newtonsoft reads one JSON value; an empty text is "Error reading JToken from JsonReader".
        try:
            data = json.loads(_require_text(text))
        except ValueError as error:
            raise CSharpException(f"JsonReaderException: not one JSON value ({error})") from None
        return JArray(data) if isinstance(data, list) else JObject(data) if isinstance(data, dict) else JValue(data)


def _type_of(value: Any) -> TokenType:
    kind = {bool: "Boolean", int: "Integer", float: "Float", str: "String", type(None): "Null"}
    return TokenType(kind.get(type(value), "String"))


class JArray(CSharpObject):
    """A Newtonsoft.Json array token: only its `Type` and `ToString()`."""

    members = frozenset({"Type", "ToString"})

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.Type = TokenType("Array")

    def ToString(self) -> str:  # noqa: N802
        return json.dumps(self.items, indent=2)


class JValue(CSharpObject):
    """A Newtonsoft.Json scalar token."""

    members = frozenset({"ToString", "Type"})

    def __init__(self, value: Any) -> None:
        self.value = value
        self.Type = _type_of(value)

    def ToString(self) -> str:  # noqa: N802
        # Newtonsoft prints a string token without quotes; numbers and booleans as C# does.
        return str(self.value) if isinstance(self.value, float) else _text(self.value)


class JObject(CSharpObject):
    """A Newtonsoft.Json object: indexer get and set, `ToString()` as JSON."""

    members = frozenset({"ToString", "ContainsKey", "Type"})

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.Type = TokenType("Object")

    def ToString(self) -> str:  # noqa: N802
        return json.dumps(self.data, indent=2)

    def ContainsKey(self, key: str) -> bool:  # noqa: N802
        return key in self.data


def token(value: Any) -> Any:
    """A JSON value as the Newtonsoft token an indexer returns (null stays null)."""
    if value is None:
        return None
    if isinstance(value, dict):
        return JObject(value)
    return JValue(value)


def _require_text(value: Any) -> str:
    if not isinstance(value, str):
        raise CSharpException(f"ArgumentNullException: expected a string, got {value!r}")
    return value


def member_of(target: Any, name: str) -> Any:
    """Member `name` of a value: host objects list theirs; strings and arrays have a few."""
    if isinstance(target, CSharpObject):
        return target.member(name)
    if isinstance(target, str):
        methods = {
            "Contains": lambda s: _require_text(s) in target,
            "StartsWith": lambda s: target.startswith(_require_text(s)),
            "EndsWith": lambda s: target.endswith(_require_text(s)),
            "ToLower": target.lower,
            "ToLowerInvariant": target.lower,
            "ToString": lambda: target,
            "Trim": target.strip,
        }
        if name == "Length":
            return len(target)
        if name in methods:
            return methods[name]
    if isinstance(target, list):
        if name == "Contains":
            return lambda item: item in target  # LINQ Contains: ordinal equality
        if name == "Length":
            return len(target)
    raise ExpressionError(f"{type(target).__name__} has no member {name} supported here")


def index_of(target: Any, key: Any) -> Any:
    """`target[key]`: arrays, match groups, JSON objects and host dictionaries."""
    if isinstance(target, list):
        return target[_int(key)]
    if isinstance(target, JObject):
        return token(target.data.get(_require_text(key)))
    if isinstance(target, CSharpObject) and hasattr(target, "get_item"):
        return target.get_item(key)
    raise ExpressionError(f"{type(target).__name__} has no indexer")


def assign_index(target: Any, key: Any, value: Any) -> None:
    """`target[key] = value` on a JSON object."""
    if not isinstance(target, JObject):
        raise ExpressionError(f"cannot assign an index of {type(target).__name__}")
    target.data[_require_text(key)] = value.data if isinstance(value, JObject) else getattr(value, "value", value)
