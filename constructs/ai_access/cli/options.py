"""What several verbs share: their common options, loading the platform file, printing problems, validating."""

from __future__ import annotations

import argparse
import os
from datetime import date

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.loading.platform_file import PlatformConfigError, PlatformSource, load_platform_source
from ai_access.models.platform import PlatformConfig
from ai_access.problems import Problem
from ai_access.validation.baseline import Baseline
from ai_access.validation.requests import ValidationReport, validate_requests

DEFAULT_REQUESTS = "developer-requests"
DEFAULT_PLATFORM = "platform.yaml"
DEFAULT_DIST = "dist"


def add_platform(parser: argparse.ArgumentParser) -> None:
    """`--platform FILE`."""
    parser.add_argument("--platform", default=DEFAULT_PLATFORM, help="platform configuration (default: %(default)s)")


def add_requests(parser: argparse.ArgumentParser, *, problem_format: bool = True) -> None:
    """`--requests DIR`, `--today DATE` and (unless `problem_format` is False) `--format text|github`."""
    parser.add_argument("--requests", default=DEFAULT_REQUESTS, help="requests folder (default: %(default)s)")
    parser.add_argument("--today", type=date.fromisoformat, help="date for expiry checks, YYYY-MM-DD (default: today)")
    if problem_format:
        parser.add_argument("--format", choices=("text", "github"), default="text", help="problem format (github: workflow annotations)")


def load_platform(args: argparse.Namespace, io: Output) -> tuple[PlatformConfig, PlatformSource] | int:
    """The platform file `--platform` names, or the exit code after printing its problems."""
    try:
        return load_platform_source(args.platform)
    except PlatformConfigError as error:
        print_problems(error.problems, io, args)
        return exit_codes.INVALID


def print_problems(problems: list[Problem], io: Output, args: argparse.Namespace) -> None:
    """One line per problem on standard error, or a workflow annotation with `--format github`."""
    github = getattr(args, "format", "text") == "github"
    for problem in problems:
        print(problem.github_annotation() if github else problem.format(), file=io.err)


def validate(
    args: argparse.Namespace,
    platform: PlatformConfig,
    source: PlatformSource,
    baseline: Baseline,
    io: Output,
    *,
    extensions: bool = True,
    strict_key_age: bool = False,
) -> ValidationReport:
    """Validate `--requests` against the platform (and, with `extensions`, load its extensions), printing the problems.

    synth passes `extensions=False`: it loads the extensions itself and says so when one fails.
    `strict_key_age` (validate's): a key older than `gitops.maxKeyAgeDays` is an error, not a warning.
    """
    report = validate_requests(args.requests, platform, today=today(args), platform_source=source, baseline=baseline, strict_key_age=strict_key_age)
    if extensions:
        from ai_access.synth.extension_check import extension_problems

        report.problems += extension_problems(platform, source)
    print_problems(report.problems, io, args)
    return report


def valid_requests(args: argparse.Namespace, io: Output) -> tuple[PlatformConfig, PlatformSource, ValidationReport] | int:
    """The platform file and the requests, validated as `validate` does, without the extensions (which shape
    only `dist/`); a team without a folder in `dist/` is new. The exit code when either is invalid, after
    printing the problems."""
    from ai_access.validation.baseline import baseline_from_output

    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, source = loaded
    report = validate(args, platform, source, baseline_from_output(DEFAULT_DIST), io, extensions=False)
    return (platform, source, report) if report.ok else exit_codes.INVALID


def today(args: argparse.Namespace) -> date:
    """`--today`, or the machine's date."""
    return args.today or date.today()


def extension_folder(args: argparse.Namespace) -> str:
    """Where the platform's extensions are looked up first: the platform file's folder."""
    return os.path.dirname(os.path.abspath(args.platform))


def whole_number(text: str) -> int:
    """A count of 0 or more (argparse turns the error into exit code 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more (got {value})")
    return value
