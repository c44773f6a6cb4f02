"""The gateway's HTTP protocol facts both layers and verify share: header names.

The platform stack sets the subscription key's header on the unified API (`subscription_key_parameter_names`);
each team's endpoint ConfigMap tells clients that name; verify sends the key under it. The product
policy's `llm-token-limit` names the headers that carry what is left of the team's limits; verify
reads those.
"""

SUBSCRIPTION_KEY_HEADER = "api-key"
"""Where a client sends its APIM subscription key: the header Azure OpenAI clients already send."""

REMAINING_TOKENS_HEADER = "x-ai-gateway-remaining-tokens"
"""Tokens left of the team's tokens-per-minute (`llm-token-limit` `remaining-tokens-header-name`).

A name of the gateway's own: Azure OpenAI answers with `x-ratelimit-remaining-tokens` itself (the
deployment's limit, shared by every team; Microsoft Q&A "Azure OpenAI Responses API x-ratelimit
headers"), so a client, or verify, could not tell the team's limit from the backend's."""
REMAINING_QUOTA_HEADER = "x-ai-gateway-remaining-quota-tokens"
"""Tokens left of the team's daily quota (`llm-token-limit` `remaining-quota-tokens-header-name`)."""
BACKEND_RATE_LIMIT_HEADERS = frozenset(
    {"x-ratelimit-limit-tokens", "x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens",
     "x-ratelimit-limit-requests", "x-ratelimit-remaining-requests", "x-ratelimit-reset-requests"}
)
"""Rate-limit headers OpenAI-compatible backends set themselves: never a name for the gateway's own counters."""
