"""Entry points `main.py platform` calls: build the cdktf app and synthesize it."""

from __future__ import annotations

import pathlib

import cdktf

from ai_access.models.platform import PlatformConfig
from ai_access.platform.platform_stack import PlatformStack

STACK_NAME = "platform"
"""Name of the one stack; its Terraform lands in `<outdir>/stacks/platform/cdk.tf.json`."""


def build_platform_app(config: PlatformConfig, outdir: str) -> cdktf.App:
    """The cdktf app with the platform stack, not yet synthesized."""
    app = cdktf.App(outdir=outdir)
    PlatformStack(app, STACK_NAME, config=config)
    return app


def synth_platform(config: PlatformConfig, outdir: str) -> pathlib.Path:
    """Synthesize the platform stack and return the path of its `cdk.tf.json`.

    Under `cdktf synth --hcl` cdktf writes `cdk.tf` beside it instead; the returned path is the JSON one.
    """
    build_platform_app(config, outdir).synth()
    return pathlib.Path(outdir) / "stacks" / STACK_NAME / "cdk.tf.json"
