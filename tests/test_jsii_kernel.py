"""jsii's kernel without its relay: it only saves time, so the tests check it is in effect and changes nothing."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import textwrap
from importlib import resources
from pathlib import Path

import pytest

from ai_access.jsii_kernel import CHANNEL, ENTRY_POINT, SPEEDUPS, _installed_entry_point
from conftest import EXAMPLE_TODAY, REPO, read_tree

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the direct kernel is used on POSIX systems only")

NODE = shutil.which("node")


def test_the_pinned_jsii_kernel_takes_every_edit() -> None:
    # Fails after a jsii upgrade that changed the kernel's source: then re-derive the edits (or drop
    # a speedup) in jsii_kernel.py. Synth stays correct either way, only slower.
    import jsii._embedded.jsii as embedded

    program = resources.files(embedded).joinpath("lib__program.js").read_text(encoding="utf-8")
    for text, _ in (CHANNEL, *SPEEDUPS):
        assert program.count(text) == 1, text


def _entry_point_with(program: str, tmp_path: Path) -> Path:
    """Our entry point beside a stand-in kernel `program` and a stand-in relay."""
    (tmp_path / "bin").mkdir()
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "program.js").write_text(program)
    (tmp_path / "bin" / "jsii-runtime.js").write_text("process.stderr.write('relay started');\n")
    (tmp_path / "bin" / "jsii_direct.json").write_text(json.dumps({"channel": CHANNEL, "speedups": SPEEDUPS}))
    return Path(shutil.copy(ENTRY_POINT, tmp_path / "bin"))


# A kernel stand-in: answers one line on its channel, and prints on the way, as user code may.
STAND_IN_KERNEL = textwrap.dedent(
    """\
    const fs = require('fs');
    const channel = {readFD:3,writeFD:3};
    const buffer = Buffer.alloc(1024);
    const read = fs.readSync(channel.readFD, buffer, 0, buffer.length, null);
    console.log('printed by user code');
    fs.writeSync(channel.writeFD, JSON.stringify({ answer: buffer.toString('utf8', 0, read).trim() }) + '\\n');
    """
)


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_entry_point_runs_the_kernel_on_stdio_and_keeps_prints_off_the_channel(tmp_path: Path) -> None:
    entry = _entry_point_with(STAND_IN_KERNEL, tmp_path)
    result = subprocess.run([NODE, str(entry)], input="ping\n", capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == '{"answer":"ping"}\n'  # the protocol only
    # What user code prints reaches jsii's stderr reader wrapped as the relay wraps it.
    assert json.loads(result.stderr) == {"stdout": base64.b64encode(b"printed by user code\n").decode()}


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_entry_point_falls_back_to_the_relay_for_a_kernel_it_does_not_know(tmp_path: Path) -> None:
    entry = _entry_point_with(STAND_IN_KERNEL.replace("readFD:3,writeFD:3", "readFD:4,writeFD:4"), tmp_path)
    result = subprocess.run([NODE, str(entry)], input="", capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "relay started")


# Counts the Node.js processes jsii starts: the relay is one Node.js process with a second below it.
PROCESS_TREE = textwrap.dedent(
    """\
    import os, sys
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    from ai_access.jsii_kernel import direct_kernel
    with direct_kernel():
        import constructs  # starts the kernel
    def children(pid):
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return handle.read().split()
    nodes = children(os.getpid())
    print(len(nodes), sum(len(children(node)) for node in nodes))
    """
)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize(("runtime", "expected"), [("direct", "1 0"), ("relay", "1 1")])
def test_direct_kernel_is_one_node_process(runtime: str, expected: str, tmp_path: Path) -> None:
    env = {**os.environ}
    if runtime == "relay":  # jsii's own entry point, chosen explicitly: direct_kernel() leaves it alone
        env["JSII_RUNTIME"] = str(_installed_entry_point().with_name("jsii-runtime.js"))
    script = tmp_path / "tree.py"
    script.write_text(PROCESS_TREE)
    result = subprocess.run(
        [sys.executable, str(script), str(REPO / "constructs"), str(REPO)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == expected


def test_direct_and_relayed_kernels_synthesize_the_same_bytes(tmp_path: Path) -> None:
    outputs = {}
    for runtime in ("direct", "relay"):
        env = {**os.environ}
        if runtime == "relay":
            env["JSII_RUNTIME"] = str(_installed_entry_point().with_name("jsii-runtime.js"))
        out = tmp_path / runtime
        command = [sys.executable, "-O", "main.py", "synth", "--out", str(out), "--today", EXAMPLE_TODAY]
        result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        outputs[runtime] = read_tree(out)
    assert len(outputs["direct"]) > 40 and outputs["direct"] == outputs["relay"]
