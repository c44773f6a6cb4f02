"""`verify`'s metrics lines: each KAITO model's PodMonitor exists and selects a running pod of its workspace; the dashboard's link.

Against the Kubernetes stand-in, which serves each workspace's pod as KAITO labels it (`support.pod_selection`).
"""

from __future__ import annotations

from urllib.parse import quote

from support.pod_selection import kaito_pods
from support.verify_scene import request_of, scene, team_with

from ai_access import exit_codes
from ai_access.names.team import TeamNames


def _kaito_team(fixture_report) -> tuple[str, str]:
    """A fixture team with a KAITO model, and that model."""
    team = team_with(fixture_report, lambda r: r.kaito_models)
    return team, request_of(fixture_report, team).kaito_models[0].name


def _workspace(kube) -> dict:
    return next(o for o in kube.objects if o["kind"] == "Workspace")


def _monitor(kube) -> dict:
    return next(o for o in kube.objects if o["kind"] == "PodMonitor")


def test_a_scraped_model_is_one_ok_line_naming_its_pods_and_the_dashboard_is_linked(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    team, model = _kaito_team(fixture_report)
    with scene(fixture_dist, team, tmp_path) as staged:
        workspace = _workspace(staged.kube)["metadata"]["name"]
        result = staged.run(monkeypatch)
    status, message = result.check("metrics", f"model {model}")
    assert status == "ok" and result.code == exit_codes.OK
    assert message == (
        f"PodMonitor {TeamNames(team).pod_monitor(workspace)} selects 1 pod(s) on port 5000, 1 running: {workspace}-0 (Running); "
        "Azure Managed Prometheus scrapes them"
    )
    link = f"https://portal.azure.com/#@{platform.azure.tenant_id}/resource{quote(platform.workbook_id, safe='/')}"
    assert f"dashboard: {link} and pick Team {team}: " in result.out


def test_a_team_without_kaito_models_has_no_metrics_line_but_the_dashboard(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = team_with(fixture_report, lambda r: not r.kaito_models)
    with scene(fixture_dist, team, tmp_path) as staged:
        result = staged.run(monkeypatch)
    assert [key for key in result.checks() if key[0] == "metrics"] == []
    assert f"and pick Team {team}: " in result.out


def test_a_workspace_without_a_running_pod_is_not_scraped(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team, model = _kaito_team(fixture_report)

    def pending(kube) -> None:
        for pod in (o for o in kube.objects if o["kind"] == "Pod"):
            pod["status"] = {"phase": "Pending"}

    with scene(fixture_dist, team, tmp_path, change=pending) as staged:
        result = staged.run(monkeypatch)
    status, message = result.check("metrics", f"model {model}")
    assert status == "failed" and "none running" in message and "(Pending)" in message and result.code == exit_codes.INVALID


def test_no_pod_at_all_and_the_pods_of_another_team_do_not_count(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team, model = _kaito_team(fixture_report)

    def elsewhere(kube) -> None:
        # GIVEN the workspace's pod gone, and a pod of the same workspace name in another team's namespace
        kube.objects[:] = [o for o in kube.objects if o["kind"] != "Pod"]
        other = {**_workspace(kube), "metadata": {**_workspace(kube)["metadata"], "namespace": "ai-team-other"}}
        kube.objects.extend(pod | {"status": {"phase": "Running"}} for pod in kaito_pods(other))

    with scene(fixture_dist, team, tmp_path, change=elsewhere) as staged:
        result = staged.run(monkeypatch)
    status, message = result.check("metrics", f"model {model}")
    assert status == "failed" and "selects no pod declaring port 5000 (0 pod(s) carry its labels)" in message


def test_a_pod_monitor_missing_from_the_cluster_fails_its_line_and_skips_the_count(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team, model = _kaito_team(fixture_report)
    with scene(fixture_dist, team, tmp_path, change=lambda kube: kube.objects.remove(_monitor(kube))) as staged:
        name = TeamNames(team).pod_monitor(_workspace(staged.kube)["metadata"]["name"])
        result = staged.run(monkeypatch)
    assert result.check("kubernetes", f"PodMonitor {name}")[0] == "failed"
    status, message = result.check("metrics", f"model {model}")
    assert status == "skipped" and message == f"PodMonitor {name}: not read or not found (see its line above)"


def test_a_live_pod_monitor_with_another_selector_is_not_counted(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team, model = _kaito_team(fixture_report)

    def widened(kube) -> None:
        _monitor(kube)["spec"]["selector"] = {"matchExpressions": [{"key": "kaito.sh/workspace", "operator": "Exists"}]}

    with scene(fixture_dist, team, tmp_path, change=widened) as staged:
        result = staged.run(monkeypatch)
    status, message = result.check("metrics", f"model {model}")
    assert status == "failed" and "not the matchLabels synth writes" in message


def test_a_caller_who_may_not_list_pods_gets_a_skipped_line(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team, model = _kaito_team(fixture_report)
    with scene(fixture_dist, team, tmp_path) as staged:
        viewer = staged.run(monkeypatch, context="viewer")
        member = staged.run(monkeypatch, context="member")
    assert viewer.check("metrics", f"model {model}")[0] == "ok"  # Kubernetes' view role lists pods
    status, message = member.check("metrics", f"model {model}")
    assert status == "skipped" and "not read or not found" in message  # a member may not even read the PodMonitor


def test_the_json_document_holds_the_metrics_lines_and_the_dashboard_note(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team, model = _kaito_team(fixture_report)
    with scene(fixture_dist, team, tmp_path) as staged:
        result = staged.run(monkeypatch, "--format", "json")
    assert result.check_json("metrics", f"model {model}")[0] == "ok"
    assert any(note.startswith("dashboard: https://portal.azure.com/#@") for note in result.document()["notes"])
