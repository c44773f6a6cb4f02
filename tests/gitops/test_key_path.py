"""How a team member reads the key (issue 27, point 10): a kubeconfig for the team's group, and the Secret.

"Azure Kubernetes Service Cluster User Role … Allows access to
Microsoft.ContainerService/managedClusters/listClusterUserCredential/action … On clusters that use
Microsoft Entra ID, users with the clusterUser role have an empty kubeconfig file that prompts a
login" (MicrosoftDocs/azure-aks-docs articles/aks/control-kubeconfig-access.md): without it a member
cannot run `az aks get-credentials`, and the Role that lets the group read the key is of no use.
"""

from __future__ import annotations

from uuid import UUID

from cdk8s import Testing as K8sTesting  # aliased: pytest would collect a class named Testing

from ai_access.gitops.team_access import TeamAccess
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest
from ai_access.names import azure_roles
from ai_access.names.team import CLUSTER_USER, role_assignment_names

GROUP = UUID("3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b")


def _manifests(platform: PlatformConfig, **fields) -> list[dict]:
    request = AccessRequest(
        team="team-x", owner="a@contoso.com", cost_center="CC-1", models=[ModelRequest(name="gpt-4.1", type="foundry")],
        tokens_per_minute=100, daily_token_quota=1000, **fields,
    )
    chart = K8sTesting.chart()
    TeamAccess(chart, "Team", request=request, platform=platform)
    return K8sTesting.synth(chart)


def test_the_teams_group_gets_the_cluster_user_role_on_the_cluster_only(platform: PlatformConfig) -> None:
    role = azure_roles.role_definition_id(platform.azure.subscription_id, azure_roles.AKS_CLUSTER_USER)
    (assignment,) = [m for m in _manifests(platform, entra_group_id=GROUP) if m["metadata"]["name"].startswith(f"{CLUSTER_USER}-")]
    name, azure_name = role_assignment_names(CLUSTER_USER, scope=platform.aks_cluster_id, principal_id=GROUP, role_definition_id=role)
    assert assignment["kind"] == "RoleAssignment" and assignment["metadata"]["name"] == name
    spec = assignment["spec"]
    assert spec["azureName"] == azure_name
    assert spec["owner"] == {"armId": platform.aks_cluster_id}
    assert platform.aks_cluster_id.endswith(f"/providers/Microsoft.ContainerService/managedClusters/{platform.aks.cluster_name}")
    assert (spec["principalId"], spec["principalType"]) == (str(GROUP), "Group")
    assert spec["roleDefinitionReference"] == {"armId": role}


def test_without_a_group_nobody_gets_a_kubeconfig_role(platform: PlatformConfig) -> None:
    assert [m for m in _manifests(platform) if m["kind"] == "RoleAssignment"] == []
