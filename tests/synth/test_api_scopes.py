"""Which kinds are namespaced comes from the schemas: the CRDs' spec.scope and Kubernetes' own API."""

from __future__ import annotations

import pytest

from ai_access.synth.api_scopes import is_namespaced


@pytest.mark.parametrize(
    ("api_version", "kind", "namespaced"),
    [
        ("v1", "ConfigMap", True),
        ("v1", "LimitRange", True),
        ("v1", "ResourceQuota", True),
        ("apps/v1", "Deployment", True),
        ("rbac.authorization.k8s.io/v1", "Role", True),
        ("networking.k8s.io/v1", "NetworkPolicy", True),
        ("v1", "Namespace", False),
        ("v1", "PersistentVolume", False),
        ("rbac.authorization.k8s.io/v1", "ClusterRole", False),
        ("storage.k8s.io/v1", "StorageClass", False),
        ("apiextensions.k8s.io/v1", "CustomResourceDefinition", False),
        ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", False),
        ("apimanagement.azure.com/v20240501", "Product", True),
        ("kaito.sh/v1beta1", "Workspace", True),
        ("argoproj.io/v1alpha1", "AppProject", True),
        ("v1", "NoSuchKind", None),
        ("example.com/v1", "Widget", None),
        ("nosuchgroup/v1", "Thing", None),
    ],
)
def test_scope_of_a_kind(api_version: str, kind: str, namespaced: bool | None) -> None:
    assert is_namespaced(api_version, kind) is namespaced
