"""`main.py catalog [--update FILE]`: the requesters' limits and catalog, generated from the platform file."""

from __future__ import annotations

import argparse
import os

from ai_access import exit_codes
from ai_access.cli.commands import Output
from ai_access.cli.options import add_platform, add_requests, load_platform, print_problems, today
from ai_access.local_files import LINK_REFUSED, write_text_atomically


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The platform file and the file whose catalog block to rewrite."""
    add_platform(parser)
    add_requests(parser, problem_format=False)
    parser.add_argument("--update", metavar="FILE", help="rewrite the generated blocks between their markers in FILE (the catalog; the platform.yaml reference)")


def run(args: argparse.Namespace, io: Output) -> int:
    """Print the catalog (with the gateway's headroom for the valid requests of `--requests`), or rewrite it in `--update FILE` in one step (a symbolic link is refused, not followed)."""
    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, _ = loaded
    from ai_access.reference.catalog import CatalogMarkersError, catalog_markdown, update_catalog

    update = args.update
    if update is None:
        # Printed, the catalog adds what the valid requests of `--requests` take of the gateway's
        # limits; the committed block (--update) leaves it out (reference/catalog.py says why).
        from ai_access.validation.requests import validate_requests

        day = today(args)
        report = validate_requests(args.requests, platform, today=day)
        print_problems([p for p in report.problems if p.severity == "error"], io, args)  # what is left out of the count
        print(catalog_markdown(platform, [loaded.request for loaded in report.requests], day), file=io.out)
        return exit_codes.OK
    try:
        if os.path.islink(update):  # refused, not followed: see local_files
            raise OSError(LINK_REFUSED)
        with open(update, encoding="utf-8") as handle:
            text = handle.read()
        new = update_catalog(text, platform)
        if new != text:
            write_text_atomically(update, new)  # a failed write leaves the file as it was
    except CatalogMarkersError as error:
        print(f"catalog: {update}: {error}", file=io.err)
        return exit_codes.INVALID
    except OSError as error:
        print(f"catalog: cannot update {update}: {error.strerror or error}", file=io.err)
        return exit_codes.ENVIRONMENT
    if new != text:
        print(f"updated the catalog in {update}", file=io.out)
    return exit_codes.OK
