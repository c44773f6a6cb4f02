"""docs/extending.md, run as written: each worked example through a real synth and the repository's rules, and its tables.

A worked example's files and platform.yaml snippet go into a scratch platform repository, synth
builds the fixture requests with it, and the output must keep the rules `test_repository.py` holds
on the committed `dist/` (the security invariants, the names contract, every object valid against
its schema), then do what the page says it does.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import get_type_hints

import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, FIXTURE_TODAY, REPO
from support.upstream_crds import crds_dir
from support.crd_validation import StrictValidator
from support.invariants import load_objects, name_violations, violations
from lxml import etree

from ai_access.cli import main as cli_main
from ai_access.loading.platform_file import load_platform
from ai_access.models.lifecycle import lifecycle_of
from ai_access.models.request import AccessRequest
from ai_access.names.team import TeamNames
from ai_access.validation.requests import validate_requests

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
    _keeps_the_repository_rules(out, load_platform(str(platform)))


def _keeps_the_repository_rules(out: Path, platform) -> None:
    """What test_repository.py checks on the committed dist/, on this output."""
    validator = _validator()
    today = date.fromisoformat(FIXTURE_TODAY)
    requests = {loaded.request.team: loaded.request for loaded in validate_requests(str(FIXTURE_REQUESTS), platform, today=today).requests}
    for folder in _teams(out):
        request = requests[folder.name]
        project = yaml.safe_load((out / "argocd" / f"appproject-{TeamNames(folder.name).app_project}.yaml").read_text())
        objects = load_objects(folder)
        lifecycle = lifecycle_of(request, platform, today)
        assert violations(request, objects, project, platform, lifecycle=lifecycle) == [], folder.name
        files = {path.name: yaml.safe_load(path.read_text()) for path in folder.glob("*.yaml")}
        assert name_violations(request, files, platform, lifecycle) == [], folder.name
        assert {str(path.relative_to(out)): errors for path in folder.glob("*.yaml") if (errors := validator.errors(yaml.safe_load(path.read_text())))} == {}


_VALIDATORS: list[StrictValidator] = []


def _validator() -> StrictValidator:
    if not _VALIDATORS:
        _VALIDATORS.append(StrictValidator(crds_dir()))
    return _VALIDATORS[0]


def _teams(out: Path) -> list[Path]:
    return sorted(p for p in (out / "teams").iterdir() if p.is_dir())


def test_the_page_has_four_worked_examples() -> None:
    assert sorted(_examples()) == ["1", "2", "3", "4"]


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


def test_example_4_an_escape_hatch_sets_a_field_no_prop_offers(tmp_path: Path, fixture_report) -> None:
    _synth(_platform_repo(tmp_path, _examples()["4"]), tmp_path / "dist")
    routes = [path for folder in _teams(tmp_path / "dist") for path in folder.glob("ingress-*.yaml")]
    assert routes and len(routes) == sum(len(loaded.request.kaito_models) for loaded in fixture_report.requests)
    for path in routes:
        assert yaml.safe_load(path.read_text())["metadata"]["annotations"]["nginx.ingress.kubernetes.io/proxy-read-timeout"] == "300"


def _table(heading: str) -> list[str]:
    """The first column of the table below the paragraph that starts with `heading`, without its backquotes."""
    text = DOC.read_text()
    block = text[text.index(heading):].split("\n\n")[1]
    return [row.split("|")[1].strip().strip("`") for row in block.splitlines()[2:]]


def test_the_page_lists_every_typed_attribute_of_team() -> None:
    from ai_access.gitops.team_access import TeamAccess

    assert _table("What `team` (a `TeamAccess`) offers") == list(TeamAccess.__annotations__)
    hints = get_type_hints(TeamAccess)  # every annotation resolves: an editor or type checker can follow it
    assert hints["request"] is AccessRequest and hints["namespace"] is str


def test_the_page_lists_every_attribute_of_the_request() -> None:
    listed = {name.removeprefix("team.request.") for name in _table("What `team.request` (an `AccessRequest`) holds")}
    assert listed == set(AccessRequest.model_fields) | {"enabled_models"}
    assert {"foundry_models", "kaito_models"} <= {name for name in dir(AccessRequest) if isinstance(getattr(AccessRequest, name), property)}


def test_the_page_lists_the_construct_tree_of_a_team(fixture_report, platform) -> None:
    from cdk8s import App, Chart

    from ai_access.gitops.team_access import TeamAccess

    rows = {row.split("|")[1].strip().strip("`"): row for row in DOC.read_text().splitlines() if row.startswith("| `") and "|" in row[3:]}
    request = max((loaded.request for loaded in fixture_report.requests), key=lambda r: (bool(r.kaito_models), r.tracing_enabled, r.playground_access))
    team = TeamAccess(Chart(App(), request.team), "TeamAccess", request=request, platform=platform)
    for child in team.node.children:
        listed = next((f"{prefix}<model>" for prefix in ("Kaito-", "Metrics-") if child.node.id.startswith(prefix)), child.node.id)
        assert listed in rows, child.node.id
        for grandchild in child.node.children:
            assert f"`{grandchild.node.id}`" in rows[listed], (child.node.id, grandchild.node.id)
