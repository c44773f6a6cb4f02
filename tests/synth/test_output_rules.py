"""Security invariants, proven on every example and on generated valid requests.

No request, however written, may reach another team's resources, widen its own access, or put a
secret in Git. Each invariant is one function returning what breaks it, so a failure says which.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support.crd_validation import StrictValidator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.invariants import load_objects, name_violations, violations
from support.request_strategies import access_requests

from ai_access.synth.charts import app_project_manifests, namespaced_kinds, team_manifests
from ai_access.models.platform import PlatformConfig


@pytest.fixture(scope="module")
def validator() -> StrictValidator:
    from support.upstream_crds import crds_dir

    return StrictValidator(crds_dir())


def test_invariants_hold_for_every_example(fixture_dist: Path, fixture_report, platform: PlatformConfig) -> None:
    for loaded in fixture_report.requests:
        team = loaded.request.team
        objects = load_objects(fixture_dist / "teams" / team)
        project = yaml.safe_load((fixture_dist / "argocd" / f"appproject-ai-{team}.yaml").read_text())
        assert violations(loaded.request, objects, project, platform) == []


def test_the_checker_catches_a_widened_role_and_a_foreign_namespace(fixture_dist: Path, fixture_report, platform) -> None:
    request = fixture_report.requests[0].request
    objects = load_objects(fixture_dist / "teams" / request.team)
    project = yaml.safe_load((fixture_dist / "argocd" / f"appproject-ai-{request.team}.yaml").read_text())
    role = next(o for o in objects if o["kind"] == "Role")
    role["rules"][0]["resourceNames"] = ["*"]
    objects[1]["metadata"]["namespace"] = "ai-someone-else"
    found = violations(request, objects, project, platform)
    assert any("wildcard" in v for v in found) and any("ai-someone-else" in v for v in found)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_requests_synthesize_securely_and_pass_strict_validation(data, platform: PlatformConfig, validator: StrictValidator) -> None:
    request = data.draw(access_requests(platform))
    objects = team_manifests(request, platform)
    (project,) = app_project_manifests(platform, {request.team: namespaced_kinds(objects)}, {request.team: request.owner})
    assert violations(request, objects, project, platform) == []
    assert name_violations(request, {f"{o['kind'].lower()}-{o['metadata']['name']}.yaml": o for o in objects}, platform) == []
    for obj in [*objects, project]:
        assert validator.errors(obj) == [], obj["kind"]


def test_the_names_check_catches_a_renamed_object(fixture_dist: Path, fixture_report, platform) -> None:
    request = fixture_report.requests[0].request
    folder = fixture_dist / "teams" / request.team
    files = {path.name: yaml.safe_load(path.read_text()) for path in folder.glob("*.yaml")}
    assert name_violations(request, files, platform) == []
    files["product-apim-product.yaml"]["spec"]["azureName"] = "renamed"
    files["namespace-ai-team-alpha.yaml"]["metadata"]["name"] = "ai-other"
    found = name_violations(request, files, platform)
    # The product's azureName and the namespace's name are not derived ones, the derived ones are
    # missing, and the namespace's file name no longer matches its name.
    assert len(found) == 5, found
    assert sum("is missing" in line for line in found) == 2
