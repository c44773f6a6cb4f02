"""The metrics part of verify: each KAITO model's workspace is scraped, and where the team's dashboard is.

A model's metrics reach Azure Managed Prometheus when its PodMonitor exists and selects at least
one running inference pod that declares vLLM's port: the metrics add-on scrapes exactly those
(docs/observability.md). The PodMonitor's line comes from the Kubernetes checks; the pods from the
listing `cluster_checks` made with the PodMonitor's own selector, as the cluster holds it. What
Prometheus then stores is not read here (that needs an Azure identity on the workspace): the
dashboard shows it, and this prints its link.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ai_access.problems import shown_name
from ai_access.verify.cluster_checks import METRICS as AREA
from ai_access.verify.cluster_checks import ClusterFindings
from ai_access.verify.results import Check, failed, ok, skipped
from ai_access.verify.server_data import items, mapping, text
from ai_access.verify.team_folder import TeamFolder

PORTAL = "https://portal.azure.com/#@{tenant}/resource{resource}"
"""The Azure portal's link to a resource by its ARM id, in a tenant; a workbook's opens the workbook."""
SHOWN_PODS = 3


def dashboard_link(*, workbook_id: str, tenant_id: str) -> str:
    """The portal link of the teams' dashboard."""
    return PORTAL.format(tenant=tenant_id, resource=quote(workbook_id, safe="/"))


def dashboard_note(team: str, link: str) -> str:
    """The line saying how to look at the team's dashboard."""
    return (
        f"dashboard: {link} and pick Team {team}: the gateway's tokens and refusals, and each KAITO model's requests, latency, "
        "queue and GPU use (it needs Reader on the workbook and Application Insights, and Monitoring Data Reader on the Azure Monitor workspace)"
    )


def metrics_checks(folder: TeamFolder, findings: ClusterFindings) -> list[Check]:
    """One line per KAITO model: is its workspace scraped."""
    workspaces = {ref.name: mapping(mapping(obj.get("inference")).get("preset")).get("name") for ref, obj in folder.find("Workspace")}
    checks = []
    for ref, written in folder.find("PodMonitor"):
        spec = mapping(written.get("spec"))
        workspace = text(mapping(mapping(spec.get("selector")).get("matchLabels")).get("kaito.sh/workspace"))
        model = workspaces.get(workspace or "") or workspace or ref.name
        subject = f"model {shown_name(str(model))}"
        pods = findings.monitored_pods.get(ref.name)
        if pods is None:
            checks.append(skipped(AREA, subject, f"PodMonitor {ref.name}: its pods were not listed (the cluster could not be read, see above)"))
        elif isinstance(pods, Check):
            checks.append(Check(AREA, subject, pods.status, f"{pods.subject}: {pods.message}", pods.environment))
        else:
            checks.append(_scraped(subject, ref.name, spec, pods))
    return checks


def _scraped(subject: str, monitor: str, spec: dict[str, Any], pods: list[dict[str, Any]]) -> Check:
    ports = {e.get("portNumber") for e in items(spec.get("podMetricsEndpoints")) if isinstance(e.get("portNumber"), int)}
    with_port = [pod for pod in pods if ports & _container_ports(pod)]
    running = [pod for pod in with_port if text(mapping(pod.get("status")).get("phase")) == "Running"]
    shown = ", ".join(f"{shown_name(str(mapping(pod.get('metadata')).get('name')))} ({text(mapping(pod.get('status')).get('phase')) or 'no phase'})" for pod in with_port[:SHOWN_PODS])
    shown += ", ..." if len(with_port) > SHOWN_PODS else ""
    port = "/".join(str(p) for p in sorted(ports)) or "none"
    if running:
        return ok(AREA, subject, f"PodMonitor {monitor} selects {len(with_port)} pod(s) on port {port}, {len(running)} running: {shown}; Azure Managed Prometheus scrapes them")
    if with_port:
        return failed(AREA, subject, f"PodMonitor {monitor} selects {len(with_port)} pod(s) on port {port}, none running: {shown}; nothing answers its scrape yet (a new GPU node takes 10 to 30 minutes)")
    return failed(
        AREA,
        subject,
        f"PodMonitor {monitor} selects no pod declaring port {port} ({len(pods)} pod(s) carry its labels): the workspace runs no inference pod yet, "
        "so nothing is scraped (see the Workspace line)",
    )


def _container_ports(pod: dict[str, Any]) -> set[int]:
    containers = items(mapping(pod.get("spec")).get("containers"))
    return {port.get("containerPort") for container in containers for port in items(container.get("ports")) if isinstance(port.get("containerPort"), int)}
