"""`cdktf synth` (cdktf.json) runs `main.py platform` and writes the stack where the docs say."""

from __future__ import annotations

from support.background import CdktfRun

from ai_access.names.platform import STACK_NAME


def test_cdktf_cli_writes_the_stack_at_the_documented_path_and_cleans_up(platform_stack: CdktfRun) -> None:
    assert platform_stack.stack_file.parts[-4:] == ("cdktf.out", "stacks", STACK_NAME, "cdk.tf.json")
    assert set(platform_stack.stack) >= {"provider", "resource", "output", "terraform"}
    # main.py skips the interpreter's teardown, not the cleanup of jsii's temporary folder.
    assert platform_stack.leftovers == []
