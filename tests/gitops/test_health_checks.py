"""ArgoCD health checks (dist/bootstrap/configmap-argocd-cm.yaml), run as ArgoCD runs them.

ArgoCD runs a health script in Lua 5.1 (gopher-lua) with `obj` set to the live object and only the
base, table and a safe os library opened (argo-cd util/lua/lua.go); the script returns
`{status, message}`. `lupa` runs the same scripts here in Lua 5.1 with the same libraries, against
status objects as ASO and KAITO write them.
"""

from __future__ import annotations

import functools

from pathlib import Path
from typing import Any

import pytest
import yaml
from support.argocd_health import run_health
from support.upstream_crds import crds_dir

HEALTH_PREFIX = "resource.customizations.health."


@pytest.fixture(scope="module")
def argocd_cm(fixture_dist: Path) -> dict[str, Any]:
    return yaml.safe_load((fixture_dist / "bootstrap" / "configmap-argocd-cm.yaml").read_text())


@pytest.fixture(scope="module")
def scripts(argocd_cm: dict[str, Any]) -> dict[str, str]:
    return {key.removeprefix(HEALTH_PREFIX): value for key, value in argocd_cm["data"].items() if key.startswith(HEALTH_PREFIX)}


# --- shape -------------------------------------------------------------------------------------


def test_it_patches_argocds_own_settings(argocd_cm: dict[str, Any]) -> None:
    assert argocd_cm["metadata"]["name"] == "argocd-cm" and argocd_cm["metadata"]["namespace"] == "argocd"
    # ArgoCD reads settings only from ConfigMaps labelled part-of argocd; no label of ours that
    # would fight its installer's (Helm's managed-by).
    assert argocd_cm["metadata"]["labels"] == {"app.kubernetes.io/part-of": "argocd"}


@functools.cache
def _crd_statuses() -> dict[tuple[str, str], bool]:
    """(apiVersion, kind) -> whether that version's schema declares a `status`, for every CRD the tests read (parsed once)."""
    statuses = {}
    for path in crds_dir().rglob("*.yaml"):
        crd = yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
        for version in crd["spec"]["versions"]:
            key = (f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])
            statuses[key] = "status" in version["schema"]["openAPIV3Schema"].get("properties", {})
    return statuses


def _has_status(api_version: str, kind: str) -> bool:
    """Whether the kind's CRD declares a `status`: something an operator reports, that a health check must read."""
    found = _crd_statuses().get((api_version, kind))
    assert found is not None, f"no CRD for {kind} {api_version}"
    return found


def test_every_custom_resource_kind_teams_get_has_a_health_check(fixture_dist: Path, scripts: dict[str, str]) -> None:
    # A kind without a status (the PodMonitor: the metrics add-on reports nothing on it) is healthy
    # once applied, which is ArgoCD's rule for a kind it has no check for (docs "Resource Health").
    kinds, without_status = set(), set()
    for path in (fixture_dist / "teams").rglob("*.yaml"):
        obj = yaml.safe_load(path.read_text())
        group = obj["apiVersion"].rpartition("/")[0]
        if group and not group.endswith(".k8s.io"):
            (kinds if _has_status(obj["apiVersion"], obj["kind"]) else without_status).add(f"{group}_{obj['kind']}")
    assert kinds and kinds <= set(scripts)
    assert without_status == {"azmonitoring.coreos.com_PodMonitor"}
    assert not any("*" in key for key in scripts), "wildcards only work in the resource.customizations key"


# --- ASO: the Ready condition ------------------------------------------------------------------
# azure-service-operator docs/hugo/content/guide/conditions.md


def _aso(**ready: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {"apiVersion": "apimanagement.azure.com/v20240501", "kind": "Product", "metadata": {"name": "p", "generation": 2}}
    if ready:
        obj["status"] = {"conditions": [{"type": "Ready", "observedGeneration": 2, **ready}]}
    return obj


@pytest.mark.parametrize(
    ("obj", "status", "message"),
    [
        (_aso(), "Progressing", "Waiting for Azure Service Operator"),
        ({**_aso(), "status": {}}, "Progressing", "Waiting for Azure Service Operator"),
        (_aso(status="True"), "Healthy", "Ready"),
        (_aso(status="False", severity="Info", reason="Reconciling", message="in progress"), "Progressing", "Reconciling: in progress"),
        (_aso(status="False", severity="Warning", reason="WaitingForOwner", message="owner not ready"), "Progressing", "WaitingForOwner: owner not ready"),
        (_aso(status="False", severity="Error", reason="BadRequest", message="invalid policy"), "Degraded", "BadRequest: invalid policy"),
        (_aso(status="True", observedGeneration=1), "Progressing", "Waiting for Azure Service Operator to reconcile the latest change"),
    ],
    ids=["no-status", "empty-status", "ready", "info", "warning", "error", "stale-generation"],
)
def test_aso_health(scripts: dict[str, str], obj: dict[str, Any], status: str, message: str) -> None:
    for key in ("apimanagement.azure.com_Product", "authorization.azure.com_RoleAssignment", "cognitiveservices.azure.com_Project"):
        assert run_health(scripts[key], obj) == {"status": status, "message": message}, key


# --- KAITO: WorkspaceSucceeded -----------------------------------------------------------------
# kaito api/v1beta1/condition_types.go; pkg/workspace/controllers/workspace_controller.go


def _workspace(*conditions: dict[str, Any], state: str | None = None) -> dict[str, Any]:
    obj: dict[str, Any] = {"apiVersion": "kaito.sh/v1beta1", "kind": "Workspace", "metadata": {"name": "phi-4-72418c", "generation": 1}}
    if conditions or state:
        obj["status"] = {"conditions": [{"observedGeneration": 1, **c} for c in conditions]}
        if state:
            obj["status"]["state"] = state
    return obj


_NODE_PENDING = {"type": "ResourceReady", "status": "False", "reason": "workspaceResourceStatusPending", "message": "waiting for the GPU node"}
_SUCCEEDED = {"type": "WorkspaceSucceeded", "status": "True", "reason": "workspaceSucceeded", "message": "workspace succeeds"}
_PENDING = {"type": "WorkspaceSucceeded", "status": "False", "reason": "workspacePending", "message": "workspace is waiting for inference workload readiness"}
_FAILED = {"type": "WorkspaceSucceeded", "status": "False", "reason": "BenchmarkFailed", "message": "benchmark failed"}


@pytest.mark.parametrize(
    ("obj", "status", "message"),
    [
        (_workspace(), "Progressing", "Waiting for KAITO to provision the node and the model"),
        (_workspace(_NODE_PENDING, _PENDING, state="Pending"), "Progressing", "ResourceReady: waiting for the GPU node"),
        (_workspace({"type": "InferenceReady", "status": "True"}, _SUCCEEDED, state="Ready"), "Healthy", "workspace succeeds"),
        (_workspace(_FAILED, state="NotReady"), "Degraded", "benchmark failed"),
        # What KAITO v0.12.0 reports (applyBenchmarkStatus runs only once InferenceReady is True, sets
        # WorkspaceSucceeded=False BenchmarkFailed and state NotReady): the model serves.
        (_workspace({"type": "InferenceReady", "status": "True"}, _FAILED, state="NotReady"), "Healthy",
         "Inference ready; the throughput benchmark failed: benchmark failed"),
        (_workspace({"type": "InferenceReady", "status": "False"}, _FAILED, state="NotReady"), "Degraded", "benchmark failed"),
        (_workspace(_PENDING, state="Failed"), "Degraded", "Workspace failed"),
        (_workspace({"type": "InferenceReady", "status": "True"}, {**_FAILED, "reason": "workspaceFailed"}), "Degraded", "benchmark failed"),
    ],
    ids=["no-status", "node-pending", "succeeded", "benchmark-failed", "benchmark-failed-inference-ready",
         "benchmark-failed-inference-not-ready", "state-failed", "workspace-failed"],
)
def test_kaito_workspace_health(scripts: dict[str, str], obj: dict[str, Any], status: str, message: str) -> None:
    assert run_health(scripts["kaito.sh_Workspace"], obj) == {"status": status, "message": message}


def test_the_sandbox_is_as_strict_as_argocds() -> None:
    # A script using the string library fails here as it would in ArgoCD.
    with pytest.raises(Exception):
        run_health('return {status = string.upper("healthy")}', {})
    with pytest.raises(Exception):
        run_health('return {status = ("healthy"):upper()}', {})
