"""The unified inference API's operations: a gateway fact both the platform stack and the limit check read.

The platform stack creates one `azurerm_api_management_api_operation` per entry; `models/apim_limits.py`
counts them against the tier's API-operation limit, so adding one here is counted there too.
"""

WILDCARD_METHODS = ("GET", "POST", "DELETE")
"""The HTTP methods of the API's operations, each on every path (`/*`).

Every path under the API is forwarded: the product policy, not the operation list, decides which
models a team may call, and new OpenAI endpoints work without a platform change."""

WILDCARD_URL_TEMPLATE = "/*"
"""The URL template of every operation: any path below the API's own."""


def operation_id(method: str) -> str:
    """The APIM operation id of the wildcard operation for `method` (`wildcard-post`)."""
    return f"wildcard-{method.lower()}"
