"""Time `python main.py validate` over N generated requests, as a whole process (not a test).

    .venv/bin/python benchmarks/validate_1000.py [N] [--runs 3]

Writes N valid requests (team-0001 ..., Foundry models only, 100 TPM each, so every team fits the
shared capacity) into a temporary folder, runs validate on it `--runs` times in a fresh interpreter
and prints the best and every wall-clock time. Exits 1 if validate does not accept the requests.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOUNDRY_MODELS = ("gpt-4.1", "gpt-5.2", "gpt-4.1-mini")

REQUEST = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: {team}-access-request
  labels:
    app.kubernetes.io/managed-by: gitops
    ai.contoso.com/request-type: model-access
data:
  team: "{team}"
  owner: "owner{number}@contoso.com"
  costCenter: "CC-{number}"
  entraGroupId: "00000000-0000-4000-8000-{number:012d}"
  models: |
    - name: {model}
      type: foundry
      enabled: true
  tokensPerMinute: "100"
  dailyTokenQuota: "100000"
  playgroundAccess: "true"
  tracingEnabled: "false"
"""


def write_requests(folder: Path, count: int) -> None:
    """`count` valid requests, one folder per team, models spread over the Foundry catalog."""
    for number in range(1, count + 1):
        team = f"team-{number:04d}"
        (folder / team).mkdir()
        model = FOUNDRY_MODELS[number % len(FOUNDRY_MODELS)]
        (folder / team / "access.yaml").write_text(REQUEST.format(team=team, number=number, model=model), encoding="utf-8")


def time_validate(folder: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    command = [sys.executable, "main.py", "validate", "--requests", str(folder), "--platform", "tests/fixtures/platform.yaml"]
    env = dict(os.environ)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000, help="number of requests (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="runs; the best is reported (default: %(default)s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="validate-bench-") as tmp:
        folder = Path(tmp)
        write_requests(folder, args.count)
        baseline, _ = time_validate(folder / "missing")  # interpreter start + imports, nothing to read
        times = []
        for _ in range(args.runs):
            seconds, result = time_validate(folder)
            if result.returncode != 0 or result.stdout.strip() != f"{args.count} request(s) valid":
                print(f"validate failed (exit {result.returncode}):\n{result.stdout}{result.stderr[:2000]}", file=sys.stderr)
                return 1
            times.append(seconds)
    best = min(times)
    print(f"requests:  {args.count}")
    print(f"runs:      {', '.join(f'{t:.2f} s' for t in times)}")
    print(f"best:      {best:.2f} s wall clock for `python main.py validate` ({best / args.count * 1000:.2f} ms per request)")
    print(f"startup:   {baseline:.2f} s (the same command on a missing folder: interpreter start and imports only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
