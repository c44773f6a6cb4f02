"""The gateway's HTTP protocol facts both layers and verify share: header names.

The platform stack sets the subscription key's header on the unified API (`subscription_key_parameter_names`);
each team's endpoint ConfigMap tells clients that name; verify sends the key under it.
"""

SUBSCRIPTION_KEY_HEADER = "api-key"
"""Where a client sends its APIM subscription key: the header Azure OpenAI clients already send."""
