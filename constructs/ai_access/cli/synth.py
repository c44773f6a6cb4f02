"""`main.py synth`: validate, then write the output folder, rebuilding only what changed; `--check` compares only."""

from __future__ import annotations

import argparse
import os

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.cli.options import add_platform, add_requests, extension_folder, load_platform, today, validate
from ai_access.cli.validate import output_folder
from ai_access.models.platform import PlatformConfig
from ai_access.synth.extensions import SynthStopped
from ai_access.synth.layout import INDEX_FILE, ObjectFileError
from ai_access.synth.output import OutputFolderError
from ai_access.validation.baseline import baseline_from_output
from ai_access.validation.requests import ValidationReport


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The platform, the requests, the output folder, and how to build (`--full`, `--check [--base REF]`)."""
    add_platform(parser)
    add_requests(parser)
    parser.add_argument("--out", help="output folder")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="rebuild every team, ignoring the output's synth index")
    mode.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 naming every file of OUT that is not exactly what synth writes (trusts nothing in OUT)",
    )
    parser.add_argument(
        "--base",
        metavar="REF",
        type=_ref,
        help="with --check: take REF's committed output for teams whose inputs are unchanged (REF passed this check)",
    )
    parser.add_argument("--traceback", action="store_true", help="print the traceback of a failing extension")


def run(args: argparse.Namespace, io: Output) -> int:
    """Synthesize (or check) the output folder; the exit code per `ai_access.exit_codes`."""
    if args.base and not args.check:
        print("main.py synth: error: --base is an option of --check", file=io.err)
        return exit_codes.USAGE
    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, source = loaded
    outdir = output_folder(args)
    # A team without a folder in the output is new in this pull request. synth loads the extensions itself.
    report = validate(args, platform, source, baseline_from_output(outdir), io, extensions=False)
    if not report.ok:
        return exit_codes.INVALID
    teams = [loaded.request for loaded in report.requests]
    if args.check:
        from ai_access.review.check_run import run_check

        return run_check(
            teams,
            platform,
            outdir,
            today=today(args),
            base_ref=args.base,
            extension_folder=extension_folder(args),
            traceback=args.traceback,
            out=io.out,
            err=io.err,
        )
    return _synth(report, platform, args, outdir, io)


def _synth(report: ValidationReport, platform: PlatformConfig, args: argparse.Namespace, outdir: str, io: Output) -> int:
    from ai_access.synth.synthesize import synth_gitops  # jsii starts in the processes that build

    teams = [loaded.request for loaded in report.requests]
    try:
        result = synth_gitops(teams, platform, outdir, today=today(args), full=args.full, extension_folder=extension_folder(args))
    except SynthStopped as error:  # an extension, a rule of the output, a worker that died: the previous output stays
        print(f"synth: {error}", file=io.err)
        if args.traceback and error.details:
            print(error.details, file=io.err, end="")
        return error.exit_code
    except ObjectFileError as error:  # an object no file of synth's layout can hold (see synth/layout.py)
        print(f"synth: {error}", file=io.err)
        return exit_codes.INVALID
    except OutputFolderError as error:  # raised before anything is built or written
        print(f"synth: {error}", file=io.err)
        return exit_codes.ENVIRONMENT
    except OSError as error:  # a full disk or a folder that turned read-only: the previous output stays
        print(f"synth: cannot write {outdir}: {error.strerror or error}", file=io.err)
        return exit_codes.ENVIRONMENT
    if result.index_problem:
        print(f"synth: {os.path.join(outdir, INDEX_FILE)} cannot be used ({result.index_problem}); every team was rebuilt", file=io.err)
    print(
        f"synthesized {len(teams)} team(s) into {outdir}: {result.built} built, {result.reused} unchanged, "
        f"{result.removed} removed; {result.files} file(s)",
        file=io.out,
    )
    return exit_codes.OK


def _ref(text: str) -> str:
    if not text or text.startswith("-"):
        raise argparse.ArgumentTypeError(f"not a git ref: {text!r}")
    return text
