"""Reading `platform.yaml` into a `PlatformConfig`, with the same `PATH:LINE: field: message` errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ai_access.loading.parsed import dotted
from ai_access.loading.yaml_source import YamlDocument, YamlSourceError, load_yaml
from ai_access.models.platform import ConfigError, PlatformConfig
from ai_access.problems import Problem, shown

MAX_PLATFORM_BYTES = 1024 * 1024


class PlatformConfigError(Exception):
    """`platform.yaml` is missing or invalid; `problems` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class PlatformSource:
    """Where the platform configuration came from, to point problems at its lines."""

    path: str
    document: YamlDocument

    def line_of(self, *path: str) -> int:
        """Line of a key path in the platform file."""
        return self.document.line_of(path)


def load_platform(path: str) -> PlatformConfig:
    """Parse and validate the platform configuration at `path`."""
    return load_platform_source(path)[0]


def load_platform_source(path: str) -> tuple[PlatformConfig, PlatformSource]:
    """Like `load_platform`, also returning the source for line numbers."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_PLATFORM_BYTES + 1)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise PlatformConfigError([Problem(path, 1, "(file)", f"cannot read platform configuration: {err}")]) from None
    if len(raw) > MAX_PLATFORM_BYTES:
        raise PlatformConfigError([Problem(path, 1, "(file)", "platform configuration larger than 1 MiB")])
    try:
        document = load_yaml(text)
    except YamlSourceError as err:
        raise PlatformConfigError([Problem(path, err.line, "(document)", err.message)]) from None
    try:
        return PlatformConfig.model_validate(document.value), PlatformSource(path, document)
    except ValidationError as err:
        problems = []
        for error in err.errors():
            for loc, message in _located(error):
                problems.append(Problem(path, document.line_of(loc), dotted(loc) or "(document)", message))
        raise PlatformConfigError(problems) from None


def _located(error: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """The path and message of each problem in one pydantic error; a `ConfigError` holds several."""
    loc = tuple(error["loc"])
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, ConfigError):
        return [(loc + below, message) for below, message in cause.problems]
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] in ("string_pattern_mismatch", "literal_error", "enum", "int_parsing", "uuid_parsing"):
        message = f"{message} (got {shown(error.get('input'))})"
    return [(loc, message)]
