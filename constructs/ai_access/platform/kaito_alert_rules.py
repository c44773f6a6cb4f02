"""The Prometheus alert rules of one team's KAITO model: not serving, requests waiting, slow first token.

Pure data (no cdktf): the team-alerts stack turns each into a rule of an Azure Monitor Prometheus
rule group, and the tests read the expressions. Every selector names the team and the model
through the labels the team's PodMonitor puts on each series (`gitops/pod_monitor.py`), so a rule
sees that workspace and no other; Azure adds the cluster (the rule group's `cluster_name`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ai_access.models.observability import KaitoAlerts
from ai_access.names import metrics
from ai_access.names.labels import METRIC_MODEL_LABEL, METRIC_TEAM_LABEL

QUANTILE = 0.95
"""The time-to-first-token percentile the rule compares with its threshold."""
RATE_WINDOW = "5m"
"""The window of `rate()` over vLLM's histogram: five scrapes at least (the PodMonitor scrapes every 30 s)."""


@dataclass(frozen=True)
class AlertRule:
    """One alert rule: its name, PromQL, how long it must hold, Azure's severity (0 critical to 4 verbose), what it says."""

    alert: str
    expression: str
    for_minutes: int
    severity: int
    summary: str
    labels: dict[str, str]


def kaito_alert_rules(*, team: str, model: str, thresholds: KaitoAlerts) -> list[AlertRule]:
    """The three rules of `model` for `team`, with the platform's thresholds."""
    selector = _selector(team=team, model=model)
    labels = {METRIC_TEAM_LABEL: team, METRIC_MODEL_LABEL: model}
    return [
        AlertRule(
            alert="KaitoModelNotServing",
            # No target of the workspace answered its scrape: no pod (node not there, workspace
            # failed or pruned) or vLLM not answering. `absent` gives a series without labels, so
            # the rule carries team and model itself; the selector names what it expects to exist.
            expression=f"absent({metrics.SCRAPE_UP}{selector} == 1)",
            for_minutes=thresholds.not_serving_minutes,
            severity=1,
            summary=f"{team}'s KAITO model {model} is not serving: no pod of its workspace has answered for {thresholds.not_serving_minutes} minutes",
            labels=labels,
        ),
        AlertRule(
            alert="KaitoRequestsWaiting",
            expression=f"sum({metrics.VLLM_REQUESTS_WAITING}{selector}) > {thresholds.waiting_requests}",
            for_minutes=thresholds.waiting_minutes,
            severity=2,
            summary=f"{team}'s KAITO model {model} has more than {thresholds.waiting_requests} requests waiting in vLLM's queue",
            labels=labels,
        ),
        AlertRule(
            alert="KaitoSlowFirstToken",
            expression=(
                f"histogram_quantile({QUANTILE}, sum by (le) (rate({metrics.bucket(metrics.VLLM_TIME_TO_FIRST_TOKEN)}{selector}[{RATE_WINDOW}])))"
                f" > {_number(thresholds.time_to_first_token_seconds)}"
            ),
            for_minutes=thresholds.time_to_first_token_minutes,
            severity=3,
            summary=(
                f"{team}'s KAITO model {model} is slow: the 95th percentile of its time to first token is above "
                f"{_number(thresholds.time_to_first_token_seconds)} s"
            ),
            labels=labels,
        ),
    ]


def _selector(**labels: str) -> str:
    # A PromQL string literal takes JSON's escapes for '"' and '\'; team and catalog names hold neither.
    return "{" + ", ".join(f"{key}={json.dumps(value)}" for key, value in labels.items()) + "}"


def _number(value: float) -> str:
    """A threshold as PromQL writes a number: 5 rather than 5.0."""
    return f"{value:g}"
