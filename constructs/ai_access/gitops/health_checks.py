"""ArgoCD health checks for the custom resources teams get: ASO's kinds and the KAITO Workspace.

ArgoCD has no built-in health check for `*.azure.com` or `kaito.sh` (argo-cd
`resource_customizations/` holds none), so without these an Application turns green as soon as
its objects are applied, before Azure or KAITO did anything, and sync waves wait for nothing.

The checks are Lua in `argocd-cm` keys `resource.customizations.health.<group>_<kind>` ("Custom
Health Checks", argo-cd docs/operator-manual/health.md). One key per kind, not the wildcard
`resource.customizations` key: applying these keys leaves any other customization in place. ArgoCD
runs them with only Lua's base, table and a safe os library (util/lua/lua.go): no `string` library,
so the scripts use operators and `ipairs` only. Lua 5.1 (gopher-lua).
"""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.bindings import k8s
from ai_access.names.labels import PART_OF_LABEL

ARGOCD_CM = "argocd-cm"
HEALTH_KEY = "resource.customizations.health.{group}_{kind}"

ASO_KINDS: tuple[tuple[str, str], ...] = (
    ("apimanagement.azure.com", "Backend"),
    ("apimanagement.azure.com", "Product"),
    ("apimanagement.azure.com", "ProductApi"),
    ("apimanagement.azure.com", "ProductPolicy"),
    ("apimanagement.azure.com", "Subscription"),
    ("authorization.azure.com", "RoleAssignment"),
    ("cognitiveservices.azure.com", "Project"),
    ("insights.azure.com", "Component"),
)
"""Every ASO (group, kind) the GitOps constructs emit."""
KAITO_WORKSPACE = ("kaito.sh", "Workspace")

# ASO: every resource has a Ready condition ("Conditions", azure-service-operator
# docs/hugo/content/guide/conditions.md). True: goal state. Otherwise a severity: Info (working on
# it) and Warning (may be a problem, reconciliation continues) are Progressing; Error means ASO has
# given up until someone changes the resource: Degraded.
ASO_HEALTH_LUA = """\
local hs = {status = "Progressing", message = "Waiting for Azure Service Operator"}
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
for _, condition in ipairs(obj.status.conditions) do
  if condition.type == "Ready" then
    local detail = (condition.reason or "") .. ": " .. (condition.message or "")
    if condition.observedGeneration ~= nil and obj.metadata.generation ~= nil
        and condition.observedGeneration < obj.metadata.generation then
      hs.message = "Waiting for Azure Service Operator to reconcile the latest change"
    elseif condition.status == "True" then
      hs.status = "Healthy"
      hs.message = condition.message or "Ready"
    elseif condition.severity == "Error" then
      hs.status = "Degraded"
      hs.message = detail
    else
      hs.message = detail
    end
    return hs
  end
end
return hs
"""

# KAITO: WorkspaceSucceeded "summarizes all operations' states", True once the inference service
# is ready (kaito api/v1beta1/condition_types.go); pkg/workspace/controllers/workspace_controller.go
# sets it False with workspaceFailed on failure and workspacePending while the GPU node and the
# model come up (10 to 30 minutes for a new node): that stays Progressing. BenchmarkFailed (from
# v0.11.0) is set only after InferenceReady=True (v0.12.0 applyBenchmarkStatus, called inside
# `if inferenceReady && resourceReady`) and recomputed on every status sync: the model serves, so
# with InferenceReady True it is Healthy (the synthesized workspaces also turn the benchmark off).
KAITO_WORKSPACE_HEALTH_LUA = """\
local hs = {status = "Progressing", message = "Waiting for KAITO to provision the node and the model"}
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
local succeeded = nil
local pending = nil
local inference = nil
for _, condition in ipairs(obj.status.conditions) do
  if condition.type == "WorkspaceSucceeded" then
    succeeded = condition
  elseif pending == nil and condition.status == "False"
      and (condition.type == "NodeClaimReady" or condition.type == "ResourceReady" or condition.type == "InferenceReady") then
    pending = condition
  end
  if condition.type == "InferenceReady" then
    inference = condition
  end
end
if succeeded ~= nil and succeeded.reason == "BenchmarkFailed" then
  if inference ~= nil and inference.status == "True" then
    return {status = "Healthy", message = "Inference ready; the throughput benchmark failed: " .. (succeeded.message or "")}
  end
  return {status = "Degraded", message = succeeded.message or succeeded.reason}
end
if succeeded ~= nil and succeeded.reason == "workspaceFailed" then
  return {status = "Degraded", message = succeeded.message or succeeded.reason}
end
if obj.status.state == "Failed" then
  return {status = "Degraded", message = "Workspace failed"}
end
if succeeded ~= nil and succeeded.status == "True" then
  if succeeded.observedGeneration == nil or obj.metadata.generation == nil
      or succeeded.observedGeneration >= obj.metadata.generation then
    return {status = "Healthy", message = succeeded.message or "Workspace ready"}
  end
end
if pending ~= nil then
  hs.message = pending.type .. ": " .. (pending.message or pending.reason or "")
end
return hs
"""


def health_check_scripts() -> dict[str, str]:
    """The `argocd-cm` data: one health script per kind, keyed the way ArgoCD looks them up."""
    scripts = {HEALTH_KEY.format(group=group, kind=kind): ASO_HEALTH_LUA for group, kind in ASO_KINDS}
    scripts[HEALTH_KEY.format(group=KAITO_WORKSPACE[0], kind=KAITO_WORKSPACE[1])] = KAITO_WORKSPACE_HEALTH_LUA
    return scripts


class ArgoCdHealthChecks(Construct):
    """The `argocd-cm` keys holding the health checks, for the platform team to apply to ArgoCD.

    Applied with `kubectl apply --server-side`, these keys merge into the existing `argocd-cm`;
    with argocd-operator, which owns that ConfigMap, put the same scripts in the ArgoCD resource's
    `resourceHealthChecks` instead.
    """

    def __init__(self, scope: Construct, id: str, *, argocd_namespace: str) -> None:
        """Declare the ConfigMap patch in `argocd_namespace`."""
        super().__init__(scope, id)
        k8s.KubeConfigMap(
            self,
            "Resource",
            # ArgoCD reads its settings only from ConfigMaps with this label.
            metadata={"name": ARGOCD_CM, "namespace": argocd_namespace, "labels": {PART_OF_LABEL: "argocd"}},
            data=health_check_scripts(),
        )
