"""What synth writes as a team's access ends, comes back and changes keys (docs/lifecycle.md).

Expiry revokes everything and stops the cost: the key suspended, the group's role assignments and
the KAITO workspaces gone, and a renewal brings them back under the same names; namespace, key
Secret (the Subscription that writes it), Foundry project, APIM product and policy stay. A key
rotation is a second subscription beside the first for the overlap, one after it, and never
touches the product's policy. Each case builds one team from a fixture request with the day's
lifecycle, and holds the result to every rule synth enforces (`synth.invariants`).
"""

from __future__ import annotations

from datetime import date

import pytest

from ai_access.models.lifecycle import lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names import azure_roles
from ai_access.names.labels import RECONCILE_POLICY, SYNC_WAVE
from ai_access.names.team import CLUSTER_USER, PROJECT_AI_USER, TeamNames, role_assignment_names
from ai_access.synth.invariants import output_violations
from ai_access.validation.requests import ValidationReport

LAST_DAY = date(2026, 11, 27)
ROTATED = date(2026, 11, 20)


def _alpha(report: ValidationReport) -> AccessRequest:
    """team-alpha: a Foundry model with the playground (two role assignments), a KAITO model, tracing, a group."""
    request = next(loaded.request for loaded in report.requests if loaded.request.team == "team-alpha")
    assert request.kaito_models and request.foundry_models and request.playground_access and request.entra_group_id
    return request


def _build(request: AccessRequest, platform: PlatformConfig, today: date) -> dict[str, dict]:
    from ai_access.synth.charts import team_manifests

    lifecycle = lifecycle_of(request, platform, today)
    objects = team_manifests(request, platform, lifecycle=lifecycle)
    assert output_violations(request, objects, platform, lifecycle=lifecycle) == []
    return {f"{o['kind']}/{o['metadata']['name']}": o for o in objects}


def _kinds(objects: dict[str, dict], kind: str) -> dict[str, dict]:
    return {name: o for name, o in objects.items() if o["kind"] == kind}


@pytest.fixture(scope="module")
def expiry(fixture_report: ValidationReport, platform: PlatformConfig) -> tuple[dict, dict, dict]:
    """team-alpha with a last day: built on that day, on the day after, and renewed on the day after."""
    request = _alpha(fixture_report).model_copy(update={"expires_on": LAST_DAY})
    renewed = request.model_copy(update={"expires_on": date(2027, 6, 30)})
    after = date(2026, 11, 28)
    return _build(request, platform, LAST_DAY), _build(request, platform, after), _build(renewed, platform, after)


def test_on_the_last_day_nothing_is_taken_yet(expiry) -> None:
    current, _, _ = expiry
    assert _kinds(current, "RoleAssignment") and _kinds(current, "Workspace") and _kinds(current, "PodMonitor")
    assert [o["spec"]["state"] for o in _kinds(current, "Subscription").values()] == ["active"]


def test_after_the_last_day_the_key_is_suspended_and_role_assignments_and_workspaces_are_gone(expiry) -> None:
    current, expired, _ = expiry
    # THEN no role assignment and no workspace (nor what exists only for one), the key suspended
    assert _kinds(expired, "RoleAssignment") == {} and _kinds(expired, "Workspace") == {}
    assert _kinds(expired, "NetworkPolicy") == {} and _kinds(expired, "Ingress") == {} and _kinds(expired, "PodMonitor") == {}
    assert sorted(_kinds(expired, "ConfigMap")) == ["ConfigMap/ai-gateway-endpoint"]
    (subscription,) = _kinds(expired, "Subscription").values()
    assert subscription["spec"]["state"] == "suspended"
    # AND what holds data or a name stays exactly as it was: namespace, project, product, policy, backend, key Secret's writer
    for name in ("Namespace/ai-team-alpha", "Project/foundry-project", "Product/apim-product", "ProductPolicy/apim-product-policy", "Backend/kaito-phi-4", "Component/tracing"):
        assert _without_wave(expired[name]) == _without_wave(current[name]), name
    assert subscription["spec"]["operatorSpec"]["secrets"]["primaryKey"]["name"] == "ai-gateway-key"
    assert sorted(expired) == sorted(set(current) - set(_kinds(current, "RoleAssignment")) - set(_kinds(current, "Workspace"))
                                     - set(_kinds(current, "NetworkPolicy")) - set(_kinds(current, "Ingress")) - set(_kinds(current, "PodMonitor"))
                                     - {"ConfigMap/kaito-phi-4-inference"})


def test_a_renewal_brings_everything_back_under_the_same_names(expiry, fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    current, _, renewed = expiry
    assert sorted(renewed) == sorted(current)
    # the names are the ones names/team.py derives, in Kubernetes and in Azure, before expiry and after renewal
    request, names = _alpha(fixture_report), TeamNames("team-alpha")
    cluster_user = role_assignment_names(
        CLUSTER_USER, scope=platform.aks_cluster_id, principal_id=request.entra_group_id,
        role_definition_id=azure_roles.role_definition_id(platform.azure.subscription_id, azure_roles.AKS_CLUSTER_USER),
    )
    ai_user = role_assignment_names(
        PROJECT_AI_USER, scope=names.project_arm_id(platform.foundry_account_id), principal_id=request.entra_group_id,
        role_definition_id=azure_roles.role_definition_id(platform.azure.subscription_id, azure_roles.AZURE_AI_USER),
    )
    for built in (current, renewed):
        assert built[f"RoleAssignment/{cluster_user[0]}"]["spec"]["azureName"] == cluster_user[1]
        assert built[f"RoleAssignment/{ai_user[0]}"]["spec"]["azureName"] == ai_user[1]
        assert "Workspace/phi-4-72418c" in built and "Ingress/kaito-phi-4" in built
        assert built["Subscription/apim-subscription"]["spec"]["azureName"] == names.subscription_id
    for kind in ("RoleAssignment", "Workspace", "NetworkPolicy", "Ingress", "PodMonitor"):
        assert {n: _without_wave(o) for n, o in _kinds(renewed, kind).items()} == {n: _without_wave(o) for n, o in _kinds(current, kind).items()}, kind
    assert [o["spec"]["state"] for o in _kinds(renewed, "Subscription").values()] == ["active"]


def test_the_platform_may_keep_workspaces_or_role_assignments_at_expiry(fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    request = _alpha(fixture_report).model_copy(update={"expires_on": LAST_DAY})
    keep_workspaces = platform.model_copy(update={"gitops": platform.gitops.model_copy(update={"on_expiry": platform.gitops.on_expiry.model_copy(update={"workspaces": "keep"})})})
    keep_roles = platform.model_copy(update={"gitops": platform.gitops.model_copy(update={"on_expiry": platform.gitops.on_expiry.model_copy(update={"role_assignments": "keep"})})})
    workspaces = _build(request, keep_workspaces, date(2026, 11, 28))
    roles = _build(request, keep_roles, date(2026, 11, 28))
    assert _kinds(workspaces, "Workspace") and not _kinds(workspaces, "RoleAssignment")
    assert _kinds(roles, "RoleAssignment") and not _kinds(roles, "Workspace")
    assert all(o["spec"]["state"] == "suspended" for built in (workspaces, roles) for o in _kinds(built, "Subscription").values())


# ---- key rotation ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rotation(fixture_report: ValidationReport, platform: PlatformConfig) -> tuple[dict, dict, dict]:
    """team-alpha before any rotation, on the overlap's last day (the 7th), and the day after it."""
    request = _alpha(fixture_report)
    rotated = request.model_copy(update={"key_rotated_on": ROTATED})
    return _build(request, platform, ROTATED), _build(rotated, platform, date(2026, 11, 26)), _build(rotated, platform, date(2026, 11, 27))


def test_a_rotation_yields_two_subscriptions_during_the_overlap_and_one_after_it(rotation) -> None:
    first, overlap, after = rotation
    # BEFORE: the first key, written to the key Secret by an object detached on delete
    (old,) = _kinds(first, "Subscription").values()
    assert (old["metadata"]["name"], old["spec"]["azureName"]) == ("apim-subscription", "team-alpha")
    # DURING: the new key where the key always is, the previous one beside it, the same Azure subscription as before
    subscriptions = _kinds(overlap, "Subscription")
    assert sorted(subscriptions) == ["Subscription/apim-subscription-20261120", "Subscription/apim-subscription-previous"]
    new, previous = subscriptions["Subscription/apim-subscription-20261120"], subscriptions["Subscription/apim-subscription-previous"]
    assert (new["spec"]["azureName"], _secret(new)) == ("team-alpha.20261120", "ai-gateway-key")
    assert (previous["spec"]["azureName"], _secret(previous)) == (old["spec"]["azureName"], "ai-gateway-key-previous")
    assert {k: v for k, v in previous["spec"].items() if k != "operatorSpec"} == {k: v for k, v in old["spec"].items() if k != "operatorSpec"}
    # the current key's object is detached on delete (the next rotation hands its Azure subscription on); the previous one is not
    assert new["metadata"]["annotations"][RECONCILE_POLICY] == old["metadata"]["annotations"][RECONCILE_POLICY] == "detach-on-delete"
    assert RECONCILE_POLICY not in previous["metadata"]["annotations"]
    # the new key's object comes after the previous one's: the Secret's old writer is gone by then
    assert int(new["metadata"]["annotations"][SYNC_WAVE]) > int(previous["metadata"]["annotations"][SYNC_WAVE])
    # AFTER: one subscription, the new key, still in the key Secret
    (left,) = _kinds(after, "Subscription").values()
    assert _without_wave(left) == _without_wave(new)


def test_during_the_overlap_the_team_can_read_both_keys_where_the_docs_say(rotation) -> None:
    _, overlap, after = rotation
    endpoint = overlap["ConfigMap/ai-gateway-endpoint"]["data"]
    assert (endpoint["keySecret"], endpoint["previousKeySecret"], endpoint["previousKeyWorksUntil"]) == ("ai-gateway-key", "ai-gateway-key-previous", "2026-11-26")
    assert "previousKeySecret" not in after["ConfigMap/ai-gateway-endpoint"]["data"]
    (secrets,) = [rule["resourceNames"] for rule in overlap["Role/ai-gateway-key-reader"]["rules"] if rule["resources"] == ["secrets"]]
    assert secrets == ["ai-gateway-key", "ai-gateway-key-previous"]
    # the Role stays as it is after the overlap: it changes once, at the first rotation
    assert after["Role/ai-gateway-key-reader"]["rules"] == overlap["Role/ai-gateway-key-reader"]["rules"]


def test_a_rotation_never_recreates_the_product_or_changes_its_policy(rotation) -> None:
    first, overlap, after = rotation
    for built in (overlap, after):
        assert _without_wave(built["ProductPolicy/apim-product-policy"]) == _without_wave(first["ProductPolicy/apim-product-policy"])
        product = built["Product/apim-product"]
        assert (product["metadata"]["name"], product["spec"]["azureName"]) == ("apim-product", "team-alpha")
        # a rotated team's product admits the two subscriptions of an overlap
        assert product["spec"]["subscriptionsLimit"] == 2
    assert first["Product/apim-product"]["spec"]["subscriptionsLimit"] == 1


def test_a_second_rotation_hands_over_the_key_of_the_first(fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    request = _alpha(fixture_report).model_copy(update={"key_rotated_on": date(2027, 2, 1), "previous_key_rotated_on": ROTATED})
    subscriptions = _kinds(_build(request, platform, date(2027, 2, 1)), "Subscription")
    assert {name: (o["spec"]["azureName"], _secret(o)) for name, o in subscriptions.items()} == {
        "Subscription/apim-subscription-20270201": ("team-alpha.20270201", "ai-gateway-key"),
        "Subscription/apim-subscription-20261120-previous": ("team-alpha.20261120", "ai-gateway-key-previous"),
    }


def test_an_expired_team_has_no_previous_key_and_its_key_stays_suspended(fixture_report: ValidationReport, platform: PlatformConfig) -> None:
    request = _alpha(fixture_report).model_copy(update={"key_rotated_on": ROTATED, "expires_on": date(2026, 11, 21)})
    (key,) = _kinds(_build(request, platform, date(2026, 11, 22)), "Subscription").values()
    assert (key["metadata"]["name"], key["spec"]["state"]) == ("apim-subscription-20261120", "suspended")


def _secret(subscription: dict) -> str:
    secrets = subscription["spec"]["operatorSpec"]["secrets"]
    assert secrets["primaryKey"]["name"] == secrets["secondaryKey"]["name"]
    return secrets["primaryKey"]["name"]


def _without_wave(obj: dict) -> dict:
    """`obj` without its sync wave, which follows what else the folder holds."""
    annotations = {k: v for k, v in (obj["metadata"].get("annotations") or {}).items() if k != SYNC_WAVE}
    return {**obj, "metadata": {**obj["metadata"], "annotations": annotations}}
