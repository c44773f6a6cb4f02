"""Platform synth as a whole process against the import time of the azurerm bindings it uses (not a test).

    .venv/bin/python benchmarks/platform_synth.py [--runs 3]

Prints, best of `--runs`: the time to import the azurerm submodules the stack imports (in a fresh
interpreter, after cdktf), the wall clock of `python main.py platform`, and their ratio. The two are
measured in turns, so that both see the same machine: on a shared one, the same import took 8 to
13 s within an hour.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "CHECKPOINT_DISABLE": "1"}


def used_modules() -> list[str]:
    """The azurerm submodules imported by the platform constructs."""
    found = set()
    for path in (ROOT / "constructs" / "ai_access" / "platform").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cdktf_cdktf_provider_azurerm."):
                found.add(node.module)
    return sorted(found)


def import_seconds(modules: list[str]) -> float:
    code = (
        "import time, importlib, cdktf\n"
        f"start = time.perf_counter()\nfor m in {modules!r}: importlib.import_module(m)\n"
        "print(time.perf_counter() - start)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=ENV, capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def synth_seconds(out: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "main.py", "platform", "--out", out], cwd=ROOT, env=ENV, capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    modules = used_modules()
    imports, synth = float("inf"), float("inf")
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.runs):
            imports = min(imports, import_seconds(modules))
            synth = min(synth, synth_seconds(out))
    print(f"azurerm submodules used: {len(modules)}")
    print(f"import of those modules: {imports:.2f} s (best of {args.runs})")
    print(f"python main.py platform: {synth:.2f} s (best of {args.runs}, whole process)")
    print(f"ratio:                   {synth / imports:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
