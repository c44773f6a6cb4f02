"""The report of `make mutation`: the score per module and every mutant that survived, with its reason.

Reads what `mutmut run` left in each scratch copy (`<copy>/mutants/**/*.py.meta`, one exit code per
mutant) and `survivors.txt` beside this file, which gives the reason a known survivor is not worth a
test (an equivalent mutant, say). A survivor without a reason is marked as new: it needs a test that
kills it or a reason. Exits 1 when less than TARGET of the mutants are killed.

A survivor is known by its function and the lines it changes (`mutmut show`), not by mutmut's name:
mutmut numbers the mutants of a function in order, so an edit elsewhere in the function renumbers
them all, while the changed lines stay what they are.

    .venv-mutation/bin/python mutation/report.py build/mutation/pure build/mutation/jsii
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

TARGET = 0.90
# mutmut's exit codes (mutmut/stats.py): a failing test or pytest's internal error kills a mutant,
# and so do a timeout and a crash; 0 is a survivor, 33 and 5 a mutant no selected test reaches.
KILLED = {1, 3, -24, 24, 152, 255, 36, -11, -9}
SURVIVED = {0}
NO_TESTS = {33, 5}
REASONS = Path(__file__).with_name("survivors.txt")


def main(copies: list[str]) -> int:
    """Print the report for the scratch copies `copies`; 1 when the score is under the target."""
    reasons = _reasons()
    by_module: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    where: dict[str, Path] = {}
    for copy in map(Path, copies):
        for meta in sorted((copy / "mutants" / "src").rglob("*.py.meta")):
            codes = json.loads(meta.read_text())["exit_code_by_key"]
            if not codes:
                continue
            module = ".".join(meta.relative_to(copy / "mutants" / "src").with_suffix("").with_suffix("").parts)
            for name, code in codes.items():
                by_module[module].append((name, code))
                where[name] = copy
    total = killed = 0
    lost: list[tuple[str, str]] = []
    print(f"{'module':40} {'killed':>7} {'total':>6} {'score':>7}")
    for module in sorted(by_module):
        results = by_module[module]
        dead = sum(code in KILLED for _, code in results)
        print(f"{module:40} {dead:>7} {len(results):>6} {dead / len(results):>7.1%}")
        total += len(results)
        killed += dead
        lost += [(name, _status(code)) for name, code in results if code not in KILLED]
    score = killed / total if total else 0.0
    print(f"{'all':40} {killed:>7} {total:>6} {score:>7.1%}  (target {TARGET:.0%})")
    if lost:
        print(f"\n{len(lost)} not killed:")
    unexplained = 0
    seen: set[Key] = set()
    for name, status in sorted(lost):
        key = survivor_key(name, _changed_lines(where[name], name))
        seen.add(key)
        reason = reasons.get(key)
        unexplained += reason is None
        print(f"  {name} ({status}): {reason or 'NEW: kill it with a test or give the reason in mutation/survivors.txt'}")
        if reason is None:
            print(render_entry(key, "(the reason)"), end="")
    if unexplained:
        print(f"\n{unexplained} without a reason; each is shown as its entry for {REASONS.name}")
    stale = sorted(set(reasons) - seen)
    if stale:
        print(f"\n{len(stale)} entries of {REASONS.name} match no survivor any more (killed, or the line changed): remove them")
        print("".join(render_entry(key, reasons[key]) for key in stale), end="")
    return 0 if score >= TARGET else 1


def _status(code: int | None) -> str:
    if code in SURVIVED:
        return "survived"
    if code in NO_TESTS:
        return "no tests"
    return "not run" if code is None else f"suspicious, exit code {code}"


Key = tuple[str, tuple[str, ...], tuple[str, ...]]
"""A survivor: its function (`module.function`, `module.Class.method`), the lines it removes, the lines it adds."""


def survivor_key(mutant: str, changed: list[str]) -> Key:
    """The key of `mutant` (mutmut's name) whose diff changes `changed` (`-old`, `+new` lines)."""
    module, _, function = mutant.rpartition("__mutmut_")[0].rpartition(".")
    name = function.removeprefix("x_") if function.startswith("x_") else ".".join(part for part in function.split("ǁ")[1:] if part)
    removed = tuple(line[1:].strip() for line in changed if line.startswith("-"))
    added = tuple(line[1:].strip() for line in changed if line.startswith("+"))
    return f"{module}.{name}", removed, added


def render_entry(key: Key, reason: str) -> str:
    """One entry of survivors.txt: the function, `- ` and `+ ` lines, `= ` the reason, a blank line."""
    function, removed, added = key
    return "".join([f"{function}\n", *(f"- {line}\n" for line in removed), *(f"+ {line}\n" for line in added), f"= {reason}\n\n"])


def parse_reasons(text: str) -> dict[Key, str]:
    """survivors.txt's entries (see `render_entry`); lines starting with `#` are comments."""
    found: dict[Key, str] = {}
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#")]
        if not lines:
            continue
        function, rest = lines[0], lines[1:]
        removed = tuple(line[2:] for line in rest if line.startswith("- "))
        added = tuple(line[2:] for line in rest if line.startswith("+ "))
        reason = " ".join(line[2:] for line in rest if line.startswith("= "))
        if not reason or len(removed) + len(added) + sum(line.startswith("= ") for line in rest) != len(rest):
            raise ValueError(f"{REASONS.name}: an entry needs its function, - and + lines, and = its reason: {block!r}")
        found[(function, removed, added)] = reason
    return found


def _reasons() -> dict[Key, str]:
    return parse_reasons(REASONS.read_text(encoding="utf-8"))


def _changed_lines(copy: Path, name: str) -> list[str]:
    shown = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=copy, capture_output=True, text=True, check=False)
    return [line for line in shown.stdout.splitlines() if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
