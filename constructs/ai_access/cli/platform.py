"""`main.py platform`: the platform stack (cdktf) into `OUT/stacks/<stack>/cdk.tf.json` (`cdk.tf` under `cdktf synth --hcl`)."""

from __future__ import annotations

import argparse
import os

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.cli.options import add_platform, load_platform
from ai_access.local_files import unwritable_folder


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The platform file and the output folder."""
    add_platform(parser)
    parser.add_argument("--out", help="output folder")


def run(args: argparse.Namespace, io: Output) -> int:
    """Write the stack; an output folder that cannot be written is one line, exit 3, before jsii starts."""
    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, source = loaded
    from ai_access.names.platform import STACK_NAME

    outdir = args.out or os.environ.get("CDKTF_OUTDIR") or "cdktf.out"
    problem = unwritable_folder(outdir) or unwritable_folder(os.path.join(outdir, "stacks", STACK_NAME))
    if problem:  # before jsii starts: one line, not Node.js's traceback
        print(f"platform: {problem}", file=io.err)
        return exit_codes.ENVIRONMENT
    from ai_access.platform.app import synth_platform  # jsii starts only here

    print(f"wrote {synth_platform(platform, outdir, source.fragments)}", file=io.out)
    return exit_codes.OK
