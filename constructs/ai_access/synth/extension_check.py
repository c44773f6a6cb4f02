"""validate's and plan's check that every extension loads, exactly as synth loads it.

Each `extensions:` entry is imported with the platform file's folder first on `sys.path`
(`extensions.load_extensions`, what synth's building processes run), in a child process: an
extension usually imports cdk8s, which starts Node.js, and the verb itself never does; an import
that ends the process (`sys.exit`, `os._exit`) ends the child, and the line says so. Each problem
points at the entry's line in `platform.yaml`, like every other platform problem.
"""

from __future__ import annotations

import functools
import os

from ai_access.loading.platform_file import PlatformSource
from ai_access.models.platform import PlatformConfig
from ai_access.problems import Problem
from ai_access.synth.extensions import SynthStopped, load_extensions
from ai_access.synth.workers import UNTOUCHED, run_in_workers


def extension_problems(platform: PlatformConfig, source: PlatformSource) -> list[Problem]:
    """One problem per extension of `platform` that cannot be imported, at its line in the platform file."""
    if not platform.extensions:
        return []
    folder = os.path.dirname(os.path.abspath(source.path))
    try:
        found = run_in_workers(functools.partial(_load_each, folder=folder), [list(platform.extensions)], None)[0]["problems"]
    except SynthStopped as error:  # the child ended while importing one of them
        found = [(error.extension, str(error))]
    problems = []
    for path, message in found:
        index = platform.extensions.index(path) if path in platform.extensions else 0
        loc = ("extensions", index)
        message = message.removeprefix(f"extension {path}: ").removesuffix(f"; {UNTOUCHED}")  # validate writes nothing
        problems.append(Problem(source.path, source.line_of(*loc), f"extensions[{index}]", message))
    return problems


def _load_each(paths: list[str], folder: str) -> dict[str, list[tuple[str, str]]]:
    """In the child: import each extension on its own, so every one that fails is named."""
    problems = []
    for path in paths:
        try:
            load_extensions([path], folder)
        except SynthStopped as error:
            problems.append((path, str(error)))
    return {"problems": problems}
