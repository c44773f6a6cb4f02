"""The command line: one verb per module of this package, listed in `commands.COMMANDS`.

The CLI gathers every input (files, environment, today's date) and hands plain values to the
models and constructs. Every verb exits with the codes of `ai_access.exit_codes`: argparse's own
errors are usage (2), `--help` is 0. `validate` never imports jsii, and only `verify` imports the
Kubernetes and HTTP clients; each verb imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn, TextIO

from ai_access import exit_codes
from ai_access.cli.commands import COMMANDS, Output, command


def run() -> None:
    """The `ai-access` console script and `main.py`: run the verb in `sys.argv` and exit with its code."""
    from ai_access.fast_exit import exit_without_teardown_at_exit, set_exit_code
    from ai_access.node_runtime import use_pinned_node

    # Registered before anything imports jsii, so it runs after jsii's own cleanup: the process then
    # ends without tearing down the interpreter (seconds after the azurerm bindings' 1,500 modules).
    exit_without_teardown_at_exit(code=exit_codes.ENVIRONMENT)
    use_pinned_node()
    try:
        code = main(sys.argv[1:])
    except KeyboardInterrupt:  # where a verb does not say more itself (synth names the team)
        print(f"{sys.argv[1] if len(sys.argv) > 1 else 'main.py'}: interrupted", file=sys.stderr)
        code = exit_codes.ENVIRONMENT
    set_exit_code(code)
    sys.exit(code)


def main(argv: list[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one verb; returns the process exit code (see `ai_access.exit_codes`)."""
    io = Output(stdout or sys.stdout, stderr or sys.stderr)
    parser = _parser(io)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse: 0 after --help, 2 for a wrong command line
        return exit_codes.OK if stop.code in (0, None) else exit_codes.USAGE
    return command(args.verb).run(args, io)


def _parser(io: Output) -> argparse.ArgumentParser:
    parser = _Parser(prog="main.py", description="Self-service AI model access on Azure", io=io)
    verbs = parser.add_subparsers(dest="verb", required=True, parser_class=_Parser)
    for name, info in COMMANDS.items():
        sub = verbs.add_parser(name, help=info.summary, description=info.summary, io=io)
        command(name).add_arguments(sub)
    return parser


class _Parser(argparse.ArgumentParser):
    """argparse, writing its help, usage and errors to the streams `main` was given (its public methods)."""

    def __init__(self, *args: Any, io: Output, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._io = io

    def print_help(self, file: TextIO | None = None) -> None:
        """The help, on `main`'s standard output."""
        super().print_help(file or self._io.out)

    def print_usage(self, file: TextIO | None = None) -> None:
        """The usage line, on `main`'s standard output unless a stream is named."""
        super().print_usage(file or self._io.out)

    def error(self, message: str) -> NoReturn:
        """A wrong command line: the usage and the message on `main`'s standard error, exit code 2."""
        self.print_usage(self._io.err)
        self.exit(exit_codes.USAGE, f"{self.prog}: error: {message}\n")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """End parsing with `status` (caught by `main`), the message on `main`'s standard error."""
        if message:
            self._io.err.write(message)
        raise SystemExit(status)
