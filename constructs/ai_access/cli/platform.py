"""`main.py platform`: the platform stack and the team-alerts stack (cdktf) into `OUT/stacks/<stack>/cdk.tf.json` (`cdk.tf` under `cdktf synth --hcl`)."""

from __future__ import annotations

import argparse
import os

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.cli.options import add_platform, add_requests, today, valid_requests
from ai_access.local_files import unwritable_folder


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The platform file, the requests (the team-alerts stack's teams) and the output folder."""
    add_platform(parser)
    add_requests(parser)
    parser.add_argument("--out", help="output folder")


def run(args: argparse.Namespace, io: Output) -> int:
    """Write both stacks; invalid requests are their problem lines, exit 1; an output folder that cannot be written is one line, exit 3; both before jsii starts."""
    checked = valid_requests(args, io)  # the stack needs the requests valid (owners, KAITO models)
    if isinstance(checked, int):
        return checked
    platform, source, report = checked
    from ai_access.names.platform import STACK_NAME, TEAM_ALERTS_STACK

    outdir = args.out or os.environ.get("CDKTF_OUTDIR") or "cdktf.out"
    problem = unwritable_folder(outdir) or next(
        (found for stack in (STACK_NAME, TEAM_ALERTS_STACK) if (found := unwritable_folder(os.path.join(outdir, "stacks", stack)))), None
    )
    if problem:  # before jsii starts: one line, not Node.js's traceback
        print(f"platform: {problem}", file=io.err)
        return exit_codes.ENVIRONMENT
    from ai_access.platform.app import synth_platform  # jsii starts only here

    requests = [loaded.request for loaded in report.requests]
    for path in synth_platform(platform, outdir, source.fragments, requests, today(args)):
        print(f"wrote {path}", file=io.out)
    return exit_codes.OK
