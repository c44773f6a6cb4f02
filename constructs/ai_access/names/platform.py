"""The Azure names the platform layer forms, in one place: those derived from the platform's `name`, and its fixed ones.

Like `ai_access.names.team` for the GitOps layer, this is a contract: a changed name makes Terraform
destroy and recreate the resource, and the GitOps layer points at several of these by ARM id
(`models.platform.PlatformConfig`'s `*_id` properties). Names that `platform.yaml` sets directly
(resource groups, the Foundry account, APIM, AKS) are not formed here. Two kinds of name stay beside
their resource, each asserted in the platform tests: a Terraform address, set with
`override_logical_id` where the resource is declared, and a network security group's rule names.
Nothing here imports cdktf, so the GitOps layer and the tests may use it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ai_access.names import team
from ai_access.names import team as team_names

if TYPE_CHECKING:  # the platform model imports this module; names are read from it, never imported back
    from ai_access.models.platform import PlatformConfig

STACK_NAME = "platform"
"""The platform's Terraform stack, built from `platform.yaml` alone; its JSON lands in `<outdir>/stacks/platform/cdk.tf.json`."""
TEAM_ALERTS_STACK = "team-alerts"
"""The second stack: each team's alert rules and action group, from `platform.yaml` and the requests (docs/observability.md)."""
NODES_SUBNET = "snet-aks-nodes"
APIM_SUBNET = "snet-apim"
APIM_SUBNET_DELEGATION = "apim-v2"
SYSTEM_POOL = "system"
USER_POOL = "user"
"""AKS node pools: critical add-ons, and the platform's own workloads (ArgoCD, ASO)."""
APIM_LOGGER = "appinsights"
"""The APIM logger that sends the inference API's telemetry to Application Insights."""
ASO_FEDERATED_CREDENTIAL = "aso"
APIM_NSG = "apim"
NODES_NSG = "aks-nodes"
"""The subnets with a network security group of their own, as `PlatformNames.network_security_group` names it."""
PROMETHEUS_DESTINATION = "MonitoringAccount1"
"""The data collection rule's name for its Azure Monitor workspace destination (Microsoft's AKS add-on template's)."""
PROMETHEUS_DATA_SOURCE = "PrometheusDataSource"
"""The data collection rule's name for the cluster's Prometheus forwarder."""
TEAM_DASHBOARD = "dashboard"
"""Purpose of the workbook, in its GUID name (`PlatformNames.workbook`)."""
_WORKBOOK_NAMESPACE = uuid.UUID("b2f0c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
FOUNDRY_PROJECT_OPERATOR = "Foundry project operator"
WORKSPACE_LINKER = "Log Analytics workspace linker"
"""Purposes of the platform's custom roles (`PlatformNames.custom_role`)."""


@dataclass(frozen=True)
class PlatformNames:
    """The names derived from the platform's `name` (`platform.yaml` `name:`)."""

    platform: str

    @property
    def log_analytics_workspace(self) -> str:
        """The Log Analytics workspace everything logs to."""
        return f"log-{self.platform}"

    @property
    def application_insights(self) -> str:
        """The gateway's Application Insights component."""
        return f"appi-{self.platform}"

    @property
    def virtual_network(self) -> str:
        """The VNet AKS and the gateway share."""
        return f"vnet-{self.platform}"

    def network_security_group(self, subnet: str) -> str:
        """The NSG of one subnet (`apim`, `aks-nodes`)."""
        return f"nsg-{self.virtual_network}-{subnet}"

    @property
    def monitor_workspace(self) -> str:
        """The Azure Monitor workspace managed Prometheus writes to (at most 44 characters, as Microsoft's add-on template cuts them)."""
        return _cut(f"amw-{self.platform}", 44)

    @property
    def prometheus_endpoint(self) -> str:
        """The data collection endpoint of the cluster's Prometheus metrics (at most 44 characters)."""
        return _cut(f"dce-{self.platform}-prom", 44)

    @property
    def prometheus_rule(self) -> str:
        """The data collection rule sending the cluster's Prometheus metrics to the workspace (at most 64 characters)."""
        return _cut(f"dcr-{self.platform}-prom", 64)

    @property
    def prometheus_rule_association(self) -> str:
        """The association of that rule with the cluster."""
        return _cut(f"dcra-{self.platform}-prom", 64)

    @property
    def workbook(self) -> str:
        """The teams' dashboard workbook: Azure names a workbook by a lowercase GUID, this one of the platform name."""
        return str(uuid.uuid5(_WORKBOOK_NAMESPACE, f"{self.platform}|{TEAM_DASHBOARD}"))

    @property
    def aso_identity(self) -> str:
        """The user-assigned identity Azure Service Operator runs as."""
        return f"id-{self.platform}-aso"

    def custom_role(self, purpose: str) -> str:
        """A custom role definition of this platform (role names are unique per tenant)."""
        return f"{self.platform} {purpose}"

    def derived(self) -> dict[str, str]:
        """Every name above, by what it names."""
        return {
            "Log Analytics workspace": self.log_analytics_workspace,
            "Application Insights": self.application_insights,
            "virtual network": self.virtual_network,
            **{f"network security group of {subnet}": self.network_security_group(subnet) for subnet in (APIM_NSG, NODES_NSG)},
            "identity of Azure Service Operator": self.aso_identity,
            "Azure Monitor workspace": self.monitor_workspace,
            "Prometheus data collection endpoint": self.prometheus_endpoint,
            "Prometheus data collection rule": self.prometheus_rule,
            "Prometheus data collection rule association": self.prometheus_rule_association,
            "teams' dashboard workbook": self.workbook,
            **{f"custom role {purpose}": self.custom_role(purpose) for purpose in (FOUNDRY_PROJECT_OPERATOR, WORKSPACE_LINKER)},
        }


def _cut(name: str, limit: int) -> str:
    """`name` cut to `limit` characters, never ending in '-'."""
    return name[:limit].rstrip("-")


def azure_names(config: PlatformConfig) -> dict[str, str]:
    """Every Azure name the platform stack gives a resource, lower-cased (Azure compares names without case), to what it names.

    The names derived here (`PlatformNames`) and the ones `platform.yaml` sets. A team's derived
    names must be none of these (`ai_access.validation.names.platform_collisions`).
    """
    apim, foundry, aks = config.apim, config.foundry, config.aks
    named = {
        **PlatformNames(config.name).derived(),
        "platform resource group": config.azure.resource_group,
        "team resource group": config.azure.team_resource_group,
        "Foundry account": foundry.account_name,
        "Foundry account's subdomain": foundry.custom_subdomain,
        "API Management service": apim.service_name,
        "unified inference API": apim.api_id,
        "Foundry backend of the gateway": apim.foundry_backend_id,
        "gateway's logger": APIM_LOGGER,
        "AKS cluster": aks.cluster_name,
        "AKS DNS prefix": aks.dns_prefix,
        "AKS nodes' subnet": NODES_SUBNET,
        "gateway's subnet": APIM_SUBNET,
        "federated credential of Azure Service Operator": ASO_FEDERATED_CREDENTIAL,
        **{f"policy fragment {fragment_id}": fragment_id for fragment_id in apim.policy_fragments},
        **{f"Foundry deployment {name}": name for name in foundry.models},
    }
    by_name: dict[str, str] = {}
    for what, name in named.items():
        by_name.setdefault(name.lower(), what)
    return by_name


def team_alerts_address(team: str) -> str:
    """Terraform name of a team's action group in the team-alerts stack (`team-alpha` -> `action_group_team-alpha`)."""
    return f"action_group_{team}"


def kaito_rules_address(team: str, model: str) -> str:
    """Terraform name of a team's rule group of one KAITO model: the team, `_`, the model's slug (neither holds `_`)."""
    return f"kaito_rules_{team}_{team_names.model_slug(model)}"


def fragment_address(fragment_id: str) -> str:
    """Terraform resource name of a policy fragment (`add-correlation-id` -> `apim_policy_fragment_add_correlation_id`)."""
    return "apim_policy_fragment_" + fragment_id.lower().replace("-", "_")


def kubernetes_names(platform: PlatformConfig) -> dict[str, str]:
    """Every Kubernetes name the platform uses outside team namespaces, to what it names."""
    aks, gitops = platform.aks, platform.gitops
    return {
        gitops.argocd_namespace: "ArgoCD namespace",
        aks.ingress_namespace: "ingress controller's namespace",
        aks.aso_namespace: "Azure Service Operator's namespace",
        aks.aso_service_account: "Azure Service Operator's service account",
        aks.ingress_class_name: "ingress class",
        team.APPLICATION_SET: "ApplicationSet of every team",
        team.ROOT_APPLICATION: "root Application",
        team.PLATFORM_APP_PROJECT: "platform's AppProject",
    }


def api_diagnostic(api_id: str) -> str:
    """The deployment that turns on the inference API's metrics diagnostic (`platform/ai_gateway.py`)."""
    return f"{api_id}-appinsights-diagnostic"
