"""The library's output rules (`ai_access.synth.invariants`, which synth runs too), and reading a folder back.

Shared by the library tests (fixtures, generated requests) and the repository checks (every team
in the live `dist/`), so a failure names the object and the rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ai_access.synth.invariants import name_violations, output_violations, violations  # noqa: F401  (the tests' names)


def load_objects(folder: Path) -> list[dict[str, Any]]:
    """Every object of one synthesized folder, in file order."""
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))]
