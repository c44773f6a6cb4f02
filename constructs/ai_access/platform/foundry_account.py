"""The shared Foundry (AIServices) account and one deployment per catalog model."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.cognitive_account import CognitiveAccount, CognitiveAccountIdentity
from cdktf_cdktf_provider_azurerm.cognitive_deployment import (
    CognitiveDeployment,
    CognitiveDeploymentModel,
    CognitiveDeploymentSku,
)
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from constructs import Construct

from ai_access.models.platform import FoundrySettings
from ai_access.names.team import model_slug


class FoundryAccount(Construct):
    """A Foundry account (Entra auth only, projects enabled) with the catalog's model deployments."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        settings: FoundrySettings,
        tags: dict[str, str],
    ) -> None:
        """Create the account and `settings.models` as deployments named after their catalog keys."""
        super().__init__(scope, id)
        self.account = CognitiveAccount(
            self,
            "Resource",
            name=settings.account_name,
            kind="AIServices",
            sku_name=settings.sku_name,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            custom_subdomain_name=settings.custom_subdomain,
            project_management_enabled=True,
            # Keys would bypass the gateway's per-team limits; every caller uses Entra ID.
            local_auth_enabled=False,
            identity=CognitiveAccountIdentity(type="SystemAssigned"),
            tags=tags,
        )
        self.account.override_logical_id("foundry")
        self.deployments: dict[str, CognitiveDeployment] = {}
        # The account accepts one deployment change at a time (409 RequestConflict otherwise), so
        # the deployments are chained: each takes the account's id from the one before, a reference
        # that makes Terraform handle them one after the other. A reference rather than depends_on,
        # which cdktf writes as quoted addresses in its HCL output (deprecated in Terraform).
        account_id = self.account.id
        for name, model in settings.models.items():
            deployment = CognitiveDeployment(
                self,
                f"Deployment-{model_slug(name)}",
                name=name,
                cognitive_account_id=account_id,
                model=CognitiveDeploymentModel(format=model.format, name=model.model_name, version=model.version),
                sku=CognitiveDeploymentSku(name=model.sku_name, capacity=model.capacity_units),
                # A pinned version is the catalog's promise to teams; upgrades go through platform.yaml.
                version_upgrade_option="NoAutoUpgrade",
            )
            deployment.override_logical_id(deployment_address(name))
            self.deployments[name] = deployment
            account_id = deployment.cognitive_account_id


def deployment_address(deployment_name: str) -> str:
    """Terraform resource name of a catalog deployment (`gpt-4.1` -> `foundry_deployment_gpt_4_1`)."""
    return "foundry_deployment_" + model_slug(deployment_name).replace("-", "_")
