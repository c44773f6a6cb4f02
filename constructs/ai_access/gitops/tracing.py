"""Application Insights for a team's traces, its connection string exported to a ConfigMap."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.bindings import insights
from ai_access.models.platform import PlatformConfig
from ai_access.naming import TRACING_COMPONENT, TRACING_CONFIGMAP, TeamNames


class Tracing(Construct):
    """An ASO `Component` in the team resource group, on the platform's Log Analytics workspace."""

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, platform: PlatformConfig) -> None:
        """Declare the component; ASO writes `connectionString` into ConfigMap `ai-tracing`."""
        super().__init__(scope, id)
        self.config_map_name = TRACING_CONFIGMAP
        self.resource = insights.Component(
            self,
            "Resource",
            metadata={"name": TRACING_COMPONENT, "namespace": names.namespace},
            spec=insights.ComponentSpec(
                azure_name=names.component_azure_name,
                owner=insights.ComponentSpecOwner(arm_id=platform.team_resource_group_id),
                location=platform.azure.location,
                kind="web",
                application_type=insights.ComponentSpecApplicationType.WEB,
                ingestion_mode=insights.ComponentSpecIngestionMode.LOG_ANALYTICS,
                workspace_resource_reference=insights.ComponentSpecWorkspaceResourceReference(
                    arm_id=platform.log_analytics_workspace_id
                ),
                operator_spec=insights.ComponentSpecOperatorSpec(
                    config_maps=insights.ComponentSpecOperatorSpecConfigMaps(
                        connection_string=insights.ComponentSpecOperatorSpecConfigMapsConnectionString(
                            name=TRACING_CONFIGMAP, key="connectionString"
                        )
                    )
                ),
                tags={"team": names.team},
            ),
        )
