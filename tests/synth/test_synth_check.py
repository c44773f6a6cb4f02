"""`main.py synth --check [--base REF]`: writes nothing, trusts nothing in the output folder, names every difference.

The folder under check is a copy of the fixtures' output (synthesized once per session) changed the
way a pull request could change it; `--base` runs in a scratch git repository whose first commit
holds the fixtures' requests and output.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, FIXTURE_TODAY, copy_fragments, read_tree

from ai_access import exit_codes
from ai_access.cli import main as cli_main
from ai_access.synth.layout import INDEX_FILE

TODAY = date.fromisoformat(FIXTURE_TODAY)
POLICY = "teams/team-alpha/productpolicy-apim-product-policy.yaml"
PREFIX = "synth --check"


def _check(out: Path | str, *extra: str, requests: Path | str = FIXTURE_REQUESTS, platform: Path | str = FIXTURE_PLATFORM) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    args = ["synth", "--check", "--requests", str(requests), "--platform", str(platform), "--out", str(out), "--today", FIXTURE_TODAY, *extra]
    code = cli_main(args, stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture()
def dist(tmp_path: Path, fixture_dist: Path) -> Path:
    """A copy of the fixtures' output, as synth wrote it."""
    shutil.copytree(fixture_dist, tmp_path / "dist")
    return tmp_path / "dist"


def _forge(dist: Path) -> None:
    """The issue's forgery: a product policy's tokens-per-minute raised, and its hash in the index with it."""
    policy = dist / POLICY
    old = policy.read_bytes()
    assert b'tokens-per-minute="5000"' in old
    new = old.replace(b'tokens-per-minute="5000"', b'tokens-per-minute="9000000"')
    policy.write_bytes(new)
    index = dist / INDEX_FILE
    index.write_text(index.read_text().replace(hashlib.sha256(old).hexdigest(), hashlib.sha256(new).hexdigest()))


def _lines(dist: Path, *found: tuple[str, str]) -> str:
    body = "".join(f"{PREFIX}: {dist / path if path else dist}: {problem}\n" for path, problem in found)
    summary = f"{PREFIX}: {len(found)} path(s) of {dist} are not what synth writes from the requests and the platform; run `main.py synth` (`make synth`) and commit {dist}\n"
    return body + summary


def test_the_output_synth_wrote_passes(dist: Path) -> None:
    code, out, err = _check(dist)
    assert (code, err) == (exit_codes.OK, "")
    assert out == f"{dist} is exactly what synth writes: {len(read_tree(dist)) - 1} file(s) and the synth index; 3 team(s) built\n"


def test_the_issues_forgery_is_named_file_by_file(dist: Path) -> None:
    # GIVEN a policy edited by hand and its hash in the index edited to match (plain synth reuses it)
    _forge(dist)
    # WHEN dist/ is checked THEN both files are named and the check fails
    code, _, err = _check(dist)
    assert code == exit_codes.INVALID
    assert err == _lines(dist, (INDEX_FILE, "differs from what synth writes"), (POLICY, "differs from what synth writes"))


def test_check_writes_nothing_even_into_a_folder_it_may_write(dist: Path) -> None:
    _forge(dist)
    before = {str(p): (p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else None) for p in dist.parent.rglob("*")}
    assert _check(dist)[0] == exit_codes.INVALID
    after = {str(p): (p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else None) for p in dist.parent.rglob("*")}
    assert after == before


def _damage(dist: Path, scene: Path, kind: str) -> list[tuple[str, str]]:
    """Change `dist` as `kind` says; returns the lines (path, problem) check must print."""
    victim = dist / POLICY
    outside = scene / "outside.yaml"
    outside.write_bytes(victim.read_bytes())  # the right bytes, behind a link
    if kind == "crlf":
        victim.write_bytes(victim.read_bytes().replace(b"\n", b"\r\n"))
        return [(POLICY, "differs from what synth writes")]
    if kind == "deleted":
        victim.unlink()
        return [(POLICY, "missing")]
    if kind == "a file added":
        (dist / "teams" / "team-alpha" / "extra.yaml").write_text("kind: ConfigMap\n")
        return [("teams/team-alpha/extra.yaml", "not written by synth")]
    if kind == "a team folder added":
        (dist / "teams" / "team-zz").mkdir()
        (dist / "teams" / "team-zz" / "namespace-ai-team-zz.yaml").write_text("kind: Namespace\n")
        return [("teams/team-zz/namespace-ai-team-zz.yaml", "not written by synth")]
    if kind == "a link to the right bytes":
        victim.unlink()
        victim.symlink_to(outside)
        return [(POLICY, "a symlink where synth writes a file")]
    if kind == "a FIFO":
        victim.unlink()
        os.mkfifo(victim)
        return [(POLICY, "a FIFO where synth writes a file")]
    if kind == "a folder":
        victim.unlink()
        victim.mkdir()
        (victim / "inside.yaml").write_text("x")
        return [(POLICY, "a folder where synth writes a file"), (f"{POLICY}/inside.yaml", "not written by synth")]
    if kind == "a huge file":
        with open(victim, "r+b") as handle:
            handle.truncate(8 * 2**30)  # sparse: 8 GiB that cost nothing to write, and must not be read
        return [(POLICY, "differs from what synth writes")]
    if kind == "a team folder linked outside":
        shutil.rmtree(dist / "teams" / "team-beta")
        (dist / "teams" / "team-beta").symlink_to(scene, target_is_directory=True)
        names = sorted(p for p in read_tree(scene / "full") if p.startswith("teams/team-beta/"))
        return sorted([("teams/team-beta", "a symlink, not written by synth"), *[(name, "missing") for name in names]])
    if kind == "a name that is not UTF-8":
        (dist / "teams" / "team-alpha" / os.fsdecode(b"x-\xff.yaml")).write_text("x")
        return [("teams/team-alpha/x-\\udcff.yaml", "not written by synth")]
    if kind == "a hard link with the right bytes":
        victim.unlink()
        os.link(outside, victim)
        return []
    if kind == "a line break in a name":
        (dist / "argocd" / "x\nsynth --check: forged.yaml").write_text("x")
        return [("argocd/x\\nsynth --check: forged.yaml", "not written by synth")]
    raise AssertionError(kind)


KINDS = [
    "crlf",
    "deleted",
    "a file added",
    "a team folder added",
    "a link to the right bytes",
    "a FIFO",
    "a folder",
    "a huge file",
    "a team folder linked outside",
    "a name that is not UTF-8",
    "a hard link with the right bytes",
    "a line break in a name",
]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_difference_is_one_line_naming_its_path(dist: Path, fixture_dist: Path, kind: str) -> None:
    shutil.copytree(fixture_dist, dist.parent / "full")
    expected = _damage(dist, dist.parent, kind)
    outside = read_tree(dist.parent / "full")
    code, _, err = _check(dist)
    if not expected:
        assert (code, err) == (exit_codes.OK, "")
        return
    assert code == exit_codes.INVALID
    assert err == _lines(dist, *expected)
    assert all(line.isprintable() for line in err.splitlines())
    assert read_tree(dist.parent / "full") == outside  # nothing written through a link


@pytest.mark.parametrize("kind", ["missing", "a symlink", "a file"])
def test_an_output_folder_that_is_not_a_folder_is_one_line(tmp_path: Path, fixture_dist: Path, kind: str) -> None:
    dist = tmp_path / "dist"
    if kind == "a symlink":
        dist.symlink_to(fixture_dist, target_is_directory=True)  # even to the right files
    elif kind == "a file":
        dist.write_text("x")
    code, _, err = _check(dist)
    files = len(read_tree(fixture_dist))
    assert code == exit_codes.INVALID
    assert err.splitlines()[0] == f"{PREFIX}: {dist}: {kind}, not the folder synth writes ({files} file(s))"
    assert len(err.splitlines()) == 2


def test_the_index_is_part_of_the_output(dist: Path) -> None:
    (dist / INDEX_FILE).write_text((dist / INDEX_FILE).read_text() + "# reviewed\n")
    assert _check(dist)[2] == _lines(dist, (INDEX_FILE, "differs from what synth writes"))


def test_an_invalid_request_is_exit_1_before_anything_is_compared(tmp_path: Path, dist: Path) -> None:
    requests = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS, requests)
    path = requests / "team-alpha" / "access.yaml"
    path.write_text(path.read_text().replace('tokensPerMinute: "5000"', 'tokensPerMinute: "lots"'))
    code, _, err = _check(dist, requests=requests)
    assert code == exit_codes.INVALID and PREFIX not in err and "tokensPerMinute" in err


@pytest.mark.parametrize("argv", [["--base", "HEAD"], ["--check", "--full"], ["--check", "--base", "--x"]])
def test_wrong_command_lines_are_usage_errors(argv: list[str]) -> None:
    err = io.StringIO()
    assert cli_main(["synth", *argv], stdout=io.StringIO(), stderr=err) == exit_codes.USAGE
    assert "error:" in err.getvalue()


# ---- --base REF ----------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def base_repository(tmp_path_factory: pytest.TempPathFactory, fixture_dist: Path) -> Path:
    """A git repository: the fixtures' requests, platform and output, committed as `main`."""
    repo = tmp_path_factory.mktemp("check-base") / "repo"
    repo.mkdir()
    shutil.copytree(FIXTURE_REQUESTS, repo / "developer-requests")
    shutil.copy(FIXTURE_PLATFORM, repo / "platform.yaml")
    copy_fragments(repo)
    shutil.copytree(fixture_dist, repo / "dist")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    return repo


@pytest.fixture()
def repo(base_repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(base_repository, copy, symlinks=True)
    monkeypatch.chdir(copy)
    return copy


def _check_repo(*extra: str) -> tuple[int, str, str]:
    return _check("dist", *extra, requests="developer-requests", platform="platform.yaml")


def _change_gamma(repo: Path) -> None:
    path = repo / "developer-requests" / "team-gamma" / "access.yaml"
    text = path.read_text()
    assert "tokensPerMinute: 8000" in text
    path.write_text(text.replace("tokensPerMinute: 8000", "tokensPerMinute: 7000"))


def _synth_repo() -> None:
    args = ["synth", "--requests", "developer-requests", "--platform", "platform.yaml", "--today", FIXTURE_TODAY]
    assert cli_main(args, stdout=io.StringIO(), stderr=io.StringIO()) == exit_codes.OK


def test_with_a_base_only_changed_teams_are_built(repo: Path) -> None:
    # GIVEN one team changed and dist/ regenerated
    _change_gamma(repo)
    _synth_repo()
    # WHEN checked against the base THEN one team is built, the others are the base's files
    code, out, err = _check_repo("--base", "main")
    assert (code, err) == (exit_codes.OK, "")
    assert out.endswith("; 1 team(s) built, 2 taken from main\n")


def test_with_a_base_a_forgery_is_named_as_without_one(repo: Path) -> None:
    _change_gamma(repo)
    _synth_repo()
    _forge(repo / "dist")
    with_base, without = _check_repo("--base", "main"), _check_repo()
    assert with_base[0] == without[0] == exit_codes.INVALID
    assert with_base[2] == without[2] == _lines(Path("dist"), (INDEX_FILE, "differs from what synth writes"), (POLICY, "differs from what synth writes"))


def test_a_stale_output_is_named_with_and_without_a_base(repo: Path) -> None:
    _change_gamma(repo)  # and dist/ not regenerated
    names = {"teams/team-gamma/configmap-ai-gateway-endpoint.yaml", "teams/team-gamma/productpolicy-apim-product-policy.yaml", INDEX_FILE}
    for extra in ((), ("--base", "main")):
        code, _, err = _check_repo(*extra)
        assert code == exit_codes.INVALID
        assert {line.split(": ")[1].removeprefix("dist/") for line in err.splitlines()[:-1]} == names


@pytest.mark.parametrize("damage", ["the base's index edited", "the base's policy edited", "the base's index removed", "the base's dist a symlink"])
def test_a_base_that_does_not_match_its_index_is_built_not_trusted(repo: Path, damage: str) -> None:
    # GIVEN a base commit whose output is not consistent (it never passed the check)
    if damage == "the base's index edited":
        index = repo / "dist" / INDEX_FILE
        index.write_text(index.read_text() + "garbage\n")
    elif damage == "the base's policy edited":
        policy = repo / "dist" / POLICY
        policy.write_bytes(policy.read_bytes() + b"# edited\n")
    elif damage == "the base's index removed":
        (repo / "dist" / INDEX_FILE).unlink()
    else:
        shutil.move(repo / "dist", repo / "real-dist")
        (repo / "dist").symlink_to("real-dist", target_is_directory=True)
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "damaged base")
    # and a working tree synth regenerated
    if damage == "the base's dist a symlink":
        (repo / "dist").unlink()
        shutil.move(repo / "real-dist", repo / "dist")
    _synth_repo()
    # WHEN checked against it THEN the damaged part is built, and the answer is the full check's
    code, out, err = _check_repo("--base", "HEAD")
    assert code == exit_codes.OK, err
    built = {"the base's policy edited": "1 team(s) built, 2 taken", "the base's dist a symlink": "3 team(s) built, 0 taken"}.get(damage, "3 team(s) built, 0 taken")
    assert built in out
    if damage in ("the base's index edited", "the base's index removed"):
        assert err.startswith(f"{PREFIX}: dist at HEAD has a synth index that cannot be used (")


@pytest.mark.parametrize("ref", ["no-such-ref", "HEAD~5"])
def test_an_unknown_base_is_exit_3(repo: Path, ref: str) -> None:
    code, out, err = _check_repo("--base", ref)
    assert (code, out) == (exit_codes.ENVIRONMENT, "")
    assert err == f"{PREFIX}: {ref}: unknown git ref '{ref}'\n"


def test_a_base_outside_a_repository_is_exit_3(dist: Path) -> None:
    code, _, err = _check(dist, "--base", "main")
    assert code == exit_codes.ENVIRONMENT and len(err.splitlines()) == 1 and err.startswith(f"{PREFIX}: main: ")


# ---- properties: the check agrees with a full synth, with or without a base ------------------------

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ai_access.synth.output_files import FolderOutput  # noqa: E402
from ai_access.synth.synthesize import synth_gitops  # noqa: E402
from ai_access.synth.check import differences, expected_output  # noqa: E402
from ai_access.synth.index import shared_inputs  # noqa: E402

_PROPERTY = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _on_disk(root: Path) -> dict[str, bytes | str]:
    """What a folder holds, by path: a regular file's bytes, or what else is there."""
    found: dict[str, bytes | str] = {}
    for folder, subfolders, files in os.walk(root):
        for name in files + [s for s in subfolders if os.path.islink(os.path.join(folder, s))]:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            found[relative] = Path(path).read_bytes() if os.path.isfile(path) and not os.path.islink(path) else "not a file"
    return found


_DAMAGE = st.lists(
    st.tuples(st.sampled_from(["edit", "append", "delete", "add", "link", "crlf", "index"]), st.integers(min_value=0, max_value=10**6)),
    max_size=4,
)


@_PROPERTY
@given(damage=_DAMAGE)
def test_check_names_exactly_the_paths_that_differ_from_what_synth_wrote(damage, tmp_path_factory, fixture_dist: Path, fixture_report, platform) -> None:
    # GIVEN the fixtures' output as synth wrote it on disk, damaged at random
    scene = tmp_path_factory.mktemp("check-property")
    dist = scene / "dist"
    shutil.copytree(fixture_dist, dist)
    for action, pick in damage:
        files = sorted(p for p in dist.rglob("*") if p.is_file() and not p.is_symlink())
        victim = files[pick % len(files)] if files else dist / "teams" / "x.yaml"
        if action == "edit" and files:
            data = victim.read_bytes()
            victim.write_bytes(data[: pick % (len(data) + 1)] + b"x" + data[pick % (len(data) + 1) + 1 :])
        elif action == "append" and files:
            victim.write_bytes(victim.read_bytes() + b"\n")
        elif action == "delete" and files:
            victim.unlink()
        elif action == "add":
            (victim.parent / f"added-{pick}.yaml").write_text("x")
        elif action == "link" and files:
            # A link to the same bytes elsewhere (never into the shared fixture, which a later
            # write through the link would damage for every other test).
            elsewhere = scene / "elsewhere" / victim.relative_to(dist)
            elsewhere.parent.mkdir(parents=True, exist_ok=True)
            elsewhere.write_bytes(victim.read_bytes())
            victim.unlink()
            victim.symlink_to(elsewhere)
        elif action == "crlf" and files:
            victim.write_bytes(victim.read_bytes().replace(b"\n", b"\r\n"))
        elif action == "index":
            (dist / INDEX_FILE).write_text(f"team ../../x {pick}\n")
    # WHEN checked THEN exactly the paths whose content is not synth's are named
    teams = [loaded.request for loaded in fixture_report.requests]
    expected = expected_output(teams, platform, today=TODAY, workers=1)
    written, held = _on_disk(fixture_dist), _on_disk(dist)
    assert expected.files == written
    named = {d.path for d in differences(str(dist), expected.files) if d.problem != "a folder where synth writes a file"}
    assert named == {path for path in written.keys() | held.keys() if written.get(path) != held.get(path)}
    shutil.rmtree(scene)


_VARIANT = st.tuples(
    st.tuples(*[st.sampled_from(["absent", "as is", "changed", "expired"])] * 3),
    st.sampled_from(["as is", "revision", "library"]),
)


def _variant(variant, requests, platform):
    """The requests and shared inputs of one variant of the fixtures."""
    per_team, shared = variant
    teams = []
    for request, state in zip(requests, per_team):
        if state == "changed":
            request = request.model_copy(update={"tokens_per_minute": request.tokens_per_minute + 1})
        elif state == "expired":
            request = request.model_copy(update={"expires_on": date(2026, 1, 1)})
        if state != "absent":
            teams.append(request)
    if shared == "revision":
        platform = platform.model_copy(update={"gitops": platform.gitops.model_copy(update={"revision": "release"})})
    inputs = {**shared_inputs(platform), **({"library": "b" * 64} if shared == "library" else {})}
    return teams, platform, inputs


_SYNTHESIZED: dict = {}


@_PROPERTY
@given(base_variant=_VARIANT, head_variant=_VARIANT, damage=st.lists(st.integers(min_value=0, max_value=10**6), max_size=2))
@example(base_variant=(("as is",) * 3, "as is"), head_variant=(("as is", "changed", "absent"), "as is"), damage=[])
@example(base_variant=(("expired", "as is", "as is"), "library"), head_variant=(("expired", "as is", "changed"), "library"), damage=[])
def test_check_with_any_checked_base_gives_the_full_checks_answer(
    base_variant, head_variant, damage, tmp_path_factory, fixture_report, platform
) -> None:
    # GIVEN a base: the output synth wrote for some variant of the fixtures, then files of it damaged
    requests = [loaded.request for loaded in fixture_report.requests]
    if base_variant not in _SYNTHESIZED:
        folder = tmp_path_factory.mktemp("base") / "dist"
        base_teams, base_platform, base_inputs = _variant(base_variant, requests, platform)
        synth_gitops(base_teams, base_platform, str(folder), today=TODAY, inputs=base_inputs, workers=1, full=True)
        _SYNTHESIZED[base_variant] = folder
    base = tmp_path_factory.mktemp("damaged") / "dist"
    shutil.copytree(_SYNTHESIZED[base_variant], base)
    files = sorted(p for p in base.rglob("*.yaml"))
    for pick in damage:
        if files:
            files[pick % len(files)].write_bytes(b"damaged\n")
    # WHEN the head (another variant) is checked with and without it THEN the expected output is the same
    teams, head_platform, inputs = _variant(head_variant, requests, platform)
    with_base = expected_output(teams, head_platform, today=TODAY, inputs=inputs, workers=1, base=FolderOutput(str(base)))
    without = expected_output(teams, head_platform, today=TODAY, inputs=inputs, workers=1)
    assert with_base.files == without.files
    assert with_base.reused + with_base.built == len(teams)
    if not damage:  # an undamaged base supplies every team whose variant is the same in both
        same = sum(1 for b, h in zip(*(v[0] for v in (base_variant, head_variant))) if b == h != "absent")
        assert with_base.reused == (same if base_variant[1] == head_variant[1] else 0)
    shutil.rmtree(base.parent)
