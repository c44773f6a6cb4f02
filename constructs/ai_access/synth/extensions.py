"""Platform extensions: functions a platform team names in `platform.yaml`, called once per team.

`extensions:` lists `"module:function"` import paths. Each module is imported with the folder that
holds the platform file first on `sys.path` (a platform repository keeps its extensions beside
`platform.yaml`), then installed packages, in every process that builds teams. Each function is
called as `function(team)` with the team's composed `TeamAccess` (docs/extending.md).

Whatever an extension does, synth ends in one line naming it: an exception, `sys.exit`, Ctrl-C,
a module it imported behind synth's back (`extension_sources`). Once every extension ran, the
team's manifests, as they will be written, must keep every rule of `synth.invariants`; if they do
not, synth refuses them and names the extensions that ran. The previous output stays as it was.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ai_access.exit_codes import ENVIRONMENT, INVALID
from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.synth import progress
from ai_access.synth.extension_sources import SourceWatch, extensions_digest  # noqa: F401  (the synth index's input)


class SynthStopped(Exception):
    """synth stopped before replacing any output; `exit_code` says why (`exit_codes`), `details` may hold a traceback."""

    def __init__(self, message: str, details: str = "", exit_code: int = INVALID, extension: str = "") -> None:
        super().__init__(message)
        self.details = details
        self.exit_code = exit_code
        self.extension = extension
        """The `module:function` path of the extension it is about, when it is about one."""

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker process, re-raised in synth's
        return (type(self), (str(self), self.details, self.exit_code, self.extension))


class ExtensionError(SynthStopped):
    """An extension could not be loaded, failed, or left the team's output breaking a rule."""


@dataclass(frozen=True)
class Extension:
    """One loaded extension: its `module:function` path and the function."""

    path: str
    function: Callable[[Any], None]


def load_extensions(paths: Sequence[str], folder: str | None) -> tuple[Extension, ...]:
    """Import each `module:function`, with `folder` (the platform file's) first on `sys.path`."""
    if not paths:
        return ()
    _first_on_path(folder)
    _forget_loaded()
    _WATCH[0] = watch = SourceWatch(paths, folder)
    loaded = []
    for path in paths:
        module_name, _, function_name = path.partition(":")
        _LOADED.add(module_name.split(".")[0])
        progress.loading(path)
        try:
            function = getattr(importlib.import_module(module_name), function_name)
        except BaseException as error:  # an extension's import may raise anything, or end the process
            raise _failure(error, f"extension {path}: cannot load it", f"while extension {path} was imported", path) from None
        if not callable(function):
            raise ExtensionError(f"extension {path}: {function_name} is not a function", extension=path)
        _refuse_unknown_modules(watch, path)
        loaded.append(Extension(path, function))
    progress.loading("")
    return tuple(loaded)


def apply_extensions(team: Any, extensions: Sequence[Extension]) -> None:
    """Call each extension with `team` (a `TeamAccess`), in order."""
    if extensions and id(team.platform) not in _PRISTINE:
        _PRISTINE[id(team.platform)] = (team.platform, team.platform.model_copy(deep=True))
    for extension in extensions:
        progress.running(extension.path)
        try:
            extension.function(team)
        except BaseException as error:  # whatever an extension raises stops synth, with its name on it
            where = f"while extension {extension.path} ran for team {team.names.team}"
            raise _failure(error, f"extension {extension.path} failed for team {team.names.team}", where, extension.path) from None
        if _WATCH[0] is not None:
            _refuse_unknown_modules(_WATCH[0], extension.path)
        # The models refuse changes; object.__setattr__ still gets through, and a changed platform
        # would reach every team built after this one, in this process only (25 us a call).
        if team.platform != _PRISTINE[id(team.platform)][1]:
            raise ExtensionError(f"extension {extension.path} changed the platform configuration while it ran for team {team.names.team}; it is read-only", extension=extension.path)
        progress.running("")


def refuse_broken_output(
    request: AccessRequest, objects: list[dict[str, Any]], platform: PlatformConfig, *, lifecycle: TeamLifecycle, extensions: Sequence[Extension]
) -> None:
    """Raise unless one team's final manifests keep every rule of `synth.invariants`."""
    from ai_access.synth.invariants import output_violations

    found = output_violations(request, objects, platform, lifecycle=lifecycle, scopes=bool(extensions))
    if not found:
        return
    more = f" (and {len(found) - 1} more; --traceback lists them)" if len(found) > 1 else ""
    details = "".join(f"{line}\n" for line in found)
    if extensions:
        who = ("extensions " if len(extensions) > 1 else "extension ") + ", ".join(e.path for e in extensions)
        raise ExtensionError(f"{who} left team {request.team}'s output breaking a rule: {found[0]}{more}", details)
    raise SynthStopped(
        f"team {request.team}'s output breaks a rule of this tool: {found[0]}{more}; no extension ran, so this is a bug: please report it",
        details,
    )


def _failure(error: BaseException, prefix: str, where: str, path: str) -> SynthStopped:
    """The one line for what extension `path` raised (or how it tried to end the process)."""
    if isinstance(error, KeyboardInterrupt):
        return SynthStopped(f"interrupted {where}; the previous output is untouched", exit_code=ENVIRONMENT, extension=path)
    if isinstance(error, SystemExit):
        code = _text(repr, error.code)
        return ExtensionError(f"{prefix}: it called sys.exit({code}); an extension returns, or raises an exception to stop synth", extension=path)
    return ExtensionError(f"{prefix}: {type(error).__name__}: {_text(str, error)}", traceback.format_exc(), extension=path)


def _text(form: Callable[[Any], str], value: Any) -> str:
    """`form(value)` as one line of at most 300 characters, whatever `value`'s own str or repr does."""
    try:
        text = form(value)
    except Exception:  # an extension's exception may fail to print itself
        return f"<{type(value).__name__} that cannot be printed>"
    if not text.isprintable():  # a line break must not start a second line of output
        text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    return text if len(text) <= 300 else f"{text[:300]}... ({len(text):,} characters)"


def _refuse_unknown_modules(watch: SourceWatch, path: str) -> None:
    unknown = watch.unknown()
    if unknown:
        name, file = unknown[0]
        raise ExtensionError(
            extension=path,
            message=f"extension {path}: module {name} ({file.name}) was imported in a way synth cannot see before it runs "
            "(importlib or __import__ with a computed name, or from a folder added to sys.path), so a change of it would not "
            "rebuild the teams; keep it beside the platform file and import it with an import statement",
        )


_LOADED: set[str] = set()
"""Top-level modules imported as extensions in this process."""
_PRISTINE: dict[int, tuple[PlatformConfig, PlatformConfig]] = {}
"""Each platform configuration extensions received in this process (kept alive, so its id stays its own), and its copy from before any ran."""
_WATCH: list[SourceWatch | None] = [None]
"""What the extensions loaded last in this process may import (`extension_sources`)."""


def _forget_loaded() -> None:
    # Each synth imports its extensions afresh: a process that synthesizes twice (tests, a platform
    # engineer's session) sees the extension code as it is now, from the folder named now, helper
    # modules included.
    forgotten = set(_WATCH[0].loaded) if _WATCH[0] is not None else set()
    for name in list(sys.modules):
        if name.split(".")[0] in _LOADED or name in forgotten:
            del sys.modules[name]
    importlib.invalidate_caches()


def _first_on_path(folder: str | None) -> None:
    # The platform repository's own extensions win over installed packages of the same name.
    if folder is not None and (not sys.path or sys.path[0] != folder):
        if folder in sys.path:
            sys.path.remove(folder)
        sys.path.insert(0, folder)
