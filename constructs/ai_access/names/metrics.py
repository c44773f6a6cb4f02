"""The metrics the alert rules and the dashboard read, as their sources name them.

Not names this tool gives: the names vLLM (inside every KAITO workspace), Prometheus and the
gateway's token policy emit, in one place so the rules, the workbook and their tests agree.

- vLLM's Prometheus metrics: `vllm/v1/metrics/loggers.py`, `PrometheusStatLogger` (vllm-project/vllm),
  each labelled `model_name` and `engine`; a counter `vllm:request_success` is exposed with the
  `_total` suffix of the Prometheus client, a histogram as `_bucket`, `_sum` and `_count` series.
  `vllm:kv_cache_usage_perc` replaced `vllm:gpu_cache_usage_perc`, which vLLM deprecated and removed.
- `up`: Prometheus' own series per scrape target, 1 when the scrape succeeded ("Jobs and
  instances", prometheus.io docs), carrying the target's labels, so the PodMonitor's `team` and `model`.
- the gateway's token metrics: `llm-emit-token-metric` in each team's product policy (namespace
  `names.team.TOKEN_METRIC_NAMESPACE`, dimensions Team, Cost Center, Model, `apim/product_policy.py`)
  emits "Total Tokens, Prompt Tokens, and Completion Tokens" (Microsoft Learn, "Emit metrics for
  consumption of large language model tokens"); they land in the gateway's Application Insights
  `customMetrics` table.
"""

from __future__ import annotations

VLLM_REQUESTS_WAITING = "vllm:num_requests_waiting"
"""Gauge: requests waiting in vLLM's queue."""
VLLM_REQUESTS_RUNNING = "vllm:num_requests_running"
"""Gauge: requests in the running batch."""
VLLM_KV_CACHE_USAGE = "vllm:kv_cache_usage_perc"
"""Gauge: the share of the GPU's KV-cache blocks in use (1 is all of them): how full the GPU is."""
VLLM_TIME_TO_FIRST_TOKEN = "vllm:time_to_first_token_seconds"
"""Histogram: seconds from a request's arrival to its first token."""
VLLM_E2E_LATENCY = "vllm:e2e_request_latency_seconds"
"""Histogram: seconds from a request's arrival to its last token."""
VLLM_REQUEST_SUCCESS = "vllm:request_success_total"
"""Counter: requests finished, by `finished_reason`."""
SCRAPE_UP = "up"
"""Prometheus' scrape result of each target: 1 answered, 0 did not."""

GATEWAY_TOKEN_METRICS = ("Total Tokens", "Prompt Tokens", "Completion Tokens")
"""The gateway's token metrics, one series per call the policy let through."""
GATEWAY_TEAM_DIMENSION = "Team"
GATEWAY_MODEL_DIMENSION = "Model"
GATEWAY_COST_CENTER_DIMENSION = "Cost Center"
"""The dimensions of the token metrics, as the product policy names them (`apim/product_policy.py`)."""


def bucket(histogram: str) -> str:
    """The `_bucket` series of a Prometheus histogram, what `histogram_quantile` reads."""
    return f"{histogram}_bucket"
