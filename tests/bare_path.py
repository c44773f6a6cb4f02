"""A PATH as bare as a fresh machine's after `make setup`: the project's .venv/bin and basic tools, no Node.js.

The documented commands must work with nothing else on PATH (no system `node`, `npm` or `npx`, which
this machine may well have), so the tests that run them put only these first.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# What make, its recipes and the CLIs' shebangs (`#!/usr/bin/env node`) call; node, npm and npx are not among them.
BASIC_TOOLS = ("make", "sh", "bash", "env", "cat", "cp", "mv", "rm", "mkdir", "ls", "test", "touch", "uname", "dirname", "sed", "grep", "tr", "git")


def bare_path(folder: Path) -> str:
    """PATH of the project's .venv/bin and a folder in `folder` linking only the basic tools."""
    tools = folder / "bare-bin"
    tools.mkdir(parents=True, exist_ok=True)
    for name in BASIC_TOOLS:
        found = shutil.which(name)
        if found and not (tools / name).exists():
            (tools / name).symlink_to(found)
    return os.pathsep.join([str(Path(sys.prefix) / "bin"), str(tools)])
