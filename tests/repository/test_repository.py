"""The live repository: rules that hold for any valid set of requests, checked on what is committed.

Product teams add, change and delete requests and the platform team edits `platform.yaml` in every
pull request, so nothing here names a team, a model, a limit or a price: a routine request never
needs a test or snapshot edit. The library itself is tested on `tests/fixtures/`.

These checks use today's date, as `make synth` does: an expired request's key is suspended in the
committed `dist/`, which is what they compare with.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from support.files import REPO
from support.upstream_crds import crds_dir
from support.crd_validation import StrictValidator
from support.invariants import load_objects, name_violations, violations
from support.sync_graph import wave_violations

from ai_access.reference.catalog import update_catalog
from ai_access.cli import main as cli_main
from ai_access.loading.platform_file import load_platform
from ai_access.models.lifecycle import lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.names.team import TeamNames
from ai_access.validation.requests import ValidationReport, validate_requests

LIVE_REQUESTS = REPO / "developer-requests"
LIVE_PLATFORM = REPO / "platform.yaml"
LIVE_DIST = REPO / "dist"


@pytest.fixture(scope="module")
def live_platform() -> PlatformConfig:
    return load_platform(str(LIVE_PLATFORM))


@pytest.fixture(scope="module")
def live_report(live_platform: PlatformConfig) -> ValidationReport:
    return validate_requests(str(LIVE_REQUESTS), live_platform, today=date.today())


@pytest.fixture(scope="module")
def live_teams(live_report: ValidationReport) -> dict[str, object]:
    assert live_report.ok, "\n".join(p.format() for p in live_report.problems)
    return {loaded.request.team: loaded.request for loaded in live_report.requests}


def test_every_request_validates(live_report: ValidationReport) -> None:
    errors = [p.format() for p in live_report.problems if p.severity == "error"]
    assert errors == [], "\n".join(errors)


def test_dist_is_exactly_what_synth_writes() -> None:
    # `synth --check`: what synth writes, built in memory from the requests and platform.yaml alone
    # (nothing recorded in dist/ is trusted), compared file by file with dist/; it writes nothing.
    err = io.StringIO()
    code = cli_main(
        ["synth", "--check", "--requests", str(LIVE_REQUESTS), "--platform", str(LIVE_PLATFORM), "--out", str(LIVE_DIST)],
        stdout=io.StringIO(),
        stderr=err,
    )
    assert code == 0, f"dist/ is stale: run `make synth` and commit dist/\n{err.getvalue()}"


def _dist_objects() -> list[tuple[str, dict]]:
    return [(str(path.relative_to(LIVE_DIST)), yaml.safe_load(path.read_text(encoding="utf-8"))) for path in sorted(LIVE_DIST.rglob("*.yaml"))]


def test_every_object_in_dist_is_valid_against_its_schema() -> None:
    validator = StrictValidator(crds_dir())
    failures = {rel: errors for rel, obj in _dist_objects() if (errors := validator.errors(obj))}
    assert failures == {}


def _team_folders() -> list[Path]:
    root = LIVE_DIST / "teams"
    return sorted(path for path in root.iterdir() if path.is_dir()) if root.is_dir() else []


def test_security_invariants_hold_for_every_team_in_dist(live_teams: dict, live_platform: PlatformConfig) -> None:
    found = {}
    for folder in _team_folders():
        request = live_teams.get(folder.name)
        if request is None:
            found[folder.name] = ["a folder in dist/teams/ without a valid request"]
            continue
        project_file = LIVE_DIST / "argocd" / f"appproject-{TeamNames(folder.name).app_project}.yaml"
        project = yaml.safe_load(project_file.read_text(encoding="utf-8"))
        found[folder.name] = violations(request, load_objects(folder), project, live_platform, lifecycle=lifecycle_of(request, live_platform, date.today()))
    assert {team: problems for team, problems in found.items() if problems} == {}


def test_names_contract_holds_for_every_team_in_dist(live_teams: dict, live_platform: PlatformConfig) -> None:
    found = {}
    for folder in _team_folders():
        files = {path.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in folder.glob("*.yaml")}
        request = live_teams.get(folder.name)
        found[folder.name] = name_violations(request, files, live_platform, lifecycle_of(request, live_platform, date.today())) if request else ["no request"]
    projects = {path.name for path in (LIVE_DIST / "argocd").glob("appproject-*.yaml")}
    expected_projects = {f"appproject-{TeamNames(folder.name).app_project}.yaml" for folder in _team_folders()}
    assert {team: problems for team, problems in found.items() if problems} == {}
    assert projects == expected_projects


def test_every_object_in_dist_comes_after_everything_it_refers_to() -> None:
    # The wave rule of test_sync_order.py, on every team of the live dist/.
    found = {folder.name: wave_violations(load_objects(folder)) for folder in _team_folders()}
    assert {team: problems for team, problems in found.items() if problems} == {}


def test_requesters_catalog_is_generated_from_the_platform_file(live_platform: PlatformConfig) -> None:
    guide = (LIVE_REQUESTS / "README.md").read_text(encoding="utf-8")
    assert update_catalog(guide, live_platform) == guide, (
        "developer-requests/README.md's catalog is stale: run `make synth` (or "
        "`.venv/bin/python main.py catalog --update developer-requests/README.md`) and commit it"
    )


def test_committed_request_schema_is_current() -> None:
    out = io.StringIO()
    assert cli_main(["schema"], stdout=out, stderr=io.StringIO()) == 0
    assert (LIVE_REQUESTS / "access-request.schema.json").read_text(encoding="utf-8") == out.getvalue()


def test_every_request_matches_the_committed_schema() -> None:
    import jsonschema

    schema = json.loads((LIVE_REQUESTS / "access-request.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(LIVE_REQUESTS.glob("*/access.yaml")):
        # Editors read YAML 1.2, where an unquoted date is a string; PyYAML makes it a date.
        document = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        assert [e.message for e in validator.iter_errors(document)] == [], path


def test_every_custom_kind_in_dist_is_one_bootstrap_checks_and_aso_s_pattern_names() -> None:
    # Issue 27, point 2: ASO installs only the CRDs its crdPattern names; scripts/bootstrap checks the
    # kinds the bootstrap ConfigMap lists (and any other kind of dist/). Holds for any set of requests.
    from ai_access.gitops.cluster_requirements import ASO, CLUSTER_APIS, aso_crd_pattern

    listed = {(f"{api.group}/{api.version}", api.kind): api for api in CLUSTER_APIS}
    kinds = {(obj["apiVersion"], obj["kind"]) for _, obj in _dist_objects() if "." in obj["apiVersion"].split("/")[0] and ".k8s.io/" not in obj["apiVersion"]}
    assert kinds <= set(listed)
    patterns = set(aso_crd_pattern().split(";"))
    assert {f"{version.split('/')[0]}/{kind}" for version, kind in kinds if listed[(version, kind)].provider == ASO} <= patterns
