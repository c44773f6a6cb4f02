"""Entry points `main.py platform` calls: build the cdktf app and synthesize it."""

from __future__ import annotations

import pathlib
from collections.abc import Mapping, Sequence
from datetime import date

import cdktf

from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.platform import STACK_NAME, TEAM_ALERTS_STACK
from ai_access.platform.alert_targets import alert_targets
from ai_access.platform.platform_stack import PlatformStack
from ai_access.platform.team_alerts_stack import TeamAlertsStack


def build_platform_app(
    config: PlatformConfig,
    outdir: str,
    policy_fragments: Mapping[str, str] | None = None,
    requests: Sequence[AccessRequest] = (),
    today: date | None = None,
) -> cdktf.App:
    """The cdktf app, not yet synthesized: the platform stack (`policy_fragments` by id, their XML) and the team-alerts stack of `requests` on `today`."""
    app = cdktf.App(outdir=outdir)
    PlatformStack(app, STACK_NAME, config=config, policy_fragments=policy_fragments)
    targets = alert_targets(requests, config, today)
    TeamAlertsStack(app, TEAM_ALERTS_STACK, config=config, targets=targets)
    return app


JSON_FILE, HCL_FILE = "cdk.tf.json", "cdk.tf"
"""A stack's Terraform, as cdktf writes it: JSON by default, HCL under `cdktf synth --hcl`."""


def synth_platform(
    config: PlatformConfig,
    outdir: str,
    policy_fragments: Mapping[str, str] | None = None,
    requests: Sequence[AccessRequest] = (),
    today: date | None = None,
) -> list[pathlib.Path]:
    """Synthesize both stacks and return the paths of the files written (`cdk.tf.json`, or `cdk.tf`), the platform's first.

    Under `cdktf synth --hcl` (which sets SYNTH_HCL_OUTPUT) cdktf writes `cdk.tf`. Each stack folder
    then holds its stack in one form only: the other form's file, left by an earlier synth, goes,
    since Terraform reads both `*.tf` and `*.tf.json` and would find every resource twice.
    """
    app = build_platform_app(config, outdir, policy_fragments, requests, today)
    app.synth()
    written, other = (HCL_FILE, JSON_FILE) if app.hcl_output else (JSON_FILE, HCL_FILE)
    paths = []
    for stack in (STACK_NAME, TEAM_ALERTS_STACK):
        folder = pathlib.Path(outdir) / "stacks" / stack
        stale = folder / other
        if stale.is_symlink() or stale.is_file():  # a link goes itself, never what it points at
            stale.unlink()
        paths.append(folder / written)
    return paths
