"""The composition of every shared platform resource, wired from one `PlatformConfig`."""

from __future__ import annotations

from collections.abc import Mapping

from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from constructs import Construct

from ai_access.models.platform import PlatformConfig
from ai_access.names.platform import PlatformNames
from ai_access.platform.ai_gateway import AiGateway
from ai_access.platform.aks_cluster import AksCluster
from ai_access.platform.aso_identity import AsoIdentity
from ai_access.platform.foundry_account import FoundryAccount
from ai_access.platform.managed_prometheus import ManagedPrometheus
from ai_access.platform.network import PlatformNetwork
from ai_access.platform.observability import Observability
from ai_access.platform.team_dashboard import TeamDashboard


class AiPlatform(Construct):
    """Resource groups, network, observability (managed Prometheus, the teams' dashboard), AKS, Foundry, the AI gateway and ASO's identity."""

    def __init__(self, scope: Construct, id: str, *, config: PlatformConfig, policy_fragments: Mapping[str, str] | None = None) -> None:
        """Create everything `config` describes; names come from `config`, never from ids.

        `policy_fragments` (id -> XML, default none) are the fragments `apim.policyFragments` names,
        read by the loader: every team's product policy includes them.
        """
        super().__init__(scope, id)
        tags = {"platform": config.name, "managed-by": "cdktf"}
        names = PlatformNames(config.name)
        location = config.azure.location

        self.resource_group = ResourceGroup(
            self, "ResourceGroup", name=config.azure.resource_group, location=location, tags=tags
        )
        self.resource_group.override_logical_id("platform_rg")
        # Empty on purpose: ASO fills it with per-team Application Insights components.
        self.team_resource_group = ResourceGroup(
            self, "TeamResourceGroup", name=config.azure.team_resource_group, location=location, tags=tags
        )
        self.team_resource_group.override_logical_id("team_rg")

        self.observability = Observability(
            self,
            "Observability",
            resource_group=self.resource_group,
            workspace_name=names.log_analytics_workspace,
            application_insights_name=names.application_insights,
            tags=tags,
        )
        self.network = PlatformNetwork(
            self,
            "Network",
            resource_group=self.resource_group,
            names=names,
            ingress_private_ip=config.aks.ingress_private_ip,
            tags=tags,
        )
        self.aks = AksCluster(
            self,
            "Aks",
            resource_group=self.resource_group,
            settings=config.aks,
            tenant_id=str(config.azure.tenant_id),
            nodes_subnet=self.network.nodes_subnet,
            log_analytics_workspace=self.observability.workspace,
            tags=tags,
        )
        self.prometheus = ManagedPrometheus(self, "Prometheus", resource_group=self.resource_group, names=names, cluster=self.aks.cluster, tags=tags)
        self.dashboard = TeamDashboard(
            self,
            "Dashboard",
            resource_group=self.resource_group,
            name=names.workbook,
            application_insights_id=config.application_insights_id,
            monitor_workspace_id=config.monitor_workspace_id,
            tags=tags,
        )
        self.foundry = FoundryAccount(self, "Foundry", resource_group=self.resource_group, settings=config.foundry, tags=tags)
        self.gateway = AiGateway(
            self,
            "Gateway",
            resource_group=self.resource_group,
            settings=config.apim,
            foundry_account=self.foundry.account,
            foundry_endpoint=config.foundry.endpoint,
            foundry_role_name=gateway_foundry_role(config),
            application_insights=self.observability.application_insights,
            integration_subnet=self.network.apim_nsg_association,
            policy_fragments=policy_fragments or {},
            tags=tags,
        )
        self.aso = AsoIdentity(
            self,
            "AsoIdentity",
            names=names,
            resource_group=self.resource_group,
            cluster=self.aks.cluster,
            namespace=config.aks.aso_namespace,
            service_account=config.aks.aso_service_account,
            apim=self.gateway.service,
            foundry_account=self.foundry.account,
            team_resource_group=self.team_resource_group,
            log_analytics_workspace=self.observability.workspace,
            tags=tags,
        )


def gateway_foundry_role(config: PlatformConfig) -> str:
    """The data-plane role the gateway needs on Foundry: OpenAI User unless the catalog has non-OpenAI models.

    "Cognitive Services OpenAI User" covers only OpenAI-format deployments; models from other
    providers (Meta, Mistral, ...) on the same account need the broader "Cognitive Services User".
    """
    if all(model.format == "OpenAI" for model in config.foundry.models.values()):
        return "Cognitive Services OpenAI User"
    return "Cognitive Services User"
