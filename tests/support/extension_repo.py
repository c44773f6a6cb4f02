"""A platform repository in a scratch folder: a platform file beside extension modules, and synth on it."""

from __future__ import annotations

import io
import shutil
import textwrap
from pathlib import Path

import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, FIXTURE_TODAY, copy_fragments

from ai_access.cli import main as cli_main


def platform_with(tmp_path: Path, modules: dict[str, str], extensions: list[str]) -> Path:
    """A platform file beside extension modules (`name` -> source; `pkg/mod` for a file in a folder), naming them."""
    folder = tmp_path / "platform-repo"
    folder.mkdir(exist_ok=True)
    for name, source in modules.items():
        target = folder / f"{name}.py"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(source))
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["extensions"] = extensions
    (folder / "platform.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(folder)
    return folder / "platform.yaml"


def one_team(tmp_path: Path, team: str = "team-alpha") -> Path:
    """A requests folder holding only the fixture request of `team` (a quicker synth)."""
    folder = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS / team, folder / team)
    return folder


def run(verb: str, platform: Path, *extra: str, requests: Path = FIXTURE_REQUESTS) -> tuple[int, str, str]:
    """`main.py VERB` on the fixture requests (or `requests`) and `platform`: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    args = [verb, "--requests", str(requests), "--platform", str(platform), "--today", FIXTURE_TODAY, *extra]
    return cli_main(args, stdout=out, stderr=err), out.getvalue(), err.getvalue()


def synth(platform: Path, out: Path, *extra: str, requests: Path = FIXTURE_REQUESTS) -> tuple[int, str]:
    """`main.py synth` into `out`: exit code and stderr."""
    code, _, err = run("synth", platform, "--out", str(out), *extra, requests=requests)
    return code, err
