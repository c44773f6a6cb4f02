"""Azure Managed Prometheus for the cluster: the Azure Monitor workspace and the data collection that fills it."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.kubernetes_cluster import KubernetesCluster
from cdktf_cdktf_provider_azurerm.monitor_data_collection_endpoint import MonitorDataCollectionEndpoint
from cdktf_cdktf_provider_azurerm.monitor_data_collection_rule import (
    MonitorDataCollectionRule,
    MonitorDataCollectionRuleDataFlow,
    MonitorDataCollectionRuleDataSources,
    MonitorDataCollectionRuleDataSourcesPrometheusForwarder,
    MonitorDataCollectionRuleDestinations,
    MonitorDataCollectionRuleDestinationsMonitorAccount,
)
from cdktf_cdktf_provider_azurerm.monitor_data_collection_rule_association import MonitorDataCollectionRuleAssociation
from cdktf_cdktf_provider_azurerm.monitor_workspace import MonitorWorkspace
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from constructs import Construct

from ai_access.names.platform import PROMETHEUS_DATA_SOURCE, PROMETHEUS_DESTINATION, PlatformNames

PROMETHEUS_STREAM = "Microsoft-PrometheusMetrics"


class ManagedPrometheus(Construct):
    """The workspace the AKS metrics add-on writes to, and the rule that sends it the cluster's metrics.

    The resources are the ones Microsoft's own Terraform template for the add-on declares
    (Azure/prometheus-collector `AddonTerraformTemplate/main.tf`): an Azure Monitor workspace, a
    Linux data collection endpoint, a data collection rule forwarding the stream
    `Microsoft-PrometheusMetrics` to the workspace, and its association with the cluster; the
    cluster itself turns the add-on on with its `monitor_metrics` block (`aks_cluster.py`). The
    add-on then scrapes what the teams' PodMonitors select (`gitops/pod_monitor.py`).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        names: PlatformNames,
        cluster: KubernetesCluster,
        tags: dict[str, str],
    ) -> None:
        """Create the workspace and the data collection in `resource_group`, for `cluster`."""
        super().__init__(scope, id)
        where = {"location": resource_group.location, "resource_group_name": resource_group.name}
        self.workspace = MonitorWorkspace(self, "Workspace", name=names.monitor_workspace, tags=tags, **where)
        self.workspace.override_logical_id("monitor_workspace")
        self.endpoint = MonitorDataCollectionEndpoint(self, "Endpoint", name=names.prometheus_endpoint, kind="Linux", tags=tags, **where)
        self.endpoint.override_logical_id("prometheus_endpoint")
        self.rule = MonitorDataCollectionRule(
            self,
            "Rule",
            name=names.prometheus_rule,
            kind="Linux",
            data_collection_endpoint_id=self.endpoint.id,
            destinations=MonitorDataCollectionRuleDestinations(
                monitor_account=[MonitorDataCollectionRuleDestinationsMonitorAccount(monitor_account_id=self.workspace.id, name=PROMETHEUS_DESTINATION)]
            ),
            data_flow=[MonitorDataCollectionRuleDataFlow(streams=[PROMETHEUS_STREAM], destinations=[PROMETHEUS_DESTINATION])],
            data_sources=MonitorDataCollectionRuleDataSources(
                prometheus_forwarder=[MonitorDataCollectionRuleDataSourcesPrometheusForwarder(name=PROMETHEUS_DATA_SOURCE, streams=[PROMETHEUS_STREAM])]
            ),
            description="The AKS cluster's Prometheus metrics (Azure Managed Prometheus) to the Azure Monitor workspace",
            tags=tags,
            **where,
        )
        self.rule.override_logical_id("prometheus_rule")
        self.association = MonitorDataCollectionRuleAssociation(
            self,
            "Association",
            name=names.prometheus_rule_association,
            target_resource_id=cluster.id,
            data_collection_rule_id=self.rule.id,
            description="Deleting this association stops the collection of the cluster's Prometheus metrics.",
        )
        self.association.override_logical_id("prometheus_rule_association")
