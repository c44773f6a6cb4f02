"""The team-alerts stack: every team's alert rules and action group, from `platform.yaml` and the validated requests."""

from __future__ import annotations

from collections.abc import Sequence

from cdktf import LocalBackend, TerraformStack
from cdktf_cdktf_provider_azurerm.provider import AzurermProvider, AzurermProviderFeatures
from constructs import Construct

from ai_access.models.platform import PlatformConfig
from ai_access.platform.alert_targets import AlertTarget
from ai_access.platform.team_alerts import RulePlacement, TeamAlerts


class TeamAlertsStack(TerraformStack):
    """A stack of its own beside the platform's: it changes with the requests, the platform stack never does.

    Its resources sit in the team resource group and point at the platform's Azure Monitor
    workspace and cluster by ARM ids formed from `platform.yaml`, so it reads nothing of the
    platform stack's state; apply the platform stack first (docs/observability.md).
    """

    def __init__(self, scope: Construct, id: str, *, config: PlatformConfig, targets: Sequence[AlertTarget]) -> None:
        """Configure azurerm as the platform stack does and add one `TeamAlerts` per target, in team order."""
        super().__init__(scope, id)
        LocalBackend(self, path=f"../../../terraform.{id}.tfstate")
        AzurermProvider(
            self,
            "azurerm",
            features=[AzurermProviderFeatures()],
            subscription_id=str(config.azure.subscription_id),
            tenant_id=str(config.azure.tenant_id),
        )
        placement = RulePlacement(
            resource_group_name=config.azure.team_resource_group,
            location=config.azure.location,
            scopes=(config.monitor_workspace_id, config.aks_cluster_id),
            cluster_name=config.aks.cluster_name,
            platform_email=str(config.observability.platform_email),
            thresholds=config.observability.kaito_alerts,
        )
        tags = {"platform": config.name, "managed-by": "cdktf"}
        self.teams = [TeamAlerts(self, target.team, target=target, placement=placement, tags=tags) for target in sorted(targets, key=lambda t: t.team)]
