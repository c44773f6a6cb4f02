"""Entry points `main.py platform` calls: build the cdktf app and synthesize it."""

from __future__ import annotations

import pathlib
from collections.abc import Mapping

import cdktf

from ai_access.models.platform import PlatformConfig
from ai_access.names.platform import STACK_NAME
from ai_access.platform.platform_stack import PlatformStack


def build_platform_app(config: PlatformConfig, outdir: str, policy_fragments: Mapping[str, str] | None = None) -> cdktf.App:
    """The cdktf app with the platform stack, not yet synthesized; `policy_fragments` by id, their XML."""
    app = cdktf.App(outdir=outdir)
    PlatformStack(app, STACK_NAME, config=config, policy_fragments=policy_fragments)
    return app


JSON_FILE, HCL_FILE = "cdk.tf.json", "cdk.tf"
"""The stack's Terraform, as cdktf writes it: JSON by default, HCL under `cdktf synth --hcl`."""


def synth_platform(config: PlatformConfig, outdir: str, policy_fragments: Mapping[str, str] | None = None) -> pathlib.Path:
    """Synthesize the platform stack and return the path of the file written: `cdk.tf.json`, or `cdk.tf`.

    Under `cdktf synth --hcl` (which sets SYNTH_HCL_OUTPUT) cdktf writes `cdk.tf`. The stack folder
    then holds the stack in one form only: the other form's file, left by an earlier synth, goes,
    since Terraform reads both `*.tf` and `*.tf.json` and would find every resource twice.
    """
    app = build_platform_app(config, outdir, policy_fragments)
    app.synth()
    folder = pathlib.Path(outdir) / "stacks" / STACK_NAME
    written, other = (HCL_FILE, JSON_FILE) if app.hcl_output else (JSON_FILE, HCL_FILE)
    stale = folder / other
    if stale.is_symlink() or stale.is_file():  # a link goes itself, never what it points at
        stale.unlink()
    return folder / written
