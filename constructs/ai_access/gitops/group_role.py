"""An ASO RoleAssignment of one built-in role to a team's Entra group: the only kind of assignment teams get.

ASO's identity may write only such assignments (an ABAC condition on its Role Based Access Control
Administrator: these roles, principal type Group; docs/platform.md, "Roles"), so every one sets
`principalType: Group`; its names follow `names.team.role_assignment_names`.
"""

from __future__ import annotations

from uuid import UUID

from constructs import Construct

from ai_access.gitops.bindings import authz
from ai_access.names.team import TeamNames, role_assignment_names


def group_role_assignment(
    parent: Construct,
    id: str,
    *,
    names: TeamNames,
    purpose: str,
    scope: str,
    owner: authz.RoleAssignmentSpecOwner,
    group_id: UUID,
    role_definition_id: str,
    description: str,
) -> authz.RoleAssignment:
    """An ASO RoleAssignment of `role_definition_id` on `owner` (whose ARM id is `scope`) for the team's group."""
    k8s_name, azure_name = role_assignment_names(purpose, scope=scope, principal_id=group_id, role_definition_id=role_definition_id)
    return authz.RoleAssignment(
        parent,
        id,
        metadata={"name": k8s_name, "namespace": names.namespace},
        spec=authz.RoleAssignmentSpec(
            azure_name=azure_name,
            owner=owner,
            principal_id=str(group_id),
            principal_type=authz.RoleAssignmentSpecPrincipalType.GROUP,
            role_definition_reference=authz.RoleAssignmentSpecRoleDefinitionReference(arm_id=role_definition_id),
            description=description,
        ),
    )
