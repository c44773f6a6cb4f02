"""A team's Foundry project on the shared account, and the Entra group's access to it."""

from __future__ import annotations

from uuid import UUID

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import authz, cogsvc
from ai_access.gitops.group_role import group_role_assignment
from ai_access.gitops.refs import FoundryAccountRef
from ai_access.names import azure_roles
from ai_access.names.labels import RECONCILE_POLICY
from ai_access.names.team import ACCOUNT_READER, FOUNDRY_PROJECT, PROJECT_AI_USER, TeamNames


class FoundryProject(Resource):
    """An ASO `Project` under the shared Foundry account, kept in Azure when the request goes.

    With `group_id`, the group gets Azure AI User on this project only, plus Reader on the account:
    Microsoft's documented mapping for developers ("Sample enterprise RBAC mappings" in "Role-based
    access control for Microsoft Foundry": Azure AI User on the project, Reader on the Foundry
    resource), read-only, so the project sees the shared model deployments. Reader on the account
    also reads every team's project, so the description must hold nothing personal (SECURITY.md).
    `role_assignments` holds the two RoleAssignments (empty without a group).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        account: FoundryAccountRef,
        group_id: UUID | None = None,
        keep_on_delete: bool = True,
        description: str | None = None,
    ) -> None:
        """Declare the project.

        `group_id` defaults to none: no role assignment. `keep_on_delete` (default True) detaches
        the project when the object is deleted, so its data stays in Azure (ASO's reconcile policy).
        """
        super().__init__(scope, id)
        annotations = {RECONCILE_POLICY: "detach-on-delete"} if keep_on_delete else {}
        self._resource(
            cogsvc.Project(
                self,
                "Resource",
                metadata={"name": FOUNDRY_PROJECT, "namespace": names.namespace, "annotations": annotations},
                spec=cogsvc.ProjectSpec(
                    azure_name=names.project_azure_name,
                    owner=cogsvc.ProjectSpecOwner(arm_id=account.arm_id),
                    location=account.location,
                    identity=cogsvc.ProjectSpecIdentity(type=cogsvc.ProjectSpecIdentityType.SYSTEM_ASSIGNED),
                    properties=cogsvc.ProjectSpecProperties(display_name=names.team, description=description),
                ),
            ),
        )
        self.role_assignments: list[authz.RoleAssignment] = []
        """The group's RoleAssignments: Azure AI User on the project, Reader on the account."""
        if group_id is None:
            return
        self.role_assignments = [
            group_role_assignment(
                self,
                "AiUser",
                names=names,
                purpose=PROJECT_AI_USER,
                scope=names.project_arm_id(account.arm_id),
                owner=authz.RoleAssignmentSpecOwner(group="cognitiveservices.azure.com", kind="Project", name=FOUNDRY_PROJECT),
                group_id=group_id,
                role_definition_id=azure_roles.role_definition_id(account.subscription_id, azure_roles.AZURE_AI_USER),
                description=f"Azure AI User on the Foundry project of {names.team}",
            ),
            group_role_assignment(
                self,
                "AccountReader",
                names=names,
                purpose=ACCOUNT_READER,
                scope=account.arm_id,
                owner=authz.RoleAssignmentSpecOwner(arm_id=account.arm_id),
                group_id=group_id,
                role_definition_id=azure_roles.role_definition_id(account.subscription_id, azure_roles.READER),
                description=f"Read-only: lets the project of {names.team} see the shared model deployments",
            ),
        ]
