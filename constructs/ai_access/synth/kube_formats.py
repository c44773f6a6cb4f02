"""Kubernetes' own formats for names, labels and annotations, as its API server checks them.

From apimachinery: `pkg/util/validation/validation.go` (IsDNS1123Subdomain; IsQualifiedName: a
name part of at most 63 characters with an optional DNS-subdomain prefix and '/'; IsValidLabelValue)
and `pkg/api/validation/objectmeta.go` (annotation keys are checked lowercased; all annotations of
an object together at most 256 KiB, TotalAnnotationSizeLimitB). An object breaking them is refused
by `kubectl apply` and by ArgoCD's sync; synth refuses it first (`synth.invariants`).
"""

from __future__ import annotations

import re
from typing import Any

from ai_access.problems import shown, shown_name

_SUBDOMAIN = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")
_NAME_PART = re.compile(r"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]")
MAX_ANNOTATION_BYTES = 256 * 1024


def is_dns_subdomain(name: object) -> bool:
    """True for a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253): most kinds' names."""
    return isinstance(name, str) and len(name) <= 253 and bool(_SUBDOMAIN.fullmatch(name))


def metadata_problems(metadata: dict[str, Any]) -> list[str]:
    """What in an object's labels and annotations Kubernetes would refuse."""
    found = []
    labels, annotations = metadata.get("labels") or {}, metadata.get("annotations") or {}
    if not isinstance(labels, dict) or not isinstance(annotations, dict):
        return ["labels and annotations must be maps"]
    for key, value in labels.items():
        if not _qualified_name(key):
            found.append(f"label key {shown(key)} is not a valid Kubernetes label key (an optional DNS subdomain and '/', then at most 63 of A-Z a-z 0-9 - _ .)")
        elif not isinstance(value, str) or not (value == "" or len(value) <= 63 and _NAME_PART.fullmatch(value)):
            found.append(f"label {shown_name(key)}: value {shown(value)} is not a valid label value (at most 63 of A-Z a-z 0-9 - _ ., alphanumeric at both ends)")
    for key, value in annotations.items():
        if not isinstance(key, str) or not _qualified_name(key.lower()):
            found.append(f"annotation key {shown(key)} is not a valid Kubernetes annotation key")
        elif not isinstance(value, str):
            found.append(f"annotation {shown_name(key)}: value {shown(value)} is not a string")
    size = sum(len(str(k).encode()) + len(str(v).encode()) for k, v in annotations.items())
    if size > MAX_ANNOTATION_BYTES:
        found.append(f"annotations of {size:,} bytes; Kubernetes accepts at most {MAX_ANNOTATION_BYTES:,}")
    return found


def _qualified_name(key: object) -> bool:
    if not isinstance(key, str):
        return False
    prefix, slash, name = key.rpartition("/")
    if slash and not is_dns_subdomain(prefix):
        return False
    return len(name) <= 63 and bool(_NAME_PART.fullmatch(name))
