"""Which pods a PodMonitor scrapes, and with which labels: the selection the metrics add-on makes from it.

The add-on's target allocator turns each PodMonitor into a Prometheus scrape job with
prometheus-operator's config generator (Azure/prometheus-collector otel-allocator, built on
prometheus-operator v0.92.0, pkg/prometheus/promcfg.go). That job:
- discovers pods in the namespaces of `namespaceSelector` (`any`: all; `matchNames`: those; neither:
  the monitor's own namespace), one target per declared container port;
- keeps those whose labels match `selector` (matchLabels and matchExpressions, as Kubernetes does);
- keeps the container port named `port`, or numbered `portNumber` (`targetPort`, deprecated, either);
- applies `relabelings` to the target's labels: `replace` without source labels sets the target
  label to the replacement (Prometheus' relabel_config, whose default regex `(.*)` matches the empty
  source).

And the pods as KAITO makes them (kaito-project/kaito pkg/workspace/manifests/manifests.go, a
StatefulSet named after the workspace, its pods labelled `kaito.sh/workspace: <workspace>`;
pkg/workspace/inference/preset_inferences.go, the container's ports): port 5000 unnamed up to
v0.11.0, named `http` from v0.12.0, where vLLM also declares `kv-events` 5557.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Obj = dict[str, Any]


def kaito_pods(workspace: Obj, *, kaito: str = "v0.12.0", replicas: int = 1) -> list[Obj]:
    """The inference pods KAITO runs for `workspace` (a Workspace object), at release `kaito`."""
    name, namespace = workspace["metadata"]["name"], workspace["metadata"]["namespace"]
    ports = [{"containerPort": 5000, "protocol": "TCP"}]
    if kaito >= "v0.12.0":
        ports = [{"name": "http", "containerPort": 5000, "protocol": "TCP"}, {"name": "kv-events", "containerPort": 5557, "protocol": "TCP"}]
    return [
        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {
                "name": f"{name}-{index}",
                "namespace": namespace,
                # KAITO's label, and the StatefulSet controller's own.
                "labels": {"kaito.sh/workspace": name, "statefulset.kubernetes.io/pod-name": f"{name}-{index}", "apps.kubernetes.io/pod-index": str(index)},
            },
            "spec": {"containers": [{"name": "inference", "ports": ports}]},
        }
        for index in range(replicas)
    ]


@dataclass(frozen=True)
class Target:
    """One scrape target: the pod, its port and path, and the labels its series get."""

    pod: str
    """`namespace/name` of the pod."""
    port: int
    path: str
    labels: dict[str, str]


def targets(monitor: Obj, pods: list[Obj]) -> list[Target]:
    """Every target `monitor` (a PodMonitor) has the add-on scrape among `pods`."""
    spec = monitor["spec"]
    namespaces = _namespaces(spec.get("namespaceSelector") or {}, monitor["metadata"]["namespace"])
    found = []
    for pod in pods:
        metadata = pod["metadata"]
        if namespaces is not None and metadata["namespace"] not in namespaces:
            continue
        if not _matches(spec["selector"], metadata.get("labels") or {}):
            continue
        for endpoint in spec["podMetricsEndpoints"]:
            for container in pod["spec"]["containers"]:
                for port in container.get("ports") or []:
                    if _port_kept(endpoint, port):
                        labels = _relabel(endpoint.get("relabelings") or [])
                        found.append(Target(f"{metadata['namespace']}/{metadata['name']}", port["containerPort"], endpoint.get("path", "/metrics"), labels))
    return found


def _namespaces(selector: Obj, own: str) -> set[str] | None:
    if selector.get("any"):
        return None
    return set(selector.get("matchNames") or [own])


def _matches(selector: Obj, labels: dict[str, str]) -> bool:
    if any(labels.get(key) != value for key, value in (selector.get("matchLabels") or {}).items()):
        return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values") or []
        present = key in labels
        if not {"In": present and labels[key] in values, "NotIn": not present or labels[key] not in values,
                "Exists": present, "DoesNotExist": not present}[operator]:
            return False
    return True


def _port_kept(endpoint: Obj, port: Obj) -> bool:
    if endpoint.get("port"):
        return port.get("name") == endpoint["port"]
    if endpoint.get("portNumber"):
        return port["containerPort"] == endpoint["portNumber"]
    target = endpoint.get("targetPort")
    if target is not None:
        return port["containerPort"] == target if isinstance(target, int) else port.get("name") == target
    return True  # no port given: every declared port is a target


def _relabel(relabelings: list[Obj]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for relabeling in relabelings:
        if relabeling.get("action", "replace").lower() != "replace" or relabeling.get("sourceLabels"):
            raise NotImplementedError(f"only a replace of a fixed value is modelled here: {relabeling}")
        labels[relabeling["targetLabel"]] = relabeling["replacement"]
    return labels
