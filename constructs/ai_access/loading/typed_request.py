"""The typed request format: `kind: ModelAccessRequest`, a real list of models and integer limits.

It maps to the same `AccessRequest` as the seed's ConfigMap, so both synthesize identically; its
JSON Schema (`python main.py schema`) gives editors completion and checks as you type.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ai_access.loading.parsed import FieldIssue, ParsedRequest, dotted, pydantic_message
from ai_access.loading.yaml_source import YamlDocument
from ai_access.models.request import AccessRequest

API_VERSION = "ai.contoso.com/v1alpha1"
KIND = "ModelAccessRequest"


class RequestMetadata(BaseModel):
    """Kubernetes-style metadata; `name` is the team name."""

    model_config = ConfigDict(extra="forbid")

    name: str
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)


class ModelAccessRequest(BaseModel):
    """A team's request for AI model access, in the typed format."""

    model_config = ConfigDict(extra="forbid", title="ModelAccessRequest")

    apiVersion: Literal["ai.contoso.com/v1alpha1"]  # noqa: N815 - the field's name in the file
    kind: Literal["ModelAccessRequest"]
    metadata: RequestMetadata
    spec: AccessRequest


def parse_typed_request(document: YamlDocument) -> ParsedRequest:
    """Validate a ModelAccessRequest document into an `AccessRequest`."""

    def locate(loc: tuple[str | int, ...]) -> tuple[int, str]:
        return document.line_of(("spec", *loc)), dotted(("spec", *loc))

    issues: list[FieldIssue] = []
    try:
        parsed = ModelAccessRequest.model_validate(document.value)
    except ValidationError as err:
        for error in err.errors():
            loc = tuple(error["loc"])
            issues.append(FieldIssue(document.line_of(loc), dotted(loc) or "(document)", pydantic_message(error)))
        return ParsedRequest(None, issues, locate)
    request = parsed.spec
    if parsed.metadata.name != request.team:
        issues.append(FieldIssue(document.line_of(("metadata", "name")), "metadata.name", f"must be the team name '{request.team}'"))
        return ParsedRequest(None, issues, locate)
    return ParsedRequest(request, issues, locate)
