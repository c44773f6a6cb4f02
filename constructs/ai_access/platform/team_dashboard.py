"""The teams' dashboard: one Azure Monitor workbook with a view per team (`workbook_content.py`)."""

from __future__ import annotations

import json

from cdktf_cdktf_provider_azurerm.application_insights_workbook import ApplicationInsightsWorkbook
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from constructs import Construct

from ai_access.platform.workbook_content import team_dashboard

DISPLAY_NAME = "AI model access: teams"


class TeamDashboard(Construct):
    """The workbook, reading the gateway's Application Insights and the Azure Monitor workspace by ARM id.

    The ids are formed from `platform.yaml` (`PlatformConfig.application_insights_id`,
    `monitor_workspace_id`), as the GitOps layer forms its ARM ids, so the document is plain JSON
    the tests read as they read the stack. No ordering is needed (and no `depends_on`, which cdktf
    writes as quoted references in HCL): a workbook is a document whose queries name their
    resources, run only when someone opens it.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        name: str,
        application_insights_id: str,
        monitor_workspace_id: str,
        tags: dict[str, str],
    ) -> None:
        """Create the workbook `name` (a lowercase GUID, as Azure names workbooks) in `resource_group`."""
        super().__init__(scope, id)
        document = team_dashboard(application_insights_id=application_insights_id, monitor_workspace_id=monitor_workspace_id)
        self.workbook = ApplicationInsightsWorkbook(
            self,
            "Resource",
            name=name,
            display_name=DISPLAY_NAME,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            data_json=json.dumps(document, sort_keys=True),
            description="Token use and refusals at the gateway, and each KAITO model's requests, latency, queue and GPU use, per team",
            tags=tags,
        )
        self.workbook.override_logical_id("team_dashboard")
