"""Where the tests get CRDs, and `make crds` (no network here: its parts are tested, not the download)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support.files import REPO

import support.upstream_crds as upstream_crds
from support.upstream_crds import CRDS, ENV_VAR, OPTIONAL_CRDS, CrdsNotFound, crds_dir, download, select, trim

SHARED = REPO.parent / "shared"


def _fill(folder: Path, *, skip: str = "") -> Path:
    for crd in CRDS:
        if crd.file != skip:
            (folder / crd.file).parent.mkdir(parents=True, exist_ok=True)
            (folder / crd.file).write_text("kind: CustomResourceDefinition\n")
    return folder


def test_lookup_takes_the_env_folder_first_then_shared_then_the_download(tmp_path: Path, monkeypatch) -> None:
    env_folder, shared, downloaded = tmp_path / "env", tmp_path / "shared" / "crds", tmp_path / "build"
    monkeypatch.setattr(upstream_crds, "DOWNLOAD_DIR", downloaded)
    monkeypatch.setattr(upstream_crds, "REPO", tmp_path / "repo")  # ../shared/crds is tmp_path/shared/crds
    _fill(downloaded)
    assert crds_dir({}) == downloaded
    _fill(shared)
    assert crds_dir({}) == shared
    _fill(env_folder)
    assert crds_dir({ENV_VAR: str(env_folder)}) == env_folder


def test_a_folder_missing_one_crd_is_passed_over(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(upstream_crds, "DOWNLOAD_DIR", _fill(tmp_path / "build"))
    monkeypatch.setattr(upstream_crds, "REPO", tmp_path / "repo")
    partial = _fill(tmp_path / "env", skip=CRDS[-1].file)
    assert crds_dir({ENV_VAR: str(partial)}) == tmp_path / "build"


def test_without_crds_the_message_is_one_line_naming_make_crds(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(upstream_crds, "DOWNLOAD_DIR", tmp_path / "build")
    monkeypatch.setattr(upstream_crds, "REPO", tmp_path / "repo")
    with pytest.raises(CrdsNotFound) as raised:
        crds_dir({ENV_VAR: str(tmp_path / "nowhere")})
    message = str(raised.value)
    assert "\n" not in message and "make crds" in message and str(tmp_path / "nowhere") in message


def test_pytest_stops_at_once_without_crds(tmp_path: Path) -> None:
    # A copy of the tests beside no ../shared: the session must end before any test runs.
    project = tmp_path / "project"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "conftest.py").write_text((REPO / "tests" / "conftest.py").read_text())
    (project / "tests" / "test_upstream_crds.py").write_text(Path(__file__).read_text())
    shutil.copytree(REPO / "tests" / "support", project / "tests" / "support", ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PATH": "/usr/bin:/bin", ENV_VAR: ""}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(project), str(project / "tests")],
        cwd=project, env={**env, "PYTHONPATH": str(REPO / "constructs")}, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    lines = [line for line in (result.stdout + result.stderr).splitlines() if "make crds" in line]
    assert len(lines) == 1 and "passed" not in result.stdout, result.stdout + result.stderr


def test_trimming_the_described_crds_gives_the_trimmed_ones() -> None:
    # ../shared/crds-reference holds the same CRDs with their descriptions: trimming must yield ../shared/crds.
    reference, trimmed = SHARED / "crds-reference", SHARED / "crds"
    if not reference.is_dir():
        pytest.skip("no ../shared/crds-reference beside the repository")
    for crd in CRDS:
        described = yaml.load((reference / crd.file).read_text(), Loader=yaml.CSafeLoader)
        expected = yaml.load((trimmed / crd.file).read_text(), Loader=yaml.CSafeLoader)
        assert trim(described, crd.version)["spec"] == expected["spec"], crd.file


def test_download_picks_each_crd_from_its_source_and_fetches_each_url_once(tmp_path: Path) -> None:
    fetched: list[str] = []
    sources = {crd.url: [] for crd in (*CRDS, *OPTIONAL_CRDS)}
    for crd in (*CRDS, *OPTIONAL_CRDS):
        group = crd.name.split(".", 1)[1]
        other = {"name": "other", "served": True, "storage": False, "schema": {"openAPIV3Schema": {"type": "object"}}}
        kept = {"name": crd.version, "served": True, "storage": True, "schema": {"openAPIV3Schema": {"type": "object", "description": "x"}}}
        sources[crd.url].append(
            {"kind": "CustomResourceDefinition", "metadata": {"name": crd.name}, "spec": {"group": group, "versions": [other, kept], "conversion": {}}}
        )

    def fetch(url: str) -> str:
        fetched.append(url)
        return yaml.safe_dump_all(sources[url])

    written = download(tmp_path, fetch)
    assert sorted(fetched) == sorted(set(fetched)) == sorted(sources)
    assert [path.relative_to(tmp_path).as_posix() for path in written] == [crd.file for crd in (*CRDS, *OPTIONAL_CRDS)]
    for crd in (*CRDS, *OPTIONAL_CRDS):
        spec = yaml.safe_load((tmp_path / crd.file).read_text())["spec"]
        assert [v["name"] for v in spec["versions"]] == [crd.version] and "conversion" not in spec
        assert "description" not in str(spec)


def test_a_source_without_the_crd_or_its_version_is_an_error() -> None:
    crd = CRDS[0]
    with pytest.raises(ValueError, match="not found"):
        select([{"metadata": {"name": "else"}}], crd)
    with pytest.raises(ValueError, match="has no version"):
        select([{"metadata": {"name": crd.name}, "spec": {"versions": [{"name": "v0"}]}}], crd)


def test_the_hand_checked_schemas_agree_with_their_upstream_crds() -> None:
    # Runs where `make crds` fetched the optional CRDs (support.upstream_crds.OPTIONAL_CRDS); without
    # them the output is checked against support.hand_schemas alone.
    from support.hand_schemas import HAND_SCHEMAS
    from support.upstream_crds import optional_crd_files

    files = optional_crd_files()
    if not files:
        pytest.skip("no optional CRD fetched: run `make crds` to hold the hand-checked schemas to upstream")
    for path in files:
        crd = yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
        for version in crd["spec"]["versions"]:
            key = (f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])
            hand, namespaced = HAND_SCHEMAS[key]
            assert namespaced == (crd["spec"]["scope"] == "Namespaced")
            upstream = version["schema"]["openAPIV3Schema"]["properties"]["spec"]
            spec = hand["properties"]["spec"]
            assert set(spec["properties"]) == set(upstream["properties"]) and spec["required"] == upstream["required"]
            for name, rules in spec["properties"].items():
                assert {k: v for k, v in rules.items() if k != "additionalProperties"} == {
                    k: upstream["properties"][name][k] for k in rules if k != "additionalProperties"
                }, name
