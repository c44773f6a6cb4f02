"""A dying extension never hangs synth: sys.exit, os._exit, a SIGKILL or Ctrl-C is one line naming the extension and team.

From `synth.PARALLEL_FROM_TEAMS` teams on, synth builds in worker processes: these tests use 40
small generated requests, so the real path (the CLI's own choice of workers) runs.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.files import FIXTURE_REQUESTS, FIXTURE_TODAY, REPO
from support.extension_repo import platform_with, synth

from ai_access import exit_codes
from ai_access.synth.synthesize import PARALLEL_FROM_TEAMS

TEAMS = 40
VICTIM = "team-w01"
"""The first team of the second worker's share (teams are dealt out in turn)."""
UNTOUCHED = "; the previous output is untouched"


def _requests(tmp_path: Path) -> Path:
    """`TEAMS` valid requests, one Foundry model each at a small limit."""
    text = (FIXTURE_REQUESTS / "team-gamma" / "access.yaml").read_text()
    text = text.replace("tokensPerMinute: 8000", "tokensPerMinute: 100").replace("dailyTokenQuota: 2000000", "dailyTokenQuota: 1000")
    folder = tmp_path / "requests"
    for number in range(TEAMS):
        team = f"team-w{number:02d}"
        (folder / team).mkdir(parents=True)
        (folder / team / "access.yaml").write_text(text.replace("team-gamma", team))
    return folder


def _dying(how: str) -> str:
    return f"import os, signal, sys\n\n\ndef die(team):\n    if team.names.team == {VICTIM!r}:\n        {how}\n"


@pytest.mark.parametrize(
    ("how", "code", "line"),
    [
        ("sys.exit(0)", exit_codes.INVALID, f"synth: extension die:die failed for team {VICTIM}: it called sys.exit(0); an extension returns"),
        (
            "os._exit(0)",
            exit_codes.INVALID,
            f"synth: extension die:die ended the worker process (exit code 0) while it ran for team {VICTIM}; an extension returns",
        ),
        (
            "os.kill(os.getpid(), signal.SIGKILL)",
            exit_codes.ENVIRONMENT,
            f"synth: a worker process was killed by SIGKILL while extension die:die ran for team {VICTIM} (the kernel's out-of-memory killer",
        ),
    ],
)
def test_an_extension_that_ends_its_worker_process_is_one_line(tmp_path: Path, how: str, code: int, line: str) -> None:
    assert TEAMS >= PARALLEL_FROM_TEAMS
    platform = platform_with(tmp_path, {"die": _dying(how)}, ["die:die"])
    result, err = synth(platform, tmp_path / "dist", requests=_requests(tmp_path))
    assert (result, len(err.splitlines())) == (code, 1), err
    assert err.startswith(line) and (how.startswith("sys.exit") or err.endswith(f"{UNTOUCHED}\n")), err
    assert not (tmp_path / "dist").exists()


def test_sys_exit_in_one_process_is_one_line(tmp_path: Path) -> None:
    platform = platform_with(tmp_path, {"die": _dying("sys.exit(0)").replace(VICTIM, "team-beta")}, ["die:die"])
    result, err = synth(platform, tmp_path / "dist")
    assert result == exit_codes.INVALID
    assert err == "synth: extension die:die failed for team team-beta: it called sys.exit(0); an extension returns, or raises an exception to stop synth\n"


def test_ctrl_c_in_one_process_names_the_extension_and_team(tmp_path: Path) -> None:
    source = "import os, signal, time\n\n\ndef slow(team):\n    os.kill(os.getpid(), signal.SIGINT)\n    time.sleep(5)\n"
    platform = platform_with(tmp_path, {"slow": source}, ["slow:slow"])
    result, err = synth(platform, tmp_path / "dist")
    assert (result, err) == (exit_codes.ENVIRONMENT, f"synth: interrupted while extension slow:slow ran for team team-alpha{UNTOUCHED}\n")


def test_ctrl_c_with_workers_names_the_extension_and_team_and_ends_within_seconds(tmp_path: Path) -> None:
    # GIVEN a synth of 40 teams whose extension takes a while for one team
    ready = tmp_path / "ready"
    # (printing to stderr first, as jsii's stderr sink does when Ctrl-C has ended Node.js: noise then)
    source = (
        "import sys, time\n\n\ndef slow(team):\n    if team.names.team == " + repr(VICTIM) + ":\n"
        "        print('Error on jsii API channel', file=sys.stderr)\n        sys.stderr.buffer.write(b'ECONNRESET\\n')\n"
        f"        open({str(ready)!r}, 'w').close()\n        time.sleep(2)\n"
    )
    platform = platform_with(tmp_path, {"slow": source}, ["slow:slow"])
    command = [sys.executable, "main.py", "synth", "--requests", str(_requests(tmp_path)), "--platform", str(platform)]
    command += ["--out", str(tmp_path / "dist"), "--today", FIXTURE_TODAY]
    synth_process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        for _ in range(600):  # the workers start Node.js first
            if ready.exists() or synth_process.poll() is not None:
                break
            time.sleep(0.05)
        # WHEN Ctrl-C reaches the whole process group, as a terminal sends it
        os.killpg(synth_process.pid, signal.SIGINT)
        out, err = synth_process.communicate(timeout=30)
    finally:
        if synth_process.poll() is None:
            os.killpg(synth_process.pid, signal.SIGKILL)
            synth_process.wait()
    # THEN one line names where it was, and the workers are gone
    assert (synth_process.returncode, err) == (exit_codes.ENVIRONMENT, f"synth: interrupted while extension slow:slow ran for team {VICTIM}{UNTOUCHED}\n")
    assert not (tmp_path / "dist").exists()


def test_what_an_extension_prints_to_stderr_reaches_synths_stderr_once_its_worker_finished(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = "import sys\n\n\ndef talk(team):\n    print('note for ' + team.names.team, file=sys.stderr)\n    sys.stderr.buffer.write(b'bytes too\\n')\n"
    platform = platform_with(tmp_path, {"talk": source}, ["talk:talk"])
    result, _ = synth(platform, tmp_path / "dist")
    err = capsys.readouterr().err  # the process's own stderr, where a worker's lines are relayed
    assert result == exit_codes.OK
    assert sorted(line for line in err.splitlines() if line.startswith("note for ")) == ["note for team-alpha", "note for team-beta", "note for team-gamma"]
    assert err.count("bytes too\n") == 3


def test_an_exception_that_cannot_print_itself_or_prints_lines_is_still_one_line(tmp_path: Path) -> None:
    source = (
        "class Unprintable(Exception):\n    def __str__(self):\n        raise RuntimeError('no')\n\n\n"
        "def die(team):\n    if team.names.team == 'team-beta':\n        raise Unprintable()\n    raise ValueError('first line\\nsynth: a forged second line ' + 'x' * 10000)\n"
    )
    platform = platform_with(tmp_path, {"die": source}, ["die:die"])
    result, err = synth(platform, tmp_path / "dist")
    assert result == exit_codes.INVALID and len(err.splitlines()) == 1, err
    assert err.startswith("synth: extension die:die failed for team team-alpha: ValueError: first line\\nsynth: a forged second line xxx") and len(err) < 500
    (tmp_path / "platform-repo" / "die.py").write_text(source.replace("raise ValueError", "return\n    raise ValueError"))
    result, err = synth(platform, tmp_path / "dist")
    assert (result, err) == (exit_codes.INVALID, "synth: extension die:die failed for team team-beta: Unprintable: <Unprintable that cannot be printed>\n")
