"""Command-line verbs: validate, synth, platform.

The CLI gathers every input (files, environment, today's date) and hands plain values to the
models and constructs; `validate` never imports jsii, so it answers in well under a second.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import TextIO

from ai_access.loading.platform_file import PlatformConfigError, load_platform
from ai_access.validation.problems import Problem
from ai_access.validation.requests import ValidationReport, validate_requests

DEFAULT_REQUESTS = "developer-requests"
DEFAULT_PLATFORM = "platform.yaml"


def main(argv: list[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one verb; returns the process exit code (0 ok, 1 invalid input, 2 usage)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    try:
        platform = load_platform(args.platform)
    except PlatformConfigError as error:
        _print_problems(error.problems, err, args)
        return 1
    if args.verb == "platform":
        from ai_access.platform.app import synth_platform  # jsii starts only here

        outdir = args.out or os.environ.get("CDKTF_OUTDIR") or "cdktf.out"
        print(f"wrote {synth_platform(platform, outdir)}", file=out)
        return 0

    today = args.today or date.today()
    report = validate_requests(args.requests, platform, today=today)
    _print_problems(report.problems, err, args)
    if not report.ok:
        return 1
    if args.verb == "validate":
        print(f"{len(report.requests)} request(s) valid", file=out)
        return 0
    return _synth(report, platform, args, out)


def _synth(report: ValidationReport, platform: object, args: argparse.Namespace, out: TextIO) -> int:
    from ai_access.gitops.app import synth_gitops  # jsii starts only here

    outdir = args.out or os.environ.get("CDK8S_OUTDIR") or "dist"
    written = synth_gitops(report.requests, platform, outdir, today=args.today or date.today())  # type: ignore[arg-type]
    print(f"synthesized {len(report.requests)} team(s), {written} file(s) into {outdir}", file=out)
    return 0


def _print_problems(problems: list[Problem], stream: TextIO, args: argparse.Namespace) -> None:
    github = getattr(args, "format", "text") == "github"
    for problem in problems:
        print(problem.github_annotation() if github else problem.format(), file=stream)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Self-service AI model access on Azure")
    verbs = parser.add_subparsers(dest="verb", required=True)
    for verb, text in (
        ("validate", "check every request; print PATH:LINE: field: message per problem"),
        ("synth", "validate, then write OUT/teams/<team>/ and OUT/argocd/"),
        ("platform", "synthesize the platform stack (cdktf) into OUT/stacks/<stack>/"),
    ):
        sub = verbs.add_parser(verb, help=text, description=text)
        sub.add_argument("--platform", default=DEFAULT_PLATFORM, help="platform configuration (default: %(default)s)")
        if verb != "platform":
            sub.add_argument("--requests", default=DEFAULT_REQUESTS, help="requests folder (default: %(default)s)")
            sub.add_argument("--today", type=date.fromisoformat, help="date for expiry checks, YYYY-MM-DD (default: today)")
            sub.add_argument("--format", choices=("text", "github"), default="text", help="problem format (github: workflow annotations)")
        if verb != "validate":
            sub.add_argument("--out", help="output folder")
    return parser
