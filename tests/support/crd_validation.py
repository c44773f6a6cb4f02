"""Strict validation of synthesized objects: CRD kinds against their CRDs, core kinds against Kubernetes.

Strict means unknown fields are errors. The API server prunes unknown fields of a structural CRD
silently, so a misspelt field would vanish in the cluster instead of failing: here it fails.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import yaml
from support.hand_schemas import HAND_SCHEMAS
from support.upstream_crds import optional_crd_files

KUBERNETES_VERSION = "1.34"


class StrictValidator:
    """Validates objects against the CRDs found below one folder, or core Kubernetes schemas."""

    def __init__(self, crds_dir: Path) -> None:
        # A kind without a CRD in the folder: its hand-checked schema, unless `make crds` fetched its CRD.
        self.schemas: dict[tuple[str, str], tuple[dict[str, Any], bool]] = dict(HAND_SCHEMAS)
        for path in [*sorted(crds_dir.rglob("*.yaml")), *optional_crd_files()]:
            for crd in yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
                if not crd or crd.get("kind") != "CustomResourceDefinition":
                    continue
                spec = crd["spec"]
                for version in spec["versions"]:
                    key = (f"{spec['group']}/{version['name']}", spec["names"]["kind"])
                    schema = _strict(copy.deepcopy(version["schema"]["openAPIV3Schema"]))
                    self.schemas[key] = (schema, spec["scope"] == "Namespaced")

    def errors(self, obj: dict[str, Any]) -> list[str]:
        """Every reason `obj` would be rejected or silently changed; empty when it is valid."""
        key = (obj.get("apiVersion", ""), obj.get("kind", ""))
        if _is_core(key[0]):
            return _core_errors(obj)
        if key not in self.schemas:
            return [f"no CRD for {key[1]} {key[0]}"]
        schema, namespaced = self.schemas[key]
        found = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator(id(schema), schema).iter_errors(obj)]
        if namespaced and not obj.get("metadata", {}).get("namespace"):
            found.append("metadata.namespace: required for a namespaced kind")
        found += _metadata_errors(obj.get("metadata", {}))
        return found


def _strict(node: Any) -> Any:
    """Make a CRD schema strict: no unknown fields where the schema lists the known ones."""
    if isinstance(node, dict):
        if node.pop("x-kubernetes-int-or-string", False):
            node.pop("type", None)
            node["anyOf"] = [{"type": "integer"}, {"type": "string"}]
        for value in node.values():
            _strict(value)
        if "properties" in node and not node.get("x-kubernetes-preserve-unknown-fields") and "additionalProperties" not in node:
            node["additionalProperties"] = False
    elif isinstance(node, list):
        for value in node:
            _strict(value)
    return node


_VALIDATORS: dict[int, jsonschema.protocols.Validator] = {}


def _validator(key: int, schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    if key not in _VALIDATORS:
        _VALIDATORS[key] = jsonschema.Draft7Validator(schema)
    return _VALIDATORS[key]


def _core_errors(obj: dict[str, Any]) -> list[str]:
    try:
        kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as err:
        return [f"{'/'.join(map(str, err.path))}: {err.message}"]
    except kubernetes_validate.SchemaNotFoundError as err:
        return [str(err)]
    return []


def _is_core(api_version: str) -> bool:
    group = api_version.split("/")[0] if "/" in api_version else ""
    return "." not in group or group.endswith(".k8s.io")


def _metadata_errors(metadata: dict[str, Any]) -> list[str]:
    # ObjectMeta of a custom resource is checked like any core object's: wrap it in a ConfigMap.
    return [f"metadata: {e}" for e in _core_errors({"apiVersion": "v1", "kind": "ConfigMap", "metadata": metadata})]
