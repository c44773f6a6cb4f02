"""`scripts/bootstrap` (and `make bootstrap`) against a fake `kubectl` on PATH.

The fake answers as kubectl does for each cluster the script must tell apart (one that cannot be
reached, refuses the credentials, is not ready, lacks ArgoCD, runs an old ArgoCD or ASO, is fine)
and records every call, so a test can see that an unreachable cluster costs one call and one line
naming the real cause, not a version complaint after a row of kubectl errors.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.files import REPO

from ai_access import exit_codes

REFUSED = "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?"
FAKE = f"""#!{sys.executable}
import json, os, sys
args = sys.argv[1:]
with open(os.environ["FAKE_KUBECTL_LOG"], "a") as log:
    log.write(json.dumps(args) + "\\n")
cluster = os.environ["FAKE_CLUSTER"]
def answer(out="", err="", code=0):
    sys.stdout.write(out); sys.stderr.write(err); sys.exit(code)
if args[:2] == ["config", "current-context"]:
    answer("aks-test\\n")
if cluster == "unreachable":
    answer(err={REFUSED!r} + "\\n", code=1)
if args[:2] == ["get", "--raw"]:
    if cluster == "unauthorized":
        answer(err="error: You must be logged in to the server (Unauthorized)\\n", code=1)
    if cluster == "not-ready":
        answer(err='Error from server (InternalError): an error on the server ("[+]ping ok\\\\n[-]etcd failed: reason withheld\\\\nreadyz check failed") has prevented the request from succeeding\\n', code=1)
    answer("ok")
if args[:3] == ["get", "crd", "appprojects.argoproj.io"]:
    if cluster == "no-argocd":
        answer(err='Error from server (NotFound): customresourcedefinitions.apiextensions.k8s.io "appprojects.argoproj.io" not found\\n', code=1)
    answer("" if cluster == "old-argocd" else "string")
if args[:3] == ["get", "crd", "roleassignments.authorization.azure.com"]:
    answer("v1api20200801preview v1api20220401 v1api20220401storage" if cluster == "old-aso" else "v1api20220401 v1api20220401storage v20220401")
if args[0] == "apply":
    if cluster == "apply-fails":
        answer(err='Error from server (Forbidden): configmaps "argocd-cm" is forbidden\\n', code=1)
    answer("configmap/argocd-cm serverside-applied\\n")
answer(err="fake kubectl: unexpected call\\n", code=99)
"""


@pytest.fixture
def fake_kubectl(tmp_path: Path) -> Path:
    """A folder holding the fake `kubectl`, to put first on PATH."""
    folder = tmp_path / "bin"
    folder.mkdir()
    kubectl = folder / "kubectl"
    kubectl.write_text(FAKE)
    kubectl.chmod(0o755)
    return folder


def bootstrap(fake_kubectl: Path, cluster: str, command: list[str] | None = None) -> tuple[subprocess.CompletedProcess, list[list[str]]]:
    """Run `scripts/bootstrap` (or `command`) against the fake cluster; the result and kubectl's calls."""
    log = fake_kubectl.parent / "calls"
    log.write_text("")
    env = {**os.environ, "PATH": f"{fake_kubectl}{os.pathsep}{os.environ['PATH']}", "FAKE_CLUSTER": cluster, "FAKE_KUBECTL_LOG": str(log)}
    env.pop("KUBECTL", None)
    done = subprocess.run(command or [str(REPO / "scripts" / "bootstrap")], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    return done, [c for c in calls if c[:1] != ["config"]]


def test_an_unreachable_cluster_is_said_so_in_one_line_after_one_call(fake_kubectl: Path) -> None:
    done, calls = bootstrap(fake_kubectl, "unreachable")
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
        ("old-aso", "ASO >= v2.21.0 required: RoleAssignment v20220401 is not served"),
        ("apply-fails", "kubectl apply of dist/bootstrap/ failed"),
    ],
)
def test_each_unfit_cluster_is_one_line_and_exit_3(fake_kubectl: Path, cluster: str, says: str) -> None:
    done, calls = bootstrap(fake_kubectl, cluster)
    assert done.returncode == exit_codes.ENVIRONMENT
    lines = [line for line in done.stderr.splitlines() if line.startswith("bootstrap: ")]
    assert len(lines) == 1 and says in lines[0], done.stderr
    # Nothing is applied to a cluster that failed a check.
    assert (["apply", "--server-side", "--field-manager=ai-model-access", "-f", "dist/bootstrap/"] in calls) == (cluster == "apply-fails")


def test_a_fit_cluster_gets_dist_bootstrap_applied_server_side(fake_kubectl: Path) -> None:
    done, calls = bootstrap(fake_kubectl, "all-good")
    assert done.returncode == exit_codes.OK, done.stderr
    assert calls[-1] == ["apply", "--server-side", "--field-manager=ai-model-access", "-f", "dist/bootstrap/"]
    assert "applied dist/bootstrap/ to kubeconfig context aks-test" in done.stderr


def test_make_bootstrap_prints_the_same_line_and_exits_as_make_does(fake_kubectl: Path) -> None:
    done, calls = bootstrap(fake_kubectl, "unreachable", ["make", "-s", "bootstrap"])
    assert done.returncode == 2  # make's own code for any failed recipe; scripts/bootstrap gives 3
    assert "bootstrap: cannot reach the cluster" in done.stderr and len(calls) == 1


def test_no_kubectl_and_arguments(fake_kubectl: Path, tmp_path: Path) -> None:
    env = {**os.environ, "KUBECTL": str(tmp_path / "no-such-kubectl")}
    done = subprocess.run([str(REPO / "scripts" / "bootstrap")], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == exit_codes.ENVIRONMENT and "kubectl not found" in done.stderr
    usage = subprocess.run([str(REPO / "scripts" / "bootstrap"), "--now"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == exit_codes.USAGE
