"""Every name the platform layer gives an Azure resource or a Terraform object, in one place.

Like `ai_access.naming` for the GitOps layer, this is a contract: a changed name makes Terraform
destroy and recreate the resource, and the GitOps layer points at several of these by ARM id
(`models.platform.PlatformConfig`'s `*_id` properties). Names that `platform.yaml` sets directly
(resource groups, the Foundry account, APIM, AKS) are not formed here; the ones derived from the
platform's `name` are. Nothing here imports cdktf, so the GitOps layer and the tests may use it.
"""

from __future__ import annotations

from dataclasses import dataclass

STACK_NAME = "platform"
"""The one Terraform stack; its JSON lands in `<outdir>/stacks/platform/cdk.tf.json`."""
NODES_SUBNET = "snet-aks-nodes"
APIM_SUBNET = "snet-apim"
APIM_SUBNET_DELEGATION = "apim-v2"
APIM_LOGGER = "appinsights"
"""The APIM logger that sends the inference API's telemetry to Application Insights."""
ASO_FEDERATED_CREDENTIAL = "aso"


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
    def aso_identity(self) -> str:
        """The user-assigned identity Azure Service Operator runs as."""
        return f"id-{self.platform}-aso"

    def custom_role(self, purpose: str) -> str:
        """A custom role definition of this platform (role names are unique per tenant)."""
        return f"{self.platform} {purpose}"


def fragment_address(fragment_id: str) -> str:
    """Terraform resource name of a policy fragment (`add-correlation-id` -> `apim_policy_fragment_add_correlation_id`)."""
    return "apim_policy_fragment_" + fragment_id.lower().replace("-", "_")
