"""`cdktf synth` (cdktf.json) runs `main.py platform` and writes the stack where the docs say."""

from __future__ import annotations

from support.background import CdktfRun

from ai_access.names.platform import STACK_NAME


def test_cdktf_cli_writes_the_stack_at_the_documented_path_and_cleans_up(platform_stack: CdktfRun) -> None:
    assert platform_stack.stack_file.parts[-4:] == ("cdktf.out", "stacks", STACK_NAME, "cdk.tf.json")
    assert set(platform_stack.stack) >= {"provider", "resource", "output", "terraform"}
    # main.py skips the interpreter's teardown, not the cleanup of jsii's temporary folder.
    assert platform_stack.leftovers == []


def test_the_documented_hcl_path_leaves_one_form_of_the_stack_that_terraform_reads_once(platform_stack: CdktfRun) -> None:
    # docs/platform.md, "Getting plain Terraform": `make cdktf-synth CDKTF_FLAGS=--hcl` after a JSON
    # synth. Terraform reads every *.tf and *.tf.json of a folder: both forms would declare every
    # resource twice ("Duplicate resource"). Issue 27, point 12.
    assert platform_stack.hcl_folder == ["cdk.tf", "metadata.json"]
    assert "wrote cdktf.out/stacks/platform/cdk.tf\n" in platform_stack.output


def test_the_hcl_has_no_quoted_references_and_no_json_text_around_references(platform_stack: CdktfRun) -> None:
    # cdktf writes depends_on as quoted addresses in HCL ("Quoted references are deprecated", Terraform
    # 0.12+), and cannot render a JSON string built around `${...}` references (it came out as broken
    # HCL): the stack orders its resources by reference and builds JSON with jsonencode.
    assert "depends_on" not in platform_stack.hcl
    for type_, resources in platform_stack.stack["resource"].items():
        for name, resource in resources.items():
            for key, value in resource.items():
                if isinstance(value, str) and "${" in value and value.lstrip().startswith(("{", "[")):
                    raise AssertionError(f"{type_}.{name}.{key}: JSON text around Terraform references; use Fn.jsonencode")
            assert "depends_on" not in resource, f"{type_}.{name}"
    (line,) = [line for line in platform_stack.hcl.splitlines() if line.lstrip().startswith("parameters_content")]
    assert '"${jsonencode({' in line
