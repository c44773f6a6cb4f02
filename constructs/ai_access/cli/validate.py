"""`main.py validate`: every request, and all of them together; one line per problem, never jsii."""

from __future__ import annotations

import argparse
import os

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.cli.options import DEFAULT_DIST, add_platform, add_requests, load_platform, validate
from ai_access.validation.baseline import baseline_from_output


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The platform, the requests and synth's output folder (where a team without a folder is new)."""
    add_platform(parser)
    add_requests(parser)
    parser.add_argument("--out", help=f"synth's output folder; a team without a folder in OUT/teams/ is new (default: {DEFAULT_DIST})")


def run(args: argparse.Namespace, io: Output) -> int:
    """Validate; exit 1 on any error (warnings are printed and allowed)."""
    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, source = loaded
    outdir = output_folder(args)
    report = validate(args, platform, source, baseline_from_output(outdir), io, strict_key_age=True)
    if not report.ok:
        return exit_codes.INVALID
    print(f"{len(report.requests)} request(s) valid", file=io.out)
    return exit_codes.OK


def output_folder(args: argparse.Namespace) -> str:
    """`--out`, or the folder the cdk8s CLI names (`CDK8S_OUTDIR`), or `dist`."""
    return args.out or os.environ.get("CDK8S_OUTDIR") or DEFAULT_DIST
