"""Hand-checked schemas for the kinds whose CRD the tests' CRD folder does not hold.

The NginxIngressController of `dist/bootstrap/` is the AKS application routing add-on's
(Azure/aks-app-routing-operator). `../shared/crds` has no CRD for it and the project copies no CRD,
so its objects are checked against the schema below: the spec properties of that CRD at
v0.2.25 (`config/crd/bases/approuting.kubernetes.azure.com_nginxingresscontrollers.yaml`, commit
3719776c0b83fcb085af420defa29eb3f07db0f0; `api/v1alpha1/nginxingresscontroller_types.go`), every
property name, and the types, lengths and patterns of the fields the output sets; unknown fields are
errors, as in the strict CRD check. `make crds` fetches that CRD (`support.upstream_crds.OPTIONAL_CRDS`):
with it, objects are checked against it and `tests/repository/test_upstream_crds.py` holds this
schema to it.
"""

from __future__ import annotations

from typing import Any

NGINX_INGRESS_CONTROLLER: dict[str, Any] = {
    "type": "object",
    "required": ["spec"],
    "additionalProperties": False,
    "properties": {
        "apiVersion": {"type": "string"},
        "kind": {"type": "string"},
        "metadata": {"type": "object"},
        "status": {"type": "object"},
        "spec": {
            "type": "object",
            "required": ["controllerNamePrefix", "ingressClassName"],
            "additionalProperties": False,
            "properties": {
                "controllerNamePrefix": {"type": "string", "minLength": 1, "maxLength": 60, "pattern": "^[a-z0-9][-a-z0-9]*[a-z0-9]$"},
                "ingressClassName": {"type": "string", "minLength": 1, "maxLength": 253, "pattern": "^[a-z0-9][-a-z0-9\\.]*[a-z0-9]$"},
                "loadBalancerAnnotations": {"type": "object", "additionalProperties": {"type": "string"}},
                "customHTTPErrors": {"type": "array"},
                "defaultBackendService": {"type": "object"},
                "defaultSSLCertificate": {"type": "object"},
                "enableSSLPassthrough": {"type": "boolean"},
                "httpDisabled": {"type": "boolean"},
                "loadBalancerSourceRanges": {"type": "array", "items": {"type": "string"}},
                "logFormat": {"type": "string"},
                "scaling": {"type": "object"},
            },
        },
    },
}

HAND_SCHEMAS: dict[tuple[str, str], tuple[dict[str, Any], bool]] = {
    ("approuting.kubernetes.azure.com/v1alpha1", "NginxIngressController"): (NGINX_INGRESS_CONTROLLER, False),
}
"""(apiVersion, kind) -> (schema, namespaced), as `StrictValidator` keeps CRD schemas."""
