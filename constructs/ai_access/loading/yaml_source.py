"""Safe YAML loading that keeps the line of every key and item.

Requests are written by hand and reviewed in pull requests, so every error must point at a line.
PyYAML's libyaml event stream gives marks for each node; building plain values from the events
ourselves lets us refuse what a request never needs and what hostile input uses: anchors and
aliases (alias bombs), duplicate keys (the second silently wins in PyYAML), several documents, and
deep nesting (recursive composition can exhaust the C stack).
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Any

import yaml

from ai_access.problems import shown, shown_name

try:  # libyaml is part of PyYAML's wheels; the pure-Python parser is a slow but equal fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 16
"""Deepest nesting a request may use (a request needs 4)."""

Path = tuple[str | int, ...]
_COLLECTION_TAGS = (None, "!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")
_INT_TAG = "tag:yaml.org,2002:int"
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)")
_STR_TAG = "tag:yaml.org,2002:str"
_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_SEQUENCE_START, _SEQUENCE_END = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_MAPPING_START, _MAPPING_END = yaml.MappingStartEvent, yaml.MappingEndEvent


class YamlSourceError(Exception):
    """The text is not a YAML document a request may be; `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class YamlDocument:
    """Plain values of one YAML document and the 1-based line of each key path in it."""

    value: Any
    lines: dict[Path, int] = field(default_factory=dict)
    scalar_starts: dict[Path, tuple[int, str | None]] = field(default_factory=dict)
    """Line and style of each scalar value: block scalars (`|`, `>`) begin on the next line."""

    def line_of(self, path: Path) -> int:
        """Line of `path`, or of its nearest ancestor that has one (1 when none does)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return 1


def load_yaml(text: str, *, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document; `first_line` is the line of `text`'s first line in its file."""
    builder = _Builder(first_line - 1)
    loader = _Loader(text)
    try:
        return builder.build(loader)
    except YamlSourceError:
        raise
    except yaml.MarkedYAMLError as err:
        line, problem = _where_to_fix(text, err)
        raise YamlSourceError(line + first_line, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as err:
        raise YamlSourceError(first_line, f"invalid YAML: {err}") from None
    except (RecursionError, ValueError, TypeError, OverflowError) as err:
        raise YamlSourceError(first_line, f"invalid YAML value: {err}") from None
    finally:
        loader.dispose()


def _where_to_fix(text: str, err: yaml.MarkedYAMLError) -> tuple[int, str]:
    """The 0-based line to edit and what is wrong there.

    libyaml reports where it gave up, which for a quote or bracket left open is a later line (or
    the end of the file); the line to edit is where it opens: its `context_mark`, or the start of
    the quoted value that ran on to the line where parsing failed.
    """
    mark = err.problem_mark or err.context_mark
    problem = err.problem or err.context or "invalid YAML"
    if "tab" in problem or _char_at(text, mark) == "\t":
        return (mark.line if mark else 0), "a tab character; YAML indents with spaces only: replace the tab with spaces"
    opened = err.context_mark
    if err.context == "while scanning a quoted scalar" and opened is not None:
        quote = _char_at(text, opened) or '"'
        return opened.line, f"the quote {quote} opened on this line is never closed: close it on this line"
    if err.context in ("while parsing a flow sequence", "while parsing a flow mapping") and opened is not None:
        bracket = _char_at(text, opened) or "["
        return opened.line, f"the {bracket} opened on this line is not closed where it should be ({problem})"
    run_on = _quoted_value_ending_at(text, mark)
    if run_on is not None:
        quote, start = run_on
        return start, f"the quote {quote} opened on this line is closed only on line {mark.line + 1}, where YAML then stops ({problem}): close it on this line"
    return (mark.line if mark else 0), problem


def _quoted_value_ending_at(text: str, mark: Any) -> tuple[str, int] | None:
    """The quote and 0-based first line of a quoted value spanning lines that ends on `mark`'s line.

    Such a value is almost always a quote left open: the next quote in the file closed it, and the
    rest of that line is what libyaml could not read. Only scanned on an error, never for a valid file.
    """
    if mark is None:
        return None
    found = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.line > mark.line:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'"):
                spans = token.start_mark.line < token.end_mark.line == mark.line
                found = (token.style, token.start_mark.line) if spans else None
    except yaml.YAMLError:
        pass
    return found


def _char_at(text: str, mark: Any) -> str:
    """The character libyaml stopped at (its marks count lines and columns of `text`)."""
    if mark is None:
        return ""
    lines = text.splitlines()
    if not 0 <= mark.line < len(lines) or not 0 <= mark.column < len(lines[mark.line]):
        return ""
    return lines[mark.line][mark.column]


class _Builder:
    """Turns a libyaml event stream into plain values and a line map."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        self.lines: dict[Path, int] = {}
        self.scalar_starts: dict[Path, tuple[int, str | None]] = {}

    def _line(self, event: Any) -> int:
        return event.start_mark.line + 1 + self.offset

    def build(self, loader: Any) -> YamlDocument:
        loader.get_event()  # StreamStart
        if loader.check_event(yaml.StreamEndEvent):
            raise YamlSourceError(1 + self.offset, "the file is empty: expected a YAML mapping")
        loader.get_event()  # DocumentStart
        value = self._node(loader, loader.get_event(), (), 1)
        loader.get_event()  # DocumentEnd
        if not loader.check_event(yaml.StreamEndEvent):
            extra = loader.peek_event()
            raise YamlSourceError(self._line(extra), "more than one YAML document: a request is one document")
        return YamlDocument(value, self.lines, self.scalar_starts)

    def _node(self, loader: Any, event: Any, path: Path, depth: int) -> Any:
        # The hot loop of `validate`: type identity and local names, not isinstance and lookups.
        line = event.start_mark.line + 1 + self.offset
        if depth > MAX_DEPTH:
            raise YamlSourceError(line, f"nesting deeper than {MAX_DEPTH} levels")
        kind = type(event)
        if kind is _ALIAS or event.anchor:
            raise YamlSourceError(line, "YAML anchors and aliases are not allowed")
        lines = self.lines
        if path not in lines:
            lines[path] = line
        if kind is _SCALAR:
            self.scalar_starts[path] = (line, event.style)
            return self._scalar(loader, event)
        if not event.implicit and event.tag not in _COLLECTION_TAGS:
            raise YamlSourceError(line, f"unsupported YAML tag {shown_name(event.tag)}")
        get_event, check_event = loader.get_event, loader.check_event
        if kind is _SEQUENCE_START:
            items: list[Any] = []
            while not check_event(_SEQUENCE_END):
                item = get_event()
                item_path = (*path, len(items))
                lines[item_path] = item.start_mark.line + 1 + self.offset
                items.append(self._node(loader, item, item_path, depth + 1))
            get_event()
            return items
        if kind is _MAPPING_START:
            mapping: dict[Any, Any] = {}
            while not check_event(_MAPPING_END):
                key_event = get_event()
                key_line = key_event.start_mark.line + 1 + self.offset
                if type(key_event) is not _SCALAR:
                    raise YamlSourceError(key_line, "mapping keys must be plain strings")
                if key_event.anchor or (key_event.tag not in (None, "!", _STR_TAG)):
                    raise YamlSourceError(key_line, "mapping keys must be plain strings")
                key = key_event.value  # as written: `true:` is the key 'true', not a boolean
                key_path = (*path, key)
                if key in mapping:
                    raise YamlSourceError(key_line, f"duplicate key '{shown_name(key)}' (first on line {lines[key_path]})")
                lines[key_path] = key_line
                mapping[key] = self._node(loader, get_event(), key_path, depth + 1)
            get_event()
            return mapping
        raise YamlSourceError(line, f"unexpected YAML event {kind.__name__}")

    def _scalar(self, loader: Any, event: Any) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if event.style:  # quoted or block: always a string, no resolution needed
                return event.value
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR_TAG:
            return event.value
        if tag not in loader.yaml_constructors:
            raise YamlSourceError(self._line(event), f"unsupported YAML tag {shown_name(tag)}")
        if tag == _INT_TAG and not _DECIMAL.fullmatch(event.value):
            # YAML 1.1 reads 0x10 as 16, 017 as 15 and 1:30 as 90: a limit or a budget is written as it is meant.
            raise YamlSourceError(self._line(event), f"invalid value {shown(event.value)}: write a whole number in decimal digits, like 5000")
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return loader.construct_object(node)
        except (ValueError, TypeError, OverflowError, yaml.YAMLError) as err:
            # An impossible date such as 2027-13-45 looks like a timestamp but is none.
            hint = "; write a real date as YYYY-MM-DD" if tag == "tag:yaml.org,2002:timestamp" else ""
            raise YamlSourceError(self._line(event), f"invalid value {shown(event.value)}: {err}{hint}") from None


def string_first_line(document: YamlDocument, path: Path) -> tuple[int, bool]:
    """Line in the file where the string at `path` begins, and whether its lines are the file's.

    Only a literal block (`|`) keeps the file's lines; a folded, quoted or plain string does not,
    so errors inside it can only point at its first line.
    """
    line, style = document.scalar_starts.get(path, (document.line_of(path), None))
    if style == "|":
        return line + 1, True
    return line, False
