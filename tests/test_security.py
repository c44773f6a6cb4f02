"""Security invariants, proven on every example and on generated valid requests.

No request, however written, may reach another team's resources, widen its own access, or put a
secret in Git. Each invariant is one function returning what breaks it, so a failure says which.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXAMPLE_TODAY
from crd_validation import StrictValidator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from request_strategies import access_requests

from ai_access.gitops.app import app_project_manifests, namespaced_kinds, team_manifests
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.naming import TeamNames

Obj = dict[str, Any]
_SECRET_FIELDS = {"primaryKey", "secondaryKey", "stringData", "password", "token", "clientSecret"}
_KEY_MATERIAL = re.compile(r"\b[0-9a-fA-F]{32}\b")


def violations(request: AccessRequest, objects: list[Obj], project: Obj, platform: PlatformConfig) -> list[str]:
    """Every broken invariant for one team's objects and its AppProject."""
    names = TeamNames(request.team)
    found: list[str] = []
    for obj in objects:
        where = f"{obj['kind']}/{obj['metadata']['name']}"
        found += [f"{where}: {v}" for v in _object_violations(obj, request, names, platform)]
    found += _workspace_violations(objects, platform)
    found += _project_violations(project, objects, names)
    return found


def _object_violations(obj: Obj, request: AccessRequest, names: TeamNames, platform: PlatformConfig) -> list[str]:
    kind, spec = obj["kind"], obj.get("spec", {})
    found = []
    if kind == "Secret":
        found.append("a Secret in Git")
    # operatorSpec.secrets only names where ASO writes keys (a Secret name and key), never a value.
    outside_operator_spec = {k: v for k, v in spec.items() if k != "operatorSpec"}
    found += [f"secret-bearing field {key}" for key in _keys(outside_operator_spec) if key in _SECRET_FIELDS]
    for target in spec.get("operatorSpec", {}).get("secrets", {}).values():
        if set(target) != {"name", "key"}:
            found.append(f"operatorSpec.secrets entry {target} holds more than a name and a key")
    if _KEY_MATERIAL.search(yaml.safe_dump(obj)):
        found.append("something shaped like an APIM key (32 hex characters)")
    if kind != "Namespace" and obj["metadata"].get("namespace") != names.namespace:
        found.append(f"namespace {obj['metadata'].get('namespace')!r} is not {names.namespace}")
    if kind == "Subscription":
        if spec["scope"] != f"/products/{names.product_id}":
            found.append(f"scope {spec['scope']} is not the team's product")
        if spec["owner"] != {"armId": platform.apim_service_id}:
            found.append("owner is not the platform's APIM service")
    if kind == "RoleAssignment":
        own_project = {"group": "cognitiveservices.azure.com", "kind": "Project", "name": "foundry-project"}
        reader = spec["roleDefinitionReference"]["armId"].endswith("/acdd72a7-3385-48ef-bd42-f606fba81ae7")
        if spec["owner"] != own_project and not (reader and spec["owner"] == {"armId": platform.foundry_account_id}):
            found.append(f"role assignment scope {spec['owner']} is not the team's own project")
        if spec["principalId"] != str(request.entra_group_id) or spec["principalType"] != "Group":
            found.append("principal is not the team's group")
    if kind == "Role":
        for rule in obj["rules"]:
            if any("*" in value for key in ("apiGroups", "resources", "verbs", "resourceNames") for value in rule.get(key, [])):
                found.append("wildcard in a Role")
            if not rule.get("resourceNames"):
                found.append("a Role rule without resourceNames")
            if set(rule["verbs"]) - {"get"}:
                found.append(f"verbs {rule['verbs']} beyond get")
    if kind == "RoleBinding":
        if obj["subjects"] != [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": str(request.entra_group_id)}]:
            found.append(f"subjects {obj['subjects']} are not exactly the team's group")
        if obj["roleRef"]["kind"] != "Role":
            found.append("binds a ClusterRole")
    if kind == "ProductPolicy":
        policy = etree.fromstring(spec["value"].encode())
        if policy.find(".//dimension[@name='Cost Center']").get("value") != request.cost_center:
            found.append("cost centre does not round-trip through the policy XML")
        allowed = {m.name for m in request.enabled_models}
        condition = policy.find("inbound/choose/when").get("condition")
        if any(f'"{m}"' in condition for m in set(platform.foundry.models) | set(platform.kaito_presets) if m not in allowed):
            found.append("policy allows a model the request did not enable")
    if kind == "Workspace" and "kaito.sh/enablelb" in str(obj["metadata"].get("annotations", {})):
        found.append("workspace on a public load balancer")
    if kind == "Ingress":
        allowed = obj["metadata"]["annotations"].get("nginx.ingress.kubernetes.io/whitelist-source-range")
        if allowed != platform.apim_subnet_cidr:
            found.append(f"ingress open to {allowed!r}, not only the gateway's subnet")
    return found


def _workspace_violations(objects: list[Obj], platform: PlatformConfig) -> list[str]:
    """Every workspace's pods admit only the ingress controller."""
    only_ingress = [{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": platform.aks.ingress_namespace}}}]}]
    guarded = {
        o["spec"]["podSelector"]["matchLabels"].get("kaito.sh/workspace")
        for o in objects
        if o["kind"] == "NetworkPolicy" and o["spec"].get("ingress") == only_ingress and o["spec"]["policyTypes"] == ["Ingress"]
    }
    return [f"Workspace/{o['metadata']['name']}: no NetworkPolicy admitting only the ingress" for o in objects if o["kind"] == "Workspace" and o["metadata"]["name"] not in guarded]


def _project_violations(project: Obj, objects: list[Obj], names: TeamNames) -> list[str]:
    spec = project["spec"]
    found = []
    if [d["namespace"] for d in spec["destinations"]] != [names.namespace]:
        found.append(f"AppProject destinations {spec['destinations']} are not only {names.namespace}")
    if spec["clusterResourceWhitelist"] != [{"group": "", "kind": "Namespace", "name": names.namespace}]:
        found.append("AppProject allows cluster-scoped kinds beyond its own namespace")
    in_folder = {(_group(o["apiVersion"]), o["kind"]) for o in objects if o["kind"] != "Namespace"}
    allowed = {(k["group"], k["kind"]) for k in spec["namespaceResourceWhitelist"]}
    if allowed != in_folder or any("*" in g + k for g, k in allowed):
        found.append(f"AppProject kinds {sorted(allowed)} differ from the folder's {sorted(in_folder)}")
    return found


def _keys(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [k for k in node] + [k for v in node.values() for k in _keys(v)]
    if isinstance(node, list):
        return [k for v in node for k in _keys(v)]
    return []


def _group(api_version: str) -> str:
    return api_version.split("/")[0] if "/" in api_version else ""


@pytest.fixture(scope="module")
def validator() -> StrictValidator:
    from conftest import crds_dir

    return StrictValidator(crds_dir())


def _load(path: Path) -> list[Obj]:
    return [yaml.safe_load(p.read_text()) for p in sorted(path.glob("*.yaml"))]


def test_invariants_hold_for_every_example(example_dist: Path, example_report, platform: PlatformConfig) -> None:
    for loaded in example_report.requests:
        team = loaded.request.team
        objects = _load(example_dist / "teams" / team)
        project = yaml.safe_load((example_dist / "argocd" / f"appproject-ai-{team}.yaml").read_text())
        assert violations(loaded.request, objects, project, platform) == []


def test_the_checker_catches_a_widened_role_and_a_foreign_namespace(example_dist: Path, example_report, platform) -> None:
    request = example_report.requests[0].request
    objects = _load(example_dist / "teams" / request.team)
    project = yaml.safe_load((example_dist / "argocd" / f"appproject-ai-{request.team}.yaml").read_text())
    role = next(o for o in objects if o["kind"] == "Role")
    role["rules"][0]["resourceNames"] = ["*"]
    objects[1]["metadata"]["namespace"] = "ai-someone-else"
    found = violations(request, objects, project, platform)
    assert any("wildcard" in v for v in found) and any("ai-someone-else" in v for v in found)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_requests_synthesize_securely_and_pass_strict_validation(data, platform: PlatformConfig, validator: StrictValidator) -> None:
    request = data.draw(access_requests(platform))
    objects = team_manifests(request, platform, today=date.fromisoformat(EXAMPLE_TODAY))
    (project,) = app_project_manifests(platform, {request.team: namespaced_kinds(objects)})
    assert violations(request, objects, project, platform) == []
    for obj in [*objects, project]:
        assert validator.errors(obj) == [], obj["kind"]
