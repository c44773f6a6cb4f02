"""Shared by several test modules (moved from test_every_problem_at_once.py): TYPED, PLATFORM, TODAY, platform_with, located, request, validate, write."""

from __future__ import annotations

import io
from pathlib import Path
import yaml
from support.files import FIXTURE_PLATFORM, copy_fragments
from ai_access.cli import main
from ai_access.loading.platform_file import load_platform
from ai_access.models.platform import PlatformConfig


PLATFORM = str(FIXTURE_PLATFORM)


TODAY = "2026-11-27"


TYPED = """\
apiVersion: ai.contoso.com/v1alpha1
kind: ModelAccessRequest
metadata:
  name: {team}
spec:
  team: {team}
  owner: dana@contoso.com
  costCenter: CC-1234
  entraGroupId: 3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b
  models:
    - name: gpt-4.1
      type: foundry
    - name: phi-4
      type: kaito
      instanceType: Standard_NC24ads_A100_v4
  tokensPerMinute: 5000
  dailyTokenQuota: 1000000
"""


def request(template: str, team: str = "team-x", **replace: str) -> str:
    """`template` for `team`, each `old=new` pair of `replace` (keys use _ for -) applied exactly once."""
    text = template.format(team=team)
    for old, new in replace.items():
        old = old.replace("__", ".")
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def write(root: Path, folder: str, text: str) -> Path:
    path = root / folder / "access.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def validate(requests: Path, *extra: str, platform: str = PLATFORM) -> tuple[int, list[str]]:
    """Exit code and the problem lines of `main.py validate` (no output folder unless `extra` names one)."""
    out, err = io.StringIO(), io.StringIO()
    args = ["validate", "--requests", str(requests), "--platform", platform, "--today", TODAY]
    if "--out" not in extra:
        args += ["--out", str(requests / ".no-output")]
    code = main([*args, *extra], stdout=out, stderr=err)
    return code, err.getvalue().splitlines()


def located(lines: list[str], path: Path) -> list[tuple[int, str]]:
    """(line, field) of each problem line about `path`."""
    prefix = f"{path}:"
    return [(int(line[len(prefix):].split(":")[0]), line.split(": ")[1]) for line in lines if line.startswith(prefix)]


def platform_with(tmp_path: Path, change) -> tuple[str, PlatformConfig]:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    change(data)
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(tmp_path)
    return str(path), load_platform(str(path))
