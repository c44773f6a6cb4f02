"""JSON Schema of a request file, for editors (yaml-language-server) and CI.

The typed format's schema is generated from the pydantic models; the seed's ConfigMap format is
described from the same field table the ConfigMap parser uses. A file must match one of the two.
The schema checks shape only: catalog, limits and names need the platform (`main.py validate`).
"""

from __future__ import annotations

from typing import Any

from ai_access.loading.configmap import DATA_FIELDS, METADATA_FIELDS, REQUIRED_DATA
from ai_access.loading.typed_request import ModelAccessRequest

SCHEMA_ID = "https://ai.contoso.com/schemas/access-request.schema.json"

_DATA_VALUE: dict[str, dict[str, Any]] = {
    "text": {"type": "string"},
    "yaml": {"type": "string", "description": "A YAML list of models: name, type (foundry|kaito), enabled, instanceType"},
    "int": {"type": "string", "pattern": "^[0-9]{1,15}$"},
    "bool": {"type": "string", "enum": ["true", "false"]},
}


def request_json_schema() -> dict[str, Any]:
    """The schema every `access.yaml` must match: a ModelAccessRequest or the seed's ConfigMap."""
    typed = ModelAccessRequest.model_json_schema(by_alias=True)
    definitions = typed.pop("$defs", {})
    definitions["ModelAccessRequest"] = typed
    definitions["ConfigMapRequest"] = _configmap_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "AI model access request",
        "oneOf": [{"$ref": "#/$defs/ModelAccessRequest"}, {"$ref": "#/$defs/ConfigMapRequest"}],
        "$defs": definitions,
    }


def _configmap_schema() -> dict[str, Any]:
    return {
        "title": "ConfigMap request (seed format)",
        "type": "object",
        "additionalProperties": False,
        "required": ["apiVersion", "kind", "metadata", "data"],
        "properties": {
            "apiVersion": {"const": "v1"},
            "kind": {"const": "ConfigMap"},
            "metadata": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {
                    key: ({"type": "string"} if key == "name" else {"type": "object", "additionalProperties": {"type": "string"}})
                    for key in METADATA_FIELDS
                },
            },
            "data": {
                "type": "object",
                "additionalProperties": False,
                "required": list(REQUIRED_DATA),
                "properties": {key: dict(_DATA_VALUE[kind]) for key, kind in DATA_FIELDS.items()},
            },
        },
    }
