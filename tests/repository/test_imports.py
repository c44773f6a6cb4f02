"""imports/ is exactly what `make imports` generates from the CRDs: never edited by hand."""

from __future__ import annotations

import json
from pathlib import Path

from support.background import imports_job
from support.files import REPO


def _binary_tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_make_imports_reproduces_committed_imports_byte_for_byte(pytestconfig) -> None:
    job = imports_job(pytestconfig)  # started in the background when the session began
    result = job.wait()
    assert result.returncode == 0, result.stdout
    out, scopes = job.folder / "imports", job.folder / "crd_scopes.json"
    generated, committed = _binary_tree(out), _binary_tree(REPO / "imports")
    assert sorted(generated) == sorted(committed)
    assert [p for p in generated if generated[p] != committed[p]] == []
    # The scopes of the CRDs found (make crds downloads only those the project uses) are the committed ones.
    committed_scopes = json.loads((REPO / "constructs" / "ai_access" / "synth" / "crd_scopes.json").read_text())
    regenerated = json.loads(scopes.read_text())
    assert regenerated and {kind: committed_scopes.get(kind) for kind in regenerated} == regenerated
