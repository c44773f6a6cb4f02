"""What the platform layer adds to see what runs: managed Prometheus, the teams' dashboard, the team-alerts stack.

The stacks are the ones the cdktf CLI writes for the fixture platform and requests (one synthesis
per test run). Every metric a rule or a query reads is checked against what its source defines:
vLLM's Prometheus metrics (transcribed below from vllm/v1/metrics/loggers.py, independently of
`names/metrics.py`), Prometheus' `up`, and the dimensions the gateway's product policy emits (read
from the policy itself). A wrong name would not fail anywhere else: it is an empty chart, an alert
that never fires.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from lxml import etree
from support.background import CdktfRun
from support.promql import reads

from ai_access.apim.product_policy import build_policy_xml
from ai_access.models.observability import KaitoAlerts
from ai_access.models.platform import PlatformConfig
from ai_access.names.platform import PlatformNames
from ai_access.names.team import TOKEN_METRIC_NAMESPACE, TeamNames
from ai_access.platform.kaito_alert_rules import kaito_alert_rules
from ai_access.platform.workbook_content import team_dashboard

# vLLM's PrometheusStatLogger (vllm/v1/metrics/loggers.py): gauges as named, counters with the
# Prometheus client's `_total`, histograms as `_bucket`, `_sum`, `_count`.
_VLLM_GAUGES = {"vllm:num_requests_running", "vllm:num_requests_waiting", "vllm:kv_cache_usage_perc"}
_VLLM_COUNTERS = {"vllm:request_success", "vllm:prompt_tokens", "vllm:generation_tokens", "vllm:num_preemptions"}
_VLLM_HISTOGRAMS = {"vllm:time_to_first_token_seconds", "vllm:e2e_request_latency_seconds", "vllm:inter_token_latency_seconds", "vllm:request_queue_time_seconds"}
VLLM_SERIES = _VLLM_GAUGES | {f"{c}_total" for c in _VLLM_COUNTERS} | {f"{h}_{s}" for h in _VLLM_HISTOGRAMS for s in ("bucket", "sum", "count")}
PROMETHEUS_SERIES = VLLM_SERIES | {"up"}
# vLLM labels each series model_name and engine; the PodMonitor adds team and model; histograms have le.
SERIES_LABELS = {"model_name", "engine", "team", "model", "le", "finished_reason"}


@pytest.fixture(scope="module")
def tf(platform_stack: CdktfRun) -> dict:
    return platform_stack.stack


@pytest.fixture(scope="module")
def alerts(platform_stack: CdktfRun) -> dict:
    return platform_stack.team_alerts


def _one(tf: dict, kind: str) -> dict:
    (found,) = tf["resource"][kind].values()
    return found


# --- managed Prometheus -----------------------------------------------------------------------------


def test_the_cluster_sends_its_prometheus_metrics_to_the_workspace(tf: dict, platform: PlatformConfig) -> None:
    names = PlatformNames(platform.name)
    workspace = _one(tf, "azurerm_monitor_workspace")
    assert workspace["name"] == names.monitor_workspace and workspace["resource_group_name"] == "${azurerm_resource_group.platform_rg.name}"
    endpoint = _one(tf, "azurerm_monitor_data_collection_endpoint")
    assert (endpoint["name"], endpoint["kind"]) == (names.prometheus_endpoint, "Linux")
    rule = _one(tf, "azurerm_monitor_data_collection_rule")
    assert rule["kind"] == "Linux" and rule["data_collection_endpoint_id"] == "${azurerm_monitor_data_collection_endpoint.prometheus_endpoint.id}"
    assert rule["destinations"] == {"monitor_account": [{"monitor_account_id": "${azurerm_monitor_workspace.monitor_workspace.id}", "name": "MonitoringAccount1"}]}
    assert rule["data_flow"] == [{"streams": ["Microsoft-PrometheusMetrics"], "destinations": ["MonitoringAccount1"]}]
    assert rule["data_sources"] == {"prometheus_forwarder": [{"name": "PrometheusDataSource", "streams": ["Microsoft-PrometheusMetrics"]}]}
    association = _one(tf, "azurerm_monitor_data_collection_rule_association")
    assert association["target_resource_id"] == "${azurerm_kubernetes_cluster.aks.id}"
    assert association["data_collection_rule_id"] == "${azurerm_monitor_data_collection_rule.prometheus_rule.id}"
    # The add-on itself: the cluster's monitor_metrics block, with the default allow-lists.
    assert tf["resource"]["azurerm_kubernetes_cluster"]["aks"]["monitor_metrics"] == {}


def test_the_arm_ids_the_team_alerts_and_the_dashboard_name_are_the_platforms_resources(tf: dict, platform: PlatformConfig) -> None:
    # The team-alerts stack and the workbook name these by ARM ids formed from platform.yaml: the
    # resources of those names, in the platform resource group, of those types.
    group = f"/subscriptions/{platform.azure.subscription_id}/resourceGroups/{platform.azure.resource_group}/providers"
    assert platform.monitor_workspace_id == f"{group}/Microsoft.Monitor/accounts/{_one(tf, 'azurerm_monitor_workspace')['name']}"
    assert platform.aks_cluster_id == f"{group}/Microsoft.ContainerService/managedClusters/{tf['resource']['azurerm_kubernetes_cluster']['aks']['name']}"
    assert platform.application_insights_id == f"{group}/Microsoft.Insights/components/{tf['resource']['azurerm_application_insights']['app_insights']['name']}"
    workbook = _one(tf, "azurerm_application_insights_workbook")
    assert platform.workbook_id == f"{group}/Microsoft.Insights/workbooks/{workbook['name']}"


def test_names_are_cut_to_azures_lengths() -> None:
    names = PlatformNames("p" * 63)
    assert len(names.monitor_workspace) <= 44 and len(names.prometheus_endpoint) <= 44 and len(names.prometheus_rule) <= 64
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", names.workbook)
    assert PlatformNames("a").workbook != PlatformNames("b").workbook


# --- the dashboard ----------------------------------------------------------------------------------


def _queries(document: dict) -> dict[str, dict]:
    return {item["name"]: item["content"] for item in document["items"] if item["type"] == 3}


def _policy_dimensions() -> set[str]:
    # The dimensions the gateway emits its token metrics with, read from a team's policy.
    xml = build_policy_xml(team="t", cost_center="c", allowed_models=["m"], tokens_per_minute=1, daily_token_quota=1, kaito_routes=[])
    metric = etree.fromstring(xml.encode()).find("inbound/llm-emit-token-metric")
    assert metric.get("namespace") == TOKEN_METRIC_NAMESPACE
    return {dimension.get("name") for dimension in metric.iterfind("dimension")}


def test_the_workbook_is_the_document_of_workbook_content(tf: dict, platform: PlatformConfig) -> None:
    workbook = _one(tf, "azurerm_application_insights_workbook")
    assert workbook["name"] == PlatformNames(platform.name).workbook and workbook["display_name"] == "AI model access: teams"
    expected = team_dashboard(application_insights_id=platform.application_insights_id, monitor_workspace_id=platform.monitor_workspace_id)
    assert json.loads(workbook["data_json"]) == expected


def test_every_kaito_query_reads_vllm_metrics_of_the_chosen_team(platform: PlatformConfig) -> None:
    document = team_dashboard(application_insights_id="/appi", monitor_workspace_id="/amw")
    prometheus = {name: c for name, c in _queries(document).items() if c["queryType"] == 16}
    # requests, latency, queue, GPU use, and whether the workspace is scraped at all
    assert set(prometheus) == {"model-requests", "model-latency", "model-queue", "model-gpu", "model-scraped"}
    for name, content in prometheus.items():
        assert (content["resourceType"], content["crossComponentResources"]) == ("microsoft.monitor/accounts", ["/amw"])
        query = json.loads(content["query"])
        assert query["version"] == "PrometheusQueryProvider/1.0" and query["type"] == "query_range"
        found = reads(query["queryText"])
        assert found.metrics and found.metrics <= PROMETHEUS_SERIES, name
        assert found.grouping <= {"model", "le"}, name
        # every series read is the chosen team's, by the label its PodMonitor sets
        assert {(metric, label, op, value) for metric, label, op, value in found.matchers} == {(m, "team", "=", "{Team}") for m in found.metrics}, name
    assert reads(json.loads(prometheus["model-gpu"]["query"])["queryText"]).metrics == {"vllm:kv_cache_usage_perc"}
    assert reads(json.loads(prometheus["model-queue"]["query"])["queryText"]).metrics == {"vllm:num_requests_waiting", "vllm:num_requests_running"}


def test_every_gateway_query_reads_the_token_metrics_and_dimensions_the_policy_emits() -> None:
    document = team_dashboard(application_insights_id="/appi", monitor_workspace_id="/amw")
    gateway = {name: c for name, c in _queries(document).items() if c["queryType"] == 0}
    assert set(gateway) == {"tokens-by-metric", "tokens-by-model", "refused-calls"}
    parameters = {p["name"]: p for p in document["items"][0]["content"]["parameters"]}
    kql = [content["query"] for content in gateway.values()] + [parameters["Team"]["query"]]
    names = {name for query in kql for name in re.findall(r"name (?:==|in) \(?'([^']+)'", query)}
    names |= {n for query in kql for group in re.findall(r"name in \(([^)]*)\)", query) for n in re.findall(r"'([^']+)'", group)}
    assert names and names <= {"Total Tokens", "Prompt Tokens", "Completion Tokens"}
    dimensions = {d for query in kql if "customMetrics" in query for d in re.findall(r"customDimensions\['([^']+)'\]", query)}
    assert dimensions == _policy_dimensions()
    assert all(c["crossComponentResources"] == ["/appi"] for c in gateway.values())
    assert all("'{Team}'" in content["query"] for content in gateway.values())
    # refusals: the gateway's 403 (model not granted, daily quota) and 429 (tokens per minute)
    assert "resultCode in ('403', '429')" in gateway["refused-calls"]["query"]


# --- the team-alerts stack ----------------------------------------------------------------------------


def test_each_kaito_team_gets_an_action_group_for_its_owner_and_the_platform(alerts: dict, fixture_report, platform: PlatformConfig) -> None:
    kaito = {loaded.request.team: loaded.request for loaded in fixture_report.requests if loaded.request.kaito_models}
    assert kaito and len(kaito) < len(fixture_report.requests), "the fixtures hold a team without KAITO models, which gets nothing"
    groups = alerts["resource"]["azurerm_monitor_action_group"]
    assert set(groups) == {f"action_group_{team}" for team in kaito}
    for team, request in kaito.items():
        group = groups[f"action_group_{team}"]
        assert (group["name"], group["location"], group["resource_group_name"]) == (TeamNames(team).alert_action_group, "global", platform.azure.team_resource_group)
        assert len(group["short_name"]) <= 12
        assert {(r["name"], r["email_address"]) for r in group["email_receiver"]} == {("owner", str(request.owner)), ("platform", str(platform.observability.platform_email))}
    assert alerts["terraform"]["backend"]["local"]["path"] == "../../../terraform.team-alerts.tfstate"


def test_each_kaito_model_gets_its_rules_routed_to_its_teams_action_group(alerts: dict, fixture_report, platform: PlatformConfig) -> None:
    rule_groups = alerts["resource"]["azurerm_monitor_alert_prometheus_rule_group"]
    expected = {f"kaito_rules_{l.request.team}_{m.name}": (l.request.team, m.name) for l in fixture_report.requests for m in l.request.kaito_models}
    assert set(rule_groups) == set(expected)
    for address, (team, model) in expected.items():
        group = rule_groups[address]
        assert group["name"] == TeamNames(team).alert_rule_group(model)
        assert group["scopes"] == [platform.monitor_workspace_id, platform.aks_cluster_id] and group["cluster_name"] == platform.aks.cluster_name
        rules = kaito_alert_rules(team=team, model=model, thresholds=platform.observability.kaito_alerts)
        assert [r["alert"] for r in group["rule"]] == ["KaitoModelNotServing", "KaitoRequestsWaiting", "KaitoSlowFirstToken"]
        for synthesized, rule in zip(group["rule"], rules):
            assert synthesized["expression"] == rule.expression and synthesized["for"] == f"PT{rule.for_minutes}M"
            assert synthesized["labels"] == {"team": team, "model": model}
            assert synthesized["action"] == [{"action_group_id": f"${{azurerm_monitor_action_group.action_group_{team}.id}}"}]


def test_the_rules_read_what_the_teams_pod_monitor_labels_and_vllm_emits(fixture_dist: Path, fixture_report, platform: PlatformConfig) -> None:
    for loaded in fixture_report.requests:
        team = loaded.request.team
        monitors = [yaml.safe_load(p.read_text()) for p in (fixture_dist / "teams" / team).glob("podmonitor-*.yaml")]
        labelled = {tuple(sorted((r["targetLabel"], r["replacement"]) for r in m["spec"]["podMetricsEndpoints"][0]["relabelings"])) for m in monitors}
        for model in loaded.request.kaito_models:
            assert (("model", model.name), ("team", team)) in labelled
            for rule in kaito_alert_rules(team=team, model=model.name, thresholds=platform.observability.kaito_alerts):
                found = reads(rule.expression)
                assert found.metrics <= PROMETHEUS_SERIES and found.grouping <= {"le"}
                assert {(label, op, value) for _, label, op, value in found.matchers} == {("team", "=", team), ("model", "=", model.name)}


def test_the_thresholds_are_the_platforms() -> None:
    thresholds = KaitoAlerts(not_serving_minutes=33, waiting_requests=7, waiting_minutes=4, time_to_first_token_seconds=2.5, time_to_first_token_minutes=9)
    not_serving, waiting, slow = kaito_alert_rules(team="team-x", model="phi-4", thresholds=thresholds)
    assert (not_serving.expression, not_serving.for_minutes) == ('absent(up{team="team-x", model="phi-4"} == 1)', 33)
    assert (waiting.expression, waiting.for_minutes) == ('sum(vllm:num_requests_waiting{team="team-x", model="phi-4"}) > 7', 4)
    assert slow.expression == 'histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket{team="team-x", model="phi-4"}[5m]))) > 2.5'
    assert slow.for_minutes == 9 and [r.severity for r in (not_serving, waiting, slow)] == [1, 2, 3]
