"""`cdktf synth` (cdktf.json) runs `main.py platform` and writes the stack where the docs say."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from support.background import CdktfRun
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS

from ai_access import exit_codes
from ai_access.cli import main
from ai_access.names.platform import STACK_NAME, TEAM_ALERTS_STACK


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


def test_the_cli_writes_the_team_alerts_stack_beside_the_platforms(platform_stack: CdktfRun) -> None:
    written = [line.removeprefix("wrote ") for line in platform_stack.output.splitlines() if line.startswith("wrote ")]
    # The JSON synth, then the documented HCL one on the same folder.
    assert [Path(path).parts[-3:] for path in written] == [
        ("stacks", STACK_NAME, "cdk.tf.json"), ("stacks", TEAM_ALERTS_STACK, "cdk.tf.json"),
        ("stacks", STACK_NAME, "cdk.tf"), ("stacks", TEAM_ALERTS_STACK, "cdk.tf"),
    ]
    assert set(platform_stack.team_alerts) >= {"provider", "resource", "terraform"}


def test_an_invalid_request_stops_the_stacks_before_jsii_starts(tmp_path: Path) -> None:
    # GIVEN the fixture requests with one owner that is no address
    requests = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS, requests)
    path = requests / "team-beta" / "access.yaml"
    path.write_text(path.read_text().replace('owner: "bob@contoso.com"', 'owner: "bob"'))
    out, err = io.StringIO(), io.StringIO()
    code = main(["platform", "--requests", str(requests), "--platform", str(FIXTURE_PLATFORM), "--out", str(tmp_path / "out")], stdout=out, stderr=err)
    # THEN it is the request's problem line, exit 1, and nothing is written
    assert code == exit_codes.INVALID and out.getvalue() == ""
    (line,) = err.getvalue().splitlines()
    assert line.startswith(f"{path}:") and "owner" in line
    assert not (tmp_path / "out").exists()
