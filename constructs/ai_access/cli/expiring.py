"""`main.py expiring`: the teams whose access ends within DAYS (or has ended), with owner, cost centre and what they lose."""

from __future__ import annotations

import argparse

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.cli.options import add_platform, add_requests, today, valid_requests, whole_number

DEFAULT_WITHIN = 14


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The platform, the requests, the window and the format."""
    add_platform(parser)
    add_requests(parser, problem_format=False)
    parser.add_argument("--within", type=whole_number, default=DEFAULT_WITHIN, metavar="DAYS", help="days ahead to look (default: %(default)s)")
    parser.add_argument("--format", dest="report_format", choices=("text", "markdown", "json"), default="text", help="report format")


def run(args: argparse.Namespace, io: Output) -> int:
    """Print the teams; exit 1 when a request or the platform file is invalid."""
    checked = valid_requests(args, io)
    if isinstance(checked, int):
        return checked
    platform, source, report = checked
    from ai_access.review import expiry_report

    requests = [loaded.request for loaded in report.requests]
    day = today(args)
    endings = expiry_report.ending_teams(requests, platform, today=day, within=args.within)
    if args.report_format == "json":
        text = expiry_report.render_json(endings, requests, today=day, within=args.within)
    elif args.report_format == "markdown":
        text = expiry_report.render_markdown(endings, today=day, within=args.within)
    else:
        text = expiry_report.render_text(endings, today=day, within=args.within)
    print(text, file=io.out, end="")
    return exit_codes.OK
