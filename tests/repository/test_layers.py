"""The package's layers, one direction only: no module imports from a layer above its own, and no import circle.

docs/design.md, "Layers, one direction": the naming contract and the leaves at the bottom, then the
models, loading, validation, the constructs of both layers, the synth pipeline, the verbs' work
(plan, verify, the catalog doc), and the command line on top. An import only a type checker reads
(`if TYPE_CHECKING:`) is no import.
"""

from __future__ import annotations

import ast
from pathlib import Path

from support.files import REPO

PACKAGE = REPO / "constructs" / "ai_access"
LAYERS = [
    {"exit_codes", "problems", "local_files", "fast_exit", "node_runtime", "names", "apim"},
    {"models"},
    {"loading"},
    {"validation"},
    {"gitops", "platform"},
    {"synth"},
    {"review", "verify", "reference"},
    {"cli"},
]
RANK = {unit: rank for rank, units in enumerate(LAYERS) for unit in units}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """The `ai_access` modules `path` imports (a name imported from a package counts as its module when it is one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = list(_outside_type_checking(tree.body)) if top_level_only else list(_all_but_type_checking(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "ai_access" and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "ai_access")
    return found


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _outside_type_checking(body: list[ast.stmt]):  # noqa: ANN202
    for node in body:
        if not _is_type_checking(node):
            yield node
            if isinstance(node, (ast.If, ast.Try)):  # a conditional import at module level is still one
                yield from _outside_type_checking([*getattr(node, "body", []), *getattr(node, "orelse", []), *getattr(node, "finalbody", [])])


def _all_but_type_checking(tree: ast.AST):  # noqa: ANN202
    for node in ast.iter_child_nodes(tree):
        if _is_type_checking(node):
            continue
        yield node
        yield from _all_but_type_checking(node)


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(package)"


def test_every_unit_of_the_package_has_a_layer() -> None:
    units = {_unit(module) for module in _modules()} - {"(package)"}
    assert units - RANK.keys() == set(), "give the new module or package a layer in LAYERS (and docs/design.md)"


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    modules = _modules()
    upward = [
        f"{module} imports {target}"
        for module, path in sorted(modules.items())
        if _unit(module) in RANK
        for target in sorted(_imports(path, top_level_only=False))
        if target in modules and _unit(target) in RANK and RANK[_unit(target)] > RANK[_unit(module)]
    ]
    assert upward == []


def test_no_two_modules_import_each_other_at_module_level() -> None:
    modules = _modules()
    graph = {module: {t for t in _imports(path, top_level_only=True) if t in modules and t != module} for module, path in modules.items()}
    # A package imports its own modules in its __init__ (gitops' public module): that is not a circle back.
    for module in graph:
        graph[module] = {t for t in graph[module] if not (t.startswith(module + ".") and modules[module].name == "__init__.py")}
    circles, state = [], {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                circles.append(" -> ".join([*trail[trail.index(target):], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []
