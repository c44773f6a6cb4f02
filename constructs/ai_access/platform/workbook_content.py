"""The teams' dashboard as an Azure Monitor workbook document: a Team parameter, the gateway's view, the KAITO view.

Pure data (no cdktf): `team_dashboard.py` puts it in the platform stack, the tests read its queries.
The format is the one of Microsoft's own workbook templates (microsoft/Application-Insights-Workbooks):
`Notebook/1.0` with items of type 9 (parameters), 1 (text) and 3 (queries). A query item reads
Application Insights with KQL (`queryType` 0, `microsoft.insights/components`), or an Azure Monitor
workspace with PromQL (`queryType` 16, `microsoft.monitor/accounts`, the query a
`PrometheusQueryProvider/1.0` document, as that repository's "Prometheus Explorer" workbook does).
`{Team}` and `{TimeRange}` are the workbook's parameters, replaced before a query runs.
"""

from __future__ import annotations

import json
from typing import Any

from ai_access.names import metrics
from ai_access.names.labels import METRIC_MODEL_LABEL, METRIC_TEAM_LABEL

WORKBOOK_SCHEMA = "https://github.com/Microsoft/Application-Insights-Workbooks/blob/master/schema/workbook.json"
TEAM = "{Team}"
_TEAM_SELECTOR = f'{METRIC_TEAM_LABEL}="{TEAM}"'
_GATEWAY_TEAM = f"tostring(customDimensions['{metrics.GATEWAY_TEAM_DIMENSION}']) == '{TEAM}'"
_TOKENS = ", ".join(f"'{name}'" for name in metrics.GATEWAY_TOKEN_METRICS)
# The gateway logs each call to Application Insights `requests` with its subscription in
# customDimensions "Subscription Name" (Azure-Samples/AI-Gateway's usage workbook reads it there). A
# team's subscription has the team's name as id and "<team> key" as display name
# (`gitops/apim_subscription.py`); which of the two APIM writes is not documented, so both count.
_REFUSED_CALLS = (
    "requests | where timestamp {TimeRange}"
    f" | where tostring(customDimensions['Subscription Name']) in ('{TEAM}', '{TEAM} key')"
    " | where resultCode in ('403', '429')"
    " | summarize Refused = count() by bin(timestamp, {TimeRange:grain}), Status = resultCode"
)


def team_dashboard(*, application_insights_id: str, monitor_workspace_id: str) -> dict[str, Any]:
    """The workbook document: the gateway's token use and refusals from `application_insights_id`, KAITO from `monitor_workspace_id`."""
    gateway = [application_insights_id]
    prometheus = [monitor_workspace_id]
    return {
        "version": "Notebook/1.0",
        "items": [
            _parameters(gateway),
            _text(
                "## Gateway\n"
                "Tokens the gateway let through for the team, by metric and by model (its `llm-emit-token-metric`), "
                "and the calls it refused: 403 (a model the team was not granted, or the daily quota spent) and 429 "
                "(tokens per minute)."
            ),
            _kql("tokens-by-metric", "Tokens", f"customMetrics | where timestamp {{TimeRange}} | where name in ({_TOKENS}) | where {_GATEWAY_TEAM}"
                 " | summarize Tokens = sum(valueSum) by bin(timestamp, {TimeRange:grain}), Metric = name", gateway, "timechart"),
            _kql("tokens-by-model", "Total tokens by model and cost centre",
                 f"customMetrics | where timestamp {{TimeRange}} | where name == '{metrics.GATEWAY_TOKEN_METRICS[0]}' | where {_GATEWAY_TEAM}"
                 f" | summarize Tokens = sum(valueSum) by Model = tostring(customDimensions['{metrics.GATEWAY_MODEL_DIMENSION}']),"
                 f" CostCenter = tostring(customDimensions['{metrics.GATEWAY_COST_CENTER_DIMENSION}'])", gateway, "table"),
            _kql("refused-calls", "Calls refused (403, 429)", _REFUSED_CALLS, gateway, "timechart"),
            _text(
                "## KAITO models\n"
                "What each of the team's GPU workspaces serves, as vLLM reports it to Azure Managed Prometheus. "
                "Empty for a team without KAITO models."
            ),
            _promql("model-requests", "Requests finished per second",
                    f"sum by ({METRIC_MODEL_LABEL}) (rate({metrics.VLLM_REQUEST_SUCCESS}{{{_TEAM_SELECTOR}}}[5m]))", prometheus),
            _promql("model-latency", "Latency, 95th percentile (s): first token and whole request",
                    f'label_replace(histogram_quantile(0.95, sum by ({METRIC_MODEL_LABEL}, le) (rate({metrics.bucket(metrics.VLLM_TIME_TO_FIRST_TOKEN)}{{{_TEAM_SELECTOR}}}[5m]))), "latency", "first token", "", "")'
                    f' or label_replace(histogram_quantile(0.95, sum by ({METRIC_MODEL_LABEL}, le) (rate({metrics.bucket(metrics.VLLM_E2E_LATENCY)}{{{_TEAM_SELECTOR}}}[5m]))), "latency", "request", "", "")',
                    prometheus),
            _promql("model-queue", "Requests waiting and running",
                    f'label_replace(sum by ({METRIC_MODEL_LABEL}) ({metrics.VLLM_REQUESTS_WAITING}{{{_TEAM_SELECTOR}}}), "requests", "waiting", "", "")'
                    f' or label_replace(sum by ({METRIC_MODEL_LABEL}) ({metrics.VLLM_REQUESTS_RUNNING}{{{_TEAM_SELECTOR}}}), "requests", "running", "", "")',
                    prometheus),
            _promql("model-gpu", "GPU KV cache in use (1 = full)",
                    f"max by ({METRIC_MODEL_LABEL}) ({metrics.VLLM_KV_CACHE_USAGE}{{{_TEAM_SELECTOR}}})", prometheus),
            _promql("model-scraped", "Scraped (1: the workspace answers)", f"max by ({METRIC_MODEL_LABEL}) ({metrics.SCRAPE_UP}{{{_TEAM_SELECTOR}}})", prometheus),
        ],
        "fallbackResourceIds": ["Azure Monitor"],
        "$schema": WORKBOOK_SCHEMA,
    }


def _parameters(gateway: list[str]) -> dict[str, Any]:
    # The teams are those the gateway has counted tokens for; a team is picked from the list.
    teams = f"customMetrics | where name == '{metrics.GATEWAY_TOKEN_METRICS[0]}' | distinct Team = tostring(customDimensions['{metrics.GATEWAY_TEAM_DIMENSION}']) | sort by Team asc"
    return {
        "type": 9,
        "name": "parameters",
        "content": {
            "version": "KqlParameterItem/1.0",
            "parameters": [
                {"id": "time-range", "version": "KqlParameterItem/1.0", "name": "TimeRange", "label": "Time range", "type": 4,
                 "isRequired": True, "value": {"durationMs": 86400000},
                 "typeSettings": {"selectableValues": [{"durationMs": ms} for ms in (3600000, 14400000, 86400000, 604800000, 2592000000)]}},
                {"id": "team", "version": "KqlParameterItem/1.0", "name": "Team", "label": "Team", "type": 2, "isRequired": True,
                 "query": teams, "crossComponentResources": gateway, "queryType": 0, "resourceType": "microsoft.insights/components",
                 "timeContext": {"durationMs": 2592000000}, "typeSettings": {"showDefault": False}},
            ],
        },
    }


def _text(markdown: str) -> dict[str, Any]:
    return {"type": 1, "name": markdown.splitlines()[0].lstrip("# ").lower().replace(" ", "-"), "content": {"json": markdown}}


def _kql(name: str, title: str, query: str, resources: list[str], visualization: str) -> dict[str, Any]:
    return {
        "type": 3,
        "name": name,
        "content": {
            "version": "KqlItem/1.0",
            "title": title,
            "query": query,
            "size": 0,
            "timeContextFromParameter": "TimeRange",
            "queryType": 0,
            "resourceType": "microsoft.insights/components",
            "crossComponentResources": resources,
            "visualization": visualization,
        },
    }


def _promql(name: str, title: str, query: str, resources: list[str]) -> dict[str, Any]:
    return {
        "type": 3,
        "name": name,
        "content": {
            "version": "KqlItem/1.0",
            "title": title,
            "query": json.dumps({"version": "PrometheusQueryProvider/1.0", "queryText": query, "type": "query_range"}),
            "size": 0,
            "timeContextFromParameter": "TimeRange",
            "queryType": 16,
            "resourceType": "microsoft.monitor/accounts",
            "crossComponentResources": resources,
            "visualization": "timechart",
        },
    }
