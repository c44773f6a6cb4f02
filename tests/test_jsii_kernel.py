"""jsii's kernel without its relay: it only saves time, so the tests check it is in effect and changes nothing."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from importlib import resources
from pathlib import Path

import pytest

from ai_access.jsii_kernel import CHANNEL, ENTRY_POINT, SPEEDUPS, _installed_entry_point
from conftest import FIXTURE_TODAY, REPO, read_tree

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


# A kernel stand-in: answers one line on its channel. On the way it reads process.stdin.isTTY
# (which would make a stdin stream switch fd 0 to non-blocking) and prints a lot, as user code may.
STAND_IN_KERNEL = textwrap.dedent(
    """\
    const fs = require('fs');
    const channel = {readFD:3,writeFD:3};
    process.stdin.isTTY;
    const buffer = Buffer.alloc(1024);
    const read = fs.readSync(channel.readFD, buffer, 0, buffer.length, null);
    console.log('x'.repeat(300000));
    const answer = buffer.toString('utf8', 0, read).trim();
    const { execArgv, env } = process;
    fs.writeSync(channel.writeFD, JSON.stringify({ answer, execArgv, nodeOptions: env.NODE_OPTIONS }) + '\\n');
    """
)


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_entry_point_runs_the_kernel_on_stdio_and_keeps_prints_off_the_channel(tmp_path: Path) -> None:
    entry = _entry_point_with(STAND_IN_KERNEL, tmp_path)
    env = {**os.environ, "NODE_OPTIONS": "--max-old-space-size=2048 --preserve-symlinks"}  # as jsii_kernel.py sets it
    process = subprocess.Popen([NODE, str(entry)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    time.sleep(0.5)  # the request comes late: the kernel's read must wait for it, not fail
    process.stdin.write(b"ping\n")
    process.stdin.flush()
    time.sleep(0.5)  # nobody reads stderr yet: the print fills the pipe and must wait, not fail or be cut
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err[-2000:]
    assert out.count(b"\n") == 1  # the protocol only
    # The kernel sees the flag as the relay passes it; its child processes get NODE_OPTIONS as it was.
    assert json.loads(out) == {"answer": "ping", "execArgv": ["--preserve-symlinks"], "nodeOptions": "--max-old-space-size=2048"}
    # What user code prints reaches jsii's stderr reader whole, wrapped as the relay wraps it.
    printed = b"".join(base64.b64decode(json.loads(line)["stdout"]) for line in err.splitlines())
    assert printed == b"x" * 300000 + b"\n"


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_entry_point_falls_back_to_the_relay_for_a_kernel_it_does_not_know(tmp_path: Path) -> None:
    entry = _entry_point_with(STAND_IN_KERNEL.replace("readFD:3,writeFD:3", "readFD:4,writeFD:4"), tmp_path)
    result = subprocess.run([NODE, str(entry)], input="", capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "relay started")


def _environment(runtime: str, **extra: str) -> dict[str, str]:
    """This process's environment for a child that runs jsii "direct" (the default) or through its "relay"."""
    env = {**os.environ, **extra}
    if runtime == "relay":  # jsii's own entry point, chosen explicitly: direct_kernel() leaves it alone
        env["JSII_RUNTIME"] = str(_installed_entry_point().with_name("jsii-runtime.js"))
    return env


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


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(), reason="needs /proc/PID/task/TID/children")
@pytest.mark.parametrize(("runtime", "expected"), [("direct", "1 0"), ("relay", "1 1")])
def test_direct_kernel_is_one_node_process(runtime: str, expected: str, tmp_path: Path) -> None:
    env = _environment(runtime)
    script = tmp_path / "tree.py"
    script.write_text(PROCESS_TREE)
    result = subprocess.run(
        [sys.executable, str(script), str(REPO / "constructs"), str(REPO)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == expected


PACKAGES = textwrap.dedent(
    """\
    import os, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from ai_access.jsii_kernel import direct_kernel
    with direct_kernel():
        import constructs  # starts the kernel, which installs the package into its folder
    installed = Path(os.environ["TMPDIR"]).glob("jsii-kernel-*/node_modules/*")
    print(sorted((package.name, package.is_symlink()) for package in installed))
    """
)


def test_direct_kernel_installs_packages_as_the_relay_does(tmp_path: Path) -> None:
    script = tmp_path / "packages.py"
    script.write_text(PACKAGES)
    listings = {}
    for runtime in ("direct", "relay"):
        scratch = tmp_path / runtime
        scratch.mkdir()
        env = _environment(runtime, TMPDIR=str(scratch))
        result = subprocess.run([sys.executable, str(script), str(REPO / "constructs")], env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        listings[runtime] = result.stdout
    assert "constructs" in listings["direct"] and listings["direct"] == listings["relay"]


def test_direct_and_relayed_kernels_synthesize_the_same_bytes(tmp_path: Path) -> None:
    outputs = {}
    for runtime in ("direct", "relay"):
        env = _environment(runtime)
        out = tmp_path / runtime
        command = [sys.executable, "-O", "main.py", "synth", "--out", str(out), "--today", FIXTURE_TODAY]
        result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        outputs[runtime] = read_tree(out)
    assert len(outputs["direct"]) > 40 and outputs["direct"] == outputs["relay"]
