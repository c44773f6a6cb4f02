"""The typed request format: `kind: ModelAccessRequest`, a real list of models and integer limits.

It maps to the same `AccessRequest` as the seed's ConfigMap, so both synthesize identically; its
JSON Schema (`python main.py schema`) gives editors completion and checks as you type.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ai_access.loading.parsed import MODEL_FIELDS, REQUEST_FIELDS, FieldIssue, ParsedRequest, RequestFields, dotted, pydantic_message, validate_fields
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


# The keys a mapping may hold, by where it is: listed when a file has an unknown one.
_ALLOWED: dict[tuple[str, ...], tuple[str, ...]] = {
    (): tuple(ModelAccessRequest.model_fields),
    ("metadata",): tuple(RequestMetadata.model_fields),
    ("spec",): REQUEST_FIELDS,
    ("spec", "models"): MODEL_FIELDS,
}


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
    for error in envelope:
        loc = tuple(error["loc"])
        issues.append(FieldIssue(document.line_of(loc), dotted(loc) or "(document)", _message(error, loc)))
    for error in spec_errors:
        loc = ("spec", *error["loc"])
        issues.append(FieldIssue(document.line_of(loc), dotted(loc), _message(error, loc)))
    name = root.get("metadata", {}).get("name") if isinstance(root, dict) and isinstance(root.get("metadata"), dict) else None
    expected = (folder if DNS_LABEL.fullmatch(folder) else None) if folder is not None else fields.team
    if isinstance(name, str) and expected is not None and name != expected:
        source = "the folder name, which is the team name" if folder is not None else "the team name"
        issues.append(FieldIssue(document.line_of(("metadata", "name")), "metadata.name", f"must be '{expected}' ({source})"))
    if issues:
        return ParsedRequest(None, issues, locate, fields)
    return ParsedRequest(request, issues, locate, fields)


def _message(error: dict[str, Any], loc: tuple[Any, ...]) -> str:
    parent = tuple(part for part in loc[:-1] if not isinstance(part, int))
    return pydantic_message(error, allowed=_ALLOWED.get(parent, ()))
