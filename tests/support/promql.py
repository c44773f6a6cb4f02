"""What a PromQL expression reads: its metrics, label matchers, functions and grouping labels.

A reader for the expressions this project writes (alert rules, the dashboard's queries), after the
grammar of Prometheus' `promql/parser` (lex.go: identifiers and metric names may hold `:`; strings
in double quotes; durations like `5m` in brackets; `by (...)` lists label names). It checks what a
wrong name would break silently (a metric nobody emits is an empty series, never an error): every
metric, every function and every label is one the tests know. It is not a full parser: an
expression it cannot read raises ValueError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"\s*(?:(?P<string>\"(?:[^\"\\]|\\.)*\")|(?P<duration>\[\d+[smhdwy]\])|(?P<number>\d+(?:\.\d+)?(?:e[+-]?\d+)?)"
    r"|(?P<name>[A-Za-z_:][A-Za-z0-9_:]*)|(?P<op>==|!=|=~|!~|>=|<=|[-+*/%^<>=(){},]))"
)
KEYWORDS = {"by", "without", "and", "or", "unless", "on", "ignoring", "bool", "group_left", "group_right", "offset"}
FUNCTIONS = {"absent", "sum", "max", "min", "avg", "count", "rate", "increase", "histogram_quantile", "label_replace", "max_over_time"}
"""Functions and aggregations of PromQL (prometheus.io "Query functions", "Operators") these expressions may use."""


@dataclass
class Reads:
    """What one expression reads."""

    metrics: set[str] = field(default_factory=set)
    matchers: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(metric, label, operator, value) of every label matcher."""
    functions: set[str] = field(default_factory=set)
    grouping: set[str] = field(default_factory=set)
    """Labels of `by (...)` and `without (...)`."""


def reads(expression: str) -> Reads:
    """What `expression` reads; ValueError when it is not PromQL this reader understands."""
    tokens = _tokens(expression)
    found = Reads()
    depth = 0
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        following = tokens[i + 1][1] if i + 1 < len(tokens) else None
        if value == "(":
            depth += 1
        elif value == ")":
            depth -= 1
            if depth < 0:
                raise ValueError(f"unbalanced ) in {expression!r}")
        elif kind == "name" and value in ("by", "without"):
            i = _grouping(tokens, i + 1, found, expression)
            continue
        elif kind == "name" and (following == "(" or (value in FUNCTIONS and following in ("by", "without"))):  # `sum by (x) (...)`
            if value not in FUNCTIONS:
                raise ValueError(f"unknown function {value} in {expression!r}")
            found.functions.add(value)
        elif kind == "name" and value not in KEYWORDS:
            found.metrics.add(value)
            if following == "{":
                i = _matchers(tokens, i + 2, value, found, expression)
                continue
        i += 1
    if depth:
        raise ValueError(f"unbalanced ( in {expression!r}")
    return found


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while text[position:].strip():
        match = _TOKEN.match(text, position)
        if not match:
            raise ValueError(f"cannot read {text[position:]!r}")
        tokens.append((match.lastgroup or "", match.group(match.lastgroup or 0)))
        position = match.end()
    return tokens


def _grouping(tokens: list[tuple[str, str]], i: int, found: Reads, expression: str) -> int:
    if tokens[i][1] != "(":
        raise ValueError(f"by/without without ( in {expression!r}")
    i += 1
    while tokens[i][1] != ")":
        if tokens[i][0] == "name":
            found.grouping.add(tokens[i][1])
        elif tokens[i][1] != ",":
            raise ValueError(f"unexpected {tokens[i][1]!r} in a grouping of {expression!r}")
        i += 1
    return i + 1


def _matchers(tokens: list[tuple[str, str]], i: int, metric: str, found: Reads, expression: str) -> int:
    while tokens[i][1] != "}":
        label, operator, value = tokens[i], tokens[i + 1], tokens[i + 2]
        if label[0] != "name" or operator[1] not in ("=", "!=", "=~", "!~") or value[0] != "string":
            raise ValueError(f"not a label matcher at {label[1]!r} in {expression!r}")
        found.matchers.append((metric, label[1], operator[1], value[1][1:-1]))
        i += 3
        if tokens[i][1] == ",":
            i += 1
    return i + 1
