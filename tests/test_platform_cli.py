"""`cdktf synth` (cdktf.json) and `main.py platform` write the same Terraform."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURE_PLATFORM, REPO

from ai_access.platform.app import synth_platform


def test_cdktf_cli_synth_matches_main_py_platform(tmp_path: Path, platform) -> None:
    project = tmp_path / "project"
    project.mkdir()
    for name in ("main.py", "cdktf.json"):
        shutil.copy(REPO / name, project / name)
    shutil.copy(FIXTURE_PLATFORM, project / "platform.yaml")
    shutil.copytree(REPO / "constructs", project / "constructs", ignore=shutil.ignore_patterns("__pycache__"))
    (project / ".venv").symlink_to(Path(sys.prefix))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "CHECKPOINT_DISABLE": "1", "TMPDIR": str(scratch)}
    result = subprocess.run(
        [str(REPO / "node_modules" / ".bin" / "cdktf"), "synth"], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    # main.py platform skips the interpreter's teardown, not the cleanup of jsii's temporary folder.
    assert sorted(os.listdir(scratch)) == []
    from_cli = json.loads((project / "cdktf.out" / "stacks" / "platform" / "cdk.tf.json").read_text())
    in_process = json.loads(synth_platform(platform, str(tmp_path / "direct")).read_text())
    assert from_cli == in_process
