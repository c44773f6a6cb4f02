"""Command-line verbs: validate, synth, plan, platform, schema, catalog, verify.

The CLI gathers every input (files, environment, today's date) and hands plain values to the
models and constructs; `validate` never imports jsii, so it answers in well under a second, and
only `verify` imports the Kubernetes and HTTP clients.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import TextIO

from ai_access import exit_codes
from ai_access.gitops.extensions import SynthStopped
from ai_access.gitops.layout import INDEX_FILE, ObjectFileError
from ai_access.gitops.output import OutputFolderError
from ai_access.loading.platform_file import PlatformConfigError, load_platform_source
from ai_access.local_files import LINK_REFUSED, unwritable_folder, write_text_atomically
from ai_access.models.platform import PlatformConfig
from ai_access.problems import Problem
from ai_access.validation.baseline import Baseline, baseline_from_output
from ai_access.validation.requests import ValidationReport, validate_requests

DEFAULT_REQUESTS = "developer-requests"
DEFAULT_PLATFORM = "platform.yaml"


def run() -> None:
    """The `ai-access` console script and `main.py`: run the verb in `sys.argv` and exit with its code."""
    from ai_access.fast_exit import exit_without_teardown_at_exit, set_exit_code
    from ai_access.node_runtime import use_pinned_node

    # Registered before anything imports jsii, so it runs after jsii's own cleanup: the process then
    # ends without tearing down the interpreter (seconds after the azurerm bindings' 1,500 modules).
    exit_without_teardown_at_exit(code=1)
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
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    args = parser.parse_args(argv)
    if args.verb == "synth" and args.base and not args.check:
        parser.error("synth: --base is an option of --check")
    if args.verb == "schema":
        from ai_access.loading.json_schema import request_json_schema

        print(json.dumps(request_json_schema(), indent=2, sort_keys=True), file=out)
        return 0
    try:
        platform, source = load_platform_source(args.platform)
    except PlatformConfigError as error:
        _print_problems(error.problems, err, args)
        return 1
    if args.verb == "catalog":
        return _catalog(platform, args.update, out, err)
    if args.verb == "verify":
        from ai_access.verify.run import run_verify  # kubernetes and httpx are imported only here

        return run_verify(
            team=args.team,
            dist_dir=args.dist,
            platform=platform,
            context=args.context,
            kubeconfig=os.environ.get("KUBECONFIG") or os.path.expanduser("~/.kube/config"),
            in_cluster="KUBERNETES_SERVICE_HOST" in os.environ,
            endpoint=args.endpoint,
            burst=args.burst,
            timeout=args.timeout,
            fmt=args.format,
            out=out,
            err=err,
        )
    if args.verb == "platform":
        from ai_access.platform.naming import STACK_NAME

        outdir = args.out or os.environ.get("CDKTF_OUTDIR") or "cdktf.out"
        problem = unwritable_folder(outdir) or unwritable_folder(os.path.join(outdir, "stacks", STACK_NAME))
        if problem:  # before jsii starts: one line, not Node.js's traceback
            print(f"platform: {problem}", file=err)
            return exit_codes.ENVIRONMENT
        from ai_access.platform.app import synth_platform  # jsii starts only here

        print(f"wrote {synth_platform(platform, outdir, source.fragments)}", file=out)
        return 0

    today = args.today or date.today()

    def check(baseline: Baseline) -> ValidationReport:
        report = validate_requests(args.requests, platform, today=today, platform_source=source, baseline=baseline)
        if args.verb != "synth":  # synth loads the extensions itself, and says so when one fails
            from ai_access.gitops.extension_check import extension_problems

            report.problems += extension_problems(platform, source)
        _print_problems(report.problems, err, args)
        return report

    if args.verb == "plan":  # what is new is judged against the git base, which plan reads first
        from ai_access.review.run import run_plan

        return run_plan(
            base_ref=args.base,
            requests_dir=args.requests,
            platform_file=args.platform,
            dist_dir=args.dist,
            platform=platform,
            check_head=check,
            today=today,
            markdown=args.plan_format == "markdown",
            max_deletions=args.max_deletions,
            out=out,
            err=err,
        )
    # A team without a folder in the output is new in this pull request.
    outdir = args.out or os.environ.get("CDK8S_OUTDIR") or "dist"
    report = check(baseline_from_output(outdir))
    if not report.ok:
        return 1
    if args.verb == "validate":
        print(f"{len(report.requests)} request(s) valid", file=out)
        return 0
    if args.check:
        from ai_access.review.check_run import run_check

        return run_check(
            [loaded.request for loaded in report.requests],
            platform,
            outdir,
            today=today,
            base_ref=args.base,
            extension_folder=os.path.dirname(os.path.abspath(args.platform)),
            traceback=args.traceback,
            out=out,
            err=err,
        )
    return _synth(report, platform, args, outdir, today, out, err)


def _synth(
    report: ValidationReport, platform: PlatformConfig, args: argparse.Namespace, outdir: str, today: date, out: TextIO, err: TextIO
) -> int:
    from ai_access.gitops.synth import synth_gitops  # jsii starts in the processes that build

    teams = [loaded.request for loaded in report.requests]
    extension_folder = os.path.dirname(os.path.abspath(args.platform))
    try:
        result = synth_gitops(teams, platform, outdir, today=today, full=args.full, extension_folder=extension_folder)
    except SynthStopped as error:  # an extension, a rule of the output, a worker that died: the previous output stays
        print(f"synth: {error}", file=err)
        if args.traceback and error.details:
            print(error.details, file=err, end="")
        return error.exit_code
    except ObjectFileError as error:  # an object no file of synth's layout can hold (see gitops/layout.py)
        print(f"synth: {error}", file=err)
        return exit_codes.INVALID
    except OutputFolderError as error:  # raised before anything is built or written
        print(f"synth: {error}", file=err)
        return exit_codes.ENVIRONMENT
    except OSError as error:  # a full disk or a folder that turned read-only: the previous output stays
        print(f"synth: cannot write {outdir}: {error.strerror or error}", file=err)
        return exit_codes.ENVIRONMENT
    if result.index_problem:
        print(f"synth: {os.path.join(outdir, INDEX_FILE)} cannot be used ({result.index_problem}); every team was rebuilt", file=err)
    print(
        f"synthesized {len(teams)} team(s) into {outdir}: {result.built} built, {result.reused} unchanged, "
        f"{result.removed} removed; {result.files} file(s)",
        file=out,
    )
    return exit_codes.OK


def _catalog(platform: PlatformConfig, update: str | None, out: TextIO, err: TextIO) -> int:
    from ai_access.catalog_doc import CatalogMarkersError, catalog_markdown, update_catalog

    if update is None:
        print(catalog_markdown(platform), file=out)
        return 0
    try:
        if os.path.islink(update):  # refused, not followed: see local_files
            raise OSError(LINK_REFUSED)
        with open(update, encoding="utf-8") as handle:
            text = handle.read()
        new = update_catalog(text, platform)
        if new != text:
            write_text_atomically(update, new)  # a failed write leaves the file as it was
    except CatalogMarkersError as error:
        print(f"catalog: {update}: {error}", file=err)
        return exit_codes.INVALID
    except OSError as error:
        print(f"catalog: cannot update {update}: {error.strerror or error}", file=err)
        return exit_codes.ENVIRONMENT
    if new != text:
        print(f"updated the catalog in {update}", file=out)
    return 0


def _print_problems(problems: list[Problem], stream: TextIO, args: argparse.Namespace) -> None:
    github = getattr(args, "format", "text") == "github"
    for problem in problems:
        print(problem.github_annotation() if github else problem.format(), file=stream)


def _count(text: str) -> int:
    """A number of teams for --max-deletions: 0 or more (argparse turns the error into exit code 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more (got {value})")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Self-service AI model access on Azure")
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("schema", help="print the JSON Schema of a request file", description="print the JSON Schema of a request file")
    for verb, text in (
        ("validate", "check every request; print PATH:LINE: field: message per problem"),
        ("synth", "validate, then write OUT/teams/<team>/ and OUT/argocd/"),
        ("platform", "synthesize the platform stack (cdktf) into OUT/stacks/<stack>/"),
        ("plan", "show per team what the working tree changes against a git ref, and the cost delta"),
        ("catalog", "print the requesters' catalog (limits, models, presets) generated from the platform file"),
        ("verify", "check that a team's synced access works: its objects in the cluster, its key, the gateway"),
    ):
        sub = verbs.add_parser(verb, help=text, description=text)
        sub.add_argument("--platform", default=DEFAULT_PLATFORM, help="platform configuration (default: %(default)s)")
        if verb == "catalog":
            sub.add_argument("--update", metavar="FILE", help="rewrite the generated blocks between their markers in FILE (the catalog; the platform.yaml reference)")
        if verb == "verify":
            _verify_arguments(sub)
        if verb not in ("platform", "catalog", "verify"):
            sub.add_argument("--requests", default=DEFAULT_REQUESTS, help="requests folder (default: %(default)s)")
            sub.add_argument("--today", type=date.fromisoformat, help="date for expiry checks, YYYY-MM-DD (default: today)")
            if verb != "plan":
                sub.add_argument("--format", choices=("text", "github"), default="text", help="problem format (github: workflow annotations)")
        if verb in ("synth", "platform"):
            sub.add_argument("--out", help="output folder")
        if verb == "synth":
            _synth_arguments(sub)
        if verb == "validate":
            sub.add_argument("--out", help="synth's output folder; a team without a folder in OUT/teams/ is new (default: dist)")
        if verb == "plan":
            sub.add_argument("--base", required=True, help="git ref to compare with (e.g. origin/main)")
            sub.add_argument("--dist", default="dist", help="synthesized output folder in the repository (default: %(default)s)")
            sub.add_argument("--format", dest="plan_format", choices=("text", "markdown"), default="text", help="plan format")
            sub.add_argument(
                "--max-deletions",
                type=_count,
                default=3,
                help="fail when more teams than this lose access: deleted, suspended by expiry or left without models (default: %(default)s)",
            )
    return parser


def _synth_arguments(sub: argparse.ArgumentParser) -> None:
    mode = sub.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="rebuild every team, ignoring the output's synth index")
    mode.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 naming every file of OUT that is not exactly what synth writes (trusts nothing in OUT)",
    )
    sub.add_argument(
        "--base",
        metavar="REF",
        type=_ref,
        help="with --check: take REF's committed output for teams whose inputs are unchanged (REF passed this check)",
    )
    sub.add_argument("--traceback", action="store_true", help="print the traceback of a failing extension")


def _ref(text: str) -> str:
    if not text or text.startswith("-"):
        raise argparse.ArgumentTypeError(f"not a git ref: {text!r}")
    return text


def _verify_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--team", required=True, help="the team to verify")
    sub.add_argument("--dist", default="dist", help="synthesized output holding teams/<team>/ (default: %(default)s)")
    sub.add_argument("--context", help="kubeconfig context (default: the current one; in a pod: the service account)")
    sub.add_argument("--endpoint", metavar="URL", help="call the gateway here instead of the folder's endpoint (a private network path); the key goes only over https")
    sub.add_argument("--burst", action="store_true", help="also drive the tokens-per-minute limit to a 429, with the fewest tokens that can")
    sub.add_argument("--timeout", type=_seconds, default=20.0, help="seconds each Kubernetes request and gateway call may take in all, connecting to last byte (default: %(default)g)")
    sub.add_argument("--format", choices=("text", "json", "github"), default="text", help="one line per check, one JSON document, or workflow annotations")


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 600 seconds")
    return value
