"""`scripts/bootstrap` (and `make bootstrap`) against a fake `kubectl` on PATH.

The fake answers as kubectl does for each cluster the script must tell apart (one that cannot be
reached, refuses the credentials, is not ready, lacks ArgoCD, runs an old ArgoCD, ASO or KAITO,
lacks a kind ASO's crdPattern left out or the application routing add-on, is fine) and records
every call, so a test can see that an unreachable cluster costs one call and one line naming the
real cause, not a version complaint after a row of kubectl errors. The script runs on a copy of
itself beside the fixtures' synthesized `dist/`, which an extension's kind can be added to.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.files import REPO

from ai_access import exit_codes
from ai_access.gitops.cluster_requirements import CLUSTER_APIS

REFUSED = "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?"
NOT_FOUND = "Error from server (NotFound): the server could not find the requested resource\n"
SERVED = {f"{api.group}/{api.version}": [] for api in CLUSTER_APIS}
for _api in CLUSTER_APIS:
    SERVED[f"{_api.group}/{_api.version}"].append(_api.kind)
# What each unfit cluster lacks of a healthy one: (group/version, kind or None for the whole version).
LACKS = {
    "old-aso": ("authorization.azure.com/v20220401", None),  # ASO v2.20 serves only v1api20220401
    "no-backend": ("apimanagement.azure.com/v20240501", "Backend"),  # crdPattern without Backend
    "no-app-routing": ("approuting.kubernetes.azure.com/v1alpha1", None),  # web_app_routing off
}
WORKSPACE = {"old-kaito": "true string ", "kaito-v1alpha1-only": "  ", "all-good": "true string string"}
FAKE = f"""#!{sys.executable}
import json, os, sys
args = sys.argv[1:]
with open(os.environ["FAKE_KUBECTL_LOG"], "a") as log:
    log.write(json.dumps(args) + "\\n")
cluster = os.environ["FAKE_CLUSTER"]
served = json.loads(os.environ["FAKE_SERVED"])
lacks = json.loads(os.environ["FAKE_LACKS"])
def answer(out="", err="", code=0):
    sys.stdout.write(out); sys.stderr.write(err); sys.exit(code)
if args[:2] == ["config", "current-context"]:
    answer("aks-test\\n")
if cluster == "unreachable":
    answer(err={REFUSED!r} + "\\n", code=1)
if args[:3] == ["get", "--raw", "/readyz"]:
    if cluster == "unauthorized":
        answer(err="error: You must be logged in to the server (Unauthorized)\\n", code=1)
    if cluster == "not-ready":
        answer(err='Error from server (InternalError): an error on the server ("[+]ping ok\\\\n[-]etcd failed: reason withheld\\\\nreadyz check failed") has prevented the request from succeeding\\n', code=1)
    answer("ok")
if args[:2] == ["get", "--raw"] and args[2].startswith("/apis/"):
    group_version = args[2][len("/apis/"):]
    kinds = [k for k in served.get(group_version, []) if lacks != [group_version, k]]
    if group_version not in served or lacks == [group_version, None]:
        answer(err={NOT_FOUND!r}, code=1)
    resources = [{{"name": k.lower() + "s", "namespaced": True, "kind": k}} for k in kinds]
    answer(json.dumps({{"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": group_version, "resources": resources}}))
if args[:3] == ["get", "crd", "appprojects.argoproj.io"]:
    if cluster == "no-argocd":
        answer(err='Error from server (NotFound): customresourcedefinitions.apiextensions.k8s.io "appprojects.argoproj.io" not found\\n', code=1)
    answer("" if cluster == "old-argocd" else "string")
if args[:3] == ["get", "crd", "workspaces.kaito.sh"]:
    if cluster == "no-kaito":
        answer(err='Error from server (NotFound): customresourcedefinitions.apiextensions.k8s.io "workspaces.kaito.sh" not found\\n', code=1)
    answer(json.loads(os.environ["FAKE_WORKSPACE"]).get(cluster, "true string string"))
if args[0] == "apply":
    if cluster == "apply-fails":
        answer(err='Error from server (Forbidden): configmaps "argocd-cm" is forbidden\\n', code=1)
    answer("configmap/argocd-cm serverside-applied\\n")
answer(err="fake kubectl: unexpected call " + json.dumps(args) + "\\n", code=99)
"""
APPLY = ["apply", "--server-side", "--field-manager=ai-model-access", "-f", "dist/bootstrap/"]


@pytest.fixture
def fake_kubectl(tmp_path: Path) -> Path:
    """A folder holding the fake `kubectl`, to put first on PATH."""
    folder = tmp_path / "bin"
    folder.mkdir()
    kubectl = folder / "kubectl"
    kubectl.write_text(FAKE)
    kubectl.chmod(0o755)
    return folder


@pytest.fixture
def checkout(tmp_path: Path, fixture_dist: Path) -> Path:
    """A folder laid out as the repository for the script: `scripts/bootstrap` and the fixtures' `dist/`."""
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "bootstrap", root / "scripts" / "bootstrap")
    shutil.copytree(fixture_dist, root / "dist")
    return root


def bootstrap(fake_kubectl: Path, cluster: str, root: Path, command: list[str] | None = None) -> tuple[subprocess.CompletedProcess, list[list[str]]]:
    """Run `scripts/bootstrap` of `root` (or `command` in it) against the fake cluster; the result and kubectl's calls."""
    log = fake_kubectl.parent / "calls"
    log.write_text("")
    env = {
        **os.environ,
        "PATH": f"{fake_kubectl}{os.pathsep}{os.environ['PATH']}",
        "FAKE_CLUSTER": cluster,
        "FAKE_KUBECTL_LOG": str(log),
        "FAKE_SERVED": json.dumps(SERVED),
        "FAKE_LACKS": json.dumps(LACKS.get(cluster)),
        "FAKE_WORKSPACE": json.dumps(WORKSPACE),
    }
    env.pop("KUBECTL", None)
    done = subprocess.run(command or [str(root / "scripts" / "bootstrap")], cwd=root, env=env, capture_output=True, text=True, timeout=60)
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    return done, [c for c in calls if c[:1] != ["config"]]


def test_an_unreachable_cluster_is_said_so_in_one_line_after_one_call(fake_kubectl: Path, checkout: Path) -> None:
    done, calls = bootstrap(fake_kubectl, "unreachable", checkout)
    assert done.returncode == exit_codes.ENVIRONMENT
    (line,) = done.stderr.splitlines()
    assert line.startswith("bootstrap: cannot reach the cluster of kubeconfig context aks-test: " + REFUSED)
    assert "kubectl version" in line and "kubectl get --raw /readyz" in line
    assert "ArgoCD" not in done.stderr and "ASO" not in done.stderr
    assert calls == [["get", "--raw", "/readyz", "--request-timeout=15s"]]


@pytest.mark.parametrize(
    ("cluster", "says"),
    [
        ("unauthorized", "refuses your credentials: error: You must be logged in to the server (Unauthorized)"),
        ("not-ready", "is not ready: "),
        ("no-argocd", "ArgoCD (>= v3.3.0) is not installed: the cluster has no CRD appprojects.argoproj.io"),
        ("old-argocd", "ArgoCD >= v3.3.0 required: its AppProject CRD has no clusterResourceWhitelist[].name"),
        ("no-kaito", "KAITO (>= v0.6.0) is not installed: the cluster has no CRD workspaces.kaito.sh"),
        ("old-kaito", "KAITO >= v0.6.0 required: its Workspace CRD does not serve v1beta1 with inference.config and presetOptions.modelAccessSecret"),
        ("kaito-v1alpha1-only", "KAITO >= v0.6.0 required: its Workspace CRD does not serve v1beta1"),
        ("old-aso", "does not serve 1 kind(s) the output uses: authorization.azure.com/v20220401 RoleAssignment; install ASO >= v2.21.0 with a crdPattern naming authorization.azure.com/RoleAssignment"),
        ("no-backend", "does not serve 1 kind(s) the output uses: apimanagement.azure.com/v20240501 Backend; install ASO >= v2.21.0 with a crdPattern naming apimanagement.azure.com/Backend"),
        ("no-app-routing", "approuting.kubernetes.azure.com/v1alpha1 NginxIngressController; install the AKS application routing add-on (web_app_routing"),
        ("apply-fails", "kubectl apply of dist/bootstrap/ failed"),
    ],
)
def test_each_unfit_cluster_is_one_line_and_exit_3(fake_kubectl: Path, checkout: Path, cluster: str, says: str) -> None:
    done, calls = bootstrap(fake_kubectl, cluster, checkout)
    assert done.returncode == exit_codes.ENVIRONMENT
    lines = [line for line in done.stderr.splitlines() if line.startswith("bootstrap: ")]
    assert len(lines) == 1 and says in lines[0], done.stderr
    # Nothing is applied to a cluster that failed a check.
    assert (APPLY in calls) == (cluster == "apply-fails")


def test_a_fit_cluster_is_asked_for_every_kind_the_output_uses_then_gets_dist_bootstrap_applied(fake_kubectl: Path, checkout: Path) -> None:
    done, calls = bootstrap(fake_kubectl, "all-good", checkout)
    assert done.returncode == exit_codes.OK, done.stderr
    assert calls[-1] == APPLY
    assert "applied dist/bootstrap/ to kubeconfig context aks-test" in done.stderr
    asked = {call[2].removeprefix("/apis/") for call in calls if call[:2] == ["get", "--raw"] and call[2].startswith("/apis/")}
    assert asked == set(SERVED)  # each group/version once, every one the library emits


def test_a_kind_an_extension_adds_to_dist_is_checked_too(fake_kubectl: Path, checkout: Path) -> None:
    team = next(p for p in sorted((checkout / "dist" / "teams").iterdir()) if p.is_dir())
    (team / "externalsecret-db.yaml").write_text("apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: db\n")
    done, calls = bootstrap(fake_kubectl, "all-good", checkout)
    assert done.returncode == exit_codes.ENVIRONMENT
    assert "external-secrets.io/v1 ExternalSecret; install the operator of external-secrets.io/v1" in done.stderr
    assert APPLY not in calls


def test_a_dist_without_the_requirements_is_refused(fake_kubectl: Path, checkout: Path) -> None:
    (checkout / "dist" / "bootstrap" / "configmap-ai-model-access-requirements.yaml").unlink()
    done, calls = bootstrap(fake_kubectl, "all-good", checkout)
    assert done.returncode == exit_codes.ENVIRONMENT and "is missing: dist/ is from an older synth; run 'make synth'" in done.stderr
    assert APPLY not in calls


def test_make_bootstrap_prints_the_same_line_and_exits_as_make_does(fake_kubectl: Path) -> None:
    done, calls = bootstrap(fake_kubectl, "unreachable", REPO, ["make", "-s", "bootstrap"])
    assert done.returncode == 2  # make's own code for any failed recipe; scripts/bootstrap gives 3
    assert "bootstrap: cannot reach the cluster" in done.stderr and len(calls) == 1


def test_no_kubectl_and_arguments(fake_kubectl: Path, tmp_path: Path) -> None:
    env = {**os.environ, "KUBECTL": str(tmp_path / "no-such-kubectl")}
    done = subprocess.run([str(REPO / "scripts" / "bootstrap")], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == exit_codes.ENVIRONMENT and "kubectl not found" in done.stderr
    usage = subprocess.run([str(REPO / "scripts" / "bootstrap"), "--now"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == exit_codes.USAGE
