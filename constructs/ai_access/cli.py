"""Command-line verbs: validate, synth, plan, platform, schema, catalog.

The CLI gathers every input (files, environment, today's date) and hands plain values to the
models and constructs; `validate` never imports jsii, so it answers in well under a second.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import TextIO

from ai_access.gitops.output import OutputFolderError
from ai_access.loading.platform_file import PlatformConfigError, load_platform_source
from ai_access.models.platform import PlatformConfig
from ai_access.problems import Problem
from ai_access.validation.baseline import Baseline, baseline_from_output
from ai_access.validation.requests import ValidationReport, validate_requests

DEFAULT_REQUESTS = "developer-requests"
DEFAULT_PLATFORM = "platform.yaml"


def main(argv: list[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one verb; returns the process exit code (0 ok, 1 invalid input, 2 usage)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
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
    if args.verb == "platform":
        from ai_access.platform.app import synth_platform  # jsii starts only here

        outdir = args.out or os.environ.get("CDKTF_OUTDIR") or "cdktf.out"
        print(f"wrote {synth_platform(platform, outdir)}", file=out)
        return 0

    today = args.today or date.today()

    def check(baseline: Baseline) -> ValidationReport:
        report = validate_requests(args.requests, platform, today=today, platform_source=source, baseline=baseline)
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
    return _synth(report, platform, outdir, today, out, err)


def _synth(report: ValidationReport, platform: PlatformConfig, outdir: str, today: date, out: TextIO, err: TextIO) -> int:
    from ai_access.gitops.synth import synth_gitops  # jsii starts in the processes that build

    teams = [loaded.request for loaded in report.requests]
    try:
        written = synth_gitops(teams, platform, outdir, today=today)
    except OutputFolderError as error:  # raised before anything is built or written
        print(f"synth: {error}", file=err)
        return 2
    print(f"synthesized {len(teams)} team(s), {written} file(s) into {outdir}", file=out)
    return 0


def _catalog(platform: PlatformConfig, update: str | None, out: TextIO, err: TextIO) -> int:
    from ai_access.catalog_doc import CatalogMarkersError, catalog_markdown, update_catalog

    if update is None:
        print(catalog_markdown(platform), file=out)
        return 0
    try:
        with open(update, encoding="utf-8") as handle:
            text = handle.read()
        new = update_catalog(text, platform)
    except (OSError, CatalogMarkersError) as error:
        print(f"catalog: {update}: {error}", file=err)
        return 1
    if new != text:
        with open(update, "w", encoding="utf-8") as handle:
            handle.write(new)
        print(f"updated the catalog in {update}", file=out)
    return 0


def _print_problems(problems: list[Problem], stream: TextIO, args: argparse.Namespace) -> None:
    github = getattr(args, "format", "text") == "github"
    for problem in problems:
        print(problem.github_annotation() if github else problem.format(), file=stream)


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
    ):
        sub = verbs.add_parser(verb, help=text, description=text)
        sub.add_argument("--platform", default=DEFAULT_PLATFORM, help="platform configuration (default: %(default)s)")
        if verb == "catalog":
            sub.add_argument("--update", metavar="FILE", help="rewrite the catalog block between its markers in FILE")
        if verb not in ("platform", "catalog"):
            sub.add_argument("--requests", default=DEFAULT_REQUESTS, help="requests folder (default: %(default)s)")
            sub.add_argument("--today", type=date.fromisoformat, help="date for expiry checks, YYYY-MM-DD (default: today)")
            if verb != "plan":
                sub.add_argument("--format", choices=("text", "github"), default="text", help="problem format (github: workflow annotations)")
        if verb in ("synth", "platform"):
            sub.add_argument("--out", help="output folder")
        if verb == "validate":
            sub.add_argument("--out", help="synth's output folder; a team without a folder in OUT/teams/ is new (default: dist)")
        if verb == "plan":
            sub.add_argument("--base", required=True, help="git ref to compare with (e.g. origin/main)")
            sub.add_argument("--dist", default="dist", help="synthesized output folder in the repository (default: %(default)s)")
            sub.add_argument("--format", dest="plan_format", choices=("text", "markdown"), default="text", help="plan format")
            sub.add_argument("--max-deletions", type=int, default=3, help="fail when more teams than this lose access (default: %(default)s)")
    return parser
