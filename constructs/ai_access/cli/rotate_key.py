"""`main.py rotate-key --team T`: set the team's `keyRotatedOn` to today in its request file, and nothing else.

The rotation itself is the pull request that carries this one-line change (docs/lifecycle.md): on
merge synth makes a new key in Secret `ai-gateway-key` and keeps the replaced one working in
Secret `ai-gateway-key-previous` for `gitops.keyOverlapDays` days. A team that rotated before
also gets `previousKeyRotatedOn` (the date it had), which names that previous key.
"""

from __future__ import annotations

import argparse
import os

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.cli.options import add_platform, add_requests, load_platform, print_problems, today
from ai_access.loading.request_edit import RequestEditError, set_request_fields
from ai_access.loading.request_files import REQUEST_FILE
from ai_access.local_files import write_text_atomically
from ai_access.models.lifecycle import last_day_of_overlap, later
from ai_access.models.request import DNS_LABEL
from ai_access.names.team import KEY_SECRET, PREVIOUS_KEY_SECRET
from ai_access.problems import shown
from ai_access.validation.requests import validate_requests


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The team, the requests folder, the platform (its overlap days) and the day."""
    parser.add_argument("--team", required=True, type=_team, help="the team whose key to rotate (its folder name)")
    add_platform(parser)
    add_requests(parser, problem_format=False)


def run(args: argparse.Namespace, io: Output) -> int:
    """Edit the request file; exit 1 when it is invalid, was rotated too recently or cannot be edited safely."""
    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, source = loaded
    path = os.path.join(args.requests, args.team, REQUEST_FILE)
    if os.path.islink(path) or os.path.islink(os.path.dirname(path)):
        # Written in place, a link would carry the edit to wherever it points: the requests folder holds files.
        print(f"rotate-key: {path} is a symbolic link (or in one); edit the file it points to by hand", file=io.err)
        return exit_codes.INVALID
    if not os.path.isfile(path):
        print(f"rotate-key: no request file {path}: is {args.team} a team of {args.requests}?", file=io.err)
        return exit_codes.INVALID
    day = today(args)
    report = validate_requests(args.requests, platform, today=day, platform_source=source)
    own = [problem for problem in report.problems if problem.path == path and problem.severity == "error"]
    request = next((r.request for r in report.requests if r.folder == args.team), None)
    if request is None or own:
        print_problems(own, io, args)
        print(f"rotate-key: {path} is not a valid request: fix it first (main.py validate)", file=io.err)
        return exit_codes.INVALID
    overlap = platform.gitops.key_overlap_days
    last = request.key_rotated_on
    if last is not None and (day - last).days <= overlap:
        print(
            f"rotate-key: {args.team}'s key was rotated on {last}, and its previous key may work until "
            f"{last_day_of_overlap(last, overlap)}: rotate again on {later(last, overlap + 1)} or later",
            file=io.err,
        )
        return exit_codes.INVALID
    values = {"keyRotatedOn": day.isoformat()}
    if last is not None:
        values["previousKeyRotatedOn"] = last.isoformat()
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        edited = set_request_fields(text, values, folder=args.team, after="expiresOn", catalog=platform.request_catalog)
        write_text_atomically(path, edited)
    except RequestEditError as error:
        print(f"rotate-key: {path}: {error}", file=io.err)
        return exit_codes.INVALID
    except OSError as error:
        print(f"rotate-key: cannot write {path}: {error.strerror or error}", file=io.err)
        return exit_codes.ENVIRONMENT
    print(
        f"{path}: keyRotatedOn set to {day}{f' (previousKeyRotatedOn {last})' if last else ''}. Commit it in a pull request: "
        f"once merged, the new key is in Secret {KEY_SECRET} and the previous one in Secret {PREVIOUS_KEY_SECRET} until "
        f"{last_day_of_overlap(day, overlap)}; switch every client before then",
        file=io.out,
    )
    return exit_codes.OK


def _team(text: str) -> str:
    if not DNS_LABEL.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a team name: {shown(text)}")
    return text
