"""The Entra group gets Azure roles on the Foundry project only with `playgroundAccess`: the key Secret is another grant.

`entraGroupId` alone lets the group read the team's key (the Role and RoleBinding of `KeyAccess`);
Azure AI User on the project and Reader on the account (two ASO RoleAssignments) are what
`playgroundAccess: true` adds. A team that did not ask for the playground must not get them.
"""

from __future__ import annotations

from uuid import UUID

import pytest
from cdk8s import Testing as K8sTesting  # aliased: pytest would collect a class named Testing

from ai_access.gitops.team_access import TeamAccess
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest

GROUP = UUID("3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b")


def _manifests(platform: PlatformConfig, **fields) -> list[dict]:
    request = AccessRequest(
        team="team-x",
        owner="a@contoso.com",
        cost_center="CC-1",
        models=[ModelRequest(name="gpt-4.1", type="foundry")],
        tokens_per_minute=100,
        daily_token_quota=1000,
        entra_group_id=GROUP,
        **fields,
    )
    chart = K8sTesting.chart()
    TeamAccess(chart, "Team", request=request, platform=platform)
    return K8sTesting.synth(chart)


def _role_assignments(manifests: list[dict]) -> list[tuple[str, str]]:
    # On the Foundry project and account: the playground's. (The group's kubeconfig role on the cluster,
    # `aks-cluster-user-*`, comes with the key, whatever the playground: tests/gitops/test_key_path.py.)
    return sorted(
        (m["metadata"]["name"], m["spec"]["principalId"])
        for m in manifests
        if m["kind"] == "RoleAssignment" and not m["metadata"]["name"].startswith("aks-cluster-user-")
    )


@pytest.mark.parametrize("playground", [False, None], ids=["false", "not-given"])
def test_without_the_playground_the_group_gets_no_role_assignment_but_still_reads_the_key(platform: PlatformConfig, playground) -> None:
    manifests = _manifests(platform, **({} if playground is None else {"playground_access": playground}))
    assert _role_assignments(manifests) == []
    # the group still reads the key: the RoleBinding of KeyAccess names it
    bindings = [m for m in manifests if m["kind"] == "RoleBinding"]
    assert [subject["name"] for binding in bindings for subject in binding["subjects"]] == [str(GROUP)]
    assert [m["kind"] for m in manifests if m["kind"] == "Project"] == ["Project"]  # the project is there, without roles


def test_with_the_playground_the_group_gets_ai_user_on_the_project_and_reader_on_the_account(platform: PlatformConfig) -> None:
    found = _role_assignments(_manifests(platform, playground_access=True))
    assert [(name.rsplit("-", 1)[0], principal) for name, principal in found] == [
        ("foundry-account-reader", str(GROUP)),
        ("foundry-project-ai-user", str(GROUP)),
    ]
