"""The subset of expr-lang that ArgoCD's notification triggers use, evaluated as expr-lang v1.17 does.

ArgoCD v3.3 (its go.mod: github.com/expr-lang/expr v1.17.7) compiles each trigger's `when` without
an environment, so nothing is type-checked before it runs, and runs it with `app` (the Application
as unstructured JSON: maps, lists, strings, numbers), `time` and `strings` (argo-cd
util/notification/expression). A runtime error makes the condition false, with only a log line
(notifications-engine pkg/triggers/service.go): the tests treat one as a failure, since it would
silently never notify.

What is faithful here, each from expr-lang v1.17.7:
- operator precedence (parser/operator/operator.go): `or`/`||` 10, `and`/`&&` 15, the comparisons
  and `in` 20, unary `not`/`!` 50; left-associative;
- a member of a map that lacks the key is nil; a member of nil is an error "cannot fetch X from
  <nil>" (vm/runtime/runtime.go, Fetch);
- `?.`: at an optional member whose base is nil, the whole chain of members and calls after it is
  nil (compiler/compiler.go, ChainNode; parser/parser.go, parsePostfixExpression);
- `==`/`!=` compare nil, strings, numbers and booleans; `<`, `>`, `<=`, `>=` numbers only;
- `in` over a list is true when an element equals the needle; over nil false (runtime.In);
- `and`/`or` short-circuit, and their left side must be a boolean (vm.go, OpJumpIfFalse's `.(bool)`);
- `time.Now()`, `time.Parse(s)` (RFC 3339, an error otherwise: argo-cd
  util/notification/expression/time/time.go), `Time.Sub`, `Duration.Minutes`/`Seconds`/`Hours`.

Anything else (another operator, function, a literal kind) raises `Unsupported`, so a trigger
that starts using more fails its test instead of being evaluated wrongly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any


class ExprError(Exception):
    """A runtime error of the expression: the controller would log it and not notify."""


class Unsupported(Exception):
    """The expression uses expr-lang beyond this subset."""


_TOKEN = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<string>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>\?\.|==|!=|>=|<=|&&|\|\||[.()\[\],<>!]))"
)
_PRECEDENCE = {"or": 10, "||": 10, "and": 15, "&&": 15, "==": 20, "!=": 20, "<": 20, ">": 20, ">=": 20, "<=": 20, "in": 20}


@dataclass(frozen=True)
class GoTime:
    """A Go time.Time."""

    at: datetime

    def Sub(self, other: GoTime) -> GoDuration:  # noqa: N802  (Go's name)
        if not isinstance(other, GoTime):
            raise ExprError(f"Sub takes a time.Time, not {other!r}")
        return GoDuration(self.at - other.at)


@dataclass(frozen=True)
class GoDuration:
    """A Go time.Duration."""

    span: timedelta

    def Minutes(self) -> float:  # noqa: N802
        return self.span.total_seconds() / 60

    def Seconds(self) -> float:  # noqa: N802
        return self.span.total_seconds()

    def Hours(self) -> float:  # noqa: N802
        return self.span.total_seconds() / 3600


def _parse_rfc3339(value: Any) -> GoTime:
    if not isinstance(value, str):
        raise ExprError(f"time.Parse takes a string, not {value!r}")  # reflect refuses the call
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", value):
        raise ExprError(f"parsing time {value!r}: not RFC 3339")  # the helper panics on Go's error
    return GoTime(datetime.fromisoformat(value.replace("Z", "+00:00")))


def evaluate(expression: str, env: dict[str, Any], *, now: datetime) -> Any:
    """The value of `expression` with `env` (an `app`), `time` as ArgoCD registers it, the clock at `now`."""
    time_helpers = {"Now": lambda: GoTime(now), "Parse": _parse_rfc3339}
    parser = _Parser(_tokens(expression))
    tree = parser.expression(0)
    if parser.peek() is not None:
        raise Unsupported(f"unexpected {parser.peek()!r} in {expression!r}")
    return _run(tree, {**env, "time": time_helpers})


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            if text[position:].strip():
                raise Unsupported(f"cannot read {text[position:]!r}")
            break
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


class _Parser:
    """Pratt parser for the subset; nodes are tuples."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        if self.at >= len(self.tokens):
            raise Unsupported("the expression ends too early")
        token = self.tokens[self.at]
        if expected is not None and token[1] != expected:
            raise Unsupported(f"expected {expected!r}, found {token[1]!r}")
        self.at += 1
        return token

    def expression(self, floor: int) -> tuple:
        left = self.unary()
        while (op := self.peek()) in _PRECEDENCE and _PRECEDENCE[op] > floor:
            self.take()
            left = ("binary", op, left, self.expression(_PRECEDENCE[op]))
        return left

    def unary(self) -> tuple:
        if self.peek() in ("not", "!"):
            self.take()
            return ("not", self.expression(50))
        return self.postfix(self.primary())

    def primary(self) -> tuple:
        kind, value = self.take()
        if kind == "number":
            return ("literal", float(value) if "." in value else int(value))
        if kind == "string":
            return ("literal", bytes(value[1:-1], "utf-8").decode("unicode_escape"))
        if value == "(":
            inner = self.expression(0)
            self.take(")")
            return inner
        if value == "[":
            items = []
            while self.peek() != "]":
                items.append(self.expression(0))
                if self.peek() == ",":
                    self.take()
            self.take("]")
            return ("list", items)
        if kind == "name" and value in ("nil", "true", "false"):
            return ("literal", {"nil": None, "true": True, "false": False}[value])
        if kind == "name" and value not in _PRECEDENCE:
            return ("name", value)
        raise Unsupported(f"unexpected {value!r}")

    def postfix(self, base: tuple) -> tuple:
        steps = []
        while self.peek() in (".", "?.", "(", "["):
            op = self.take()[1]
            if op in (".", "?."):
                steps.append(("member", self.take()[1], op == "?."))
            elif op == "(":
                args = []
                while self.peek() != ")":
                    args.append(self.expression(0))
                    if self.peek() == ",":
                        self.take()
                self.take(")")
                steps.append(("call", args))
            else:
                raise Unsupported("indexing with [] is not used by the triggers")
        return ("chain", base, steps) if steps else base


def _run(node: tuple, env: dict[str, Any]) -> Any:
    kind = node[0]
    if kind == "literal":
        return node[1]
    if kind == "list":
        return [_run(item, env) for item in node[1]]
    if kind == "name":
        return env.get(node[1])  # an unknown variable is nil in an environment-less program
    if kind == "not":
        value = _run(node[1], env)
        if not isinstance(value, bool):
            raise ExprError(f"invalid operation: ! {value!r}")
        return not value
    if kind == "chain":
        return _chain(node, env)
    return _binary(node[1], node[2], node[3], env)


def _chain(node: tuple, env: dict[str, Any]) -> Any:
    _, base, steps = node
    value = _run(base, env)
    for step in steps:
        if step[0] == "member":
            _, name, optional = step
            if value is None and optional:
                return None  # the whole chain is nil
            value = _fetch(value, name)
        else:
            if not callable(value):
                raise ExprError(f"{value!r} is not a function")
            value = value(*[_run(arg, env) for arg in step[1]])
    return value


def _fetch(value: Any, name: str) -> Any:
    if value is None:
        raise ExprError(f"cannot fetch {name} from <nil>")
    if isinstance(value, dict):
        return value.get(name)
    if isinstance(value, (GoTime, GoDuration)) and name[:1].isupper() and hasattr(value, name):
        return getattr(value, name)
    raise ExprError(f"cannot fetch {name} from {type(value).__name__}")


def _binary(op: str, left_node: tuple, right_node: tuple, env: dict[str, Any]) -> Any:
    left = _run(left_node, env)
    if op in ("and", "&&", "or", "||"):
        if not isinstance(left, bool):
            raise ExprError(f"interface conversion: {left!r} is not bool")
        if (op in ("and", "&&")) != left:
            return left
        return _run(right_node, env)
    right = _run(right_node, env)
    if op == "in":
        if right is None:
            return False
        if not isinstance(right, list):
            raise ExprError(f'operator "in" not defined on {type(right).__name__}')
        return any(_equal(item, left) for item in right)
    if op in ("==", "!="):
        return _equal(left, right) == (op == "==")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (left, right)):
        raise ExprError(f"invalid operation: {left!r} {op} {right!r}")
    return {"<": left < right, ">": left > right, "<=": left <= right, ">=": left >= right}[op]


def _equal(left: Any, right: Any) -> bool:
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (left, right))
    if numbers:
        return left == right
    if left is None or right is None:
        return left is None and right is None
    if type(left) is not type(right) or not isinstance(left, (str, bool)):
        return False  # runtime.Equal: values of different kinds are not equal
    return left == right
