"""`plan` reports every synthesized file the pull request edited by hand, and exits 1.

The head is built in memory from the requests (reusing the base's output for unchanged teams), so
what the pull request's `dist/` claims never becomes the plan; a file of it that is neither what
synth writes for the head nor what the base holds is an error with its path. Each test copies the
repository of `test_plan_run.py` (team-alpha and team-beta, committed with their output).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from support.plan_repo import enter, plan, two_teams  # noqa: F401

from ai_access.exit_codes import INVALID, OK
from ai_access.synth.layout import INDEX_FILE

POLICY = "dist/teams/team-alpha/productpolicy-apim-product-policy.yaml"
EDITED = "edited by hand; it differs from what synth writes for the head"


@pytest.fixture()
def repo(two_teams: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    return enter(two_teams, tmp_path, monkeypatch)


def _errors(err: str) -> list[str]:
    """plan's own lines (team-beta's expiry warning aside)."""
    return [line for line in err.splitlines() if line.startswith("plan: ")]


def _forge(repo: Path) -> None:
    """The issue's forgery: tokens-per-minute 5000 -> 9000000 in the policy, and its hash in the index with it."""
    policy = repo / POLICY
    old = policy.read_bytes()
    assert b'tokens-per-minute="5000"' in old
    new = old.replace(b'tokens-per-minute="5000"', b'tokens-per-minute="9000000"')
    policy.write_bytes(new)
    index = repo / "dist" / INDEX_FILE
    index.write_text(index.read_text().replace(hashlib.sha256(old).hexdigest(), hashlib.sha256(new).hexdigest()))


def test_the_issues_forgery_is_an_error_naming_each_file_and_never_the_plan(repo: Path) -> None:
    # GIVEN a pull request that edits a policy and its hash in the index, and nothing else
    _forge(repo)
    # WHEN planned
    code, out, err = plan()
    # THEN both files are errors with their paths, and the plan shows what synth writes: no policy change
    assert code == INVALID
    assert _errors(err) == [f"plan: dist/{INDEX_FILE}: {EDITED}", f"plan: {POLICY}: {EDITED}"]
    assert f"!! Edited by hand (not what synth writes for this head; ArgoCD would apply them as committed):\n    dist/{INDEX_FILE}: {EDITED}\n" in out
    assert "productpolicy" not in out.replace(POLICY, "")


def test_a_request_change_with_its_output_regenerated_is_no_hand_edit(repo: Path) -> None:
    from support.scratch_git import edit as _edit, run as _run

    _edit(repo / "developer-requests" / "team-alpha" / "access.yaml", 'tokensPerMinute: "5000"', 'tokensPerMinute: "6000"')
    assert _run(["synth", "--platform", "platform.yaml", "--today", "2026-11-27"])[0] == OK
    code, out, err = plan()
    assert (code, _errors(err)) == (OK, [])
    assert "~ productpolicy-apim-product-policy.yaml" in out and "Edited by hand" not in out


def test_an_output_not_regenerated_is_stale_not_edited(repo: Path) -> None:
    # team-beta's request expired yesterday: the head suspends its key, the committed file is the base's
    code, out, err = plan()
    assert (code, _errors(err)) == (OK, [])
    assert "~ subscription-apim-subscription.yaml" in out and "Edited by hand" not in out


@pytest.mark.parametrize(
    ("damage", "line"),
    [
        ("deleted", f"{POLICY}: deleted by hand; synth writes it for the head"),
        ("a symlink", f"{POLICY}: a symlink where synth writes a file"),
        ("a FIFO", f"{POLICY}: a FIFO where synth writes a file"),
        ("a folder", f"{POLICY}: a folder where synth writes a file"),
        ("crlf", f"{POLICY}: {EDITED}"),
    ],
)
def test_every_hand_edit_of_a_synthesized_file_is_named(repo: Path, damage: str, line: str) -> None:
    policy = repo / POLICY
    if damage == "crlf":
        policy.write_bytes(policy.read_bytes().replace(b"\n", b"\r\n"))
    else:
        policy.unlink()
        if damage == "a symlink":
            policy.symlink_to("/etc/hostname")
        elif damage == "a FIFO":
            os.mkfifo(policy)
        elif damage == "a folder":
            policy.mkdir()
    code, _, err = plan()
    assert code == INVALID
    assert _errors(err) == [f"plan: {line}"]


def test_a_file_synth_does_not_write_is_no_hand_edit_of_a_synthesized_file(repo: Path) -> None:
    (repo / "dist" / "teams" / "team-alpha" / "notes.yaml").write_text("x")
    assert plan()[0] == OK


def test_a_hostile_index_in_the_working_tree_touches_nothing_outside_plans_scratch(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a working tree's index whose entry, joined to plan's scratch copy (TMP/plan-*/head/teams/),
    # names a folder beside the scratch folder: plan synthesized into such a copy before
    scratch = tmp_path / "tmp"
    victim = scratch / "victim"
    victim.mkdir(parents=True)
    (victim / "keep.yaml").write_text("keep me\n")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    index = repo / "dist" / INDEX_FILE
    index.write_text(index.read_text() + f"team ../../../victim {'0' * 64}\n")
    # WHEN planned THEN the index is an edit by hand, and the victim is kept
    code, _, err = plan()
    assert code == INVALID and _errors(err) == [f"plan: dist/{INDEX_FILE}: {EDITED}"]
    assert (victim / "keep.yaml").read_text() == "keep me\n"


def test_hand_edits_in_the_comment_are_code_never_markup(repo: Path) -> None:
    # A synthesized file's path comes from the pull request's requests: in a comment it must stay text.
    _forge(repo)
    code, out, _ = plan("--format", "markdown")
    assert code == INVALID
    assert "> [!CAUTION]\n> Edited by hand: not what synth writes for this head, and ArgoCD would apply them as committed.\n" in out
    tokens = MarkdownIt("commonmark").parse(out)
    codes = [child.content for token in tokens if token.children for child in token.children if child.type == "code_inline"]
    assert f"{POLICY}: {EDITED}" in codes


def test_plan_leaves_the_working_trees_output_as_it_was(repo: Path) -> None:
    _forge(repo)
    before = {str(p): (p.read_bytes() if p.is_file() else None) for p in (repo / "dist").rglob("*")}
    plan()
    assert {str(p): (p.read_bytes() if p.is_file() else None) for p in (repo / "dist").rglob("*")} == before
