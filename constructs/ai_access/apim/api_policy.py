"""The API-level policy of the unified inference API, built as XML with lxml."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

COGNITIVE_SERVICES_AUDIENCE = "https://cognitiveservices.azure.com"
"""Token audience Foundry (Cognitive Services) accepts for Entra authentication."""


def api_policy_xml(
    *,
    backend_id: str,
    token_audience: str = COGNITIVE_SERVICES_AUDIENCE,
    retry_status_codes: Sequence[int] = (429, 503),
    retry_count: int = 3,
    retry_interval_seconds: int = 1,
) -> str:
    """The API policy: default backend, managed-identity token, then product policies, retried forward.

    Order matters: APIM inlines the product policy where the API policy says `<base />`. The default
    backend and the token are set *before* `<base />`, so a team product policy that routes a KAITO
    model can still override the backend (and drop the Authorization header it does not need).
    """
    policies = etree.Element("policies")

    inbound = etree.SubElement(policies, "inbound")
    etree.SubElement(inbound, "set-backend-service", {"backend-id": backend_id})
    etree.SubElement(inbound, "authentication-managed-identity", {"resource": token_audience})
    etree.SubElement(inbound, "base")

    backend = etree.SubElement(policies, "backend")
    retry = etree.SubElement(
        backend,
        "retry",
        {
            "condition": _status_condition(retry_status_codes),
            "count": str(retry_count),
            "interval": str(retry_interval_seconds),
            "first-fast-retry": "false",
        },
    )
    # The request body is read once per attempt; without buffering a retried POST would go out
    # empty ("When set to true, request is buffered and will be reused on retry"). The response is
    # not buffered: with the default, chunks are held "8 KB, unless end of stream is detected", so a
    # `stream: true` completion would arrive in bursts; "Set to false with backends such as those
    # implementing server-sent events (SSE)" (forward-request policy reference, `buffer-response`).
    etree.SubElement(retry, "forward-request", {"buffer-request-body": "true", "buffer-response": "false"})

    etree.SubElement(etree.SubElement(policies, "outbound"), "base")
    etree.SubElement(etree.SubElement(policies, "on-error"), "base")
    return etree.tostring(policies, pretty_print=True, encoding="unicode")


def _status_condition(status_codes: Sequence[int]) -> str:
    # No '&' or '<' in the expression: azurerm sends xml_content as raw XML, where an escaped
    # '&amp;&amp;' would reach APIM's expression compiler as written.
    checks = " || ".join(f"context.Response.StatusCode == {code}" for code in status_codes)
    return f"@(context.Response != null ? ({checks}) : false)"
