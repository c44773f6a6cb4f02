"""The PodMonitor that has Azure Managed Prometheus scrape one KAITO workspace's inference pods."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import azmonitoring
from ai_access.names.labels import KAITO_WORKSPACE_LABEL, METRIC_MODEL_LABEL, METRIC_TEAM_LABEL, SYNC_OPTIONS
from ai_access.names.team import TeamNames

VLLM_METRICS_PORT = 5000
"""The inference container's port, where vLLM also serves `/metrics`.

KAITO's vLLM wrapper listens on 5000 (presets/workspace/inference/vllm/inference_api.py, `"port":
5000 + local_rank`) and declares it as the container's port (pkg/workspace/inference/
preset_inferences.go, `containerPorts`): unnamed up to v0.11.0, named `http` from v0.12.0. So the
number, never the name: `portNumber` keeps the pods whose container declares that port
(prometheus-operator v0.92.0 pkg/prometheus/promcfg.go, `__meta_kubernetes_pod_container_port_number`;
the add-on's target allocator is built on that release). `targetPort` would do the same but is
deprecated there.
"""
METRICS_PATH = "/metrics"
SCRAPE_INTERVAL = "30s"
"""The add-on's own default interval for its targets; each sample is billed at ingestion."""


class PodMonitor(Resource):
    """Scrapes one workspace's vLLM metrics, labelled with the team and the model, in the team's namespace.

    KAITO labels a workspace's pods `kaito.sh/workspace: <workspace>` and nothing else of ours
    (pkg/workspace/manifests/manifests.go: the StatefulSet's selector and pod template). A workspace
    name is the same for two teams serving one model on one size, so the monitor also names the
    team's namespace as the only one it looks in: it never selects another team's pods. The
    relabelings put `team` and `model` on every series (and on `up`), which the alert rules and
    the dashboard select on. One per workspace, like its NetworkPolicy, and pruned last with it:
    during a rollover both workspaces are scraped.

    The AKS metrics add-on (ama-metrics) reads `azmonitoring.coreos.com` PodMonitors in every
    namespace (Azure/prometheus-collector, the add-on chart's ama-metrics-podmonitor-crd.yaml).
    """

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, model: str, workspace: str) -> None:
        """Declare the PodMonitor of `workspace`, serving `model` for the team of `names`."""
        super().__init__(scope, id)
        monitor = azmonitoring.PodMonitor(
            self,
            "Resource",
            metadata={"name": names.pod_monitor(workspace), "namespace": names.namespace, "annotations": {SYNC_OPTIONS: "PruneLast=true"}},
            spec=azmonitoring.PodMonitorSpec(
                selector=azmonitoring.PodMonitorSpecSelector(match_labels={KAITO_WORKSPACE_LABEL: workspace}),
                namespace_selector=azmonitoring.PodMonitorSpecNamespaceSelector(match_names=[names.namespace]),
                pod_metrics_endpoints=[
                    azmonitoring.PodMonitorSpecPodMetricsEndpoints(
                        port_number=VLLM_METRICS_PORT,
                        path=METRICS_PATH,
                        interval=SCRAPE_INTERVAL,
                        relabelings=[
                            _label(METRIC_TEAM_LABEL, names.team),
                            _label(METRIC_MODEL_LABEL, model),
                        ],
                    )
                ],
            ),
        )
        self._resource(monitor)
        self.workspace = workspace
        """The workspace whose pods it selects."""


def _label(name: str, value: str) -> azmonitoring.PodMonitorSpecPodMetricsEndpointsRelabelings:
    """A relabeling that sets `name` to `value` on every target (Prometheus `replace` without source labels)."""
    return azmonitoring.PodMonitorSpecPodMetricsEndpointsRelabelings(
        action=azmonitoring.PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, target_label=name, replacement=value
    )
