"""The Terraform stack of the platform layer: provider, the platform, and its outputs."""

from __future__ import annotations

from collections.abc import Mapping

from cdktf import LocalBackend, TerraformOutput, TerraformStack
from cdktf_cdktf_provider_azurerm.provider import AzurermProvider, AzurermProviderFeatures
from constructs import Construct

from ai_access.models.platform import PlatformConfig
from ai_access.platform.ai_platform import AiPlatform


class PlatformStack(TerraformStack):
    """One deployable stack holding the whole shared platform described by `config`."""

    def __init__(self, scope: Construct, id: str, *, config: PlatformConfig, policy_fragments: Mapping[str, str] | None = None) -> None:
        """Configure azurerm for `config.azure.subscription_id` and add the platform and outputs."""
        super().__init__(scope, id)
        # cdktf's default local backend bakes the absolute project path into the output; this keeps
        # cdk.tf.json reproducible and the state at the project root (terraform runs in
        # cdktf.out/stacks/<stack>). A shared platform should use an azurerm backend instead.
        LocalBackend(self, path=f"../../../terraform.{id}.tfstate")
        AzurermProvider(
            self,
            "azurerm",
            features=[AzurermProviderFeatures()],
            subscription_id=str(config.azure.subscription_id),
            tenant_id=str(config.azure.tenant_id),
        )
        self.platform = AiPlatform(self, "Platform", config=config, policy_fragments=policy_fragments)
        platform = self.platform

        outputs = {
            "gateway_url": (platform.gateway.service.gateway_url, "APIM gateway URL"),
            "inference_url": (
                f"{platform.gateway.service.gateway_url}/{config.apim.api_path}",
                "Base URL of the unified OpenAI-compatible API (what team clients point at)",
            ),
            "foundry_endpoint": (platform.foundry.account.endpoint, "Foundry account endpoint"),
            "cluster_name": (platform.aks.cluster.name, "AKS cluster name"),
            "oidc_issuer_url": (platform.aks.cluster.oidc_issuer_url, "AKS OIDC issuer (workload identity)"),
            "aso_client_id": (platform.aso.identity.client_id, "Client id ASO authenticates as (AZURE_CLIENT_ID)"),
            "aso_principal_id": (platform.aso.identity.principal_id, "Object id of ASO's identity"),
            "apim_principal_id": (
                platform.gateway.service.identity.principal_id,
                "Object id of the gateway's managed identity",
            ),
            "ingress_private_ip": (config.aks.ingress_private_ip, "Address the internal ingress controller must use"),
        }
        for name, (value, description) in outputs.items():
            TerraformOutput(self, name, value=value, description=description)
