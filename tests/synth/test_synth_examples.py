"""The GitOps layer end to end: what `synth` writes for the examples, and how the output behaves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support.background import bare_path
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO, copy_fragments, read_manifests, read_tree
from support.upstream_crds import crds_dir
from support.crd_validation import StrictValidator

from ai_access.cli import main as cli_main


@pytest.fixture(scope="module")
def validator() -> StrictValidator:
    return StrictValidator(crds_dir())


def _objects(root: Path) -> dict[str, dict]:
    return {rel: yaml.safe_load(text) for rel, text in read_manifests(root).items()}


def _synth(requests: Path, out: Path, *extra: str) -> tuple[int, str]:
    import io

    err = io.StringIO()
    code = cli_main(["synth", "--requests", str(requests), "--out", str(out), "--platform", str(FIXTURE_PLATFORM), *extra], stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


def test_every_object_passes_strict_schema_validation(fixture_dist: Path, validator: StrictValidator) -> None:
    failures = {rel: validator.errors(obj) for rel, obj in _objects(fixture_dist).items()}
    assert {rel: errs for rel, errs in failures.items() if errs} == {}


def test_strict_validation_rejects_unknown_fields(fixture_dist: Path, validator: StrictValidator) -> None:
    objects = _objects(fixture_dist)
    workspace = objects["teams/team-alpha/workspace-phi-4-72418c.yaml"]
    workspace["resource"]["instancetype"] = "typo"
    assert any("instancetype" in e for e in validator.errors(workspace))
    policy = objects["teams/team-alpha/productpolicy-apim-product-policy.yaml"]
    del policy["metadata"]["namespace"]
    assert any("namespace" in e for e in validator.errors(policy))
    namespace = objects["teams/team-alpha/namespace-ai-team-alpha.yaml"]
    namespace["spec"] = {"finalizers": ["x"], "bogus": 1}
    assert validator.errors(namespace)


def test_fixture_output_snapshot(fixture_dist: Path, snapshot) -> None:
    # The one golden copy of the fixtures' synthesized output. After an intended change:
    # `.venv/bin/python -m pytest --snapshot-update`, then review the snapshot diff in the PR.
    assert read_manifests(fixture_dist) == snapshot


def test_names_are_the_contract(fixture_dist: Path) -> None:
    # Renaming any of these makes ArgoCD/ASO delete and recreate the resource: change with care.
    found = sorted(
        (obj["kind"], obj["metadata"].get("namespace", ""), obj["metadata"]["name"], obj.get("spec", {}).get("azureName", ""))
        for rel, obj in _objects(fixture_dist).items()
        if rel.startswith("teams/team-alpha/")
    )
    assert found == [
        ("Backend", "ai-team-alpha", "kaito-phi-4", "team-alpha-phi-4"),
        ("Component", "ai-team-alpha", "tracing", "appi-team-alpha"),
        ("ConfigMap", "ai-team-alpha", "ai-gateway-endpoint", ""),
        ("ConfigMap", "ai-team-alpha", "kaito-phi-4-inference", ""),
        ("Ingress", "ai-team-alpha", "kaito-phi-4", ""),
        ("Namespace", "", "ai-team-alpha", ""),
        ("NetworkPolicy", "ai-team-alpha", "kaito-phi-4-72418c", ""),
        ("PodMonitor", "ai-team-alpha", "kaito-phi-4-72418c", ""),
        ("Product", "ai-team-alpha", "apim-product", "team-alpha"),
        ("ProductApi", "ai-team-alpha", "apim-product-api", "ai-inference"),
        ("ProductPolicy", "ai-team-alpha", "apim-product-policy", ""),
        ("Project", "ai-team-alpha", "foundry-project", "team-alpha"),
        ("Role", "ai-team-alpha", "ai-gateway-key-reader", ""),
        ("RoleAssignment", "ai-team-alpha", "aks-cluster-user-9df55c40", "9df55c40-328f-5868-a72e-e9d17e3e2ab5"),
        ("RoleAssignment", "ai-team-alpha", "foundry-account-reader-8a72f266", "8a72f266-940c-523d-8805-cf44a36cd09e"),
        ("RoleAssignment", "ai-team-alpha", "foundry-project-ai-user-cfcd6b92", "cfcd6b92-492a-5427-bfb5-738905096cf0"),
        ("RoleBinding", "ai-team-alpha", "ai-gateway-key-reader", ""),
        ("Subscription", "ai-team-alpha", "apim-subscription", "team-alpha"),
        ("Workspace", "ai-team-alpha", "phi-4-72418c", ""),
    ]
    argocd = sorted(obj["metadata"]["name"] for rel, obj in _objects(fixture_dist).items() if rel.startswith(("argocd/", "bootstrap/")))
    assert argocd == [
        "ai-model-access-requirements", "ai-model-access-teams", "ai-team-alpha", "ai-team-beta", "ai-team-gamma", "argocd-cm",
        "argocd-cmd-params-cm", "argocd-notifications-cm", "nginx-internal", "platform-ai-model-access", "platform-ai-model-access",
    ]


def test_subscription_is_product_scoped_active_and_exports_keys(fixture_dist: Path) -> None:
    sub = _objects(fixture_dist)["teams/team-alpha/subscription-apim-subscription.yaml"]["spec"]
    assert sub["scope"] == "/products/team-alpha"
    assert sub["state"] == "active"
    assert sub["operatorSpec"]["secrets"] == {
        "primaryKey": {"name": "ai-gateway-key", "key": "primaryKey"},
        "secondaryKey": {"name": "ai-gateway-key", "key": "secondaryKey"},
    }


def test_foundry_project_is_kept_and_owned_by_the_account(fixture_dist: Path, platform) -> None:
    project = _objects(fixture_dist)["teams/team-alpha/project-foundry-project.yaml"]
    assert project["metadata"]["annotations"]["serviceoperator.azure.com/reconcile-policy"] == "detach-on-delete"
    assert project["spec"]["owner"]["armId"] == platform.foundry_account_id


def test_role_assignment_is_on_the_project_only_for_the_group(fixture_dist: Path) -> None:
    ra = _objects(fixture_dist)["teams/team-alpha/roleassignment-foundry-project-ai-user-cfcd6b92.yaml"]["spec"]
    assert ra["owner"] == {"group": "cognitiveservices.azure.com", "kind": "Project", "name": "foundry-project"}
    assert ra["principalId"] == "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
    assert ra["principalType"] == "Group"
    assert ra["roleDefinitionReference"]["armId"].endswith("/53ca6127-db72-4b80-b1b0-d745d6d5456d")


def test_key_role_names_its_resources_and_binds_only_the_group(fixture_dist: Path) -> None:
    objects = _objects(fixture_dist)
    role = objects["teams/team-alpha/role-ai-gateway-key-reader.yaml"]
    assert role["rules"] == [
        {"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["ai-gateway-key"], "verbs": ["get"]},
        {"apiGroups": [""], "resources": ["configmaps"], "resourceNames": ["ai-gateway-endpoint", "ai-tracing"], "verbs": ["get"]},
    ]
    binding = objects["teams/team-alpha/rolebinding-ai-gateway-key-reader.yaml"]
    assert binding["subjects"] == [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"}]


def test_kaito_workspace_has_top_level_resource_and_inference(fixture_dist: Path) -> None:
    ws = _objects(fixture_dist)["teams/team-beta/workspace-mistral-7b-instruct-8a0acf.yaml"]
    assert "spec" not in ws
    assert ws["resource"]["instanceType"] == "Standard_NV36ads_A10_v5"
    assert ws["resource"]["labelSelector"]["matchLabels"] == {"ai.contoso.com/team": "team-beta", "ai.contoso.com/model": "mistral-7b-instruct-8a0acf"}
    assert ws["inference"]["preset"]["name"] == "mistral-7b-instruct"
    assert "kaito.sh/enablelb" not in str(ws)


def test_disabled_model_produces_nothing(fixture_dist: Path) -> None:
    beta = read_tree(fixture_dist / "teams" / "team-beta")
    assert not any("qwen" in rel or "qwen" in text for rel, text in beta.items())


def test_appproject_confines_team_to_its_namespace_and_kinds(fixture_dist: Path) -> None:
    objects = _objects(fixture_dist)
    spec = objects["argocd/appproject-ai-team-beta.yaml"]["spec"]
    assert spec["destinations"] == [{"namespace": "ai-team-beta", "server": "https://kubernetes.default.svc"}]
    assert spec["clusterResourceWhitelist"] == [{"group": "", "kind": "Namespace", "name": "ai-team-beta"}]
    in_folder = {
        (obj["apiVersion"].split("/")[0] if "/" in obj["apiVersion"] else "", obj["kind"])
        for rel, obj in objects.items()
        if rel.startswith("teams/team-beta/") and obj["kind"] != "Namespace"
    }
    assert {(k["group"], k["kind"]) for k in spec["namespaceResourceWhitelist"]} == in_folder
    assert objects["argocd/appproject-ai-team-beta.yaml"]["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io"]


def test_applicationset_generates_from_team_folders_with_prune_and_self_heal(fixture_dist: Path) -> None:
    spec = _objects(fixture_dist)["argocd/applicationset-ai-model-access-teams.yaml"]["spec"]
    assert spec["generators"][0]["git"]["directories"] == [{"path": "dist/teams/*"}]
    assert spec["template"]["spec"]["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True}
    assert spec["template"]["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io"]
    root = _objects(fixture_dist)["bootstrap/application-platform-ai-model-access.yaml"]["spec"]
    assert root["project"] == "platform-ai-model-access" and root["source"]["path"] == "dist/argocd"
    project = _objects(fixture_dist)["bootstrap/appproject-platform-ai-model-access.yaml"]["spec"]
    assert project["destinations"] == [{"namespace": "argocd", "server": "https://kubernetes.default.svc"}]
    assert "clusterResourceWhitelist" not in project


def _copy_examples(tmp_path: Path) -> Path:
    requests = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS, requests)
    return requests


def test_invalid_request_stops_synth_with_validate_errors_and_keeps_output(tmp_path: Path) -> None:
    import io

    requests = _copy_examples(tmp_path)
    out = tmp_path / "dist"
    assert _synth(requests, out)[0] == 0
    before = read_tree(out)
    access = requests / "team-alpha" / "access.yaml"
    access.write_text(access.read_text().replace('tokensPerMinute: "5000"', 'tokensPerMinute: "999999"'))
    code, err = _synth(requests, out)
    validate_err = io.StringIO()
    assert cli_main(["validate", "--requests", str(requests), "--platform", str(FIXTURE_PLATFORM)], stdout=io.StringIO(), stderr=validate_err) == 1
    assert code == 1
    assert err == validate_err.getvalue()
    assert "team-alpha/access.yaml:29: data.tokensPerMinute:" in err
    assert read_tree(out) == before


def test_cdk8s_cli_synth_writes_what_main_py_synth_writes(tmp_path: Path, fixture_dist: Path) -> None:
    # GIVEN a project whose requests and platform file are the fixtures, without the one that expires
    # (the CLI synthesizes for today, the fixture output for FIXTURE_TODAY)
    project = tmp_path / "project"
    project.mkdir()
    for name in ("main.py", "cdk8s.yaml", "Makefile", "requirements.txt", "package-lock.json"):
        shutil.copy2(REPO / name, project / name)  # with their times: make sees setup up to date
    shutil.copy(FIXTURE_PLATFORM, project / "platform.yaml")
    copy_fragments(project)
    for name in ("constructs", "imports"):
        shutil.copytree(REPO / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(FIXTURE_REQUESTS, project / "developer-requests")
    expiring = sorted(p.parent.name for p in FIXTURE_REQUESTS.glob("*/access.yaml") if "expiresOn" in p.read_text())
    for team in expiring:
        shutil.rmtree(project / "developer-requests" / team)
    (project / ".venv").symlink_to(Path(sys.prefix))
    (project / "node_modules").symlink_to(REPO / "node_modules")
    # WHEN the documented command runs with only .venv/bin and basic tools on PATH (no system Node.js)
    env = {"PATH": bare_path(tmp_path), "HOME": str(tmp_path)}
    assert subprocess.run(["make", "-s", "-q", "setup"], cwd=project, env=env).returncode == 0, "run make setup first"
    result = subprocess.run(["make", "-s", "cdk8s-synth"], cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "\x1b" not in result.stdout + result.stderr  # output that is not a terminal gets no escape codes
    # THEN it is the fixture output without those teams
    expected = {
        rel: text
        for rel, text in read_manifests(fixture_dist).items()
        if not any(rel.startswith(f"teams/{team}/") or rel == f"argocd/appproject-ai-{team}.yaml" for team in expiring)
    }
    assert expiring and read_manifests(project / "dist") == expected


def test_parallel_workers_write_exactly_what_one_process_writes_and_leave_no_temporary_files(
    tmp_path: Path, fixture_report, platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ai_access.synth.synthesize import synth_gitops

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # the spawned workers, their jsii and Node.js use it
    # Twelve teams: the fixture requests under new names, so both workers get several.
    many = [loaded.request.model_copy(update={"team": f"{loaded.request.team}-{i}"}) for loaded in fixture_report.requests for i in range(4)]
    assert synth_gitops(many, platform, str(tmp_path / "one"), workers=1) == synth_gitops(many, platform, str(tmp_path / "two"), workers=2)
    one, two = read_tree(tmp_path / "one"), read_tree(tmp_path / "two")
    assert len(one) > 12 * 10 and one == two
    assert sorted(os.listdir(scratch)) == []
