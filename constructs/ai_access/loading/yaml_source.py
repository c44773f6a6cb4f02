"""Safe YAML loading that keeps the line of every key and item.

Requests are written by hand and reviewed in pull requests, so every error must point at a line.
PyYAML's libyaml event stream gives marks for each node; building plain values from the events
ourselves lets us refuse what a request never needs and what hostile input uses: anchors and
aliases (alias bombs), duplicate keys (the second silently wins in PyYAML), several documents, and
deep nesting (recursive composition can exhaust the C stack).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # libyaml is part of PyYAML's wheels; the pure-Python parser is a slow but equal fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 16
"""Deepest nesting a request may use (a request needs 4)."""

Path = tuple[str | int, ...]
_COLLECTION_TAGS = (None, "!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")


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
        mark = err.problem_mark or err.context_mark
        line = (mark.line if mark else 0) + first_line
        problem = err.problem or err.context or "invalid YAML"
        raise YamlSourceError(line, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as err:
        raise YamlSourceError(first_line, f"invalid YAML: {err}") from None
    except (RecursionError, ValueError, TypeError, OverflowError) as err:
        raise YamlSourceError(first_line, f"invalid YAML value: {err}") from None
    finally:
        loader.dispose()


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
        if depth > MAX_DEPTH:
            raise YamlSourceError(self._line(event), f"nesting deeper than {MAX_DEPTH} levels")
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlSourceError(self._line(event), "YAML anchors and aliases are not allowed in a request")
        self.lines.setdefault(path, self._line(event))
        if isinstance(event, yaml.ScalarEvent):
            self.scalar_starts[path] = (self._line(event), event.style)
            return self._scalar(loader, event)
        if not event.implicit and event.tag not in _COLLECTION_TAGS:
            raise YamlSourceError(self._line(event), f"unsupported YAML tag {event.tag}")
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not loader.check_event(yaml.SequenceEndEvent):
                item = loader.get_event()
                self.lines[(*path, len(items))] = self._line(item)
                items.append(self._node(loader, item, (*path, len(items)), depth + 1))
            loader.get_event()
            return items
        if isinstance(event, yaml.MappingStartEvent):
            mapping: dict[Any, Any] = {}
            while not loader.check_event(yaml.MappingEndEvent):
                key_event = loader.get_event()
                if not isinstance(key_event, yaml.ScalarEvent):
                    raise YamlSourceError(self._line(key_event), "mapping keys must be plain strings")
                key = self._scalar(loader, key_event)
                if not isinstance(key, str):
                    key = str(key)
                if key in mapping:
                    first = self.lines[(*path, key)]
                    raise YamlSourceError(self._line(key_event), f"duplicate key '{key}' (first on line {first})")
                self.lines[(*path, key)] = self._line(key_event)
                mapping[key] = self._node(loader, loader.get_event(), (*path, key), depth + 1)
            loader.get_event()
            return mapping
        raise YamlSourceError(self._line(event), f"unexpected YAML event {type(event).__name__}")

    def _scalar(self, loader: Any, event: Any) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag not in loader.yaml_constructors:
            raise YamlSourceError(self._line(event), f"unsupported YAML tag {tag}")
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return loader.construct_object(node)
        except (ValueError, TypeError, OverflowError, yaml.YAMLError) as err:
            # An impossible date such as 2027-13-45 looks like a timestamp but is none.
            raise YamlSourceError(self._line(event), f"invalid value {event.value!r}: {err}") from None


def string_first_line(document: YamlDocument, path: Path) -> tuple[int, bool]:
    """Line in the file where the string at `path` begins, and whether its lines are the file's.

    Only a literal block (`|`) keeps the file's lines; a folded, quoted or plain string does not,
    so errors inside it can only point at its first line.
    """
    line, style = document.scalar_starts.get(path, (document.line_of(path), None))
    if style == "|":
        return line + 1, True
    return line, False
