"""A team's Foundry project on the shared account, and the Entra group's access to it."""

from __future__ import annotations

from uuid import UUID

from constructs import Construct

from ai_access.gitops.bindings import RECONCILE_POLICY, authz, cogsvc
from ai_access.models.platform import PlatformConfig
from ai_access.naming import ACCOUNT_READER, FOUNDRY_PROJECT, PROJECT_AI_USER, TeamNames, role_assignment_names

AZURE_AI_USER_ROLE = "53ca6127-db72-4b80-b1b0-d745d6d5456d"
READER_ROLE = "acdd72a7-3385-48ef-bd42-f606fba81ae7"


class FoundryProject(Construct):
    """An ASO `Project` under the shared Foundry account, kept in Azure when the request goes.

    With `group_id`, the group gets Azure AI User on this project only, plus Reader on the account:
    Microsoft's documented mapping for developers ("Sample enterprise RBAC mappings" in "Role-based
    access control for Microsoft Foundry": Azure AI User on the project, Reader on the Foundry
    resource), read-only, so the project sees the shared model deployments. Reader on the account
    also reads every team's project, so the description must hold nothing personal (SECURITY.md).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        platform: PlatformConfig,
        group_id: UUID | None = None,
        description: str = "",
    ) -> None:
        """Declare the project; `group_id` None creates no role assignment."""
        super().__init__(scope, id)
        annotations = {RECONCILE_POLICY: "detach-on-delete"} if platform.foundry.keep_projects_on_delete else {}
        self.resource = cogsvc.Project(
            self,
            "Resource",
            metadata={"name": FOUNDRY_PROJECT, "namespace": names.namespace, "annotations": annotations},
            spec=cogsvc.ProjectSpec(
                azure_name=names.project_azure_name,
                owner=cogsvc.ProjectSpecOwner(arm_id=platform.foundry_account_id),
                location=platform.azure.location,
                identity=cogsvc.ProjectSpecIdentity(type=cogsvc.ProjectSpecIdentityType.SYSTEM_ASSIGNED),
                properties=cogsvc.ProjectSpecProperties(display_name=names.team, description=description or None),
            ),
        )
        if group_id is None:
            return
        role_definitions = f"/subscriptions/{platform.azure.subscription_id}/providers/Microsoft.Authorization/roleDefinitions"
        _group_role(
            self,
            "AiUser",
            names=names,
            purpose=PROJECT_AI_USER,
            scope=names.project_arm_id(platform),
            owner=authz.RoleAssignmentSpecOwner(group="cognitiveservices.azure.com", kind="Project", name=FOUNDRY_PROJECT),
            group_id=group_id,
            role_definition_id=f"{role_definitions}/{AZURE_AI_USER_ROLE}",
            description=f"Azure AI User on the Foundry project of {names.team}",
        )
        _group_role(
            self,
            "AccountReader",
            names=names,
            purpose=ACCOUNT_READER,
            scope=platform.foundry_account_id,
            owner=authz.RoleAssignmentSpecOwner(arm_id=platform.foundry_account_id),
            group_id=group_id,
            role_definition_id=f"{role_definitions}/{READER_ROLE}",
            description=f"Read-only: lets the project of {names.team} see the shared model deployments",
        )


def _group_role(
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
