"""`main.py plan --base REF`: what the working tree changes per team against a git ref, its cost, and the guard."""

from __future__ import annotations

import argparse

from ai_access.cli.commands import Output
from ai_access.cli.options import DEFAULT_DIST, add_platform, add_requests, load_platform, today, validate, whole_number
from ai_access.validation.baseline import Baseline
from ai_access.validation.requests import ValidationReport


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The platform, the requests, the base, the output folder, the format and the guard's limit."""
    add_platform(parser)
    add_requests(parser, problem_format=False)
    parser.add_argument("--base", required=True, help="git ref to compare with (e.g. origin/main)")
    parser.add_argument("--dist", default=DEFAULT_DIST, help="synthesized output folder in the repository (default: %(default)s)")
    parser.add_argument("--format", dest="plan_format", choices=("text", "markdown"), default="text", help="plan format")
    parser.add_argument(
        "--max-deletions",
        type=whole_number,
        default=3,
        help="fail when more teams than this lose access: deleted, suspended by expiry or left without models (default: %(default)s)",
    )


def run(args: argparse.Namespace, io: Output) -> int:
    """Print the plan; exit 1 on an invalid head or a tripped guard, 3 on an unreadable base."""
    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, source = loaded
    from ai_access.review.run import run_plan

    def check_head(baseline: Baseline) -> ValidationReport:  # what is new is judged against the base, which plan reads first
        return validate(args, platform, source, baseline, io)

    return run_plan(
        base_ref=args.base,
        requests_dir=args.requests,
        platform_file=args.platform,
        dist_dir=args.dist,
        platform=platform,
        check_head=check_head,
        today=today(args),
        markdown=args.plan_format == "markdown",
        max_deletions=args.max_deletions,
        out=io.out,
        err=io.err,
    )
