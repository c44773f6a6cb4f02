"""docs/extending.md's worked examples, run as written: each file and platform.yaml snippet, then synth."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURE_PLATFORM, FIXTURE_REQUESTS, FIXTURE_TODAY, REPO
from lxml import etree

from ai_access.cli import main as cli_main

DOC = REPO / "docs" / "extending.md"
_BLOCK = re.compile(r"<!-- (file: (?P<file>\S+)|platform\.yaml) -->\n```\w*\n(?P<body>.*?)\n```", re.S)


def _examples() -> dict[str, str]:
    """Each worked example's section of the page, by its number."""
    parts = re.split(r"^## Worked example (\d+): .*$", DOC.read_text(), flags=re.M)
    return {parts[i]: parts[i + 1].split("\n## ")[0] for i in range(1, len(parts), 2)}


def _merge(into: dict, snippet: dict) -> None:
    for key, value in snippet.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = [*into[key], *value]
        else:
            into[key] = value


def _platform_repo(tmp_path: Path, section: str) -> Path:
    """A platform repository holding the example's files and a platform.yaml with its snippet."""
    folder = tmp_path / "platform-repo"
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["apim"].pop("policyFragments", None)  # the example's own, not the fixture's
    blocks = list(_BLOCK.finditer(section))
    assert blocks, "the example shows no file and no platform.yaml snippet"
    for block in blocks:
        if block["file"]:
            target = folder / block["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block["body"] + "\n")
        else:
            _merge(data, yaml.safe_load(block["body"]))
    folder.mkdir(exist_ok=True)
    (folder / "platform.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return folder / "platform.yaml"


def _synth(platform: Path, out: Path) -> None:
    err = io.StringIO()
    args = ["synth", "--requests", str(FIXTURE_REQUESTS), "--platform", str(platform), "--out", str(out), "--today", FIXTURE_TODAY]
    assert cli_main(args, stdout=io.StringIO(), stderr=err) == 0, err.getvalue()


def _teams(out: Path) -> list[Path]:
    return sorted(p for p in (out / "teams").iterdir() if p.is_dir())


def test_the_page_has_three_worked_examples() -> None:
    assert sorted(_examples()) == ["1", "2", "3"]


def test_example_1_a_limit_range_in_every_team_namespace(tmp_path: Path) -> None:
    _synth(_platform_repo(tmp_path, _examples()["1"]), tmp_path / "dist")
    for folder in _teams(tmp_path / "dist"):
        limits = yaml.safe_load((folder / "limitrange-default-limits.yaml").read_text())
        assert limits["metadata"]["namespace"] == f"ai-{folder.name}"
        assert limits["spec"]["limits"][0]["default"] == {"memory": "1Gi"}
        project = yaml.safe_load((tmp_path / "dist" / "argocd" / f"appproject-ai-{folder.name}.yaml").read_text())
        assert {"group": "", "kind": "LimitRange"} in project["spec"]["namespaceResourceWhitelist"]


def test_example_2_a_label_from_the_request(tmp_path: Path, fixture_report) -> None:
    _synth(_platform_repo(tmp_path, _examples()["2"]), tmp_path / "dist")
    gpu_teams = {loaded.request.team for loaded in fixture_report.requests if loaded.request.kaito_models}
    assert gpu_teams and gpu_teams != {loaded.request.team for loaded in fixture_report.requests}
    for folder in _teams(tmp_path / "dist"):
        namespace = yaml.safe_load(next(folder.glob("namespace-*.yaml")).read_text())
        assert (namespace["metadata"]["labels"].get("example.com/gpu") == "true") == (folder.name in gpu_teams)


def test_example_3_a_policy_fragment_in_every_product(tmp_path: Path) -> None:
    platform = _platform_repo(tmp_path, _examples()["3"])
    _synth(platform, tmp_path / "dist")
    for folder in _teams(tmp_path / "dist"):
        policy = yaml.safe_load((folder / "productpolicy-apim-product-policy.yaml").read_text())["spec"]["value"]
        includes = [e.get("fragment-id") for e in etree.fromstring(policy.encode()).iter("include-fragment")]
        assert includes == ["gateway-header"]
    from ai_access.loading.platform_file import load_platform_source

    fragments = load_platform_source(str(platform))[1].fragments
    assert list(fragments) == ["gateway-header"] and "x-ai-gateway" in fragments["gateway-header"]
