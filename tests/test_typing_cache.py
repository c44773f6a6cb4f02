"""Wider typing caches: annotations a team's structs read stay cached (see ai_access/typing_cache.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO

WIDENED = textwrap.dedent(
    """\
    import sys, typing
    sys.path.insert(0, sys.argv[1])
    if sys.argv[2] == "widen":
        from ai_access.typing_cache import widen_typing_caches
        assert widen_typing_caches() > 0
    first = typing.Optional["Struct0"]
    for number in range(1, 1000):  # more distinct annotations than one KAITO team's structs
        typing.Optional[f"Struct{number}"]
    print(typing.Optional["Struct0"] is first)  # the same object only if it stayed cached
    """
)


@pytest.mark.parametrize(("mode", "cached"), [("widen", "True"), ("as-shipped", "False")])
def test_widened_typing_caches_keep_a_teams_annotations(mode: str, cached: str, tmp_path: Path) -> None:
    script = tmp_path / "widened.py"
    script.write_text(WIDENED)
    result = subprocess.run([sys.executable, str(script), str(REPO / "constructs"), mode], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == cached
