"""The syntax of APIM policy expressions: a tokenizer and parser for the C# subset the policies use.

APIM compiles policy expressions (`@(...)` and `@{...}`) as C# ("API Management policy
expressions", Microsoft Learn: `api-management-policy-expressions`). Supported: string, integer,
boolean and null literals, `new string[] { ... }`, `var x = ...;` and typed declarations, `return`,
`if`/`else`, `try { ... } catch (Exception) { ... }` (System.Exception is among the types the
page allows, and a multi-statement expression is C# 7 statements), assignment to a name or an
indexer, `==`, `!=`, `<`, `>`, `<=`, `>=`, `&&`, `||`,
`!`, `+`, `-`, `?:`, `??`, `?.`, `?[`, casts such as `(string)`, member access, indexers, method
calls with named arguments, and generic methods such as `As<JObject>(preserveContent: true)`.
Anything else raises `ExpressionError`: an unsupported construct fails a test instead of being
guessed at. Nodes are tuples `(tag, ...)`; `apim_expressions` runs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class ExpressionError(Exception):
    """The expression is outside the supported subset, or failed as it would at run time in APIM."""


class CSharpException(ExpressionError):
    """A .NET exception the expression raised at run time (JsonReaderException, NullReferenceException, ...).

    Only these are caught by a `catch (Exception)`; an expression outside the modelled subset is an
    `ExpressionError` no catch hides.
    """


_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>"(?:[^"\\]|\\.)*")
    | (?P<number>\d+)
    | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<op>\?\.|\?\[|\?\?|==|!=|&&|\|\||<=|>=|[=!?:.,;()\[\]{}<>+\-])
    )""",
    re.VERBOSE,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "\\": "\\", "'": "'"}
_TYPES = {"string", "String", "int", "long", "bool", "object", "JObject", "JToken", "var"}


@dataclass(frozen=True)
class Token:
    """One lexical token: kind (string, number, name, op, end) and its text."""

    kind: str
    text: str


def tokenize(source: str) -> list[Token]:
    """The tokens of `source`; an unknown character raises."""
    tokens, pos, end = [], 0, len(source.rstrip())
    while pos < end:
        match = _TOKEN.match(source, pos)
        if not match:
            raise ExpressionError(f"unexpected character {source[pos:].lstrip()[:1]!r} in {source!r}")
        kind = match.lastgroup or ""
        tokens.append(Token(kind, match.group(kind)))
        pos = match.end()
    tokens.append(Token("end", ""))
    return tokens


def _unquote(literal: str) -> str:
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\":
            nxt = body[i + 1]
            if nxt == "u":
                out.append(chr(int(body[i + 2 : i + 6], 16)))
                i += 6
                continue
            if nxt not in _ESCAPES:
                raise ExpressionError(f"unsupported escape \\{nxt}")
            out.append(_ESCAPES[nxt])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


# --- parsing: nodes are tuples (tag, ...) ---------------------------------------------------------


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.pos = 0

    def peek(self, offset: int = 0) -> Token:
        return self.tokens[min(self.pos + offset, len(self.tokens) - 1)]

    def next(self) -> Token:
        token = self.peek()
        self.pos += 1
        return token

    def accept(self, text: str) -> bool:
        if self.peek().text == text and self.peek().kind in ("op", "name"):
            self.pos += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept(text):
            raise ExpressionError(f"expected {text!r}, found {self.peek().text!r} in {self.source!r}")

    def done(self) -> None:
        if self.peek().kind != "end":
            raise ExpressionError(f"unexpected {self.peek().text!r} in {self.source!r}")

    # statements
    def block(self) -> tuple:
        statements = []
        while self.peek().text != "}" and self.peek().kind != "end":
            statements.append(self.statement())
        return ("block", statements)

    def statement(self) -> tuple:
        if self.accept("{"):
            body = self.block()
            self.expect("}")
            return body
        if self.accept("return"):
            value = self.expression()
            self.expect(";")
            return ("return", value)
        if self.accept("try"):
            self.expect("{")
            body = self.block()
            self.expect("}")
            self.expect("catch")
            self.expect("(")
            caught = self.next().text
            if caught not in ("Exception", "System.Exception"):
                raise ExpressionError(f"only catch (Exception) is modelled, not {caught!r}, in {self.source!r}")
            name = self.next().text if self.peek().kind == "name" else None
            self.expect(")")
            self.expect("{")
            handler = self.block()
            self.expect("}")
            return ("try", body, name, handler)
        if self.accept("if"):
            self.expect("(")
            condition = self.expression()
            self.expect(")")
            then = self.statement()
            other = self.statement() if self.accept("else") else ("block", [])
            return ("if", condition, then, other)
        if self.peek().kind == "name" and self.peek().text in _TYPES and self.peek(1).kind == "name":
            self.next()
            name = self.next().text
            self.expect("=")
            value = self.expression()
            self.expect(";")
            return ("declare", name, value)
        value = self.expression()
        self.expect(";")
        return ("expression", value)

    # expressions, lowest precedence first
    def expression(self) -> tuple:
        target = self.conditional()
        if self.accept("="):
            if target[0] not in ("name", "index"):
                raise ExpressionError(f"cannot assign to {target[0]} in {self.source!r}")
            return ("assign", target, self.expression())
        return target

    def conditional(self) -> tuple:
        condition = self.coalesce()
        if self.accept("?"):
            then = self.expression()
            self.expect(":")
            return ("conditional", condition, then, self.expression())
        return condition

    def coalesce(self) -> tuple:
        left = self.binary(0)
        if self.accept("??"):
            return ("coalesce", left, self.coalesce())
        return left

    _LEVELS = (("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"))

    def binary(self, level: int) -> tuple:
        if level == len(self._LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek().kind == "op" and self.peek().text in self._LEVELS[level]:
            op = self.next().text
            left = ("binary", op, left, self.binary(level + 1))
        return left

    def unary(self) -> tuple:
        if self.accept("!"):
            return ("not", self.unary())
        if self.accept("-"):
            return ("negate", self.unary())
        if self.peek().text == "(" and self.peek(1).text in _TYPES and self.peek(2).text == ")":
            self.pos += 1
            type_name = self.next().text
            self.expect(")")
            return ("cast", type_name, self.unary())
        return self.postfix(self.primary())

    def postfix(self, node: tuple) -> tuple:
        # A null-conditional access short-circuits the rest of its chain: `a?.B.C` is null when a is.
        conditional = False
        while True:
            token = self.peek()
            conditional = conditional or token.text in ("?.", "?[")
            if token.text in (".", "?.") and token.kind == "op":
                self.pos += 1
                name = self.next()
                if name.kind != "name":
                    raise ExpressionError(f"expected a member name after {token.text} in {self.source!r}")
                member = name.text
                if self.peek().text == "<" and self.peek(2).text == ">" and self.peek(3).text == "(":
                    member = f"{member}<{self.peek(1).text}>"  # a generic method: As<JObject>(...)
                    self.pos += 3
                node = ("member", node, member, token.text == "?.")
            elif token.text in ("[", "?[") and token.kind == "op":
                self.pos += 1
                index = self.expression()
                self.expect("]")
                node = ("index", node, index, token.text == "?[")
            elif token.text == "(" and token.kind == "op":
                self.pos += 1
                node = ("call", node, *self.arguments())
            else:
                return ("chain", node) if conditional else node

    def arguments(self) -> tuple[list, dict]:
        positional, named = [], {}
        while not self.accept(")"):
            if self.peek().kind == "name" and self.peek(1).text == ":":
                name = self.next().text
                self.pos += 1
                named[name] = self.expression()
            else:
                positional.append(self.expression())
            if self.peek().text != ")":
                self.expect(",")
        return positional, named

    def primary(self) -> tuple:
        token = self.next()
        if token.kind == "string":
            return ("literal", _unquote(token.text))
        if token.kind == "number":
            return ("literal", int(token.text))
        if token.kind == "name":
            constants = {"true": True, "false": False, "null": None}
            if token.text in constants:
                return ("literal", constants[token.text])
            if token.text == "new":
                return self.new_array()
            return ("name", token.text)
        if token.text == "(":
            inner = self.expression()
            self.expect(")")
            return inner
        raise ExpressionError(f"unexpected {token.text!r} in {self.source!r}")

    def new_array(self) -> tuple:
        if self.peek().kind == "name" and self.peek().text in _TYPES:
            self.pos += 1
        self.expect("[")
        self.expect("]")
        self.expect("{")
        items = []
        while not self.accept("}"):
            items.append(self.expression())
            if self.peek().text != "}":
                self.expect(",")
        return ("array", items)


def parse(expression: str) -> tuple:
    """The syntax tree of a policy expression: `@(expr)`, `@{ statements }`."""
    text = expression.strip()
    if text.startswith("@(") and text.endswith(")"):
        parser = _Parser(text[2:-1])
        node = ("block", [("return", parser.expression())])
    elif text.startswith("@{") and text.endswith("}"):
        parser = _Parser(text[2:-1])
        node = parser.block()
    else:
        raise ExpressionError(f"not a policy expression: {expression!r}")
    parser.done()
    return node
