"""The `context` policy expressions see, for `apim_policy_model`: request, variables, subscription.

Only the members APIM documents for these objects and the policies use are modelled ("API
Management policy expressions", Microsoft Learn, "Context variable"); any other member raises.
`context.Request.Body` is null when the call has no body, as the documentation says.
"""

from __future__ import annotations

import json
from typing import Any

from support.apim_expressions import CSharpException, CSharpObject, ExpressionError, JObject


def expression_names(
    *,
    request: Any,
    variables: dict[str, Any],
    subscription_id: str,
    subscription_key: str,
    product_id: str,
    response_status: int | None,
) -> dict[str, Any]:
    """The global names of an expression: `context`.

    `request` has `method`, `path`, `headers` and `body` (bytes or None); reading the body without
    `preserveContent` empties it, as in APIM.
    """
    context = _Context()
    context.Variables = _Dictionary(variables, "context.Variables")
    context.Request = _Request(request)
    context.Subscription = _Named(subscription_id, subscription_key)
    context.Product = _Named(product_id, None)
    context.Response = None if response_status is None else _Response(response_status)
    return {"context": context}


class _Context(CSharpObject):
    members = frozenset({"Variables", "Request", "Subscription", "Product", "Response"})


class _Dictionary(CSharpObject):
    members = frozenset({"GetValueOrDefault", "ContainsKey"})

    def __init__(self, data: dict[str, Any], what: str, *, ignore_case: bool = False) -> None:
        self.data, self.what, self.ignore_case = data, what, ignore_case

    def _find(self, key: Any) -> str | None:
        if not isinstance(key, str):
            raise ExpressionError(f"{self.what}: key {key!r} is not a string")
        return next((k for k in self.data if (k.lower() == key.lower() if self.ignore_case else k == key)), None)

    def get_item(self, key: Any) -> Any:
        found = self._find(key)
        if found is None:
            raise CSharpException(f"KeyNotFoundException: {self.what}[{key!r}]")
        return self.data[found]

    def GetValueOrDefault(self, key: Any, default: Any = None) -> Any:  # noqa: N802
        found = self._find(key)
        return default if found is None else self.data[found]

    def ContainsKey(self, key: Any) -> bool:  # noqa: N802
        return self._find(key) is not None


class _Request(CSharpObject):
    members = frozenset({"Url", "Body", "Headers", "Method"})

    def __init__(self, request: Any) -> None:
        self.Method = request.method
        self.Url = _Url(request.path)
        self.Headers = _Dictionary(request.headers, "context.Request.Headers", ignore_case=True)
        self.Body = None if request.body is None else _Body(request)


class _Url(CSharpObject):
    members = frozenset({"Path"})

    def __init__(self, path: str) -> None:
        self.Path = path


class _Body(CSharpObject):
    """`IMessageBody`: `As<T>(preserveContent:)`; reading without preserveContent consumes it."""

    def __init__(self, request: Any) -> None:
        self.request = request

    def member(self, name: str) -> Any:
        if name not in ("As<JObject>", "As<string>"):
            raise ExpressionError(f"IMessageBody has no member {name} modelled")

        def read(preserveContent: bool = False) -> Any:  # noqa: N803  (C# argument name)
            # .NET's Encoding.UTF8 replaces invalid bytes instead of throwing (multipart audio is read too).
            text = (self.request.body or b"").decode("utf-8", errors="replace")
            if not preserveContent:
                self.request.body = b""
            if name == "As<string>":
                return text
            # "The message body is not a valid JSON" (MicrosoftDocs/azure-docs#95956): a runtime error.
            try:
                data = json.loads(text)
            except ValueError as error:
                raise CSharpException(f"JsonReaderException: the body is not JSON ({error})") from None
            if not isinstance(data, dict):
                raise CSharpException("JsonReaderException: Error reading JObject from JsonReader. Current JsonReader item is not an object")
            return JObject(data)

        return read


class _Named(CSharpObject):
    members = frozenset({"Id", "Name", "Key"})

    def __init__(self, id: str, key: str | None) -> None:
        self.Id = self.Name = id
        self.Key = key


class _Response(CSharpObject):
    members = frozenset({"StatusCode"})

    def __init__(self, status: int) -> None:
        self.StatusCode = status
