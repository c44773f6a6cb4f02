"""The report of `make mutation`: the score per module and every mutant that survived, with its reason.

Reads what `mutmut run` left in each scratch copy (`<copy>/mutants/**/*.py.meta`, one exit code per
mutant) and `survivors.txt` beside this file, which gives the reason a known survivor is not worth a
test (an equivalent mutant, say). A survivor without a reason is marked as new: it needs a test that
kills it or a reason. Exits 1 when less than TARGET of the mutants are killed.

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
    for name, status in sorted(lost):
        reason = reasons.get(name)
        unexplained += reason is None
        print(f"  {name} ({status}): {reason or 'NEW: kill it with a test or give the reason in mutation/survivors.txt'}")
        if reason is None:
            print(_diff(where[name], name))
    if unexplained:
        print(f"\n{unexplained} without a reason; `mutmut show NAME` in {', '.join(copies)} shows one")
    stale = sorted(set(reasons) - {name for name, _ in lost})
    if stale:
        print(f"\n{len(stale)} reasons in {REASONS.name} name no survivor any more (killed, or the code moved): remove them")
        print("".join(f"  {name}\n" for name in stale), end="")
    return 0 if score >= TARGET else 1


def _status(code: int | None) -> str:
    if code in SURVIVED:
        return "survived"
    if code in NO_TESTS:
        return "no tests"
    return "not run" if code is None else f"suspicious, exit code {code}"


def _reasons() -> dict[str, str]:
    found = {}
    for line in REASONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(": ")
            found[name.strip()] = reason.strip()
    return found


def _diff(copy: Path, name: str) -> str:
    shown = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=copy, capture_output=True, text=True, check=False)
    changed = [line for line in shown.stdout.splitlines() if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))]
    return "\n".join(f"      {line}" for line in changed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
