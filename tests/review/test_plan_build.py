"""`build_plan` and the cost estimate on requests built in the test: every field, action and warning.

No git and no synth: the plan is a comparison of two sets of requests (and, when given, of the
files synthesized from them; those and the losses are in `test_plan_losses.py`). The platform is
the fixture's with round prices, so every cost is written out in the test.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from support.plan_requests import PRICED, TODAY, access_request, foundry_model, priced_platform

from ai_access.models.request import ModelRequest
from ai_access.names.team import TeamNames
from ai_access.review.cost import monthly_cost
from ai_access.review.plan import FieldChange, TeamPlan, build_plan

GROUP = UUID("11111111-2222-4333-8444-555555555555")
OTHER_GROUP = UUID("99999999-2222-4333-8444-555555555555")
A100 = "Standard_NC24ads_A100_v4"
A100_48 = "Standard_NC48ads_A100_v4"
A10 = "Standard_NV36ads_A10_v5"
ACCESS_REVOKED = "access revoked: the APIM subscription is deleted and its keys stop working (Secret ai-gateway-key is removed)"
DELETED = "deleted: its key stops working and its namespace is pruned"


def _kaito(name: str, sku: str, **extra) -> ModelRequest:
    return ModelRequest(name=name, type="kaito", instance_type=sku, **extra)


def _rollover(team: str, model: str, old_sku: str, new_sku: str, *, gated: bool) -> str:
    names = TeamNames(team)
    old_name = names.workspace(model, instance_type=old_sku, gated=gated)
    new_name = names.workspace(model, instance_type=new_sku, gated=gated)
    return (
        f"KAITO workspace {new_name} is created on a {new_sku} node; the route switches to it once it is healthy, "
        f"then the old workspace {old_name} is removed. During the rollover one extra {new_sku} node runs beside the {old_sku} node"
    )


# ---- the cost estimate ------------------------------------------------------------------------


def test_the_monthly_cost_is_every_gpu_node_all_month_and_the_daily_quota_at_the_highest_price() -> None:
    request = access_request(
        daily_token_quota=1_234_590,
        models=[_kaito("phi-4", A100), _kaito("mistral-7b-instruct", A10), foundry_model("gpt-4.1"), foundry_model("gpt-5.2"), foundry_model("gpt-4.1-mini", enabled=False)],
    )
    # 730 h x (1.5 + 1.0) + 1,234,590 tokens x 30 days / 1M x 10.0 (gpt-5.2, the dearest) = 1,825 + 370.377,
    # in whole cents
    assert monthly_cost(request, PRICED) == 2195.38
    # 20M tokens a day for 30 days at USD 10 per million
    assert monthly_cost(access_request(daily_token_quota=20_000_000, models=[foundry_model("gpt-5.2")]), PRICED) == 6000.0


def test_a_team_without_foundry_models_pays_only_its_nodes_and_one_without_either_nothing() -> None:
    assert monthly_cost(access_request(models=[_kaito("mistral-7b-instruct", A10)]), PRICED) == 730.0
    assert monthly_cost(access_request(models=[foundry_model(enabled=False)]), PRICED) == 0.0


def _sized_prices(data: dict) -> None:
    # The shipped platform.yaml's form: a price per VM size, none per preset.
    for preset in data["kaitoPresets"].values():
        preset.pop("pricePerNodeHourUsd", None)
    data["gpuPricePerNodeHourUsd"] = {A100: 3.0, A10: 1.0}


def test_a_node_costs_its_sizes_price_so_an_a10_to_a100_move_shows_in_the_plan() -> None:
    # Issue 27, point 11: priced per preset, the same model on an A10 and an A100 cost the same (+$0.00).
    sized = priced_platform(_sized_prices)
    before = access_request(models=[_kaito("mistral-7b-instruct", A10)])
    after = access_request(models=[_kaito("mistral-7b-instruct", A100)])
    assert (monthly_cost(before, sized), monthly_cost(after, sized)) == (730.0, 2190.0)
    (team,) = build_plan([before], [after], sized, today=TODAY).teams
    assert (team.cost_before, team.cost_after, team.cost_delta) == (730.0, 2190.0, 1460.0)


def test_a_size_without_a_price_takes_its_presets_and_a_price_per_size_comes_first() -> None:
    # The older form (pricePerNodeHourUsd per preset) stays valid for the sizes gpuPricePerNodeHourUsd leaves out.
    mixed = priced_platform(lambda data: data.update(gpuPricePerNodeHourUsd={A100: 4.0}))
    assert monthly_cost(access_request(models=[_kaito("mistral-7b-instruct", A10)]), mixed) == 730.0  # the preset's 1.0
    assert monthly_cost(access_request(models=[_kaito("mistral-7b-instruct", A100)]), mixed) == 2920.0  # the size's 4.0


# ---- created and changed teams ---------------------------------------------------------------------


def test_a_new_team_is_created_with_every_field_shown_as_new() -> None:
    new = access_request(
        models=[foundry_model(), _kaito("phi-4", A100), _kaito("mistral-7b-instruct", A10, enabled=False)],
        playground_access=True,
        tracing_enabled=True,
        entra_group_id=GROUP,
        expires_on=date(2027, 1, 31),
    )
    plan = build_plan([], [new], PRICED, today=TODAY)
    assert plan.teams == [
        TeamPlan(
            "team-x",
            "create",
            changes=[
                FieldChange("owner", "", "dana@contoso.com"),
                FieldChange("costCenter", "", "CC-1"),
                FieldChange("models.gpt-4.1", "", "foundry, enabled"),
                FieldChange("models.mistral-7b-instruct", "", "kaito, disabled"),
                FieldChange("models.phi-4", "", "kaito, enabled"),
                FieldChange("models.phi-4.instanceType", "", A100),
                FieldChange("tokensPerMinute", "", "1,000"),
                FieldChange("dailyTokenQuota", "", "100,000"),
                # the default budget, less phi-4's node for 744 hours at 1.5, at gpt-4.1's 2.0 per million, less a minute
                FieldChange("monthlyBudgetUsd", "", "6,000 USD (platform default)",
                            "the gateway stops the team's Foundry calls after 2,441,999,000 tokens a calendar month"),
                FieldChange("playgroundAccess", "", "true"),
                FieldChange("tracingEnabled", "", "true"),
                FieldChange("entraGroupId", "", str(GROUP)),
                FieldChange("expiresOn", "", "2027-01-31"),
            ],
            # What the day after expiresOn takes, by name, and what stays for a renewal (docs/lifecycle.md).
            warnings=[
                _playground(GROUP),
                "access ends after 2027-01-31, and on 2027-02-01 (the scheduled synth of that day): the key is suspended; "
                "role assignments aks-cluster-user-82816260, foundry-project-ai-user-3a8e9ce9, foundry-account-reader-23355728 are "
                "removed (no kubeconfig of the cluster, no playground, no Entra access to the project); KAITO workspaces phi-4-72418c are removed with their NetworkPolicies, inference "
                "ConfigMaps and Ingresses (GPU nodes freed); kept for a renewal: namespace ai-team-x, Secret ai-gateway-key, the "
                "APIM product and policy, the Foundry project (renewing expiresOn brings everything back under the same names)"
            ],
            cost_after=730 * 1.5 + 100_000 * 30 / 1_000_000 * 2.0,
        )
    ]
    assert (plan.platform_objects, plan.teams_at_base, plan.deletions, plan.losing_access) == ([], 0, [], [])


def test_a_new_team_shows_false_switches_and_no_line_for_what_it_leaves_out() -> None:
    (team,) = build_plan([], [access_request()], PRICED).teams
    assert team.changes == [
        FieldChange("owner", "", "dana@contoso.com"),
        FieldChange("costCenter", "", "CC-1"),
        FieldChange("models.gpt-4.1", "", "foundry, enabled"),
        FieldChange("tokensPerMinute", "", "1,000"),
        FieldChange("dailyTokenQuota", "", "100,000"),
        FieldChange("monthlyBudgetUsd", "", "6,000 USD (platform default)", "the gateway stops the team's Foundry calls after 2,999,999,000 tokens a calendar month"),
        FieldChange("playgroundAccess", "", "false"),
        FieldChange("tracingEnabled", "", "false"),
    ]


def test_a_team_deployed_but_invalid_at_the_base_is_a_change_with_every_field_new() -> None:
    files = {"team-x": {"namespace-ai-team-x.yaml": "kind: Namespace\n"}}
    plan = build_plan([], [access_request()], PRICED, base_files=files, head_files=files, today=TODAY)
    (team,) = plan.teams
    assert (team.action, team.losses, plan.teams_at_base) == ("change", [], 1)
    assert team.warnings == ["its request at the base is invalid or missing, but dist/teams/team-x is deployed: every field shows as new"]
    assert team.changes[0] == FieldChange("owner", "", "dana@contoso.com")


def test_every_changed_field_of_a_team_is_one_line_and_an_instance_type_change_a_rollover() -> None:
    old = access_request(
        models=[
            foundry_model("gpt-4.1"),
            foundry_model("gpt-4.1-mini"),
            _kaito("phi-4", A100),
            _kaito("llama-3.1-8b-instruct", A100),
            _kaito("mistral-7b-instruct", A10),
            _kaito("phi-4-mini-instruct", A10),
            _kaito("qwen2.5-coder-7b-instruct", A10, enabled=False),
        ],
        playground_access=True,
        entra_group_id=GROUP,
        expires_on=date(2027, 1, 31),
    )
    new = access_request(
        tokens_per_minute=2000,
        daily_token_quota=200_000,
        models=[
            foundry_model("gpt-4.1", enabled=False),
            foundry_model("gpt-5.2"),
            _kaito("phi-4", A100_48),
            _kaito("llama-3.1-8b-instruct", A100_48),
            _kaito("mistral-7b-instruct", A10, enabled=False),
            _kaito("phi-4-mini-instruct", A10),
            _kaito("qwen2.5-coder-7b-instruct", A10),
        ],
        tracing_enabled=True,
        entra_group_id=OTHER_GROUP,
        expires_on=date(2027, 3, 1),
        owner="sam@contoso.com",
        cost_center="CC-2",
    )
    assert PRICED.kaito_presets["llama-3.1-8b-instruct"].gated and not PRICED.kaito_presets["phi-4"].gated
    phi, llama = _rollover("team-x", "phi-4", A100, A100_48, gated=False), _rollover("team-x", "llama-3.1-8b-instruct", A100, A100_48, gated=True)
    (team,) = build_plan([old], [new], PRICED, today=TODAY).teams
    assert team == TeamPlan(
        "team-x",
        "change",
        changes=[
            FieldChange("owner", "dana@contoso.com", "sam@contoso.com"),
            FieldChange("costCenter", "CC-1", "CC-2"),
            FieldChange("models.gpt-4.1", "foundry, enabled", "foundry, disabled"),
            FieldChange("models.gpt-4.1-mini", "foundry, enabled", "-"),
            FieldChange("models.gpt-5.2", "-", "foundry, enabled"),
            FieldChange("models.llama-3.1-8b-instruct.instanceType", A100, A100_48, llama),
            FieldChange("models.mistral-7b-instruct", "kaito, enabled", "kaito, disabled"),
            FieldChange("models.phi-4.instanceType", A100, A100_48, phi),
            FieldChange("models.qwen2.5-coder-7b-instruct", "kaito, disabled", "kaito, enabled"),
            FieldChange("models.qwen2.5-coder-7b-instruct.instanceType", "", A10),
            FieldChange("tokensPerMinute", "1,000", "2,000"),
            FieldChange("dailyTokenQuota", "100,000", "200,000"),
            FieldChange("playgroundAccess", "true", "false"),
            FieldChange("tracingEnabled", "false", "true"),
            FieldChange("entraGroupId", str(GROUP), str(OTHER_GROUP)),
            FieldChange("expiresOn", "2027-01-31", "2027-03-01"),
        ],
        warnings=[
            llama,
            phi,
            "access ends after 2027-03-01, and on 2027-03-02 (the scheduled synth of that day): the key is suspended; role "
            "assignments aks-cluster-user-dbf98c95 are removed (no kubeconfig of the cluster); KAITO workspaces phi-4-ed4b21, llama-3-1-8b-instruct-5def9b, phi-4-mini-instruct-b80cf8, qwen2-5-coder-7b-instruct-168402 "
            "are removed with their NetworkPolicies, inference ConfigMaps and Ingresses (GPU nodes freed); kept for a renewal: "
            "namespace ai-team-x, Secret ai-gateway-key, the APIM product and policy, the Foundry project (renewing expiresOn "
            "brings everything back under the same names)",
        ],
        # before: 730 h x (1.5 + 3 x 1.0) + 3 x 2.0 (gpt-4.1); after: 730 h x (1.5 + 3 x 1.0) + 6 x 10.0 (gpt-5.2)
        cost_before=3291.0,
        cost_after=3345.0,
        losses=[
            f"Entra group {GROUP} loses reading the key Secret ai-gateway-key, Azure AI User on the Foundry project, "
            f"Reader on the Foundry account: entraGroupId changes to {OTHER_GROUP}"
        ],
    )


def test_a_request_that_did_not_change_is_not_in_the_plan() -> None:
    request = access_request(expires_on=date(2027, 1, 31), entra_group_id=GROUP)
    plan = build_plan([request, access_request("team-y")], [request, access_request("team-y")], PRICED, today=TODAY)
    assert (plan.teams, plan.teams_at_base, plan.cost_delta) == ([], 2, 0.0)


GROUP_CHANGE_NOTE = (
    "role assignments foundry-project-ai-user-* and foundry-account-reader-* are replaced: new ones for the new group are "
    "created and ArgoCD prunes the old group's (Azure cannot change an assignment's principal)"
)


@pytest.mark.parametrize(
    ("old", "new", "note"),
    [
        ({}, {}, GROUP_CHANGE_NOTE),
        ({"entra_group_id": None}, {}, ""),
        ({"playground_access": False}, {}, ""),
        ({}, {"playground_access": False}, ""),
        ({}, {"models": [_kaito("phi-4", A100)]}, ""),
        ({}, {"entra_group_id": None}, ""),
    ],
    ids=["replaced", "no-old-group", "no-old-playground", "no-new-playground", "no-foundry-model", "no-new-group"],
)
def test_a_group_change_replaces_the_role_assignments_only_where_there_are_any(old: dict, new: dict, note: str) -> None:
    # Role assignments exist for a group with the playground and a Foundry model (see gitops/team_access.py).
    before = access_request(**{"entra_group_id": GROUP, "playground_access": True, **old})
    after = access_request(**{"entra_group_id": OTHER_GROUP, "playground_access": True, **new})
    (team,) = build_plan([before], [after], PRICED).teams
    (change,) = [c for c in team.changes if c.field == "entraGroupId"]
    assert change.note == note
    # A group that gains the playground is told what it may call outside the gateway (review/playground.py).
    gains = after.entra_group_id and after.playground_access and after.foundry_models
    assert team.warnings == ([note] if note else []) + ([_playground(after.entra_group_id)] if gains else [])


def _playground(group: UUID) -> str:
    models = ", ".join(PRICED.foundry.models)
    return (
        f"playground: members of Entra group {group} can call every model deployment of Foundry account {PRICED.foundry.account_name} "
        f"directly ({models}), not only the models this request names, with their own Entra token in the Foundry portal or through "
        "the project endpoint; the gateway does not see those calls, so its model allowlist and token limits (1000 per minute, "
        "100000 a day) do not apply to them"
    )


def test_the_plan_says_which_models_a_playground_user_can_call_outside_the_gateway() -> None:
    # Issue 27, point 9: Azure AI User on the project carries the data actions of inference on the account's
    # deployments (MicrosoftDocs/azure-ai-docs articles/foundry/concepts/rbac-foundry.md): every catalog model.
    without = access_request(entra_group_id=GROUP)
    (gains,) = build_plan([without], [access_request(entra_group_id=GROUP, playground_access=True)], PRICED).teams
    assert gains.warnings == [_playground(GROUP)]
    assert all(name in gains.warnings[0] for name in PRICED.foundry.models)
    # Unchanged playground access says nothing again; a new catalog deployment is a note naming the teams.
    keeps = access_request(entra_group_id=GROUP, playground_access=True, tokens_per_minute=2000)
    (changed,) = build_plan([access_request(entra_group_id=GROUP, playground_access=True)], [keeps], PRICED).teams
    assert changed.warnings == []
    head = priced_platform(lambda data: data["foundry"]["models"].update({"o4-mini": {"modelName": "o4-mini", "version": "2025-04-16", "capacityTpm": 1000}}))
    plan = build_plan([keeps], [keeps], head, base_platform=PRICED)
    assert plan.notes == [
        "new Foundry deployment o4-mini: the playground users of 1 team(s) (team-x) can call it directly, "
        "outside the gateway's allowlist and token limits, whatever their requests name"
    ]


def test_the_base_requests_are_priced_with_the_base_platform() -> None:
    # GIVEN a pull request that retires a KAITO preset together with the team that used it, and
    # changes another team off it
    def retire(data: dict) -> None:
        del data["kaitoPresets"]["mistral-7b-instruct"]

    head_platform = priced_platform(retire)
    old = [access_request("team-a", models=[_kaito("mistral-7b-instruct", A10)]), access_request("team-b", models=[_kaito("mistral-7b-instruct", A10)])]
    new = [access_request("team-b", models=[_kaito("phi-4", A100)])]
    plan = build_plan(old, new, head_platform, base_platform=PRICED)
    assert [(t.team, t.action, t.cost_before, t.cost_after) for t in plan.teams] == [("team-a", "delete", 730.0, 0.0), ("team-b", "change", 730.0, 1095.0)]


# ---- deleted teams ------------------------------------------------------------------------------


def test_a_deleted_team_is_told_what_goes_with_it() -> None:
    old = access_request(models=[_kaito("phi-4", A100), _kaito("mistral-7b-instruct", A10), foundry_model()], tracing_enabled=True)
    plan = build_plan([old], [], PRICED, today=TODAY)
    assert plan.teams == [
        TeamPlan(
            "team-x",
            "delete",
            warnings=[
                ACCESS_REVOKED,
                "namespace ai-team-x and everything in it is pruned by ArgoCD",
                "KAITO workspaces removed: phi-4, mistral-7b-instruct (GPU nodes released)",
                "kept in Azure: the Foundry project (detach-on-delete) with its data; its role assignments are removed",
                "the Application Insights component is deleted",
            ],
            cost_before=730 * 2.5 + 3 * 2.0,
            losses=[DELETED],
        )
    ]
    assert (plan.deletions, plan.losing_access, plan.cost_delta) == (plan.teams, plan.teams, -1831.0)


def test_a_deleted_team_loses_its_foundry_project_where_the_platform_does_not_keep_it() -> None:
    def delete_projects(data: dict) -> None:
        data["foundry"]["keepProjectsOnDelete"] = False

    (team,) = build_plan([access_request()], [], priced_platform(delete_projects)).teams
    assert team.warnings == [ACCESS_REVOKED, "namespace ai-team-x and everything in it is pruned by ArgoCD", "the Foundry project is DELETED in Azure with its data"]
    (team,) = build_plan([access_request(models=[_kaito("phi-4", A100)])], [], PRICED).teams
    assert team.warnings == [ACCESS_REVOKED, "namespace ai-team-x and everything in it is pruned by ArgoCD", "KAITO workspaces removed: phi-4 (GPU nodes released)"]


def test_a_team_deployed_without_a_valid_request_at_the_base_is_deleted_with_its_objects() -> None:
    base = {"team-x": {"namespace-ai-team-x.yaml": "a", "role-ai-gateway-key-reader.yaml": "b"}}
    plan = build_plan([], [], PRICED, base_files=base, head_files={})
    assert plan.teams == [
        TeamPlan(
            "team-x",
            "delete",
            warnings=[
                ACCESS_REVOKED,
                "namespace ai-team-x and everything in it is pruned by ArgoCD",
                "its request at the base is invalid or missing, but dist/teams/team-x is deployed: see the removed objects",
            ],
            objects_removed=["namespace-ai-team-x.yaml", "role-ai-gateway-key-reader.yaml"],
            losses=[DELETED],
        )
    ]
    assert plan.teams_at_base == 1


def test_plan_shows_the_budget_before_and_after_and_caps_the_ceiling_at_it() -> None:
    # GIVEN a team on the platform's default budget that asks for a budget below its token ceiling
    old = access_request(daily_token_quota=20_000_000)
    new = access_request(daily_token_quota=20_000_000, monthly_budget_usd=100)
    (team,) = build_plan([old], [new], PRICED).teams
    # THEN plan names both budgets, the default as one, and what the new one buys (100 / 2.0 per million, less a minute)
    assert team.changes == [FieldChange("monthlyBudgetUsd", "6,000 USD (platform default)", "100 USD",
                                        "the gateway stops the team's Foundry calls after 49,999,000 tokens a calendar month")]
    # AND the ceiling of spend is the budget, not the daily quota used every day (20M * 30 / 1M * 2.0 = 1,200)
    assert (team.cost_before, team.cost_after) == (1200.0, 100.0)
