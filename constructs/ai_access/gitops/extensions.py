"""Platform extensions: functions a platform team names in `platform.yaml`, called once per team.

`extensions:` lists `"module:function"` import paths. Each module is imported with the folder that
holds the platform file first on `sys.path` (a platform repository keeps its extensions beside
`platform.yaml`), then installed packages, in every process that builds teams. Each function is
called as `function(team)` with the team's composed `TeamAccess`, and may add objects to the team:
namespaced ones, in the team's namespace. Anything else, and an extension that raises, stops synth
with an `ExtensionError` naming the extension (docs/extending.md).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ai_access.gitops.api_scopes import is_namespaced

if TYPE_CHECKING:  # cdk8s starts jsii: only the processes that build import it
    from cdk8s import Chart


class ExtensionError(Exception):
    """An extension could not be loaded, raised, or added an object it may not; `details` holds the traceback."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker process, re-raised in synth's
        return (ExtensionError, (str(self), self.details))


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
    loaded = []
    for path in paths:
        module_name, _, function_name = path.partition(":")
        _LOADED.add(module_name.split(".")[0])
        try:
            function = getattr(importlib.import_module(module_name), function_name)
        except Exception as error:  # an extension's import may raise anything
            raise ExtensionError(f"extension {path}: cannot load it: {type(error).__name__}: {error}", traceback.format_exc()) from None
        if not callable(function):
            raise ExtensionError(f"extension {path}: {function_name} is not a function")
        loaded.append(Extension(path, function))
    return tuple(loaded)


def apply_extensions(chart: "Chart", team: Any, extensions: Sequence[Extension]) -> None:
    """Call each extension with `team`, then check every object it added to the chart."""
    for extension in extensions:
        before = {id(api_object) for api_object in _api_objects(chart)}
        try:
            extension.function(team)
        except Exception as error:  # whatever an extension raises stops synth, with its name on it
            raise ExtensionError(
                f"extension {extension.path} failed for team {team.names.team}: {type(error).__name__}: {error}",
                traceback.format_exc(),
            ) from None
        for api_object in _api_objects(chart):
            if id(api_object) not in before:
                _check_added(extension.path, api_object.to_json(), team.namespace)


def _api_objects(chart: "Chart") -> list[Any]:
    """Every API object below `chart`, at any depth (`Chart.api_objects` lists direct children only)."""
    from cdk8s import ApiObject

    return [node for node in chart.node.find_all() if isinstance(node, ApiObject)]


def _check_added(path: str, manifest: dict[str, Any], namespace: str) -> None:
    kind, name = manifest.get("kind", ""), manifest.get("metadata", {}).get("name", "")
    where = f"extension {path}: {kind} {name!r}"
    scoped = is_namespaced(manifest.get("apiVersion", ""), kind)
    if scoped is None:
        raise ExtensionError(f"{where}: {manifest.get('apiVersion')} {kind} is neither a Kubernetes kind nor one of the known CRDs; cannot tell its scope")
    if not scoped:
        raise ExtensionError(f"{where} is cluster-scoped; an extension may add only namespaced objects, in the team's namespace")
    if manifest["metadata"].get("namespace") != namespace:
        found = manifest["metadata"].get("namespace")
        raise ExtensionError(f"{where} is in namespace {found!r}, not the team's namespace {namespace!r} (use team.namespace)")


def extensions_digest(paths: Sequence[str], folder: str | None) -> str:
    """A hash of each extension's path and source (its module's file, or its package's folder).

    Extension code is an input of every team's output: part of the synth index's shared key.
    """
    digest = hashlib.sha256()
    if paths:
        _first_on_path(folder)
    for path in paths:
        digest.update(path.encode() + b"\0")
        origin = _origin(path.partition(":")[0].split(".")[0])
        files = sorted(p for p in origin.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if origin and origin.is_dir() else [origin] if origin else []
        for file in files:
            digest.update(str(file.relative_to(origin.parent)).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


_LOADED: set[str] = set()
"""Top-level modules imported as extensions in this process."""


def _forget_loaded() -> None:
    # Each synth imports its extensions afresh: a process that synthesizes twice (tests, a platform
    # engineer's session) sees the extension code as it is now, from the folder named now.
    for name in list(sys.modules):
        if name.split(".")[0] in _LOADED:
            del sys.modules[name]
    importlib.invalidate_caches()


def _first_on_path(folder: str | None) -> None:
    # The platform repository's own extensions win over installed packages of the same name.
    if folder is not None and (not sys.path or sys.path[0] != folder):
        if folder in sys.path:
            sys.path.remove(folder)
        sys.path.insert(0, folder)


def _origin(module_name: str) -> Path | None:
    """The file of a top-level module, or the folder of a package (every file in it may decide the output)."""
    try:
        spec = importlib.util.find_spec(module_name)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(spec.origin) if spec.origin else None
