"""One request document in either format, told apart by its `kind`."""

from __future__ import annotations

from ai_access.loading.configmap import parse_configmap_request
from ai_access.loading.parsed import ParsedRequest
from ai_access.loading.typed_request import KIND, parse_typed_request
from ai_access.loading.yaml_source import YamlDocument


def parse_request(document: YamlDocument) -> ParsedRequest:
    """Parse a ModelAccessRequest or the seed's ConfigMap (the default, with its own errors)."""
    if isinstance(document.value, dict) and document.value.get("kind") == KIND:
        return parse_typed_request(document)
    return parse_configmap_request(document)
