"""The typed request format: `kind: ModelAccessRequest`, a real list of models and integer limits.

It maps to the same `AccessRequest` as the seed's ConfigMap, so both synthesize identically; its
JSON Schema (`python main.py schema`) gives editors completion and checks as you type.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ai_access.loading.parsed import FieldIssue, ParsedRequest, RequestFields, dotted, validate_fields, worded_errors
from ai_access.loading.yaml_source import YamlDocument
from ai_access.models.request import DNS_LABEL, AccessRequest, RequestCatalog

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


def parse_typed_request(
    document: YamlDocument, *, folder: str | None = None, catalog: RequestCatalog | None = None
) -> ParsedRequest:
    """Validate a ModelAccessRequest document into an `AccessRequest`.

    `folder`: the team folder the file is in; `metadata.name` must be its name (the team name).
    """

    def locate(loc: tuple[str | int, ...]) -> tuple[int, str]:
        return document.line_of(("spec", *loc)), dotted(("spec", *loc))

    context = {"catalog": catalog or RequestCatalog()}
    issues: list[FieldIssue] = []
    root = document.value
    spec = root.get("spec") if isinstance(root, dict) else None
    try:
        parsed = ModelAccessRequest.model_validate(root, context=context)
    except ValidationError as err:
        # Envelope errors from here; the spec's field by field, so its valid fields stay known.
        envelope = [dict(e) for e in err.errors() if len(e["loc"]) < 2 or e["loc"][0] != "spec"]
        request, fields, spec_errors = validate_fields(spec, catalog) if isinstance(spec, dict) else (None, RequestFields(), [])
    else:
        request, fields, envelope, spec_errors = parsed.spec, RequestFields.of(parsed.spec), [], []
    for loc, message, _ in worded_errors(envelope, root, ModelAccessRequest):
        issues.append(FieldIssue(document.line_of(loc), dotted(loc) or "(document)", message))
    for loc, message, _ in worded_errors(spec_errors, spec, AccessRequest):
        loc = ("spec", *loc)
        issues.append(FieldIssue(document.line_of(loc), dotted(loc), message))
    name = root.get("metadata", {}).get("name") if isinstance(root, dict) and isinstance(root.get("metadata"), dict) else None
    expected = (folder if DNS_LABEL.fullmatch(folder) else None) if folder is not None else fields.team
    if isinstance(name, str) and expected is not None and name != expected:
        source = "the folder name, which is the team name" if folder is not None else "the team name"
        issues.append(FieldIssue(document.line_of(("metadata", "name")), "metadata.name", f"must be '{expected}' ({source})"))
    if not isinstance(spec, dict):
        return ParsedRequest(None, issues)  # as a ConfigMap without data: no field to check further
    if issues:
        return ParsedRequest(None, issues, locate, fields)
    return ParsedRequest(request, issues, locate, fields)

