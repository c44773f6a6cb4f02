"""Security invariants and the names contract, as functions returning what breaks them.

Shared by the library tests (fixtures, generated requests) and the repository checks (every team
in the live `dist/`), so a failure names the object and the rule.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

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


def load_objects(folder: Path) -> list[Obj]:
    """Every object of one synthesized folder, in file order."""
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))]


def name_violations(request: AccessRequest, files: dict[str, Obj], platform: PlatformConfig) -> list[str]:
    """Every object of a team folder whose name is not the one `naming` derives for this request.

    `files` maps file name to object. The expected names come from `TeamNames` and the request
    alone, so the rule holds for any team: a renamed object makes ArgoCD and ASO delete and
    recreate it, which for a Foundry project or a subscription loses data or keys.
    """
    from ai_access import azure_roles, naming

    names = TeamNames(request.team)
    workspaces = {
        m.name: names.workspace(m.name, instance_type=m.instance_type or "", gated=platform.kaito_presets[m.name].gated)
        for m in request.kaito_models
    }
    role_assignments = (
        {
            naming.role_assignment_names(
                purpose,
                scope=scope,
                principal_id=request.entra_group_id,
                role_definition_id=azure_roles.role_definition_id(platform.azure.subscription_id, role),
            )
            for purpose, scope, role in (
                (naming.PROJECT_AI_USER, names.project_arm_id(platform.foundry_account_id), azure_roles.AZURE_AI_USER),
                (naming.ACCOUNT_READER, platform.foundry_account_id, azure_roles.READER),
            )
        }
        if request.entra_group_id
        else set()
    )
    expected: dict[str, set[tuple[str, str]]] = {
        "Namespace": {(names.namespace, "")},
        "Product": {(naming.APIM_PRODUCT, names.product_id)},
        "ProductApi": {(naming.APIM_PRODUCT_API, platform.apim.api_id)},
        "ProductPolicy": {(naming.APIM_PRODUCT_POLICY, "")},
        "Subscription": {(naming.APIM_SUBSCRIPTION, names.subscription_id)},
        "ConfigMap": {(naming.ENDPOINT_CONFIGMAP, "")} | {(names.inference_config(m), "") for m in workspaces},
        "Project": {(naming.FOUNDRY_PROJECT, names.project_azure_name)},
        "Component": {(naming.TRACING_COMPONENT, names.component_azure_name)},
        "Role": {(naming.KEY_READER_ROLE, "")},
        "RoleBinding": {(naming.KEY_READER_ROLE, "")},
        "RoleAssignment": role_assignments,
        "Workspace": {(w, "") for w in workspaces.values()},
        "Ingress": {(names.ingress(m.name), "") for m in request.kaito_models},
        "NetworkPolicy": {(names.network_policy(w), "") for w in workspaces.values()},
        "Backend": {(names.backend_k8s_name(m.name), names.backend_id(m.name)) for m in request.kaito_models},
    }
    found = []
    for file, obj in sorted(files.items()):
        kind, name = obj["kind"], obj["metadata"]["name"]
        azure_name = obj.get("spec", {}).get("azureName", "")
        allowed = expected.get(kind, set())
        if not any(name == n and (a == "*" or azure_name == a) for n, a in allowed):
            found.append(f"{file}: {kind} {name!r} (azureName {azure_name!r}) is not a name naming.py derives for {request.team}")
        if file != f"{kind.lower()}-{name}.yaml":
            found.append(f"{file}: file name is not <kind>-<name>.yaml")
        if kind != "Namespace" and obj["metadata"].get("namespace") != names.namespace:
            found.append(f"{file}: not in namespace {names.namespace}")
    return found
