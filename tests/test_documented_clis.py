"""The cdk8s and cdktf CLIs as the README documents them: after `make setup`, with no Node.js on PATH.

`npx cdk8s` and `npx cdktf` ran whatever Node.js the machine has (and failed on one without): the
documented commands are `make cdk8s-synth` and `make cdktf-synth`, which run the pinned CLIs from
node_modules/.bin on the pinned Node.js in .venv/bin. Each runs here with only .venv/bin and basic
tools on PATH, and its output, which is not a terminal, has no escape codes (the cdktf CLI draws a
spinner unless told it runs in CI). The cdktf run is the session's platform synthesis (conftest's
`platform_stack`), so it costs no extra time.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from bare_path import bare_path
from conftest import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO, CdktfRun, copy_fragments

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


def test_make_cdk8s_synth_runs_on_the_pinned_node_without_escape_codes(tmp_path: Path, fixture_dist: Path) -> None:
    # GIVEN a project (the fixtures' requests, platform and their output, so synth rebuilds nothing) whose setup is done
    project = tmp_path / "project"
    project.mkdir()
    for name in ("main.py", "cdk8s.yaml", "Makefile", "requirements.txt", "package-lock.json"):
        shutil.copy2(REPO / name, project / name)  # with their times: make sees setup up to date
    for name in ("constructs", "imports"):
        shutil.copytree(REPO / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(FIXTURE_PLATFORM, project / "platform.yaml")
    copy_fragments(project)
    shutil.copytree(FIXTURE_REQUESTS, project / "developer-requests")
    shutil.copytree(fixture_dist, project / "dist")
    (project / ".venv").symlink_to(Path(sys.prefix))
    (project / "node_modules").symlink_to(REPO / "node_modules")
    path = bare_path(tmp_path)
    assert subprocess.run(["make", "-s", "-q", "setup"], cwd=project, env={"PATH": path}).returncode == 0, "run make setup first"
    assert shutil.which("node", path=path) == str(Path(sys.prefix) / "bin" / "node")
    # WHEN the documented command runs with nothing but .venv/bin and basic tools on PATH
    done = subprocess.run(["make", "-s", "cdk8s-synth"], cwd=project, env={"PATH": path, "HOME": str(tmp_path)}, capture_output=True, text=True, timeout=300)
    # THEN it synthesizes, and prints no escape code
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Synthesizing application" in done.stdout and "  - dist/teams/" in done.stdout  # the CLI lists the files
    assert ESC not in done.stdout + done.stderr


def test_make_cdktf_synth_runs_on_the_pinned_node_without_escape_codes(platform_stack: CdktfRun) -> None:
    assert "Generated Terraform code for the stacks: platform" in platform_stack.output
    assert ESC not in platform_stack.output
