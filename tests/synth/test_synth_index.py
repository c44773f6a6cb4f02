"""The synth index's key: it covers exactly the library files that shape what synth writes.

A change of any other file (the CLI, plan, verify, validation) keeps every key, so a code pull request
does not re-commit `dist/`; a change of a file that shapes the output changes every key.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

from support.files import REPO

from ai_access.synth import index
from ai_access.synth.index import OUTPUT_SOURCES, library_digest

PACKAGE = REPO / "constructs" / "ai_access"
# Library modules the build imports that do not decide a byte of what it writes, and why.
NOT_OUTPUT = {
    "ai_access": "the package itself (an empty __init__)",
    "ai_access.synth": "the package itself (a docstring)",
    "ai_access.problems": "how a refusal's message is cut and escaped",
    "ai_access.exit_codes": "the exit code a refusal ends with",
    "ai_access.synth.progress": "where a worker is, for the line a dying one prints",
    "ai_access.synth.extension_sources": "which files an extension's code comes from: the key's own `extensions` input",
    "ai_access.synth.output_files": "how files already written are read back to be reused, never what is written",
}

_BUILD = """
import json, pickle, sys
request, platform = pickle.load(open(sys.argv[1], "rb"))
before = set(sys.modules)
from ai_access.synth.charts import team_manifests
from ai_access.synth.output import dump_yaml
from ai_access.synth.layout import object_file_name
for obj in team_manifests(request, platform):
    object_file_name(obj), dump_yaml(obj)
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] == "ai_access")))
"""


def _covered(module: str) -> bool:
    """Whether `module`'s file is one `OUTPUT_SOURCES` hashes (a file named there, or below a folder named there)."""
    parts = module.split(".")[1:]
    if not parts:
        return False
    relative = Path(*parts)
    candidates = [relative.with_suffix(".py").as_posix(), (relative / "__init__.py").as_posix()]
    return any(c == source or c.startswith(source + "/") for c in candidates for source in OUTPUT_SOURCES)


def test_every_module_the_build_imports_is_in_the_key_or_said_not_to_shape_the_output(tmp_path, fixture_report, platform) -> None:
    # GIVEN one fixture team built in a fresh process (so only what the build imports is loaded)
    inputs = tmp_path / "inputs.pickle"
    inputs.write_bytes(pickle.dumps((fixture_report.requests[0].request, platform)))
    result = subprocess.run(
        [sys.executable, "-c", _BUILD, str(inputs)], capture_output=True, text=True, cwd=REPO, timeout=120,
        env={"PYTHONPATH": f"{REPO / 'constructs'}:{REPO}", "PATH": f"{REPO / '.venv' / 'bin'}", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    imported = json.loads(result.stdout)
    # THEN each is hashed into the key, or named as one that decides nothing of the bytes
    unclassified = [name for name in imported if not _covered(name) and name not in NOT_OUTPUT]
    assert unclassified == [], "add each to OUTPUT_SOURCES (synth/index.py) or, with the reason, to NOT_OUTPUT here"
    assert [name for name in NOT_OUTPUT if name in imported and _covered(name)] == []
    assert {"ai_access.gitops.team_access", "ai_access.apim.product_policy", "ai_access.synth.sync_order"} <= set(imported)


def test_the_key_changes_with_a_file_that_shapes_the_output_and_not_with_one_that_does_not(tmp_path, monkeypatch) -> None:
    # GIVEN a copy of the library, hashed as synth hashes it
    copy = tmp_path / "ai_access"
    subprocess.run(["cp", "-R", str(PACKAGE), str(copy)], check=True)
    monkeypatch.setattr(index, "__file__", str(copy / "synth" / "index.py"))
    before = library_digest()
    # WHEN a comment is added to verify/ and to the CLI THEN no key changes
    for path in (copy / "verify" / "run.py", copy / "cli" / "plan.py"):
        path.write_text(path.read_text() + "\n# a comment\n")
    assert library_digest() == before
    # WHEN a construct changes THEN every key changes
    policy = copy / "gitops" / "token_policy.py"
    policy.write_text(policy.read_text() + "\n# a comment\n")
    assert library_digest() != before
