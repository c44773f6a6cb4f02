"""Whether a kind is namespaced or cluster-scoped, from the schemas: the CRDs' and Kubernetes' own.

Extensions may add any namespaced object to a team's namespace, but nothing cluster-scoped; which
kinds those are is never a hand list:

- custom resources: `spec.scope` of the CRDs this project is built against, recorded in
  `crd_scopes.json` by `make imports` from the same CRDs as the generated bindings (a test
  regenerates it and compares);
- Kubernetes' own kinds: the official Kubernetes Python client, generated from Kubernetes' OpenAPI
  schema, by the rule its own `kubernetes.utils.create_from_dict` uses: a kind whose API class has
  `create_namespaced_<kind>` is namespaced, one with only `create_<kind>` is cluster-scoped. The
  client is imported only when such a kind is asked about (half a second).

A kind found in neither is unknown (`None`), and callers must refuse it.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

CRD_SCOPES = Path(__file__).with_name("crd_scopes.json")


def is_namespaced(api_version: str, kind: str) -> bool | None:
    """True for a namespaced kind, False for a cluster-scoped one, None when the schemas do not know it."""
    group = api_version.rpartition("/")[0]
    scope = _crd_scopes().get(f"{group}/{kind}")
    if scope is not None:
        return scope == "Namespaced"
    if group and "." in group and not group.endswith(".k8s.io"):
        return None  # a custom resource whose CRD this project does not know
    return _kubernetes_scope(api_version, kind)


@functools.cache
def _crd_scopes() -> dict[str, str]:
    return json.loads(CRD_SCOPES.read_text(encoding="utf-8"))


@functools.cache
def _kubernetes_scope(api_version: str, kind: str) -> bool | None:
    from kubernetes import client  # the official client: generated from Kubernetes' OpenAPI schema

    group, _, version = api_version.rpartition("/")
    # The client's own naming (kubernetes.utils.create_from_dict): rbac.authorization.k8s.io/v1 ->
    # RbacAuthorizationV1Api, v1 -> CoreV1Api; ConfigMap -> config_map.
    group = "".join(word.capitalize() for word in "".join((group or "core").rsplit(".k8s.io", 1)).split("."))
    api = getattr(client, f"{group}{version.capitalize()}Api", None)
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", kind)).lower()
    if api is None:
        return None
    if hasattr(api, f"create_namespaced_{snake}"):
        return True
    if hasattr(api, f"create_{snake}"):
        return False
    return None


def crd_scopes(crds_dir: Path) -> dict[str, str]:
    """`group/Kind` -> `Namespaced` or `Cluster` for every CRD below `crds_dir`."""
    found: dict[str, str] = {}
    for path in sorted(crds_dir.rglob("*.yaml")):
        for document in yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
            if isinstance(document, dict) and document.get("kind") == "CustomResourceDefinition":
                spec: dict[str, Any] = document["spec"]
                found[f"{spec['group']}/{spec['names']['kind']}"] = spec["scope"]
    return dict(sorted(found.items()))


def write_crd_scopes(crds_dir: Path, target: Path = CRD_SCOPES) -> None:
    """Write `crd_scopes.json` from the CRDs below `crds_dir` (what `make imports` runs)."""
    target.write_text(json.dumps(crd_scopes(crds_dir), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_crd_scopes(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else CRD_SCOPES)
