"""Every verb's exit codes in a real process (`main.py`): 0 for --help, 2 for a wrong command line, 1 for an invalid platform.

`ai_access.exit_codes` is the contract CI reads; argparse's own exit (2, or 0 after --help) must
reach the shell as it is, whatever handler ends the process.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.files import REPO

from ai_access import exit_codes
from ai_access.cli.commands import COMMANDS

# A verb's required options, so that only the case under test is wrong.
REQUIRED = {"plan": ["--base", "HEAD"], "verify": ["--team", "team-alpha"], "rotate-key": ["--team", "team-alpha"]}


def _cases(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str], int]]:
    bad_platform = tmp_path_factory.mktemp("bad-platform") / "platform.yaml"
    bad_platform.write_text("name: [not, a, name]\n")
    cases = [("main.py --help", ["--help"], exit_codes.OK), ("main.py (no verb)", [], exit_codes.USAGE)]
    for verb in COMMANDS:
        required = REQUIRED.get(verb, [])
        cases += [
            (f"{verb} --help", [verb, "--help"], exit_codes.OK),
            (f"{verb} --no-such-option", [verb, *required, "--no-such-option"], exit_codes.USAGE),
        ]
        if verb != "schema":  # schema reads no platform
            cases.append((f"{verb} with an invalid platform", [verb, *required, "--platform", str(bad_platform)], exit_codes.INVALID))
        if required:
            cases.append((f"{verb} without its required options", [verb], exit_codes.USAGE))
    return cases


def test_every_verb_exits_with_the_documented_codes_in_a_process(tmp_path_factory: pytest.TempPathFactory) -> None:
    # GIVEN each verb run as main.py, all at once (each is a process of its own)
    cases = _cases(tmp_path_factory)
    running = [
        (name, expected, subprocess.Popen([sys.executable, "main.py", *argv], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        for name, argv, expected in cases
    ]
    # THEN each ends with its code, and a usage error says what was wrong on standard error
    found = {}
    for name, expected, process in running:
        out, err = process.communicate(timeout=120)
        found[name] = process.returncode
        if expected == exit_codes.USAGE:
            assert "error:" in err, (name, err)
        if expected == exit_codes.OK:
            assert out.startswith("usage: main.py"), (name, out)
    assert found == {name: expected for name, _, expected in cases}
