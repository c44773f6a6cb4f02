"""Incremental synth and the output folder: reuse what did not change, never trust or destroy what synth did not write.

Every incremental result is compared with a fresh full synth of the same inputs: byte for byte,
the synth index included.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import tempfile

import pytest
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, FIXTURE_TODAY, REPO, read_tree
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from ai_access import exit_codes
from ai_access.cli import main as cli_main
from ai_access.synth import output
from ai_access.synth.output import OutputFolderError, locked_output
from ai_access.synth.synthesize import synth_gitops
from ai_access.synth.index import INDEX_FILE, parse_index, shared_inputs

TODAY = date.fromisoformat(FIXTURE_TODAY)


@pytest.fixture()
def teams(fixture_report):
    return [loaded.request for loaded in fixture_report.requests]


def _full(teams, platform, folder: Path, **options) -> dict[str, str]:
    synth_gitops(teams, platform, str(folder), today=TODAY, full=True, **options)
    return read_tree(folder)


def test_unchanged_inputs_rebuild_nothing_and_touch_nothing(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    stamps = {path: path.stat().st_mtime_ns for path in out.rglob("*")}
    result = synth_gitops(teams, platform, str(out), today=TODAY)
    assert (result.built, result.reused, result.removed) == (0, len(teams), 0)
    assert {path: path.stat().st_mtime_ns for path in out.rglob("*")} == stamps


def test_one_changed_team_is_the_only_one_built(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    before = read_tree(out)
    changed = [teams[0].model_copy(update={"tokens_per_minute": teams[0].tokens_per_minute + 1}), *teams[1:]]
    result = synth_gitops(changed, platform, str(out), today=TODAY)
    assert (result.built, result.reused) == (1, len(teams) - 1)
    after = read_tree(out)
    assert after == _full(changed, platform, tmp_path / "full")
    # The endpoint ConfigMap tells clients their limits, so it changes with the policy; so does the index.
    team = teams[0].team
    assert sorted(p for p in after if after[p] != before.get(p)) == [
        INDEX_FILE,
        f"teams/{team}/configmap-ai-gateway-endpoint.yaml",
        f"teams/{team}/productpolicy-apim-product-policy.yaml",
    ]


def test_a_comment_or_reformatting_changes_no_key(tmp_path: Path, platform) -> None:
    requests = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS, requests)
    args = ["synth", "--requests", str(requests), "--platform", str(FIXTURE_PLATFORM), "--out", str(tmp_path / "dist"), "--today", FIXTURE_TODAY]
    assert cli_main(args, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    for path in requests.glob("*/access.yaml"):
        path.write_text("# reviewed\n" + path.read_text().replace(": ", ":   "))
    out = io.StringIO()
    assert cli_main(args, stdout=out, stderr=io.StringIO()) == 0
    assert ": 0 built, 3 unchanged, 0 removed" in out.getvalue()


@pytest.mark.parametrize("damage", ["edit", "delete"])
def test_a_hand_edited_or_deleted_file_is_rebuilt_not_trusted(tmp_path: Path, teams, platform, damage: str) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    victim = next((out / "teams" / teams[1].team).glob("productpolicy-*.yaml"))
    if damage == "edit":
        victim.write_text(victim.read_text().replace("tokens-per-minute", "tokens-per-hour"))
    else:
        victim.unlink()
    result = synth_gitops(teams, platform, str(out), today=TODAY)
    assert result.built == 1
    assert read_tree(out) == _full(teams, platform, tmp_path / "full")


def test_a_removed_team_loses_its_folder_and_appproject_only(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    before = read_tree(out)
    result = synth_gitops(teams[1:], platform, str(out), today=TODAY)
    assert (result.built, result.removed) == (0, 1)
    after = read_tree(out)
    gone = teams[0].team
    assert set(before) - set(after) == {p for p in before if p.startswith(f"teams/{gone}/")} | {f"argocd/appproject-ai-{gone}.yaml"}
    assert after == _full(teams[1:], platform, tmp_path / "full")


def test_a_changed_shared_input_rebuilds_every_team(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    library_changed = {**shared_inputs(platform), "library": "0" * 64}
    result = synth_gitops(teams, platform, str(out), today=TODAY, inputs=library_changed)
    assert result.built == len(teams)
    index = parse_index((out / INDEX_FILE).read_text())
    assert index is not None and all(entry.files for entry in index.entries.values())


def test_expiry_changes_a_key(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    expiring = [t for t in teams if t.expires_on]
    result = synth_gitops(teams, platform, str(out), today=max(t.expires_on for t in expiring).replace(year=2099))
    assert result.built == len(expiring) >= 1


def test_full_ignores_the_index(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    assert synth_gitops(teams, platform, str(out), today=TODAY, full=True).built == len(teams)


def test_index_is_deterministic_and_never_read_as_a_manifest(fixture_dist: Path) -> None:
    index = (fixture_dist / INDEX_FILE).read_text()
    parsed = parse_index(index)
    assert parsed is not None and parsed.render() == index
    # ArgoCD's directory source reads .yaml, .yml, .json and .jsonnet files only.
    assert not INDEX_FILE.endswith((".yaml", ".yml", ".json", ".jsonnet"))
    assert parsed.files == {p for p in read_tree(fixture_dist) if p != INDEX_FILE}


# ---- the output folder (issue: reliability at the edges) -------------------------------------------


def test_a_file_synth_did_not_write_is_refused_wherever_it_is(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    for foreign in (out / "teams" / "NOTES.txt", out / "teams" / teams[0].team / "extra.yaml"):
        foreign.write_text("keep me")
        before = read_tree(out)
        with pytest.raises(OutputFolderError, match=str(foreign)):
            synth_gitops(teams[1:], platform, str(out), today=TODAY)
        assert read_tree(out) == before
        foreign.unlink()


def test_without_an_index_only_synths_own_layout_is_replaced(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    (out / INDEX_FILE).unlink()  # the output of a synth from before the index
    assert synth_gitops(teams, platform, str(out), today=TODAY).built == len(teams)
    (out / INDEX_FILE).unlink()
    (out / "argocd" / "notes.md").write_text("keep me")
    with pytest.raises(OutputFolderError, match="notes.md"):
        synth_gitops(teams, platform, str(out), today=TODAY)


def test_a_synth_killed_while_replacing_folders_leaves_every_folder_complete_and_is_repaired(
    tmp_path: Path, teams, platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    changed = [t.model_copy(update={"daily_token_quota": t.daily_token_quota + 1}) for t in teams]
    real_exchange, calls = output.exchange, []

    def dying_exchange(new: str, current: str) -> None:
        if len(calls) == 1:
            raise KeyboardInterrupt  # stands for the kill: nothing after this point runs
        calls.append(current)
        real_exchange(new, current)

    monkeypatch.setattr(output, "exchange", dying_exchange)
    with pytest.raises(KeyboardInterrupt):
        synth_gitops(changed, platform, str(out), today=TODAY)
    monkeypatch.undo()
    new_tree, old_tree = _full(changed, platform, tmp_path / "new"), _full(teams, platform, tmp_path / "old")
    half = read_tree(out)
    for team in teams:  # each team's folder is wholly old or wholly new, never missing
        files = {p: t for p, t in half.items() if p.startswith(f"teams/{team.team}/")}
        assert files in ({p: t for p, t in old_tree.items() if p in files}, {p: t for p, t in new_tree.items() if p in files})
        assert files
    result = synth_gitops(changed, platform, str(out), today=TODAY)
    assert result.built == len(teams) and read_tree(out) == new_tree


def test_the_exchange_swaps_two_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x").write_text("b")
    output.exchange(str(tmp_path / "a"), str(tmp_path / "b"))
    assert (tmp_path / "a" / "x").read_text() == "b" and (tmp_path / "b" / "x").read_text() == "a"


def test_a_concurrent_synth_into_the_same_folder_is_refused(tmp_path: Path, teams, platform) -> None:
    out = tmp_path / "dist"
    with locked_output(str(out)):
        with pytest.raises(OutputFolderError, match="another synth is writing"):
            synth_gitops(teams, platform, str(out), today=TODAY)


def test_an_output_folder_that_cannot_be_created_exits_3_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    out = tmp_path / "file" / "dist"  # a folder below a file: no such folder can exist
    args = ["synth", "--requests", str(FIXTURE_REQUESTS), "--platform", str(FIXTURE_PLATFORM), "--out", str(out), "--today", FIXTURE_TODAY]
    err = io.StringIO()
    assert cli_main(args, stdout=io.StringIO(), stderr=err) == exit_codes.ENVIRONMENT
    assert err.getvalue() == f"synth: cannot create or open {out}: Not a directory\n"


def test_a_full_disk_exits_3_and_keeps_the_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "dist"
    args = ["synth", "--requests", str(FIXTURE_REQUESTS), "--platform", str(FIXTURE_PLATFORM), "--out", str(out), "--today", FIXTURE_TODAY]
    assert cli_main(args, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    before = read_tree(out)

    def full_disk(obj):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "dump_yaml", full_disk)
    err = io.StringIO()
    assert cli_main([*args, "--full"], stdout=io.StringIO(), stderr=err) == exit_codes.ENVIRONMENT
    assert err.getvalue() == f"synth: cannot write {out}: No space left on device\n"
    assert read_tree(out) == before and not (out / output.STAGING).exists()


def test_output_folders_get_the_umask_not_0700(tmp_path: Path, teams, platform) -> None:
    old = os.umask(0o022)
    try:
        synth_gitops(teams, platform, str(tmp_path / "dist"), today=TODAY)
    finally:
        os.umask(old)
    modes = {oct(path.stat().st_mode & 0o777) for path in (tmp_path / "dist").rglob("*") if path.is_dir()}
    assert modes == {"0o755"}


def test_a_killed_synth_leaves_nothing_git_would_commit(tmp_path: Path) -> None:
    # The staging folder lives inside the output folder, under a name .gitignore covers.
    staging = f"dist/{output.STAGING}/teams/x/namespace-ai-x.yaml"
    result = subprocess.run(["git", "check-ignore", "--no-index", "-q", staging], cwd=REPO, capture_output=True)
    assert result.returncode == 0


# ---- incremental equals full, whatever happens in between ---------------------------------------------


class IncrementalSynth(RuleBasedStateMachine):
    """Sequences of what happens to a repository; after each step, incremental synth equals a full one."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="incremental-"))
        self.out = self.folder / "dist"
        self.teams = {request.team: request for request in _POOL[:2]}
        self.platform = _PLATFORM
        self.today = TODAY
        self.library = "a"

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(data=st.data())
    def add_team(self, data) -> None:
        candidates = [r for r in _POOL if r.team not in self.teams]
        if candidates:
            request = data.draw(st.sampled_from(candidates))
            self.teams[request.team] = request

    @rule(data=st.data(), change=st.sampled_from(["tpm", "cost", "disable", "expire"]))
    def change_team(self, data, change: str) -> None:
        if not self.teams:
            return
        team = data.draw(st.sampled_from(sorted(self.teams)))
        request = self.teams[team]
        update = {
            "tpm": {"tokens_per_minute": request.tokens_per_minute % 900 + 1},
            "cost": {"cost_center": request.cost_center + "-x"},
            "disable": {"models": [request.models[0].model_copy(update={"enabled": not request.models[0].enabled}), *request.models[1:]]},
            "expire": {"expires_on": self.today.replace(year=self.today.year - 1)},
        }[change]
        self.teams[team] = request.model_copy(update=update)

    @rule(data=st.data())
    def delete_team(self, data) -> None:
        if self.teams:
            del self.teams[data.draw(st.sampled_from(sorted(self.teams)))]

    @rule(revision=st.sampled_from(["main", "release"]))
    def edit_platform(self, revision: str) -> None:
        self.platform = _PLATFORM.model_copy(update={"gitops": _PLATFORM.gitops.model_copy(update={"revision": revision})})

    @rule(version=st.sampled_from(["a", "b"]))
    def change_library(self, version: str) -> None:
        self.library = version

    @rule(data=st.data(), damage=st.sampled_from(["edit", "delete"]))
    def damage_output(self, data, damage: str) -> None:
        files = sorted(p for p in self.out.rglob("*.yaml")) if self.out.exists() else []
        if files:
            victim = data.draw(st.sampled_from(files))
            if damage == "edit":
                victim.write_text(victim.read_text() + "# edited\n")
            else:
                victim.unlink()

    @invariant()
    def incremental_equals_full(self) -> None:
        requests = sorted(self.teams.values(), key=lambda r: r.team)
        # A library change is simulated by a changed key: the real library digest stands for version "a".
        inputs = {**shared_inputs(self.platform), **({"library": self.library * 64} if self.library != "a" else {})}
        synth_gitops(requests, self.platform, str(self.out), today=self.today, inputs=inputs, workers=1)
        key = (tuple(r.model_dump_json() for r in requests), self.platform.gitops.revision, self.library)
        if key not in _FULL:
            fresh = self.folder / f"full-{len(_FULL)}"
            synth_gitops(requests, self.platform, str(fresh), today=self.today, inputs=inputs, workers=1, full=True)
            _FULL[key] = read_tree(fresh)
        assert read_tree(self.out) == _FULL[key]


def _pool():
    from ai_access.loading.platform_file import load_platform
    from ai_access.validation.requests import validate_requests

    platform = load_platform(str(FIXTURE_PLATFORM))
    report = validate_requests(str(FIXTURE_REQUESTS), platform, today=TODAY)
    base = [loaded.request for loaded in report.requests]
    return platform, [r.model_copy(update={"team": f"{r.team}-{i}"}) for i in range(2) for r in base]


_PLATFORM, _POOL = _pool()
_FULL: dict = {}
IncrementalSynth.TestCase.settings = settings(max_examples=10, stateful_step_count=6, deadline=None)
test_incremental_synth_equals_full_synth = IncrementalSynth.TestCase


def test_workers_stop_when_the_synth_that_started_them_is_killed(tmp_path: Path) -> None:
    # GIVEN a synth of many teams in two worker processes, killed once the workers have begun writing
    script = (
        "import sys; sys.path[:0] = ['constructs', '.']\n"
        "from ai_access.node_runtime import use_pinned_node; use_pinned_node()\n"
        "from ai_access.loading.platform_file import load_platform\n"
        "from ai_access.validation.requests import validate_requests\n"
        "from ai_access.synth.synthesize import synth_gitops\n"
        f"platform = load_platform({str(FIXTURE_PLATFORM)!r})\n"
        f"base = [l.request for l in validate_requests({str(FIXTURE_REQUESTS)!r}, platform).requests]\n"
        "teams = [r.model_copy(update={'team': f'{r.team}-{i}'}) for i in range(150) for r in base]\n"
        f"synth_gitops(teams, platform, {str(tmp_path / 'dist')!r}, workers=2)\n"
    )
    synth = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staging = tmp_path / "dist" / output.STAGING / "teams"
    children = Path(f"/proc/{synth.pid}/task/{synth.pid}/children")
    if not children.exists():
        synth.kill()
        pytest.skip("this kernel does not list a process's children in /proc")
    try:
        for _ in range(600):  # up to a minute for the workers to start Node.js and write a team
            if staging.is_dir() and any(staging.iterdir()):
                break
            time.sleep(0.1)
        workers = [int(pid) for pid in children.read_text().split()]
    finally:
        synth.kill()
        synth.wait()
    written_at_kill = len(list(staging.iterdir()))
    assert workers and written_at_kill < 450
    # WHEN the synth is gone THEN its workers stop within a few teams instead of writing on
    for _ in range(300):
        alive = [pid for pid in workers if _running(pid)]
        if not alive:
            break
        time.sleep(0.1)
    for pid in alive:
        os.kill(pid, 9)
    # Each worker may finish the team it was building; left alone, they would write all 450.
    assert alive == [] and len(list(staging.iterdir())) - written_at_kill <= 2 * len(workers)


def _running(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_full_trusts_synths_own_layout_over_an_index_left_behind(tmp_path: Path, teams, platform) -> None:
    # GIVEN an index that does not record files synth wrote (a merge took one side's index)
    out = tmp_path / "dist"
    synth_gitops(teams, platform, str(out), today=TODAY)
    index = parse_index((out / INDEX_FILE).read_text())
    del index.entries[teams[1].team]
    (out / INDEX_FILE).write_text(index.render())
    # WHEN synth runs THEN it refuses and says what to do; with --full it rebuilds from its own layout
    with pytest.raises(OutputFolderError, match="run synth --full"):
        synth_gitops(teams, platform, str(out), today=TODAY)
    synth_gitops(teams, platform, str(out), today=TODAY, full=True)
    assert read_tree(out) == _full(teams, platform, tmp_path / "full")
