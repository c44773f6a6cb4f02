"""The cdk8s and cdktf CLIs as the README documents them: after `make setup`, with no Node.js on PATH.

`npx cdk8s` and `npx cdktf` ran whatever Node.js the machine has (and failed on one without): the
documented commands are `make cdk8s-synth` and `make cdktf-synth`, which run the pinned CLIs from
node_modules/.bin on the pinned Node.js in .venv/bin. Each runs here with only .venv/bin and basic
tools on PATH, and its output, which is not a terminal, has no escape codes (the cdktf CLI draws a
spinner unless told it runs in CI). The cdktf run is the session's platform synthesis (conftest's
`platform_stack`) and the cdk8s one `test_synth_examples.py`'s comparison of the CLI with `main.py
synth`, so neither costs extra time.
"""

from __future__ import annotations

import re
from pathlib import Path

from support.background import CdktfRun
from support.files import REPO

DOCS = [REPO / "README.md", REPO / "developer-requests" / "README.md", *sorted((REPO / "docs").glob("*.md"))]
ESC = "\x1b"


def fenced_lines(text: str) -> list[str]:
    """Every line of every fenced block of a Markdown text."""
    return [line for block in re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.M | re.S) for line in block.splitlines()]


def code_spans(text: str) -> list[str]:
    """Every code span of a Markdown text outside its fenced blocks."""
    return re.findall(r"`([^`\n]+)`", re.sub(r"^```.*?^```", "", text, flags=re.M | re.S))


COMMAND = r"\s*(\S+=\S+\s+)*{}\s"  # a command line starting with the program, after any VAR=value


def test_no_documented_command_runs_npx_or_a_cli_on_whatever_node_is_on_path() -> None:
    for path in DOCS:
        text = path.read_text()
        for code in fenced_lines(text) + code_spans(text):
            assert not re.match(COMMAND.format("npx"), code), f"{path.name}: {code}"
        for line in fenced_lines(text):  # a command block's bare `cdk8s ...` runs the first `node` on PATH
            assert not re.match(COMMAND.format("(cdk8s|cdktf|node_modules/.bin/\\S+)"), line), f"{path.name}: {line}"


def test_the_readme_documents_the_make_targets() -> None:
    readme = (REPO / "README.md").read_text()
    assert "`make cdk8s-synth`" in readme and "`make cdktf-synth`" in readme


def test_make_cdktf_synth_runs_on_the_pinned_node_without_escape_codes(platform_stack: CdktfRun) -> None:
    assert "Generated Terraform code for the stacks: platform" in platform_stack.output
    assert ESC not in platform_stack.output
