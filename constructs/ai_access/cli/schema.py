"""`main.py schema`: the JSON Schema of a request file (both formats), for editors."""

from __future__ import annotations

import argparse
import json

from ai_access import exit_codes
from ai_access.cli.commands import Output


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options."""


def run(args: argparse.Namespace, io: Output) -> int:
    """Print the schema."""
    from ai_access.loading.json_schema import request_json_schema

    print(json.dumps(request_json_schema(), indent=2, sort_keys=True), file=io.out)
    return exit_codes.OK
