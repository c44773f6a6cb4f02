"""One request document in either format, told apart by its `kind`."""

from __future__ import annotations

from ai_access.loading.configmap import parse_configmap_request
from ai_access.loading.parsed import ParsedRequest
from ai_access.loading.typed_request import KIND, parse_typed_request
from ai_access.loading.yaml_source import YamlDocument
from ai_access.models.request import RequestCatalog


def parse_request(document: YamlDocument, *, folder: str | None = None, catalog: RequestCatalog | None = None) -> ParsedRequest:
    """Parse a ModelAccessRequest or the seed's ConfigMap (the default, with its own errors)."""
    if isinstance(document.value, dict) and document.value.get("kind") == KIND:
        return parse_typed_request(document, folder=folder, catalog=catalog)
    return parse_configmap_request(document, folder=folder, catalog=catalog)
