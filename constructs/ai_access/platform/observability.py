"""Log Analytics and the workspace-based Application Insights the gateway logs to."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.application_insights import ApplicationInsights
from cdktf_cdktf_provider_azurerm.log_analytics_workspace import LogAnalyticsWorkspace
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from constructs import Construct


class Observability(Construct):
    """A Log Analytics workspace and an Application Insights component on it."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        workspace_name: str,
        application_insights_name: str,
        retention_in_days: int = 30,
        tags: dict[str, str],
    ) -> None:
        """Create both in `resource_group`; retention defaults to the free 30 days."""
        super().__init__(scope, id)
        self.workspace = LogAnalyticsWorkspace(
            self,
            "Workspace",
            name=workspace_name,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            sku="PerGB2018",
            retention_in_days=retention_in_days,
            tags=tags,
        )
        self.workspace.override_logical_id("log_analytics")
        self.application_insights = ApplicationInsights(
            self,
            "ApplicationInsights",
            name=application_insights_name,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            application_type="web",
            workspace_id=self.workspace.id,
            tags=tags,
        )
        self.application_insights.override_logical_id("app_insights")
