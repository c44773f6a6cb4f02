"""Synthesis at scale, as whole processes, against the floor of just writing the YAML (not a test).

    .venv/bin/python benchmarks/synth_scale.py [--teams 100 1000] [--kaito] [--runs 3]

For each N: generate N valid teams (Foundry models only at 100 TPM each; with --kaito, one KAITO
workspace per team as well, under a GPU quota raised to fit) against the test fixtures' platform
file, then measure in one run:
  * `main.py validate` as a whole process (wall clock);
  * `python -O main.py synth --full` (every team built) and its peak memory (every process, sampled);
  * `python -O main.py synth` after one team's TPM changed (one team built, the rest reused);
  * `python -O main.py synth` after nothing changed;
  * `python -O main.py synth --check --base HEAD` after one team changed (the output committed in a
    scratch git repository as the base, the change synthesized and left uncommitted, as a pull
    request's CI finds it), and `synth --check` without a base (every team built in memory);
  * the floor: the same documents, already in memory, dumped with libyaml into as many files;
and print each figure, the ratio full synth / floor and the margins over validate. Every figure is
the best of `--runs` runs, as the floor's is (on a shared machine the slowest run measures the
neighbours); a last line gives every run's time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from validate_1000 import write_requests  # noqa: E402

KAITO_MODEL = "\n    - name: phi-4-mini-instruct\n      type: kaito\n      enabled: true\n      instanceType: Standard_NV36ads_A10_v5\n"
ENV = dict(os.environ)


def prepare(folder: Path, teams: int, kaito: bool) -> Path:
    """Write the requests and, for --kaito, a platform file whose GPU quota admits them."""
    requests = folder / "requests"
    requests.mkdir()
    write_requests(requests, teams)
    platform = yaml.safe_load((ROOT / "tests" / "fixtures" / "platform.yaml").read_text())
    if kaito:
        for path in requests.glob("*/access.yaml"):
            text = path.read_text()
            path.write_text(text.replace("      enabled: true\n", "      enabled: true" + KAITO_MODEL, 1))
        platform["gpuQuotas"]["Standard_NV36ads_A10_v5"] = teams
    platform_file = folder / "platform.yaml"
    platform_file.write_text(yaml.safe_dump(platform, sort_keys=False))
    # The policy fragments it names, beside it, where it looks for them.
    for name in platform.get("apim", {}).get("policyFragments", {}).values():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "tests" / "fixtures" / name, folder / name)
    return platform_file


def run(command: list[str]) -> tuple[float, int, subprocess.CompletedProcess[str]]:
    """Wall clock and peak resident memory (bytes, whole process tree) of one command."""
    os.sync()  # start with no dirty pages from the previous phase: write-back throttling is noise
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return seconds, peak[0], subprocess.CompletedProcess(command, process.returncode, out, err)


def _tree_rss(pid: int) -> int:
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next((int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:")), 0)
            with open(f"/proc/{current}/task/{current}/children") as children:
                pending += [int(child) for child in children.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def floor(dist: Path, scratch: Path, runs: int = 3) -> tuple[list[float], int]:
    """Seconds of each of `runs` runs dumping the synthesized documents with libyaml into as many files.

    Writing thousands of files is noisy (page cache, write-back), so the floor is the best of
    several runs into fresh folders; folders are created before the clock starts.
    """
    documents = [(p.relative_to(dist), yaml.load(p.read_text(), Loader=yaml.CSafeLoader)) for p in sorted(dist.rglob("*.yaml"))]
    times = []
    for run_number in range(runs):
        target_root = scratch / str(run_number)
        for folder in {relative.parent for relative, _ in documents}:
            (target_root / folder).mkdir(parents=True, exist_ok=True)
        os.sync()
        start = time.perf_counter()
        for relative, document in documents:
            with open(target_root / relative, "w", encoding="utf-8") as handle:
                yaml.dump(document, handle, Dumper=yaml.CSafeDumper, sort_keys=False, default_flow_style=False)
        times.append(time.perf_counter() - start)
    return times, len(documents)


def best_of(runs: int, command: list[str], before_each=None) -> tuple[list[float], int]:
    """The wall clock of each of `runs` runs of `command` and their highest peak memory; exits if one fails.

    `before_each` (not timed) prepares each run: the change a run should find.
    """
    times, peak = [], 0
    for run_number in range(runs):
        if before_each is not None:
            before_each(run_number)
        seconds, memory, result = run(command)
        if result.returncode:
            sys.exit(f"{' '.join(command[1:4])} failed:\n{result.stderr[-3000:]}")
        times.append(seconds)
        peak = max(peak, memory)
    return times, peak


def commit(folder: Path) -> None:
    """Make `folder` a git repository whose one commit holds everything in it (the requests, the platform, the output)."""
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "base"]):
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def measure(teams: int, kaito: bool, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="synth-bench-") as tmp:
        folder = Path(tmp)
        platform = prepare(folder, teams, kaito)
        requests = str(folder / "requests")
        validate_runs, _ = best_of(runs, [sys.executable, "main.py", "validate", "--requests", requests, "--platform", str(platform)])
        dist = folder / "dist"
        # As `make synth` and cdk8s.yaml run it: -O skips jsii's runtime type checks (see README).
        synth = [sys.executable, "-O", "main.py", "synth", "--requests", requests, "--platform", str(platform), "--out", str(dist)]
        full_runs, peak = best_of(runs, [*synth, "--full"])
        one_team = folder / "requests" / "team-0001" / "access.yaml"

        def change_one_team(run_number: int) -> None:
            text = one_team.read_text()
            one_team.write_text(text.replace(text[text.index("tokensPerMinute"):].split("\n")[0], f'tokensPerMinute: "{101 + run_number}"'))

        one_runs, _ = best_of(runs, synth, change_one_team)
        none_runs, _ = best_of(runs, synth)
        # synth --check: the output as a pull request's base, then one team changed and synthesized.
        commit(folder)
        check = [*synth, "--check"]

        def change_and_synthesize(run_number: int) -> None:
            change_one_team(runs + run_number)  # a value no earlier run used: the team differs from the base
            best_of(1, synth)

        check_base_runs, check_peak = best_of(runs, [*check, "--base", "HEAD"], change_and_synthesize)
        check_full_runs, _ = best_of(runs, check)
        floor_runs, files = floor(dist, folder / "floor", runs)
    validate_s, full_s, one_s, none_s, floor_s = map(min, (validate_runs, full_runs, one_runs, none_runs, floor_runs))
    check_base_s, check_full_s = min(check_base_runs), min(check_full_runs)
    label = f"{teams} teams" + (" + KAITO" if kaito else "")
    print(f"{label:>20}: files {files:>6}  validate {validate_s:6.2f} s  full synth {full_s:6.2f} s  floor {floor_s:5.2f} s  "
          f"full/floor {full_s / floor_s:5.1f}x  peak memory {peak / 2**20:6.0f} MiB")
    print(f"{'':>20}  one team changed {one_s:6.2f} s (validate + {one_s - validate_s:5.2f} s)  "
          f"nothing changed {none_s:6.2f} s (validate + {none_s - validate_s:5.2f} s)")
    print(f"{'':>20}  check --base, one team changed {check_base_s:6.2f} s (validate + {check_base_s - validate_s:5.2f} s, "
          f"peak memory {check_peak / 2**20:4.0f} MiB)  check without a base {check_full_s:6.2f} s")
    every = {"validate": validate_runs, "full": full_runs, "one changed": one_runs, "nothing changed": none_runs,
             "check --base": check_base_runs, "check": check_full_runs, "floor": floor_runs}
    print(f"{'':>20}  every run: " + "  ".join(f"{name} {' '.join(f'{t:.2f}' for t in times)}" for name, times in every.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--kaito", action="store_true", help="also measure the variant with one KAITO model per team")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement; the best is reported (default: %(default)s)")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; best of {args.runs} runs")
    for teams in args.teams:
        measure(teams, kaito=False, runs=args.runs)
        if args.kaito:
            measure(teams, kaito=True, runs=args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
