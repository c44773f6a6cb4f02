"""Reading `platform.yaml` into a `PlatformConfig`, with the same `PATH:LINE: field: message` errors."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from pydantic import ValidationError

from ai_access.loading.parsed import dotted, worded_errors
from ai_access.loading.yaml_source import YamlDocument, YamlSourceError, load_yaml
from ai_access.models.platform import ConfigError, PlatformConfig
from ai_access.problems import Problem

MAX_PLATFORM_BYTES = 1024 * 1024
MAX_FRAGMENT_BYTES = 32 * 1024
"""APIM's limit for a policy fragment ("Reuse policy configurations in your API Management policy
definitions": at most 32 KB; no section elements, no `<base/>`, no nested fragment)."""
_NOT_IN_A_FRAGMENT = ("inbound", "backend", "outbound", "on-error", "base", "include-fragment")


class PlatformConfigError(Exception):
    """`platform.yaml` is missing or invalid; `problems` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class PlatformSource:
    """Where the platform configuration came from, to point problems at its lines, and the files it names."""

    path: str
    document: YamlDocument
    fragments: dict[str, str] = field(default_factory=dict)
    """Policy fragment id -> its XML, read from the files `apim.policyFragments` names."""

    def line_of(self, *path: str) -> int:
        """Line of a key path in the platform file."""
        return self.document.line_of(path)


def load_platform(path: str) -> PlatformConfig:
    """Parse and validate the platform configuration at `path`."""
    return load_platform_source(path)[0]


def load_platform_source(path: str) -> tuple[PlatformConfig, PlatformSource]:
    """Like `load_platform`, also returning the source for line numbers."""
    document = _read_document(path)
    try:
        platform = PlatformConfig.model_validate(document.value)
    except ValidationError as err:
        problems = [
            Problem(path, document.line_of(loc), dotted(loc) or "(document)", message)
            for loc, message in _located([dict(error) for error in err.errors()], document.value)
        ]
        raise PlatformConfigError(problems) from None
    return platform, PlatformSource(path, document, _read_fragments(path, document, platform.apim.policy_fragments))


def fragment_files(path: str) -> list[str]:
    """The files `apim.policyFragments` of the platform file at `path` names, relative to its folder.

    What must travel with the file when it is read elsewhere (`plan` unpacks the base's copy); []
    when the file cannot be read as YAML, whose problems `load_platform` reports.
    """
    try:
        document = _read_document(path)
    except PlatformConfigError:
        return []
    apim = document.value.get("apim") if isinstance(document.value, dict) else None
    files = apim.get("policyFragments") if isinstance(apim, dict) else None
    return [name for name in files.values() if isinstance(name, str) and name] if isinstance(files, dict) else []


def _read_document(path: str) -> YamlDocument:
    """The platform file at `path` as a YAML document: UTF-8, at most 1 MiB."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_PLATFORM_BYTES + 1)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise PlatformConfigError([Problem(path, 1, "(file)", f"cannot read platform configuration: {err}")]) from None
    if len(raw) > MAX_PLATFORM_BYTES:
        raise PlatformConfigError([Problem(path, 1, "(file)", "platform configuration larger than 1 MiB")])
    try:
        return load_yaml(text)
    except YamlSourceError as err:
        raise PlatformConfigError([Problem(path, err.line, "(document)", err.message)]) from None


def _read_fragments(path: str, document: YamlDocument, files: dict[str, str]) -> dict[str, str]:
    """Each policy fragment's XML, checked as APIM checks it; every problem at the line of its key."""
    folder = os.path.dirname(os.path.abspath(path))
    fragments, problems = {}, []
    for fragment_id, relative in files.items():
        loc = ("apim", "policyFragments", fragment_id)
        try:
            fragments[fragment_id] = _fragment(os.path.join(folder, relative))
        except ValueError as error:
            problems.append(Problem(path, document.line_of(loc), dotted(loc), f"{relative}: {error}"))
    if problems:
        raise PlatformConfigError(problems)
    return fragments


def _fragment(file: str) -> str:
    try:
        with open(file, "rb") as handle:
            raw = handle.read(MAX_FRAGMENT_BYTES + 1)
    except OSError as error:
        raise ValueError(f"cannot read it: {error.strerror}") from None
    if len(raw) > MAX_FRAGMENT_BYTES:
        raise ValueError(f"larger than {MAX_FRAGMENT_BYTES // 1024} KB, APIM's limit for a fragment")
    # No entities, no network: a fragment file is data, never a way to read other files.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as error:
        raise ValueError(f"not well-formed XML: {error}") from None
    if root.getroottree().docinfo.doctype:
        raise ValueError("a fragment may not have a DOCTYPE (its entities would be read as files)")
    if root.tag != "fragment":
        raise ValueError(f"the root element must be <fragment>, not <{root.tag}>")
    found = sorted({element.tag for element in root.iter() if element.tag in _NOT_IN_A_FRAGMENT})
    if found:
        raise ValueError(f"a fragment may not hold {', '.join(f'<{tag}>' for tag in found)} (APIM refuses it)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None


def _located(errors: list[dict[str, Any]], value: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """The path and message of each problem, in the requests' words (`pydantic_message`); a `ConfigError` holds several."""
    plain = [error for error in errors if not isinstance((error.get("ctx") or {}).get("error"), ConfigError)]
    worded = {id(error): (loc, message) for loc, message, error in worded_errors(plain, value, PlatformConfig)}
    found: list[tuple[tuple[str | int, ...], str]] = []
    for error in errors:
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, ConfigError):
            found += [(tuple(error["loc"]) + below, message) for below, message in cause.problems]
        elif id(error) in worded:  # not there: a missing field an unknown key's "did you mean" names
            found.append(worded[id(error)])
    return found
