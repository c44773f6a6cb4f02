"""The requester path end to end: a pull request that changes one request file gets its dist/ commit.

GitHub Actions cannot run here, so the test does what the workflow's jobs do, with their scripts,
in a scratch repository: a bare "origin" holding `main` (the fixture requests, platform and their
synthesized output) and a pull request's branch that changes only a request file. The `check`
job's `.ci/dist-patch` runs on a clone of the branch's head and writes the patch artifact; the
`push-dist` job's `.ci/dist-push`, taken from the base as the workflow takes it, pushes it. The
branch then has one new commit, touching only dist/, on which `synth --check --base` passes.

The push side must run none of the pull request's files: a branch that also plants a main.py, a
Makefile and a `.ci/dist-push` that leave a mark when run gets its commit all the same, and no
mark. Hostile patches (a path outside dist/, a link, an executable, a dot-folder, binary content,
too many bytes, a rename out of the tree) are refused with the branch untouched; a branch that
moved is refused, a re-run pushes nothing twice, and the workflow's own commit is never followed
by a second one. A fork gets the exact commands, which developer-requests/README.md shows too.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.files import FIXTURE_REQUESTS, FIXTURE_TODAY, REPO
from support.origin_repo import Origin, git, run, seed_origin

from ai_access import exit_codes

BRANCH = "team-beta-more-tokens"
REQUEST = "developer-requests/team-beta/access.yaml"
TRAILER = "Synthesized-by: access-requests workflow"
BOT = "github-actions[bot]"
@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory, fixture_dist: Path) -> Origin:
    """main: the project's code, the fixture requests and platform, and their synthesized output."""
    return seed_origin(tmp_path_factory.mktemp("requester-path"), requests=FIXTURE_REQUESTS, dist=fixture_dist)


@dataclass
class Synthesized:
    """The synth side's result for the pull request's head."""

    head: str
    patch: Path
    result: subprocess.CompletedProcess
    outputs: str


@pytest.fixture(scope="module")
def synthesized(origin: Origin) -> Synthesized:
    """The `check` job's first part: `.ci/dist-patch` on a clone of the branch's head."""
    request = (FIXTURE_REQUESTS / "team-beta" / "access.yaml").read_text()
    assert 'tokensPerMinute: "2000"' in request
    head = origin.branch(BRANCH, {REQUEST: request.replace('tokensPerMinute: "2000"', 'tokensPerMinute: "2500"')}, "team-beta: more tokens")
    clone = origin.clone_at(head, origin.root / "check-job")
    patch = origin.root / "artifact" / "dist.patch"
    patch.parent.mkdir()
    outputs = origin.root / "github-output"
    result = run(
        [str(clone / ".ci" / "dist-patch"), str(patch), "--base", "origin/main", "--today", FIXTURE_TODAY],
        clone,
        GITHUB_OUTPUT=str(outputs),
    )
    return Synthesized(head, patch, result, outputs.read_text())


def push(origin: Origin, branch: str, expect: str, patch: Path, *extra: str, **env: str) -> subprocess.CompletedProcess:
    """The `push-dist` job: `.ci/dist-push` of the base (main), from a folder holding nothing of the branch."""
    trusted = Path(tempfile.mkdtemp(prefix="trusted-", dir=origin.root))
    # The workflow's sparse checkout of the base's .ci/ only.
    archive = subprocess.run(["git", "archive", "main", ".ci"], cwd=origin.bare, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(trusted)], input=archive, check=True)
    empty = Path(tempfile.mkdtemp(prefix="workspace-", dir=origin.root))
    command = [str(trusted / ".ci" / "dist-push"), "--remote", str(origin.bare), "--branch", branch, "--expect", expect, "--patch", str(patch), *extra]
    return run(command, empty, **env)


def changed_paths(origin: Origin, old: str, new: str) -> list[str]:
    """The paths that differ between two commits of the origin."""
    return git(origin.bare, "diff-tree", "-r", "--name-only", "--no-renames", old, new).splitlines()


# --- the pull request that changes one request file ------------------------------------------------


def test_the_synth_side_writes_a_patch_of_dist_only(synthesized: Synthesized) -> None:
    assert synthesized.result.returncode == exit_codes.OK, synthesized.result.stderr
    assert "changed=true" in synthesized.outputs.splitlines()
    touched = re.findall(r"^diff --git a/(\S+) b/\S+$", synthesized.patch.read_text(), flags=re.M)
    assert touched and all(path.startswith("dist/") for path in touched)
    assert "dist/teams/team-beta/productpolicy-apim-product-policy.yaml" in touched  # the limit is in the policy
    assert "dist/synth-index.txt" in touched


def test_the_branch_gets_one_commit_touching_only_dist_and_the_check_passes_on_it(origin: Origin, synthesized: Synthesized) -> None:
    # WHEN the push side runs as the workflow runs it
    pushed = push(origin, BRANCH, synthesized.head, synthesized.patch, GITHUB_OUTPUT=str(origin.root / "push-output"))
    # THEN the branch holds exactly one new commit, by the bot, on top of the head, touching dist/ only
    assert pushed.returncode == exit_codes.OK, pushed.stderr
    commit = origin.tip(BRANCH)
    assert pushed.stdout.strip() == commit and f"commit={commit}" in (origin.root / "push-output").read_text()
    assert git(origin.bare, "rev-list", f"{synthesized.head}..{commit}").splitlines() == [commit]
    assert git(origin.bare, "log", "-1", "--format=%P", commit) == synthesized.head
    paths = changed_paths(origin, synthesized.head, commit)
    assert paths and all(path.startswith("dist/") for path in paths)
    assert git(origin.bare, "log", "-1", "--format=%an|%cn", commit) == f"{BOT}|{BOT}"
    assert TRAILER in git(origin.bare, "log", "-1", "--format=%B", commit).splitlines()
    # AND the check the workflow runs passes on that commit, in a fresh clone
    clone = origin.clone_at(commit, origin.root / "check-of-the-commit")
    # (synth --check validates every request first: exit 1 on an invalid one)
    check = ["synth", "--check", "--base", "origin/main", "--today", FIXTURE_TODAY]
    done = run([str(clone / ".venv" / "bin" / "python"), "-O", "main.py", *check], clone)
    assert done.returncode == exit_codes.OK, done.stderr
    # AND a re-run of the job pushes nothing twice
    again = push(origin, BRANCH, synthesized.head, synthesized.patch)
    assert again.returncode == exit_codes.OK and again.stdout.strip() == commit, again.stderr
    assert "already holds this dist/ commit" in again.stderr and origin.tip(BRANCH) == commit
    # AND the workflow's own commit is never followed by another one (no loop)
    loop = push(origin, BRANCH, commit, synthesized.patch)
    assert loop.returncode == exit_codes.INVALID and "already this workflow's dist/ commit" in loop.stderr
    assert origin.tip(BRANCH) == commit


def test_the_push_side_runs_none_of_the_pull_requests_files(origin: Origin, synthesized: Synthesized) -> None:
    # GIVEN a branch that also plants a main.py, a Makefile and a .ci/dist-push that leave a mark when run
    mark = origin.root / "the-pull-requests-code-ran"
    plant = "import os\nopen(os.environ['PLANTED_MARK'], 'w').write('main.py')\n"
    shell = "#!/usr/bin/env bash\necho ran > \"$PLANTED_MARK\"\n"
    edits = {
        "main.py": plant + (REPO / "main.py").read_text(),
        "Makefile": "$(shell echo ran > \"$$PLANTED_MARK\")\n" + (REPO / "Makefile").read_text(),
        ".ci/dist-push": shell,
        ".ci/dist-patch": shell,
    }
    request = git(origin.bare, "show", f"{synthesized.head}:{REQUEST}")
    head = origin.branch("planted", {**edits, REQUEST: request + "\n"}, "team-beta, and a planted main.py", start=synthesized.head)
    # WHEN the push side pushes the same dist/ patch to it (dist/ is the same at both heads)
    pushed = push(origin, "planted", head, synthesized.patch, PLANTED_MARK=str(mark))
    # THEN the commit is there and nothing of the branch ran
    assert pushed.returncode == exit_codes.OK, pushed.stderr
    assert all(path.startswith("dist/") for path in changed_paths(origin, head, origin.tip("planted")))
    assert not mark.exists()


def test_a_branch_that_moved_is_refused_and_left_alone(origin: Origin, synthesized: Synthesized) -> None:
    later = origin.branch("later", {REQUEST: "# a later edit\n"}, "a later push", start=synthesized.head)
    refused = push(origin, "later", synthesized.head, synthesized.patch)
    assert refused.returncode == exit_codes.ENVIRONMENT
    assert f"branch later moved: the patch is for {synthesized.head}, the branch is at {later}" in refused.stderr
    assert origin.tip("later") == later
    # and a branch reset to an older commit, of which the new commit would be a fast-forward, too
    origin.copy_of_main("later")
    assert push(origin, "later", synthesized.head, synthesized.patch).returncode == exit_codes.ENVIRONMENT
    assert origin.tip("later") == origin.main


# --- hostile artifacts ------------------------------------------------------------------------------


def _patch_of(origin: Origin, name: str, change) -> Path:
    """A patch made in the work clone from main by `change(work)` (then undone), as a hostile check job might write."""
    work = origin.work
    git(work, "checkout", "-q", "-B", "scratch", "main")
    change(work)
    git(work, "add", "-A")
    text = subprocess.run(["git", "diff", "--cached", "--binary", "--full-index", "HEAD"], cwd=work, capture_output=True, check=True).stdout
    git(work, "reset", "-q", "--hard", "main")
    git(work, "clean", "-qfd")
    path = origin.root / "hostile" / f"{name}.patch"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text)
    return path


def _link(work: Path) -> None:
    (work / "dist" / "teams" / "link.yaml").symlink_to("../../main.py")


def _executable(work: Path) -> None:
    path = work / "dist" / "run.yaml"
    path.write_text("kind: x\n")
    path.chmod(0o755)


HOSTILE = {
    "outside dist/": (lambda w: (w / "main.py").write_text("print('replaced')\n"), "only files below dist/ may change"),
    "beside dist/": (lambda w: (w / "dist-x").write_text("x\n"), "only files below dist/ may change"),
    "a dot-folder": (lambda w: ((w / "dist" / ".hidden").mkdir(), (w / "dist" / ".hidden" / "x.yaml").write_text("x\n")), "only files below dist/"),
    "a link": (_link, "mode 120000"),
    "an executable": (_executable, "mode 100755"),
    "a binary file": (lambda w: (w / "dist" / "blob.yaml").write_bytes(b"\0\1\2" * 10), "binary content"),
    "a rename out of the tree": (lambda w: (w / "main.py").rename(w / "dist" / "main.py"), "only files below dist/ may change"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_patch_is_refused_and_the_branch_left_alone(origin: Origin, case: str) -> None:
    change, reason = HOSTILE[case]
    name = "hostile-" + re.sub(r"[^a-z]+", "-", case).strip("-")
    patch = _patch_of(origin, name, change)
    target = origin.copy_of_main(name)
    refused = push(origin, name, target, patch)
    assert refused.returncode == exit_codes.INVALID, refused.stderr
    assert reason in refused.stderr and "nothing pushed" in refused.stderr
    assert origin.tip(name) == target


def test_a_patch_over_the_size_limit_or_that_does_not_apply_is_refused(origin: Origin, synthesized: Synthesized, tmp_path: Path) -> None:
    target = origin.copy_of_main("bounds")
    big = push(origin, "bounds", target, synthesized.patch, "--max-bytes", "100")
    assert big.returncode == exit_codes.INVALID and "over the limit of 100" in big.stderr
    # a removed line that is not in the tree: the patch does not apply
    lines = synthesized.patch.read_text().splitlines(keepends=True)
    first_removed = next(i for i, line in enumerate(lines) if line.startswith("-") and not line.startswith("---"))
    lines[first_removed] = "-a line this file never had\n"
    stale = tmp_path / "stale.patch"
    stale.write_text("".join(lines))
    not_applying = push(origin, "bounds", target, stale)
    assert not_applying.returncode == exit_codes.INVALID and "does not apply" in not_applying.stderr
    link = tmp_path / "link.patch"
    link.symlink_to(synthesized.patch)
    assert "not a regular file" in push(origin, "bounds", target, link).stderr
    assert origin.tip("bounds") == target


def test_a_path_through_dot_dot_or_a_submodule_is_refused(origin: Origin, tmp_path: Path) -> None:
    target = origin.copy_of_main("raw")
    for name, text in {
        "dot-dot": "diff --git a/dist/../main.py b/dist/../main.py\n--- a/dist/../main.py\n+++ b/dist/../main.py\n@@ -1 +1 @@\n-x\n+y\n",
        "submodule": "diff --git a/dist/sub b/dist/sub\nnew file mode 160000\nindex 0000000..1111111\n--- /dev/null\n+++ b/dist/sub\n@@ -0,0 +1 @@\n+Subproject commit 1111111111111111111111111111111111111111\n",
    }.items():
        patch = tmp_path / f"{name}.patch"
        patch.write_text(text)
        refused = push(origin, "raw", target, patch)
        assert refused.returncode == exit_codes.INVALID and "nothing pushed" in refused.stderr, (name, refused.stderr)
    assert origin.tip("raw") == target


def test_usage_errors(origin: Origin, synthesized: Synthesized) -> None:
    assert push(origin, "main", "not-a-commit", synthesized.patch).returncode == exit_codes.USAGE
    assert push(origin, "a..b", origin.main, synthesized.patch).returncode == exit_codes.USAGE
    assert origin.tip("main") == origin.main


# --- a fork ---------------------------------------------------------------------------------------


FORK_COMMANDS = ["make synth", "git add dist", 'git commit -m "dist: synthesized"', "git push"]


def test_a_fork_gets_the_exact_commands(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    done = run([str(REPO / ".ci" / "dist-advice")], tmp_path, GITHUB_STEP_SUMMARY=str(summary))
    assert done.returncode == 1
    (annotation,) = done.stdout.splitlines()  # one annotation, one line
    title, _, message = annotation.partition("::")[2].partition("::")
    assert title == "error title=commit dist/ from your fork"
    lead, *commands = message.split("%0A")
    assert "cannot push to a fork" in lead and "on this pull request's branch" in lead
    assert [c.strip() for c in commands] == FORK_COMMANDS
    assert "```sh\n" + "\n".join(FORK_COMMANDS) + "\n```" in summary.read_text()


def test_the_requesters_guide_shows_the_same_commands() -> None:
    guide = (REPO / "developer-requests" / "README.md").read_text()
    assert "```sh\n" + "\n".join(FORK_COMMANDS) + "\n```" in guide
