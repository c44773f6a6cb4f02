"""No key before its policy: every object in a later sync wave than everything it refers to.

ArgoCD applies the objects of one wave by kind and name (gitops-engine `pkg/sync/sync_tasks.go`),
so without waves `apim-product-policy` reached APIM before the Backend `kaito-...` it names, and
the Subscription's key could work before the policy that holds its model allowlist and limits. The
graph here is read from the synthesized objects' own fields (`sync_graph.py`), apart from the code
that sets the waves; the live `dist/` is checked with the same rule in `test_repository.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support.sync_graph import references, wave, wave_violations

from ai_access.synth.extensions import Extension, ExtensionError
from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.validation.requests import ValidationReport


def _objects(folder: Path) -> list[dict]:
    return [yaml.safe_load(path.read_text()) for path in sorted(folder.glob("*.yaml"))]


def _one(objects: list[dict], kind: str) -> dict:
    (found,) = [o for o in objects if o["kind"] == kind]
    return found


def _request(report: ValidationReport, team: str):
    return next(loaded.request for loaded in report.requests if loaded.request.team == team)


def test_every_fixture_object_comes_after_everything_it_refers_to(fixture_dist: Path) -> None:
    found = {folder.name: wave_violations(_objects(folder)) for folder in sorted((fixture_dist / "teams").iterdir())}
    assert {team: problems for team, problems in found.items() if problems} == {}


def test_the_graph_sees_the_references_that_matter(fixture_dist: Path) -> None:
    # GIVEN team-alpha, with a KAITO model, tracing and a group
    objects = _objects(fixture_dist / "teams" / "team-alpha")
    edges = {(a["kind"], b["kind"]) for a, b, _ in references(objects)}
    # THEN the graph the wave rule runs on holds every reference the order exists for
    assert {
        ("ProductPolicy", "Backend"),
        ("ProductPolicy", "Product"),
        ("ProductApi", "Product"),
        ("Subscription", "Product"),
        ("Subscription", "ProductPolicy"),
        ("Subscription", "ProductApi"),
        ("RoleAssignment", "Project"),
        ("RoleBinding", "Role"),
        ("Workspace", "ConfigMap"),
        ("Workspace", "NetworkPolicy"),
        ("Ingress", "Workspace"),
    } <= edges


def test_the_key_works_only_after_its_policy_and_api_link_are_in_azure(fixture_dist: Path) -> None:
    for folder in sorted((fixture_dist / "teams").iterdir()):
        objects = _objects(folder)
        key = _one(objects, "Subscription")
        assert wave(key) > wave(_one(objects, "ProductPolicy")) > wave(_one(objects, "Product")), folder.name
        assert wave(key) > wave(_one(objects, "ProductApi")), folder.name
        assert all(wave(key) > wave(b) for b in objects if b["kind"] == "Backend"), folder.name


def test_nothing_the_key_does_not_need_comes_before_it(fixture_dist: Path) -> None:
    # A later wave starts only once the earlier ones are healthy: a GPU node that never comes must
    # not hold back a new key, nor the suspension of an expired one.
    for folder in sorted((fixture_dist / "teams").iterdir()):
        objects = _objects(folder)
        key = _one(objects, "Subscription")
        needed, todo = set(), [id(key)]
        by_id = {id(o): o for o in objects}
        edges = references(objects)
        while todo:
            current = todo.pop()
            for a, b, _ in edges:
                if id(a) == current and id(b) not in needed:
                    needed.add(id(b))
                    todo.append(id(b))
        early = [f"{o['kind']}/{o['metadata']['name']}" for o in objects if id(o) not in needed | {id(key)} and wave(o) < wave(key)]
        assert early == [], folder.name
        assert {by_id[i]["kind"] for i in needed} >= {"Namespace", "Product", "ProductPolicy", "ProductApi"}


def test_a_kaito_rollover_still_guards_then_serves_then_routes(fixture_dist: Path) -> None:
    objects = _objects(fixture_dist / "teams" / "team-alpha")
    guard, workspace, route = (_one(objects, k) for k in ("NetworkPolicy", "Workspace", "Ingress"))
    config = next(o for o in objects if o["metadata"]["name"] == workspace["inference"]["config"])
    assert wave(guard) < wave(workspace) < wave(route)
    assert wave(config) < wave(workspace)
    for obj in (workspace, guard):
        assert obj["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "PruneLast=true"


def test_the_namespace_comes_first_and_every_object_says_its_wave(fixture_dist: Path) -> None:
    for folder in sorted((fixture_dist / "teams").iterdir()):
        objects = _objects(folder)
        assert wave(_one(objects, "Namespace")) == -1
        assert all("argocd.argoproj.io/sync-wave" in o["metadata"]["annotations"] for o in objects)
        assert all(wave(o) >= 0 for o in objects if o["kind"] != "Namespace")


def test_a_suspended_key_still_comes_after_its_policy(fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    from ai_access.synth.charts import team_manifests

    objects = team_manifests(_request(fixture_report, "team-gamma"), platform, lifecycle=TeamLifecycle(expired=True))
    key = _one(objects, "Subscription")
    assert key["spec"]["state"] == "suspended"
    assert wave_violations(objects) == []
    assert wave(key) > wave(_one(objects, "ProductPolicy"))


def _add(scope, id: str, *, api_version: str, kind: str, metadata: dict, spec: dict) -> None:
    """An object an extension adds without a binding (its spec set by one patch, as `gitops/argocd_objects.py` does)."""
    from cdk8s import ApiObject, JsonPatch

    ApiObject(scope, id, api_version=api_version, kind=kind, metadata=metadata).add_json_patch(JsonPatch.add("/spec", spec))


def _deployment(secret: str) -> dict:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "client", "namespace": "ai-team-gamma"},
        "spec": {
            "selector": {"matchLabels": {"app": "client"}},
            "template": {
                "metadata": {"labels": {"app": "client"}},
                "spec": {"containers": [{"name": "c", "image": "x", "env": [{"name": "KEY", "valueFrom": {"secretKeyRef": {"name": secret, "key": "primaryKey"}}}]}]},
            },
        },
    }


def test_an_added_object_that_reads_the_key_comes_after_the_subscription_that_writes_it(
    fixture_report: ValidationReport, platform: PlatformConfig
) -> None:
    from ai_access.synth.charts import team_manifests

    # GIVEN an extension adding a Deployment that reads the key Secret ASO writes, guarded by a NetworkPolicy
    def add_client(team) -> None:
        manifest = _deployment(team.subscription.key_secret.name)
        _add(team, "Client", api_version="apps/v1", kind="Deployment", metadata=manifest["metadata"], spec=manifest["spec"])
        _add(
            team,
            "ClientGuard",
            api_version="networking.k8s.io/v1",
            kind="NetworkPolicy",
            metadata={"name": "client", "namespace": team.namespace},
            spec={"podSelector": {"matchLabels": {"app": "client"}}, "policyTypes": ["Ingress"]},
        )

    objects = team_manifests(_request(fixture_report, "team-gamma"), platform, extensions=[Extension("test:add_client", add_client)])
    client = next(o for o in objects if o["kind"] == "Deployment")
    guard = next(o for o in objects if o["kind"] == "NetworkPolicy")
    # THEN it waits for the key and for its guard, and the rule holds for the whole team
    assert wave(client) > wave(_one(objects, "Subscription"))
    assert wave(client) > wave(guard)
    assert wave_violations(objects) == []


def test_an_extension_wave_is_kept_as_the_earliest(fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    from ai_access.synth.charts import team_manifests

    def late(team) -> None:
        team.endpoint.metadata.add_annotation("argocd.argoproj.io/sync-wave", "7")

    objects = team_manifests(_request(fixture_report, "team-gamma"), platform, extensions=[Extension("test:late", late)])
    endpoint = next(o for o in objects if o["metadata"]["name"] == "ai-gateway-endpoint")
    assert wave(endpoint) == 7
    assert wave_violations(objects) == []


def test_objects_that_need_each_other_in_a_circle_stop_synth_with_both_named(
    fixture_report: ValidationReport, platform: PlatformConfig
) -> None:
    from ai_access.synth.charts import team_manifests

    def circle(team) -> None:
        for name, owner in (("left", "right"), ("right", "left")):
            _add(
                team,
                f"Link-{name}",
                api_version="apimanagement.azure.com/v20240501",
                kind="ProductApi",
                metadata={"name": name, "namespace": team.namespace},
                spec={"azureName": name, "owner": {"name": owner}},
            )

    with pytest.raises(ExtensionError) as raised:
        team_manifests(_request(fixture_report, "team-gamma"), platform, extensions=[Extension("test:circle", circle)])
    assert "ProductApi/left" in str(raised.value) and "ProductApi/right" in str(raised.value)
    assert "team-gamma" in str(raised.value)


def test_team_applications_and_the_root_retry_a_failed_sync_a_bounded_number_of_times(fixture_dist: Path) -> None:
    application_set = yaml.safe_load((fixture_dist / "argocd" / "applicationset-ai-model-access-teams.yaml").read_text())
    root = yaml.safe_load((fixture_dist / "bootstrap" / "application-platform-ai-model-access.yaml").read_text())
    for policy in (application_set["spec"]["template"]["spec"]["syncPolicy"], root["spec"]["syncPolicy"]):
        retry = policy["retry"]
        assert 0 < retry["limit"] <= 10, "bounded: a negative limit retries for ever"
        assert retry["backoff"]["factor"] >= 2 and retry["backoff"]["duration"] and retry["backoff"]["maxDuration"]
        assert policy["automated"] == {"prune": True, "selfHeal": True}
