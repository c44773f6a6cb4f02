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


def synth_platform(config: PlatformConfig, outdir: str, policy_fragments: Mapping[str, str] | None = None) -> pathlib.Path:
    """Synthesize the platform stack and return the path of its `cdk.tf.json`.

    Under `cdktf synth --hcl` cdktf writes `cdk.tf` beside it instead; the returned path is the JSON one.
    """
    build_platform_app(config, outdir, policy_fragments).synth()
    return pathlib.Path(outdir) / "stacks" / STACK_NAME / "cdk.tf.json"
