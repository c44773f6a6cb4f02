"""Each KAITO workspace's PodMonitor: it selects that workspace's inference pods, as KAITO labels them, and no other team's.

The cluster below holds the pods KAITO runs for every fixture team's workspaces, plus a second team
serving the same model on the same GPU size (so a workspace of the same name, in another
namespace), at KAITO v0.11.0 (an unnamed port) and v0.12.0 (`http`, and vLLM's `kv-events`). The
selection is the add-on's (`support.pod_selection`, from prometheus-operator's config generator).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cdk8s import Testing as K8sTesting  # aliased: pytest would collect a class named Testing
from support.crd_validation import StrictValidator
from support.pod_selection import kaito_pods, targets
from support.upstream_crds import crds_dir

from ai_access.gitops.pod_monitor import PodMonitor
from ai_access.names.team import TeamNames
from ai_access.synth.charts import team_manifests
from ai_access.synth.invariants import security_violations


def _folder(fixture_dist: Path, team: str) -> list[dict]:
    return [yaml.safe_load(path.read_text()) for path in sorted((fixture_dist / "teams" / team).glob("*.yaml"))]


@pytest.fixture(scope="module")
def teams(fixture_dist: Path, fixture_report, platform) -> dict[str, list[dict]]:
    """Every fixture team's objects, and a copy of the KAITO team under another name (same workspace names)."""
    found = {loaded.request.team: _folder(fixture_dist, loaded.request.team) for loaded in fixture_report.requests}
    kaito = next(loaded.request for loaded in fixture_report.requests if loaded.request.kaito_models)
    twin = kaito.model_copy(update={"team": "team-twin"})
    found["team-twin"] = team_manifests(twin, platform)
    return found


def _workspaces(objects: list[dict]) -> list[dict]:
    return [o for o in objects if o["kind"] == "Workspace"]


@pytest.fixture(scope="module", params=["v0.11.0", "v0.12.0"])
def cluster(request, teams) -> list[dict]:
    """Every team's inference pods, as the given KAITO release runs them (two replicas each)."""
    return [pod for objects in teams.values() for workspace in _workspaces(objects) for pod in kaito_pods(workspace, kaito=request.param, replicas=2)]


def test_each_pod_monitor_scrapes_exactly_its_workspaces_pods_on_vllms_port(teams, cluster) -> None:
    names = {o["metadata"]["name"] for objects in teams.values() for o in _workspaces(objects)}
    assert len(names) < sum(len(_workspaces(objects)) for objects in teams.values()), "two teams share a workspace name"
    for team, objects in teams.items():
        monitors = {o["metadata"]["name"]: o for o in objects if o["kind"] == "PodMonitor"}
        assert sorted(monitors) == sorted(TeamNames(team).pod_monitor(w["metadata"]["name"]) for w in _workspaces(objects))
        for workspace in _workspaces(objects):
            monitor = monitors[TeamNames(team).pod_monitor(workspace["metadata"]["name"])]
            found = targets(monitor, cluster)
            expected = {f"{p['metadata']['namespace']}/{p['metadata']['name']}" for p in kaito_pods(workspace, replicas=2)}
            # THEN its workspace's pods, each once, on port 5000 (never kv-events), /metrics, with team and model
            assert sorted(t.pod for t in found) == sorted(expected)
            model = workspace["inference"]["preset"]["name"]
            assert {(t.port, t.path) for t in found} == {(5000, "/metrics")}
            assert {tuple(sorted(t.labels.items())) for t in found} == {(("model", model), ("team", team))}


def test_a_pod_monitor_is_strictly_valid_and_looks_only_in_its_teams_namespace() -> None:
    chart = K8sTesting.chart()
    names = TeamNames("team-x")
    monitor = PodMonitor(chart, "Metrics", names=names, model="phi-4", workspace="phi-4-72418c")
    (manifest,) = K8sTesting.synth(chart)
    assert monitor.name == "kaito-phi-4-72418c" and monitor.workspace == "phi-4-72418c"
    assert manifest == {
        "apiVersion": "azmonitoring.coreos.com/v1",
        "kind": "PodMonitor",
        "metadata": {"name": "kaito-phi-4-72418c", "namespace": "ai-team-x", "annotations": {"argocd.argoproj.io/sync-options": "PruneLast=true"}},
        "spec": {
            "selector": {"matchLabels": {"kaito.sh/workspace": "phi-4-72418c"}},
            "namespaceSelector": {"matchNames": ["ai-team-x"]},
            "podMetricsEndpoints": [
                {
                    "portNumber": 5000,
                    "path": "/metrics",
                    "interval": "30s",
                    "relabelings": [
                        {"action": "replace", "targetLabel": "team", "replacement": "team-x"},
                        {"action": "replace", "targetLabel": "model", "replacement": "phi-4"},
                    ],
                }
            ],
        },
    }
    assert StrictValidator(crds_dir()).errors(manifest) == []


@pytest.mark.parametrize(
    ("change", "broken"),
    [
        (lambda spec: spec.update(namespaceSelector={"any": True}), "discovers targets beyond its team's namespace"),
        (lambda spec: spec.update(namespaceSelector={"matchNames": ["ai-team-beta"]}), "discovers targets beyond its team's namespace"),
        (lambda spec: spec.pop("namespaceSelector"), "discovers targets beyond its team's namespace"),
        (lambda spec: spec["podMetricsEndpoints"][0]["relabelings"][0].update(replacement="team-beta"), "sets the team label"),
        (lambda spec: spec["podMetricsEndpoints"][0]["relabelings"][0].update(sourceLabels=["__meta_kubernetes_pod_label_team"]), "sets the team label"),
        (lambda spec: spec["podMetricsEndpoints"][0].update(honorLabels=True), "honorLabels"),
    ],
    ids=["any-namespace", "another-teams-namespace", "no-namespace-selector", "another-team", "team-from-a-pod-label", "honor-labels"],
)
def test_synth_refuses_a_pod_monitor_that_could_scrape_or_label_another_teams_pods(fixture_dist: Path, fixture_report, platform, change, broken: str) -> None:
    # GIVEN a KAITO team's objects as synth writes them, WHEN an extension bends its PodMonitor
    request = next(loaded.request for loaded in fixture_report.requests if loaded.request.kaito_models)
    objects = _folder(fixture_dist, request.team)
    monitor = next(o for o in objects if o["kind"] == "PodMonitor")
    assert security_violations(request, objects, platform) == []
    change(monitor["spec"])
    # THEN the rules every output keeps refuse it
    assert any(broken in line for line in security_violations(request, objects, platform))
