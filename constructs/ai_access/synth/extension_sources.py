"""Which files an extension's code comes from: an input of every team's key, and proof nothing else ran.

synth decides what to rebuild before any extension is imported (importing one starts Node.js, which
a synth that rebuilds nothing never pays), so the files are found by reading, not by running:

- each extension's own module, or every file of its package (data files included);
- every module those files import (an `import` or `from ... import` statement anywhere in them,
  relative ones too) that lies in the platform file's folder, and so on for what those import.

What a process then really imports is checked against that set (`SourceWatch`): a module the set
does not hold (an `importlib.import_module` with a computed name, a folder an extension put on
`sys.path`) stops synth with a line naming it, since a change of it would leave stale output.
Modules of the library and of the generated bindings are inputs of their own; those of the Python
installation (the standard library, installed packages) are the environment synth runs in.

Hashing every file importable from the folder instead would be all of a repository's Python when
`platform.yaml` sits at its top, as here (tests, benchmarks, a virtual environment), and any folder
is importable as a namespace package.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import site
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path


def extension_files(paths: Sequence[str], folder: str | None) -> list[Path]:
    """Every file the extensions `paths` come from, found without importing them (`folder` first on the path)."""
    found: set[Path] = set()
    todo: list[tuple[Path, str, bool]] = []
    for path in paths:
        top = path.partition(":")[0].split(".")[0]
        origin = _origin(top, folder)
        if origin is None:
            continue
        if origin.is_dir():
            for file in sorted(p for p in origin.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
                found.add(file)
                if file.suffix == ".py":
                    todo.append((file, _module_name(file, origin.parent), file.name == "__init__.py"))
        else:
            found.add(origin)
            todo.append((origin, top, False))
    root = Path(folder).resolve() if folder else None
    while todo:
        file, module, is_package = todo.pop()
        for name in _imported_names(file, module, is_package):
            local = _local_module(name, root) if root else None
            if local is not None and local not in found:
                found.add(local)
                todo.append((local, name, local.name == "__init__.py"))
    return sorted(found)


def extensions_digest(paths: Sequence[str], folder: str | None) -> str:
    """A hash of each extension's path and of every file it comes from (`extension_files`)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.encode() + b"\0")
    root = Path(folder).resolve() if folder else None
    for file in extension_files(paths, folder) if paths else []:
        shown = file.relative_to(root) if root and file.is_relative_to(root) else Path(file.name)
        digest.update(shown.as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


class SourceWatch:
    """The modules a process imported from the extension folder, each checked against `extension_files`."""

    def __init__(self, paths: Sequence[str], folder: str | None) -> None:
        """Watch what is imported from now on (`folder` as synth looks extensions up there)."""
        self.known = {file.resolve() for file in extension_files(paths, folder)}
        self.skipped = [_library_root(), *_installation_roots()]
        self.seen = set(sys.modules)
        self.loaded: list[str] = []
        """Modules imported from outside the library and the installation: what the next synth in this process forgets."""

    def unknown(self) -> list[tuple[str, Path]]:
        """The modules imported since the last call, from outside the library and the installation, that no known file holds."""
        if len(sys.modules) == len(self.seen):  # the common case, per team: nothing new
            return []
        new = [name for name in list(sys.modules) if name not in self.seen]
        self.seen.update(new)
        found = []
        for name in new:
            file = getattr(sys.modules.get(name), "__file__", None)
            if not file:
                continue
            path = Path(file).resolve()
            if any(path.is_relative_to(root) for root in self.skipped):
                continue
            self.loaded.append(name)
            if path not in self.known:
                found.append((name, path))
        return found


def _origin(module: str, folder: str | None) -> Path | None:
    """The file of a top-level module, or the folder of a package, as an import would find it."""
    if folder is not None:
        local = _local_module(module, Path(folder).resolve())
        if local is not None:
            return local.parent if local.name == "__init__.py" else local
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))).resolve()
    return Path(spec.origin).resolve() if spec.origin and os.path.isfile(spec.origin) else None


def _local_module(name: str, root: Path) -> Path | None:
    """The file of module `name` below `root` (a package's `__init__.py`), or None."""
    base = root.joinpath(*name.split("."))
    for candidate in (base / "__init__.py", base.with_name(base.name + ".py")):
        if candidate.is_file():
            return candidate.resolve()
    return None


def _imported_names(file: Path, module: str, is_package: bool) -> Iterable[str]:
    """Every module name an import statement in `file` may load (`a.b` also loads `a`)."""
    try:
        tree = ast.parse(file.read_bytes(), filename=str(file))
    except (SyntaxError, ValueError, OSError):
        return []  # the import itself will fail and say why
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            if base:
                names.add(base)
                names.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return {".".join(name.split(".")[: i + 1]) for name in names for i in range(name.count(".") + 1)}


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return ".".join(part for part in (package, node.module) if part)


def _module_name(file: Path, root: Path) -> str:
    parts = file.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _library_root() -> Path:
    return Path(__file__).resolve().parent.parent


def _installation_roots() -> list[Path]:
    roots = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, site.getuserbase())}
    spec = importlib.util.find_spec("imports")  # the generated bindings: an input of their own
    if spec is not None and spec.submodule_search_locations:
        roots.add(Path(next(iter(spec.submodule_search_locations))).resolve())
    return sorted(roots)
