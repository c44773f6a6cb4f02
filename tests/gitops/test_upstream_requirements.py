"""The GitOps layer on real ASO, KAITO and ArgoCD: what upstream sources say it must do (issue 13).

Each test names its upstream source; each failed on the output before the fix. Health checks are
in `test_health_checks.py`, the platform stack's points in `test_azure_requirements.py`.
"""

from __future__ import annotations

import re
from pathlib import Path
from uuid import UUID

import pytest
import yaml
from support.files import REPO
from lxml import etree

from ai_access.models.platform import PlatformConfig
from ai_access.review.plan import build_plan
from ai_access.validation.requests import ValidationReport

NEW_GROUP = UUID("0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8")


def _request(report: ValidationReport, team: str):
    return next(loaded.request for loaded in report.requests if loaded.request.team == team)


def _objects(folder: Path) -> list[dict]:
    return [yaml.safe_load(path.read_text()) for path in sorted(folder.glob("*.yaml"))]


def _by_kind(objects: list[dict], kind: str) -> list[dict]:
    return [obj for obj in objects if obj["kind"] == kind]


@pytest.fixture(scope="module")
def alpha_objects(fixture_report: ValidationReport, platform: PlatformConfig) -> list[dict]:
    from ai_access.synth.charts import team_manifests

    return team_manifests(_request(fixture_report, "team-alpha"), platform)


# --- 4. Role assignment names from scope, principal and role ------------------------------------
# "Troubleshoot Azure RBAC" (RoleAssignmentUpdateNotPermitted: "You can't create two role
# assignments with the same name, even in different Azure subscriptions"; use guid(scope,
# principalId, roleDefinitionId)); ASO refuses updates of spec.azureName.


def _role_assignments(objects: list[dict]) -> dict[str, tuple[str, str]]:
    """purpose (owner kind) -> (metadata.name, azureName)."""
    found = {}
    for obj in _by_kind(objects, "RoleAssignment"):
        purpose = "project" if obj["spec"]["owner"].get("kind") == "Project" else "account"
        found[purpose] = (obj["metadata"]["name"], obj["spec"]["azureName"])
    return found


def test_a_new_group_gets_new_role_assignment_objects_and_azure_names(
    alpha_objects: list[dict], fixture_report: ValidationReport, platform: PlatformConfig
) -> None:
    from ai_access.synth.charts import team_manifests

    request = _request(fixture_report, "team-alpha").model_copy(update={"entra_group_id": NEW_GROUP})
    before, after = _role_assignments(alpha_objects), _role_assignments(team_manifests(request, platform))
    assert before.keys() == after.keys() == {"project", "account"}
    for purpose in before:
        assert before[purpose][1] != after[purpose][1], "same Azure name for a new principal: RoleAssignmentUpdateNotPermitted"
        assert before[purpose][0] != after[purpose][0], "same object: ASO cannot change azureName in place"
        for name, azure_name in (before[purpose], after[purpose]):
            assert name.endswith(azure_name[:8]) and str(UUID(azure_name)) == azure_name


def test_two_platforms_in_one_tenant_get_different_role_assignment_names(
    alpha_objects: list[dict], fixture_report: ValidationReport, platform: PlatformConfig
) -> None:
    from ai_access.synth.charts import team_manifests

    prod = platform.model_copy(
        update={"azure": platform.azure.model_copy(update={"subscription_id": UUID("11111111-1111-4111-8111-111111111111")})}
    )
    dev_names = {azure for _, azure in _role_assignments(alpha_objects).values()}
    prod_names = {azure for _, azure in _role_assignments(team_manifests(_request(fixture_report, "team-alpha"), prod)).values()}
    assert dev_names.isdisjoint(prod_names)


def test_plan_shows_a_group_change_as_a_replacement_of_the_role_assignments(fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    old = _request(fixture_report, "team-alpha")
    new = old.model_copy(update={"entra_group_id": NEW_GROUP})
    (team,) = build_plan([old], [new], platform).teams
    (change,) = [c for c in team.changes if c.field == "entraGroupId"]
    assert "replaced" in change.note and "prunes the old group's" in change.note


# --- 5. KAITO's immutable fields: a new name, created before the old one goes ---------------------
# kaito api/v1beta1/workspace_validation.go: validateUpdate rejects changes of instanceType, count,
# labelSelector and the preset (with presetOptions). argo-cd docs: sync-waves.md, sync-options.md
# ("Prune Last").


def test_the_workspace_name_changes_with_what_kaito_cannot_update(platform: PlatformConfig) -> None:
    from ai_access.names.team import TeamNames

    names = TeamNames("team-beta")
    base = names.workspace("mistral-7b-instruct", instance_type="Standard_NV36ads_A10_v5", gated=False)
    assert names.workspace("mistral-7b-instruct", instance_type="Standard_NV36ads_A10_v5", gated=False) == base
    assert names.workspace("mistral-7b-instruct", instance_type="Standard_NC24ads_A100_v4", gated=False) != base
    assert names.workspace("mistral-7b-instruct", instance_type="Standard_NV36ads_A10_v5", gated=True) != base
    assert re.fullmatch(r"mistral-7b-instruct-[0-9a-f]{6}", base)


def test_an_instance_type_change_makes_a_new_workspace_and_keeps_the_route(
    fixture_report: ValidationReport, platform: PlatformConfig, fixture_dist: Path
) -> None:
    from ai_access.synth.charts import team_manifests

    before = _objects(fixture_dist / "teams" / "team-beta")
    request = _request(fixture_report, "team-beta")
    models = [m.model_copy(update={"instance_type": "Standard_NC24ads_A100_v4"}) if m.type == "kaito" else m for m in request.models]
    after = team_manifests(request.model_copy(update={"models": models}), platform)
    (old_ws,), (new_ws,) = _by_kind(before, "Workspace"), _by_kind(after, "Workspace")
    assert old_ws["metadata"]["name"] != new_ws["metadata"]["name"]
    assert old_ws["resource"]["labelSelector"] != new_ws["resource"]["labelSelector"], "the new workspace needs a node of its own"
    (old_ingress,), (new_ingress,) = _by_kind(before, "Ingress"), _by_kind(after, "Ingress")
    assert old_ingress["metadata"]["name"] == new_ingress["metadata"]["name"]
    service = new_ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"]
    assert service == new_ws["metadata"]["name"]
    assert _by_kind(before, "Backend") == _by_kind(after, "Backend"), "the Backend names the ingress path, not the workspace"


def test_the_route_moves_after_the_workspace_its_guard_comes_before_and_the_old_workspace_is_pruned_last(fixture_dist: Path) -> None:
    objects = _objects(fixture_dist / "teams" / "team-alpha")

    def wave(obj: dict) -> int:
        return int(obj["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-wave", "0"))

    (workspace,), (ingress,), (policy,) = (_by_kind(objects, k) for k in ("Workspace", "Ingress", "NetworkPolicy"))
    assert wave(ingress) > wave(workspace) > wave(policy)
    for obj in (workspace, policy):
        assert "PruneLast=true" in obj["metadata"]["annotations"]["argocd.argoproj.io/sync-options"]
    assert policy["spec"]["podSelector"]["matchLabels"] == {"kaito.sh/workspace": workspace["metadata"]["name"]}
    # The ProductPolicy names the Backend; APIM refuses it while the Backend is missing, so the
    # Backend comes in an earlier wave than the policy (tests/synth/test_sync_order.py has the whole rule).
    (backend,), (product_policy,) = _by_kind(objects, "Backend"), _by_kind(objects, "ProductPolicy")
    assert wave(backend) < wave(product_policy)


# --- 6. The served model name is explicit ---------------------------------------------------------
# kaito presets/workspace/inference/vllm/inference_api.py (parse_args appends the config's vllm
# keys after KAITO's own); mistral-7b-instruct is served as mistral-7b-instruct-v0.3 from v0.11.0.


def test_every_workspace_serves_its_catalog_name_through_an_inference_config(fixture_dist: Path) -> None:
    for folder in sorted((fixture_dist / "teams").iterdir()):
        objects = _objects(folder)
        config_maps = {o["metadata"]["name"]: o for o in _by_kind(objects, "ConfigMap")}
        for workspace in _by_kind(objects, "Workspace"):
            config = config_maps[workspace["inference"]["config"]]
            arguments = yaml.safe_load(config["data"]["inference_config.yaml"])
            assert arguments == {"vllm": {"served-model-name": workspace["inference"]["preset"]["name"]}}, folder.name


def test_every_workspace_leaves_the_node_count_to_kaito_and_turns_the_benchmark_off(fixture_dist: Path) -> None:
    # KAITO v1beta1 CRD: "Deprecated: Count is deprecated in v1beta1" (kaito v0.7.0 and later; the node
    # count is status.targetNodeCount, computed). kaito v0.12.0 api/v1beta1/labels.go:
    # AnnotationDisableBenchmark = "kaito.sh/disable-benchmark", "true" disables it.
    workspaces = [w for folder in sorted((fixture_dist / "teams").iterdir()) for w in _by_kind(_objects(folder), "Workspace")]
    assert workspaces
    for workspace in workspaces:
        assert "count" not in workspace["resource"], workspace["metadata"]["name"]
        assert workspace["metadata"]["annotations"]["kaito.sh/disable-benchmark"] == "true"


def test_the_catalog_has_no_release_dependent_served_name(platform: PlatformConfig) -> None:
    assert all("served_model_name" not in type(preset).model_fields for preset in platform.kaito_presets.values())


# --- 7. A request without a body, or with one that is no JSON object -------------------------------
# "API Management policy expressions": context.Request.Body is null without a body, and an exception
# in an expression is a runtime error (ExpressionValueEvaluationFailure, a 500). The behaviour is
# tested in tests/apim/test_policy_behaviour.py.


IS_OBJECT = '(bool)context.Variables["bodyIsJsonObject"]'


def _guarded(element: etree._Element) -> bool:
    return any(IS_OBJECT in (a.get("condition") or "") for a in element.iterancestors("when"))


def test_no_policy_expression_reads_a_body_as_json_it_may_not_be(fixture_dist: Path) -> None:
    # Body.As<JObject>() throws on a body that is not a JSON object (issue 27, point 5): it is read so
    # only after bodyIsJsonObject, which reads the text inside try/catch, said it is one.
    for folder in sorted((fixture_dist / "teams").iterdir()):
        policy = yaml.safe_load((folder / "productpolicy-apim-product-policy.yaml").read_text())
        root = etree.fromstring(policy["spec"]["value"].encode())
        for element in root.iter():
            for text in [element.text or "", *element.attrib.values()]:
                if ".As<JObject>" in text:
                    guard = f"if (!({IS_OBJECT}))"
                    assert (guard in text and text.index(guard) < text.index(".As<")) or _guarded(element), f"{folder.name}: <{element.tag}>"
                if ".As<string>" in text:
                    assert text.index("context.Request.Body != null") < text.index(".As<") and "catch (Exception)" in text, folder.name


def test_the_kaito_rewrite_is_only_for_a_json_object(fixture_dist: Path) -> None:
    policy = yaml.safe_load((fixture_dist / "teams" / "team-beta" / "productpolicy-apim-product-policy.yaml").read_text())
    root = etree.fromstring(policy["spec"]["value"].encode())
    (rewrite,) = [e for e in root.iter("set-body") if "body[\"model\"]" in (e.text or "")]
    assert _guarded(rewrite)


# --- 9. Minimum versions, and no silent widening on an older ArgoCD -------------------------------
# argo-cd v3.3.0: clusterResourceWhitelist[].name (commit e77acec858); server-side apply refuses
# fields a CRD does not declare ("field not declared in schema").


def test_the_root_application_syncs_server_side(fixture_dist: Path) -> None:
    root = yaml.safe_load((fixture_dist / "bootstrap" / "application-platform-ai-model-access.yaml").read_text())
    assert "ServerSideApply=true" in root["spec"]["syncPolicy"]["syncOptions"]


def _requirements() -> dict[str, str]:
    page = (REPO / "docs" / "requirements.md").read_text()
    return dict(re.findall(r"^\| (ArgoCD|Azure Service Operator|KAITO|Kubernetes) \| ([^ |]+) \|", page, re.MULTILINE))


def test_the_requirements_page_states_the_minimum_versions_and_make_crds_fetches_them() -> None:
    from support.upstream_crds import ARGOCD_VERSION, ASO_VERSION

    minimum = _requirements()
    assert set(minimum) == {"ArgoCD", "Azure Service Operator", "KAITO", "Kubernetes"}
    assert minimum["Azure Service Operator"] == ASO_VERSION  # the first release serving what dist/ uses

    def parts(version: str) -> tuple[int, ...]:
        return tuple(int(p) for p in version.lstrip("v").split("."))

    assert parts(minimum["ArgoCD"]) >= (3, 3, 0) and parts(ARGOCD_VERSION) >= parts(minimum["ArgoCD"])


# --- issue 27, 1. One KAITO minimum: the AKS add-on's on the one AKS minor the stack accepts --------
# MicrosoftDocs/azure-aks-docs articles/aks/supported-kubernetes-versions.md (1.34: ai-toolchain-operator
# 0.6.0; 1.33: 0.4.5); kaito v0.6.0 presets/workspace/models/supported_models.yaml.


def test_every_doc_constant_and_message_states_the_one_kaito_minimum() -> None:
    from ai_access.models.aks_versions import ADDON_KAITO, SUPPORTED_MINORS
    from ai_access.models.kaito_presets import KAITO_MIN_VERSION, preset_problem

    assert _requirements()["KAITO"] == KAITO_MIN_VERSION
    # The add-on of every minor the stack accepts runs at least the minimum, and the lowest is it.
    assert min(tuple(map(int, ADDON_KAITO[m].split("."))) for m in SUPPORTED_MINORS) == tuple(map(int, KAITO_MIN_VERSION[1:].split(".")))
    platform_doc = " ".join((REPO / "docs" / "platform.md").read_text().split())
    assert f"**{KAITO_MIN_VERSION} is the oldest KAITO this project supports**" in platform_doc
    assert f"supported_models.yaml` at **{KAITO_MIN_VERSION}**" in platform_doc
    assert KAITO_MIN_VERSION in (preset_problem("no-such-preset") or "")
    bootstrap = (REPO / "scripts" / "bootstrap").read_text()
    assert f"KAITO >= {KAITO_MIN_VERSION}" in bootstrap
    # No page still names another release as the oldest one supported.
    for page in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for found in re.findall(r"oldest KAITO[^.]*?(v0\.[0-9]+\.[0-9]+)|(v0\.[0-9]+\.[0-9]+)[^.]{0,40}the oldest KAITO", " ".join(page.read_text().split())):
            assert KAITO_MIN_VERSION in found, (page.name, found)


def test_no_doc_describes_the_removed_served_model_name_field() -> None:
    from ai_access.models import kaito_presets

    texts = {"kaito_presets.py": kaito_presets.__doc__ or ""}
    pages = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    # The upgrade note says it is gone.
    texts |= {page.name: page.read_text().replace("`kaitoPresets.*.servedModelName` is gone", "") for page in pages}
    assert [name for name, text in texts.items() if "servedModelName" in text or "served_model_name" in text] == []


# --- 10. Nothing personal where other teams can read it -------------------------------------------
# "Role-based access control for Microsoft Foundry": developers get Azure AI User on the project
# and Reader on the Foundry resource, which reads every project under it.


def test_no_project_description_holds_the_owner_or_cost_centre(fixture_report: ValidationReport, fixture_dist: Path) -> None:
    for loaded in fixture_report.requests:
        request = loaded.request
        for project in _by_kind(_objects(fixture_dist / "teams" / request.team), "Project"):
            description = project["spec"]["properties"].get("description", "")
            assert request.owner not in description and request.cost_center not in description


# scripts/bootstrap's refusals of an ArgoCD, ASO or KAITO too old: tests/repository/test_bootstrap.py.
