"""`main.py verify --team T`: a team's synced access, checked through the Kubernetes API and the gateway."""

from __future__ import annotations

import argparse
import os

from ai_access.cli.commands import Output
from ai_access.cli.options import DEFAULT_DIST, add_platform, load_platform


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The team, its synthesized folder, the cluster context, the gateway, the burst, the deadline and the format."""
    add_platform(parser)
    parser.add_argument("--team", required=True, help="the team to verify")
    parser.add_argument("--dist", default=DEFAULT_DIST, help="synthesized output holding teams/<team>/ (default: %(default)s)")
    parser.add_argument("--context", help="kubeconfig context (default: the current one; in a pod: the service account)")
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help="call the gateway here instead of the folder's endpoint (a private network path); the key goes only over https",
    )
    parser.add_argument("--burst", action="store_true", help="also drive the tokens-per-minute limit to a 429, with the fewest tokens that can")
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=20.0,
        help="seconds each Kubernetes request and gateway call may take in all, connecting to last byte (default: %(default)g)",
    )
    parser.add_argument("--format", choices=("text", "json", "github"), default="text", help="one line per check, one JSON document, or workflow annotations")


def run(args: argparse.Namespace, io: Output) -> int:
    """Run the checks; exit 0 when every check that ran passed, 1 when one failed, 3 when a server could not be reached."""
    loaded = load_platform(args, io)
    if isinstance(loaded, int):
        return loaded
    platform, _ = loaded
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
        out=io.out,
        err=io.err,
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 600 seconds")
    return value
