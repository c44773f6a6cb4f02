"""Application Insights for a team's traces, its connection string exported to a ConfigMap."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import insights
from ai_access.gitops.refs import NamedObject, TracingPlacementRef
from ai_access.names.team import TRACING_COMPONENT, TRACING_CONFIGMAP, TeamNames


class Tracing(Resource):
    """An ASO `Component` in the team resource group, on the platform's Log Analytics workspace."""

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, placement: TracingPlacementRef) -> None:
        """Declare the component; ASO writes `connectionString` into ConfigMap `ai-tracing`."""
        super().__init__(scope, id)
        self.config_map = NamedObject("ConfigMap", TRACING_CONFIGMAP)
        """The ConfigMap ASO writes the connection string into (key `connectionString`)."""
        self._resource(
            insights.Component(
                self,
                "Resource",
                metadata={"name": TRACING_COMPONENT, "namespace": names.namespace},
                spec=insights.ComponentSpec(
                    azure_name=names.component_azure_name,
                    owner=insights.ComponentSpecOwner(arm_id=placement.resource_group_arm_id),
                    location=placement.location,
                    kind="web",
                    application_type=insights.ComponentSpecApplicationType.WEB,
                    ingestion_mode=insights.ComponentSpecIngestionMode.LOG_ANALYTICS,
                    workspace_resource_reference=insights.ComponentSpecWorkspaceResourceReference(
                        arm_id=placement.log_analytics_workspace_arm_id
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
            ),
        )
