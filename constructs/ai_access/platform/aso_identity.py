"""The identity Azure Service Operator runs as, with the narrowest roles its manifests need."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.api_management import ApiManagement
from cdktf_cdktf_provider_azurerm.cognitive_account import CognitiveAccount
from cdktf_cdktf_provider_azurerm.federated_identity_credential import FederatedIdentityCredential
from cdktf_cdktf_provider_azurerm.kubernetes_cluster import KubernetesCluster
from cdktf_cdktf_provider_azurerm.log_analytics_workspace import LogAnalyticsWorkspace
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from cdktf_cdktf_provider_azurerm.role_assignment import RoleAssignment
from cdktf_cdktf_provider_azurerm.role_definition import RoleDefinition, RoleDefinitionPermissions
from cdktf_cdktf_provider_azurerm.user_assigned_identity import UserAssignedIdentity
from constructs import Construct

from ai_access.names import azure_roles
from ai_access.names.platform import ASO_FEDERATED_CREDENTIAL, FOUNDRY_PROJECT_OPERATOR, WORKSPACE_LINKER, PlatformNames

TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange"


class AsoIdentity(Construct):
    """A user-assigned identity federated with ASO's service account, and its scoped roles."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: PlatformNames,
        resource_group: ResourceGroup,
        cluster: KubernetesCluster,
        namespace: str,
        service_account: str,
        apim: ApiManagement,
        foundry_account: CognitiveAccount,
        team_resource_group: ResourceGroup,
        log_analytics_workspace: LogAnalyticsWorkspace,
        tags: dict[str, str],
    ) -> None:
        """Federate with `system:serviceaccount:<namespace>:<service_account>` on `cluster`'s issuer.

        The two custom roles are defined in `resource_group` (custom roles cannot be defined on a
        single resource) and *assigned* only on the Foundry account and the Log Analytics workspace.
        """
        super().__init__(scope, id)
        self.identity = UserAssignedIdentity(
            self,
            "Resource",
            name=names.aso_identity,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            tags=tags,
        )
        self.identity.override_logical_id("aso_identity")
        self.subject = f"system:serviceaccount:{namespace}:{service_account}"
        self.federation = FederatedIdentityCredential(
            self,
            "Federation",
            name=ASO_FEDERATED_CREDENTIAL,
            parent_id=self.identity.id,
            resource_group_name=resource_group.name,
            issuer=cluster.oidc_issuer_url,
            subject=self.subject,
            audience=[TOKEN_EXCHANGE_AUDIENCE],
        )
        self.federation.override_logical_id("aso_federated_credential")

        # Built-in roles on Foundry would let ASO also change the account (re-enable keys, edit shared
        # deployments); this role can only read the account and manage its projects.
        self.foundry_projects_role = RoleDefinition(
            self,
            "FoundryProjectOperatorRole",
            name=names.custom_role(FOUNDRY_PROJECT_OPERATOR),
            scope=resource_group.id,
            assignable_scopes=[resource_group.id],
            description="Read the Foundry account and create, update and delete its projects (ASO).",
            permissions=[
                RoleDefinitionPermissions(
                    actions=[
                        "Microsoft.CognitiveServices/accounts/read",
                        "Microsoft.CognitiveServices/accounts/projects/*",
                    ]
                )
            ],
        )
        self.foundry_projects_role.override_logical_id("role_foundry_project_operator")
        # A workspace-based Application Insights component is linked to the workspace by id; ARM
        # checks the caller can read that workspace. Reading its definition is enough; Log Analytics
        # Reader would also expose every log in it, Log Analytics Contributor would allow changing it.
        self.workspace_link_role = RoleDefinition(
            self,
            "WorkspaceLinkRole",
            name=names.custom_role(WORKSPACE_LINKER),
            scope=resource_group.id,
            assignable_scopes=[resource_group.id],
            description="Read the Log Analytics workspace definition, to link Application Insights to it (ASO).",
            permissions=[RoleDefinitionPermissions(actions=["Microsoft.OperationalInsights/workspaces/read"])],
        )
        self.workspace_link_role.override_logical_id("role_workspace_linker")

        principal = self.identity.principal_id
        self.role_assignments: dict[str, RoleAssignment] = {}
        self._assign(
            "ApimServiceContributor",
            "aso_apim_service_contributor",
            scope=apim.id,
            role_definition_name="API Management Service Contributor",
            principal_id=principal,
        )
        self._assign(
            "FoundryProjectOperator",
            "aso_foundry_project_operator",
            scope=foundry_account.id,
            role_definition_id=self.foundry_projects_role.role_definition_resource_id,
            principal_id=principal,
        )
        self._assign(
            "FoundryRoleAssigner",
            "aso_foundry_role_assigner",
            scope=foundry_account.id,
            role_definition_name="Role Based Access Control Administrator",
            principal_id=principal,
            condition=delegation_condition([azure_roles.AZURE_AI_USER, azure_roles.READER]),
            condition_version="2.0",
        )
        # Each team group's kubeconfig role (gitops/key_access.py): the same condition, with only that role.
        self._assign(
            "ClusterUserAssigner",
            "aso_cluster_user_assigner",
            scope=cluster.id,
            role_definition_name="Role Based Access Control Administrator",
            principal_id=principal,
            condition=delegation_condition([azure_roles.AKS_CLUSTER_USER]),
            condition_version="2.0",
        )
        self._assign(
            "TeamComponentContributor",
            "aso_team_appinsights_contributor",
            scope=team_resource_group.id,
            role_definition_name="Application Insights Component Contributor",
            principal_id=principal,
        )
        self._assign(
            "WorkspaceLinker",
            "aso_workspace_linker",
            scope=log_analytics_workspace.id,
            role_definition_id=self.workspace_link_role.role_definition_resource_id,
            principal_id=principal,
        )

    def _assign(self, id: str, address: str, **props: object) -> None:
        assignment = RoleAssignment(self, id, principal_type="ServicePrincipal", **props)
        assignment.override_logical_id(address)
        self.role_assignments[address] = assignment


def delegation_condition(role_definition_ids: list[str]) -> str:
    """ABAC condition: role assignments written or deleted may use only these roles, for groups only.

    Teams get access through their Entra group, so ASO never needs to assign a role to a user or a
    service principal; refusing those keeps a compromised ASO from granting itself anything.
    """
    guids = ", ".join(role_definition_ids)
    return (
        "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR "
        f"(@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {{{guids}}} "
        "AND @Request[Microsoft.Authorization/roleAssignments:PrincipalType] "
        "ForAnyOfAnyValues:StringEqualsIgnoreCase {'Group'})) AND "
        "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR "
        f"(@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {{{guids}}}))"
    )
