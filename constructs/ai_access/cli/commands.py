"""The table of verbs: name, one-line help, and the module that adds its arguments and runs it.

Like pip's `commands_dict`: adding a verb is one entry here and one module beside this one that
defines `add_arguments(parser)` and `run(args, io) -> int` (an exit code of `ai_access.exit_codes`).
A verb's module imports only what its arguments need; what its run needs, it imports when it runs.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from typing import Protocol, TextIO


@dataclass(frozen=True)
class Output:
    """Where a verb writes: its result on `out`, problems and messages on `err`."""

    out: TextIO
    err: TextIO


class Command(Protocol):
    """What a verb's module defines."""

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        """Declare the verb's options on its subparser."""

    def run(self, args: argparse.Namespace, io: Output) -> int:
        """Do the verb's work; return its exit code."""


@dataclass(frozen=True)
class CommandInfo:
    """One verb: the module that implements it and its one-line help."""

    module: str
    summary: str


COMMANDS: dict[str, CommandInfo] = {
    "validate": CommandInfo("ai_access.cli.validate", "check every request; print PATH:LINE: field: message per problem"),
    "synth": CommandInfo("ai_access.cli.synth", "validate, then write OUT/teams/<team>/, OUT/argocd/ and OUT/bootstrap/ (--check: compare only)"),
    "plan": CommandInfo("ai_access.cli.plan", "show per team what the working tree changes against a git ref, and the cost delta"),
    "platform": CommandInfo("ai_access.cli.platform", "synthesize the platform stack (cdktf) into OUT/stacks/<stack>/"),
    "schema": CommandInfo("ai_access.cli.schema", "print the JSON Schema of a request file"),
    "catalog": CommandInfo("ai_access.cli.catalog", "print the requesters' catalog (limits, models, presets) generated from the platform file"),
    "verify": CommandInfo("ai_access.cli.verify", "check that a team's synced access works: its objects in the cluster, its key, the gateway"),
    "expiring": CommandInfo("ai_access.cli.expiring", "list the teams whose access ends within DAYS (default 14) or has ended: owner, cost centre, what they lose"),
    "rotate-key": CommandInfo("ai_access.cli.rotate_key", "rotate a team's key: set keyRotatedOn to today in its request file, nothing else"),
}
"""Every verb, in the order `--help` lists them."""


def command(name: str) -> Command:
    """The module of verb `name`."""
    return importlib.import_module(COMMANDS[name].module)  # type: ignore[return-value]
