"""Start jsii's Node.js kernel without its relay process, which halves the cost of a bridge call.

jsii's Python runtime starts `node jsii-runtime.js`, which spawns a second Node.js process for the
kernel and copies every request and response between the two. Synthesis made about 27 bridge
calls per team, and that relay was a quarter of synth's time at 1,000 teams (README, "Performance").
`direct_kernel()` points `JSII_RUNTIME`, jsii's override of that script, at `jsii_direct.js`,
which runs the same kernel, from the same installed jsii, in the first process.

Only a kernel that starts inside the block is affected: jsii starts it on the first import of a
jsii package (cdk8s, constructs, imports/...), once per process. jsii's entry point also warns
about unsupported Node.js versions; that warning is not printed here.

`exit_without_teardown()` ends a process that ran jsii quickly, its cleanup included.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import shutil
import tempfile
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import NoReturn

ENTRY_POINT = Path(__file__).with_name("jsii_direct.js")
# The relay starts the kernel with this flag: module resolution follows the links the kernel's
# package cache makes. jsii_direct.js also tells the cache, and keeps it from the kernel's children.
NODE_FLAG = "--preserve-symlinks"

Edit = tuple[str, str]
"""(text in the kernel's lib/program.js, its replacement), applied only where the text occurs once."""

CHANNEL: Edit = ("readFD:3,writeFD:3", "readFD:0,writeFD:1")
"""Moves the kernel from the relay's fd 3 to stdin and stdout; without it, jsii's own entry point runs."""

SPEEDUPS: tuple[Edit, ...] = (
    # An assertion that never fails formats its message with util.inspect for every value the
    # kernel serializes, a sixth of its time: the message is formatted only when it fails.
    (
        "(0,B.default)(null!=e,`Kernel error: expected type information, got ${(0,K.inspect)(e)}`)",
        "null==e&&(0,B.default)(!1,`Kernel error: expected type information, got ${(0,K.inspect)(e)}`)",
    ),
)
"""Edits that only save time; each changes nothing the kernel returns."""


@contextlib.contextmanager
def direct_kernel() -> Iterator[None]:
    """Within the block, a jsii kernel that starts runs in the `node` process Python starts."""
    if os.name != "posix" or os.environ.get("JSII_RUNTIME"):  # someone chose a runtime already
        yield
        return
    saved = {name: os.environ.get(name) for name in ("JSII_RUNTIME", "NODE_OPTIONS")}
    os.environ["JSII_RUNTIME"] = str(_installed_entry_point())
    os.environ["NODE_OPTIONS"] = " ".join(filter(None, [saved["NODE_OPTIONS"], NODE_FLAG]))
    try:
        yield
    finally:  # later child processes (the cdk8s CLI, say) get the environment they would have had
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@functools.cache
def _installed_entry_point() -> Path:
    """jsii's runtime files in their layout (bin/, lib/), our entry point beside jsii's.

    They stay until the process exits, after jsii has stopped its kernel (atexit runs in reverse
    order): the kernel may start a worker thread from lib/ at any time.
    """
    import jsii._embedded.jsii as embedded  # here: importing jsii costs a process that never runs it 0.2 s

    folder = Path(tempfile.mkdtemp(prefix="jsii-direct-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    package = resources.files(embedded)
    for resource, relative in embedded.EMBEDDED_FILES.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(package.joinpath(resource).read_bytes())
    (folder / "bin" / "jsii_direct.json").write_text(json.dumps({"channel": CHANNEL, "speedups": SPEEDUPS}))
    return Path(shutil.copyfile(ENTRY_POINT, folder / "bin" / ENTRY_POINT.name))


def exit_without_teardown(code: int) -> NoReturn:
    """End a process that ran jsii: its atexit handlers run, the interpreter's teardown does not.

    jsii stops Node.js and removes its temporary folders in atexit handlers (0.1 s); tearing down
    the modules and objects behind them is what takes long: 4 s after the azurerm bindings, 0.3–0.5 s
    after a synth worker's 500 teams.
    """
    atexit._run_exitfuncs()  # CPython's own call at exit
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
