"""The names contract of a team folder: every name `names/team.py` derives is there, once, with its Azure name.

A renamed object makes ArgoCD and ASO delete and recreate it, which for a Foundry project or a
subscription loses data or keys. Which names a team has depends on its request and on its day
(`models.lifecycle`): an expired team has no role assignments or workspaces, a team in a rotation's
overlap has two subscriptions. synth checks this with the rules of `synth.invariants`.
"""

from __future__ import annotations

from typing import Any

from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names import azure_roles
from ai_access.names import team as naming
from ai_access.names.team import TeamNames
from ai_access.problems import shown
from ai_access.synth.kube_formats import is_dns_subdomain

Obj = dict[str, Any]

CLOSED_KINDS = frozenset({"Namespace", "Project", "Component", "Product", "ProductApi", "ProductPolicy", "Subscription", "Backend", "RoleAssignment", "Workspace"})
"""Kinds whose objects only the library makes: each holds an Azure name (another team's project or
product is one name away), a role in Azure, the team's key or GPU capacity the quota counts. An
extension may change them within the rules, never add one."""


def name_violations(request: AccessRequest, files: dict[str, Obj], platform: PlatformConfig, lifecycle: TeamLifecycle | None = None) -> list[str]:
    """Where a team folder breaks the names contract; `files` maps file name to object, on the day `lifecycle` describes.

    Every name `naming` derives for the request is there, exactly once, with its Azure name: a
    renamed object makes ArgoCD and ASO delete and recreate it, which for a Foundry project or a
    subscription loses data or keys. An object of a `CLOSED_KINDS` kind is one of those. Any other
    object (an extension's) needs a valid, unique name. Every file is `<kind>-<name>.yaml`.
    """
    expected = _derived_names(request, platform, lifecycle or TeamLifecycle())
    found = []
    seen: set[tuple[str, str, str]] = set()
    for file, obj in sorted(files.items()):
        kind, name = _kind(obj), str((obj.get("metadata") or {}).get("name"))
        spec = obj.get("spec") if isinstance(obj.get("spec"), dict) else {}
        entry = (kind, name, str(spec.get("azureName", "")))
        if entry in expected:
            seen.add(entry)
        elif kind in CLOSED_KINDS or any(kind == k and name == n for k, n, _ in expected):
            found.append(f"{file}: {kind} {shown(name)} (azureName {shown(entry[2])}) is not a name names/team.py derives for {request.team}")
        if not is_dns_subdomain(name):
            found.append(f"{file}: name {shown(name)} is not a DNS subdomain (lowercase a-z, 0-9, '-' and '.', at most 253)")
        if file != f"{kind.lower()}-{name}.yaml":
            found.append(f"{file}: file name is not <kind>-<name>.yaml")
    found += [f"{kind} {name!r} (azureName {azure!r}) is missing" for kind, name, azure in sorted(expected - seen)]
    return found


def _derived_names(request: AccessRequest, platform: PlatformConfig, lifecycle: TeamLifecycle) -> set[tuple[str, str, str]]:
    """(kind, name, azureName) of every object the library makes for `request` on the day `lifecycle` describes."""
    names = TeamNames(request.team)
    key = lifecycle.key.rotated_on
    derived = {
        ("Namespace", names.namespace, ""),
        ("Product", naming.APIM_PRODUCT, names.product_id),
        ("ProductApi", naming.APIM_PRODUCT_API, platform.apim.api_id),
        ("ProductPolicy", naming.APIM_PRODUCT_POLICY, ""),
        ("Subscription", names.subscription(key), names.key_subscription_id(key)),
        ("ConfigMap", naming.ENDPOINT_CONFIGMAP, ""),
    }
    if lifecycle.previous_key is not None:
        previous = lifecycle.previous_key.rotated_on
        derived.add(("Subscription", names.previous_subscription(previous), names.key_subscription_id(previous)))
    models = [m.name for m in request.kaito_models]
    derived |= {("Backend", names.backend_k8s_name(m), names.backend_id(m)) for m in models}
    workspaces = {m.name: names.workspace(m.name, instance_type=m.instance_type or "", gated=platform.kaito_presets[m.name].gated) for m in request.kaito_models}
    if not lifecycle.keeps_workspaces:
        workspaces = {}
    derived |= {("ConfigMap", names.inference_config(m), "") for m in workspaces}
    derived |= {("Workspace", w, "") for w in workspaces.values()} | {("NetworkPolicy", names.network_policy(w), "") for w in workspaces.values()}
    derived |= {("Ingress", names.ingress(m), "") for m in workspaces}
    derived |= {("PodMonitor", names.pod_monitor(w), "") for w in workspaces.values()}
    if request.foundry_models:
        derived.add(("Project", naming.FOUNDRY_PROJECT, names.project_azure_name))
    if request.tracing_enabled:
        derived.add(("Component", naming.TRACING_COMPONENT, names.component_azure_name))
    if request.entra_group_id:
        derived |= {("Role", naming.KEY_READER_ROLE, ""), ("RoleBinding", naming.KEY_READER_ROLE, "")}
    if request.entra_group_id and lifecycle.keeps_role_assignments:  # as KeyAccess grants it
        cluster_user = azure_roles.role_definition_id(platform.azure.subscription_id, azure_roles.AKS_CLUSTER_USER)
        derived.add(
            ("RoleAssignment", *naming.role_assignment_names(naming.CLUSTER_USER, scope=platform.aks_cluster_id, principal_id=request.entra_group_id, role_definition_id=cluster_user))
        )
    if request.entra_group_id and request.foundry_models and request.playground_access and lifecycle.keeps_role_assignments:  # as FoundryProject grants them
        for purpose, scope, role in (
            (naming.PROJECT_AI_USER, names.project_arm_id(platform.foundry_account_id), azure_roles.AZURE_AI_USER),
            (naming.ACCOUNT_READER, platform.foundry_account_id, azure_roles.READER),
        ):
            role_id = azure_roles.role_definition_id(platform.azure.subscription_id, role)
            derived.add(("RoleAssignment", *naming.role_assignment_names(purpose, scope=scope, principal_id=request.entra_group_id, role_definition_id=role_id)))
    return derived


def _kind(obj: Any) -> Any:
    return obj.get("kind") if isinstance(obj, dict) else None
