"""Whether an object the cluster holds is ready, from its status as ASO and KAITO report it.

ASO gives every resource a `Ready` condition: `True` once the Azure resource matches the spec,
otherwise a reason, a severity (Info: still working, Warning, Error: ASO gave up) and a message
(ASO docs, guide/conditions.md; reasons in v2/pkg/genruntime/conditions/ready_condition_builder.go).
KAITO sets `WorkspaceSucceeded` True when the inference service is ready, with `ResourceReady`,
`NodeClaimReady` and `InferenceReady` on the way (kaito api/v1beta1/condition_types.go). The
status comes from the cluster, so a field of the wrong shape counts as absent.
"""

from __future__ import annotations

from typing import Any

from ai_access.verify.server_data import items, mapping, text

_WORKSPACE_STEPS = ("ResourceReady", "NodeClaimReady", "InferenceReady", "WorkspaceSucceeded")


def aso_ready(obj: dict[str, Any]) -> tuple[bool, str]:
    """(ready, why) from an ASO resource's `Ready` condition."""
    ready = _conditions(obj).get("Ready")
    if ready is None:
        return False, "no Ready condition yet: ASO has not reconciled it (is ASO running, and watching this namespace?)"
    generation = mapping(obj.get("metadata")).get("generation")
    observed = ready.get("observedGeneration")
    if ready.get("status") == "True":
        if isinstance(generation, int) and isinstance(observed, int) and observed < generation:
            return False, f"Ready is for generation {observed}, the object is at {generation}: ASO has not reconciled the latest change yet"
        return True, "Ready"
    return False, "not Ready: " + _describe(ready)


def subscription_state(obj: dict[str, Any]) -> str:
    """An APIM subscription's state as Azure reports it, else as the spec asks (`active`, `suspended`, ...)."""
    return text(mapping(obj.get("status")).get("state")) or text(mapping(obj.get("spec")).get("state")) or "unknown"


def workspace_ready(obj: dict[str, Any]) -> tuple[bool, str]:
    """(ready, why) from a KAITO Workspace's conditions."""
    conditions = _conditions(obj)
    if not conditions:
        return False, "no status yet: KAITO has not reconciled it (is the KAITO operator running?)"
    succeeded = conditions.get("WorkspaceSucceeded")
    if succeeded is not None and succeeded.get("status") == "True":
        return True, "ready (WorkspaceSucceeded)"
    waiting = [f"{kind}={conditions[kind].get('status')}: {_describe(conditions[kind])}" for kind in _WORKSPACE_STEPS if kind in conditions and conditions[kind].get("status") != "True"]
    return False, "not ready: " + ("; ".join(waiting) or "WorkspaceSucceeded not reported yet")


def _conditions(obj: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["type"]: c for c in items(mapping(obj.get("status")).get("conditions")) if isinstance(c.get("type"), str)}


def _describe(condition: dict[str, Any]) -> str:
    reason = condition.get("reason") or "no reason"
    severity = f" ({condition['severity']})" if condition.get("severity") else ""
    return f"{reason}{severity}: {condition.get('message') or 'no message'}"
