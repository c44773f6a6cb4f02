"""The synth index is data, never a path: a hostile index makes synth rebuild, never delete or read outside.

The output folder (and its index) is committed, so a pull request writes it. Every test starts
from the fixtures' synthesized output (built once per session), adds what a hostile or careless
pull request would, runs synth, and checks that nothing outside the output folder changed, that
synth said why it rebuilt, and that the output is byte for byte a full synth's.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from support.files import FIXTURE_TODAY, read_tree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_access.synth.layout import INDEX_FILE
from ai_access.synth.output import OutputFolderError
from ai_access.synth.output_files import OutputReader
from ai_access.synth.synthesize import synth_gitops
from ai_access.synth.index import FORMAT, InvalidIndex, parse_index

TODAY = date.fromisoformat(FIXTURE_TODAY)
HEX = "ab" * 32


@pytest.fixture()
def teams(fixture_report):
    return [loaded.request for loaded in fixture_report.requests]


@pytest.fixture()
def scene(tmp_path: Path, fixture_dist: Path) -> Path:
    """A repository-like folder: `repo/dist` (the fixtures' output), `repo/.git`, and a `victim` folder beside it."""
    shutil.copytree(fixture_dist, tmp_path / "repo" / "dist")
    for keep in (tmp_path / "repo" / ".git", tmp_path / "victim", tmp_path / "repo" / "victim"):
        keep.mkdir(parents=True, exist_ok=True)
        (keep / "keep.yaml").write_text("keep me\n")
    return tmp_path


def _outside(scene: Path) -> dict[str, str]:
    return {str(p.relative_to(scene)): p.read_text() for p in sorted(scene.rglob("keep.yaml"))}


def _append(dist: Path, lines: str) -> None:
    index = dist / INDEX_FILE
    index.write_text(index.read_text() + lines)


# Entry names that are no team name; each would name a folder `teams/<name>` to remove.
BAD_TEAMS = [
    "../../victim",
    "../victim",
    "../../.git",
    "..",
    ".",
    "/tmp",
    "a/b",
    "team\\..\\..\\victim",
    "Team-Upper",
    "team_underscore",
    "-leading",
    "trailing-",
    "x",
    "a" * 64,
    "t\u00e9am",
    "team%2f..",
    "~",
]

# File lines under team-alpha's entry that are no file synth writes for team-alpha.
BAD_TEAM_FILES = [
    "../../victim/keep.yaml",
    "../victim/keep.yaml",
    "teams/team-alpha/../../../victim/keep.yaml",
    "teams/team-alpha/../../victim/keep.yaml",
    "/etc/passwd",
    "/dev/zero",
    "/proc/self/mem",
    "teams\\team-alpha\\x.yaml",
    "teams/team-alpha//x.yaml",
    "teams/team-alpha/./x.yaml",
    "teams/team-alpha/../team-beta/x.yaml",
    "teams/team-alpha/sub/x.yaml",
    "teams/team-alpha/",
    "teams/team-alpha",
    "teams/team-alpha/x.yml",
    "teams/team-alpha/.hidden.yaml",
    "teams/team-alpha/..yaml",
    "teams/team-alpha/X.yaml",
    "teams/team-beta/namespace-ai-team-beta.yaml",
    "argocd/appproject-ai-team-beta.yaml",
    "argocd/applicationset-ai-model-access-teams.yaml",
    "bootstrap/application-platform-ai-model-access.yaml",
    "synth-index.txt",
    ".synth-staging/x.yaml",
    ".git/config",
    "dist/teams/team-alpha/x.yaml",
    "C:\\victim\\x.yaml",
    "~/x.yaml",
    "teams/team-alpha/x\u00e9.yaml",
    "teams/team-alpha/" + "a" * 251 + ".yaml",
]

# File lines under the platform entry that are no file of argocd/ or bootstrap/.
BAD_PLATFORM_FILES = [
    "teams/team-alpha/namespace-ai-team-alpha.yaml",
    "../victim/keep.yaml",
    "/dev/zero",
    "argocd/../../victim/keep.yaml",
    "argocd/sub/x.yaml",
    "bootstrap",
    "synth-index.txt",
]

BAD_KEYS = ["0", "-", HEX[:63], HEX + "a", HEX.upper(), "g" * 64, " " + HEX[1:]]


def _line_cases() -> list[tuple[str, str]]:
    """(where, text) of each hostile line: "team file" lines go into team-alpha's own entry, the rest at the end."""
    cases = [("team", f"team {name} {HEX}\n") for name in BAD_TEAMS]
    cases += [("team file", f"  {path} {HEX}\n") for path in BAD_TEAM_FILES]
    cases += [("key", f"team zz-new {key}\n") for key in BAD_KEYS]
    cases += [("hash", f"team zz-new {HEX}\n  teams/zz-new/x.yaml {key}\n") for key in BAD_KEYS]
    cases += [
        ("structure", f"team team-alpha {HEX}\n"),  # an entry twice
        ("structure", f"platform {HEX}\n"),  # the platform entry twice
        ("structure", "\tteams/team-alpha/x.yaml " + HEX + "\n"),
        ("structure", f"team zz-new {HEX}\r\n"),
        ("structure", f"team zz-new {HEX} extra\n"),
        ("structure", f"team  zz-new {HEX}\n"),
        ("structure", "\n"),
        ("structure", "garbage\n"),
        ("structure", f"team zz-new {HEX}\n  teams/zz-new/x.yaml {HEX}\n  teams/zz-new/x.yaml {HEX}\n"),
        ("structure", f"team zz-new\x00 {HEX}\n"),
        ("structure", f"team zz-new {HEX}\n  teams/zz-new/x\x1b.yaml {HEX}\n"),
    ]
    return cases


def _hostile(index: str, case: tuple[str, str]) -> str:
    """`index` with the case's lines: a file line right below team-alpha's entry line, the others at the end."""
    if case[0] != "team file":
        return index + case[1]
    lines = index.split("\n")
    at = next(number for number, line in enumerate(lines) if line.startswith("team team-alpha "))
    return "\n".join([*lines[: at + 1], case[1].rstrip("\n"), *lines[at + 1 :]])


def _case_id(case: tuple[str, str]) -> str:
    return f"{case[0]}:{case[1].strip()[:60]!r}"


@pytest.mark.parametrize("case", _line_cases(), ids=_case_id)
def test_a_hostile_line_makes_the_whole_index_invalid(fixture_dist: Path, case: tuple[str, str]) -> None:
    with pytest.raises(InvalidIndex):
        parse_index(_hostile((fixture_dist / INDEX_FILE).read_text(), case))


@pytest.mark.parametrize("path", BAD_PLATFORM_FILES)
def test_a_platform_entry_listing_a_file_outside_the_shared_folders_is_invalid(fixture_dist: Path, path: str) -> None:
    lines = (fixture_dist / INDEX_FILE).read_text().split("\n")
    at = next(number for number, line in enumerate(lines) if line.startswith("platform "))
    lines.insert(at + 1, f"  {path} {HEX}")
    with pytest.raises(InvalidIndex):
        parse_index("\n".join(lines))


# End to end: every entry name (each names a folder synth would remove), and the file forms that lead
# out of the output, into another team's files or onto synth's own. (/dev/zero and /proc stay at the
# parse level: a synth that followed them would hang, not fail.)
_END_TO_END_FILES = {
    "../../victim/keep.yaml",
    "teams/team-alpha/../../../victim/keep.yaml",
    "/etc/passwd",
    "teams\\team-alpha\\x.yaml",
    "teams/team-beta/namespace-ai-team-beta.yaml",
    "argocd/appproject-ai-team-beta.yaml",
    ".git/config",
    "synth-index.txt",
}


@pytest.mark.parametrize(
    "case", [c for c in _line_cases() if c[0] == "team" or c[0] == "team file" and c[1].split()[0] in _END_TO_END_FILES], ids=_case_id
)
def test_synth_with_a_hostile_index_rebuilds_says_so_and_touches_nothing_outside(
    scene: Path, teams, platform, fixture_dist: Path, case: tuple[str, str]
) -> None:
    # GIVEN the fixtures' output whose index names a folder or file outside it (the issue's `team ../../victim 0`)
    dist = scene / "repo" / "dist"
    (dist / INDEX_FILE).write_text(_hostile((dist / INDEX_FILE).read_text(), case))
    outside = _outside(scene)
    # WHEN synth runs
    result = synth_gitops(teams, platform, str(dist), today=TODAY)
    # THEN it rebuilt from scratch, said why, removed nothing outside, and wrote what a full synth writes
    assert _outside(scene) == outside
    assert result.index_problem and result.built == len(teams) and result.removed == 0
    assert read_tree(dist) == read_tree(fixture_dist)


def test_the_issues_line_in_an_index_of_the_old_format_is_not_read_either(scene: Path, teams, platform, fixture_dist: Path) -> None:
    dist = scene / "repo" / "dist"
    old = (dist / INDEX_FILE).read_text().replace(f"# {FORMAT}\n", "# ai-model-access synth index 1\n")
    (dist / INDEX_FILE).write_text(old + "team ../../victim 0\n")
    outside = _outside(scene)
    result = synth_gitops(teams, platform, str(dist), today=TODAY)
    assert _outside(scene) == outside
    assert result.index_problem == "it was written by another version of synth"
    assert read_tree(dist) == read_tree(fixture_dist)


def test_the_cli_says_in_one_line_that_it_rebuilt(scene: Path) -> None:
    import io

    from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS

    from ai_access.cli import main as cli_main

    dist = scene / "repo" / "dist"
    lines = (dist / INDEX_FILE).read_text().count("\n")
    _append(dist, f"team ../../victim {HEX}\n")
    err = io.StringIO()
    args = ["synth", "--requests", str(FIXTURE_REQUESTS), "--platform", str(FIXTURE_PLATFORM), "--out", str(dist), "--today", FIXTURE_TODAY]
    assert cli_main(args, stdout=io.StringIO(), stderr=err) == 0
    assert err.getvalue() == f"synth: {dist / INDEX_FILE} cannot be used (line {lines + 1}: not a team name); every team was rebuilt\n"


@pytest.mark.parametrize("kind", ["a link to /dev/zero", "a FIFO", "a folder", "a file of 65 MiB", "not ASCII", "empty"])
def test_an_index_that_is_no_small_regular_text_file_is_not_read(scene: Path, teams, platform, fixture_dist: Path, kind: str) -> None:
    dist = scene / "repo" / "dist"
    index = dist / INDEX_FILE
    index.unlink()
    if kind == "a link to /dev/zero":
        index.symlink_to("/dev/zero")
    elif kind == "a FIFO":
        os.mkfifo(index)
    elif kind == "a folder":
        index.mkdir()
    elif kind == "a file of 65 MiB":
        with open(index, "wb") as handle:
            handle.truncate(65 * 2**20)  # sparse: nothing is written
    elif kind == "not ASCII":
        index.write_bytes((fixture_dist / INDEX_FILE).read_bytes() + b"# \xff\n")
    else:
        index.write_bytes(b"")
    if kind == "a folder":  # synth cannot put its index there: one line, exit 3 (an OSError)
        with pytest.raises(OSError):
            synth_gitops(teams, platform, str(dist), today=TODAY)
        return
    result = synth_gitops(teams, platform, str(dist), today=TODAY)
    assert result.index_problem and result.built == len(teams)
    assert read_tree(dist) == read_tree(fixture_dist)


def test_a_crlf_edit_of_a_file_is_rebuilt(tmp_path: Path, fixture_dist: Path, teams, platform) -> None:
    # GIVEN a synthesized file converted to CRLF line ends: the same text once decoded with newline translation
    dist = tmp_path / "dist"
    shutil.copytree(fixture_dist, dist)
    victim = next((dist / "teams" / teams[0].team).glob("productpolicy-*.yaml"))
    victim.write_bytes(victim.read_bytes().replace(b"\n", b"\r\n"))
    # WHEN synth runs THEN the file is rebuilt: the index hashes bytes
    result = synth_gitops(teams, platform, str(dist), today=TODAY)
    assert result.built == 1
    assert victim.read_bytes() == (fixture_dist / victim.relative_to(dist)).read_bytes()


def test_a_team_named_platform_does_not_collide_with_the_platform_entry(tmp_path: Path, teams, platform) -> None:
    renamed = [teams[0].model_copy(update={"team": "platform"}), *teams[1:]]
    dist, full = tmp_path / "dist", tmp_path / "full"
    synth_gitops(renamed, platform, str(dist), today=TODAY)
    index = parse_index((dist / INDEX_FILE).read_text())
    assert "platform" in index.entries and any(path.startswith("teams/platform/") for path in index.entries["platform"].files)
    # The next synth reuses everything and the output stays a full synth's.
    result = synth_gitops(renamed, platform, str(dist), today=TODAY)
    assert (result.built, result.reused, result.removed) == (0, len(teams), 0)
    synth_gitops(renamed, platform, str(full), today=TODAY, full=True)
    assert read_tree(dist) == read_tree(full)


# ---- what the output folder holds instead of files ---------------------------------------------


@pytest.mark.parametrize("kind", ["a FIFO", "a link to a file outside", "a link to a folder outside", "a link to /dev/zero"])
def test_a_file_synth_wrote_replaced_by_something_else_is_refused_and_left_alone(scene: Path, teams, platform, kind: str) -> None:
    # GIVEN a file the index records (under a key that no longer matches) replaced by a FIFO or a link
    dist = scene / "repo" / "dist"
    victim = next((dist / "teams" / teams[1].team).glob("productpolicy-*.yaml"))
    victim.unlink()
    if kind == "a FIFO":
        os.mkfifo(victim)
    else:
        victim.symlink_to({"a link to a file outside": scene / "victim" / "keep.yaml", "a link to a folder outside": scene / "victim"}.get(kind, "/dev/zero"))
    changed = [teams[0], teams[1].model_copy(update={"tokens_per_minute": teams[1].tokens_per_minute + 1}), *teams[2:]]
    outside = _outside(scene)
    # WHEN synth runs THEN it refuses, naming the file, and neither opens nor removes it
    with pytest.raises(OutputFolderError, match=victim.name):
        synth_gitops(changed, platform, str(dist), today=TODAY)
    assert os.path.lexists(victim) and _outside(scene) == outside


@pytest.mark.parametrize("where", ["dist/teams", "dist/teams/<team>", "dist/argocd"])
def test_a_synth_folder_that_is_a_link_is_refused(scene: Path, teams, platform, where: str) -> None:
    dist = scene / "repo" / "dist"
    folder = dist / where.replace("<team>", teams[0].team).removeprefix("dist/")
    shutil.rmtree(folder)
    folder.symlink_to(scene / "victim", target_is_directory=True)
    outside = _outside(scene)
    with pytest.raises(OutputFolderError, match="synth did not write"):
        synth_gitops(teams[1:], platform, str(dist), today=TODAY)
    assert folder.is_symlink() and _outside(scene) == outside


def test_a_name_that_is_not_utf8_is_refused_in_one_printable_line(scene: Path, teams, platform) -> None:
    dist = scene / "repo" / "dist"
    (dist / "teams" / os.fsdecode(b"bad-\xff")).mkdir()
    (dist / "teams" / os.fsdecode(b"bad-\xff") / "x.yaml").write_text("x")
    with pytest.raises(OutputFolderError) as refused:
        synth_gitops(teams, platform, str(dist), today=TODAY)
    message = str(refused.value)
    assert "\n" not in message and message.isprintable() and "bad-\\udcff" in message


def test_a_hard_link_is_read_as_a_file_and_its_other_name_keeps_its_content(scene: Path, teams, platform, fixture_dist: Path) -> None:
    dist = scene / "repo" / "dist"
    victim = next((dist / "teams" / teams[0].team).glob("productpolicy-*.yaml"))
    victim.unlink()
    os.link(scene / "victim" / "keep.yaml", victim)
    outside = _outside(scene)
    synth_gitops(teams, platform, str(dist), today=TODAY)
    assert _outside(scene) == outside and read_tree(dist) == read_tree(fixture_dist)


def test_the_reader_reads_only_regular_files_reached_without_links(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "file.yaml").write_text("x")
    (tmp_path / "a" / "link.yaml").symlink_to("file.yaml")
    (tmp_path / "b").symlink_to("a", target_is_directory=True)
    os.mkfifo(tmp_path / "a" / "fifo.yaml")
    (tmp_path / "a" / "big.yaml").write_text("y" * 11)
    with OutputReader(str(tmp_path)) as reader:
        assert reader.read("a/file.yaml") == b"x"
        assert [reader.read(p) for p in ("a/link.yaml", "b/file.yaml", "a/fifo.yaml", "a", "a/../a/file.yaml", "missing/x", "a/file.yaml/x")] == [None] * 7
        assert reader.read("a/big.yaml", limit=10) is None and reader.read("a/big.yaml", limit=11) == b"y" * 11


# ---- any index content: incremental equals full -------------------------------------------------


def _index_lines(fixture_index: str) -> st.SearchStrategy[str]:
    """Index text made of the real index's lines, shuffled, dropped, doubled and mixed with hostile ones."""
    real = fixture_index.split("\n")[:-1]
    hostile = [case[1].rstrip("\n") for case in _line_cases()] + [f"team team-alpha {'0' * 64}", f"  teams/team-alpha/zz.yaml {HEX}"]
    line = st.one_of(st.sampled_from(real), st.sampled_from(hostile), st.text(alphabet=" #-./\\\t\r0123456789abcdefmnopt\x00", max_size=40))
    return st.lists(line, max_size=60).map(lambda lines: "\n".join(lines) + "\n") | st.builds(
        lambda drop, extra: "\n".join(l for i, l in enumerate(real) if i not in drop) + "\n" + extra,
        st.sets(st.integers(min_value=1, max_value=len(real))),
        st.sampled_from([""] + [h + "\n" for h in hostile]),
    )


@pytest.fixture(scope="module")
def fixture_index(fixture_dist: Path) -> str:
    return (fixture_dist / INDEX_FILE).read_text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_incremental_synth_equals_full_for_any_index_content(data, tmp_path_factory, fixture_dist: Path, fixture_index: str, teams, platform) -> None:
    scene = tmp_path_factory.mktemp("any-index")
    dist = scene / "dist"
    shutil.copytree(fixture_dist, dist)
    (scene / "victim").mkdir()
    (scene / "victim" / "keep.yaml").write_text("keep me\n")
    text = data.draw(_index_lines(fixture_index))
    (dist / INDEX_FILE).write_bytes(text.encode())
    try:
        index = parse_index(text)
    except InvalidIndex:
        index = None
    full = read_tree(fixture_dist)
    try:
        synth_gitops(teams, platform, str(dist), today=TODAY, workers=1)
    except OutputFolderError:
        # Refused only when a valid index leaves a file of the folder unrecorded, and then untouched.
        assert index is not None and not {p for p in full if p != INDEX_FILE} <= index.files
        assert (dist / INDEX_FILE).read_bytes() == text.encode()
        assert {p: t for p, t in read_tree(dist).items() if p != INDEX_FILE} == {p: t for p, t in full.items() if p != INDEX_FILE}
    else:
        assert read_tree(dist) == full
    assert (scene / "victim" / "keep.yaml").read_text() == "keep me\n"
    shutil.rmtree(scene)


def test_the_reader_keeps_few_folders_open_however_many_it_reads(tmp_path: Path) -> None:
    # A synth of thousands of teams reads a file in every team folder: one descriptor kept per folder
    # would pass the usual limit of 1,024 open files.
    for number in range(300):
        (tmp_path / "teams" / f"team-{number}").mkdir(parents=True)
        (tmp_path / "teams" / f"team-{number}" / "x.yaml").write_text(str(number))
    open_before = len(os.listdir("/proc/self/fd"))
    with OutputReader(str(tmp_path)) as reader:
        assert [reader.read(f"teams/team-{number}/x.yaml") for number in range(300)] == [str(n).encode() for n in range(300)]
        assert len(os.listdir("/proc/self/fd")) - open_before <= 20
    assert len(os.listdir("/proc/self/fd")) == open_before


def test_a_staging_folder_that_is_a_link_out_of_the_output_is_one_line_and_nothing_outside_changes(scene: Path, teams, platform) -> None:
    import io

    from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS

    from ai_access.cli import main as cli_main
    from ai_access.synth.output import STAGING

    dist = scene / "repo" / "dist"
    (dist / STAGING).symlink_to(scene / "victim", target_is_directory=True)
    outside = _outside(scene)
    err = io.StringIO()
    args = ["synth", "--requests", str(FIXTURE_REQUESTS), "--platform", str(FIXTURE_PLATFORM), "--out", str(dist), "--today", FIXTURE_TODAY, "--full"]
    assert cli_main(args, stdout=io.StringIO(), stderr=err) == 3
    assert len(err.getvalue().splitlines()) == 1 and _outside(scene) == outside


@pytest.mark.parametrize("kind", ["a FIFO", "a file outside synth's layout"])
def test_the_refusal_suggests_full_only_when_full_would_help(scene: Path, teams, platform, kind: str) -> None:
    dist = scene / "repo" / "dist"
    if kind == "a FIFO":
        os.mkfifo(dist / "teams" / teams[0].team / "extra.yaml")
    else:
        (dist / "teams" / teams[0].team / "notes.txt").write_text("x")
    with pytest.raises(OutputFolderError) as refused:
        synth_gitops(teams, platform, str(dist), today=TODAY)
    assert "synth --full" not in str(refused.value)
    with pytest.raises(OutputFolderError):
        synth_gitops(teams, platform, str(dist), today=TODAY, full=True)
