"""Reading `platform.yaml` into a `PlatformConfig`, with the same `PATH:LINE: field: message` errors."""

from __future__ import annotations

from pydantic import ValidationError

from dataclasses import dataclass

from ai_access.loading.yaml_source import YamlDocument, YamlSourceError, load_yaml
from ai_access.models.platform import PlatformConfig
from ai_access.problems import Problem

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
            loc = tuple(error["loc"])
            field = ".".join(str(part) for part in loc) or "(document)"
            message = str(error["msg"]).removeprefix("Value error, ")
            problems.append(Problem(path, document.line_of(loc), field, message))
        raise PlatformConfigError(problems) from None
