"""What each synthesized object refers to, read from the objects' own fields, and the wave rule on it.

Written apart from `synth/sync_order.py`, field by field, so that a reference the library misses
shows here as an object in too early a wave. Used on the fixtures and on every team of the live
`dist/`: the rule holds for any valid set of requests.

The references read (each a field a reviewer can point at in the object):
  - `metadata.namespace` names a Namespace;
  - ASO `spec.owner` names its owner: by `name` (and `kind` when given) in the same namespace, or
    by `armId`; an `armId` anywhere in `spec` and a Subscription's `spec.scope` end with
    `<kind>s/<azureName>` of the object they mean (`/products/<id>`, `.../projects/<id>`);
  - an APIM policy (`spec.value`) names backends by `backend-id`, fragments by `fragment-id`;
  - a KAITO Workspace names its ConfigMap in `inference.config`; KAITO labels its pods
    `kaito.sh/workspace: <name>`, and a NetworkPolicy selecting them guards it;
  - an Ingress names a Service: KAITO serves a workspace on a Service of the workspace's name;
  - a RoleBinding names its Role in `roleRef`;
  - ASO writes the Secrets and ConfigMaps of `spec.operatorSpec`; a pod or ASO input reading one
    needs its writer;
  - a Subscription's key opens its product: it needs every object whose owner is that product.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

WAVE = "argocd.argoproj.io/sync-wave"
Obj = dict[str, Any]


def wave(obj: Obj) -> int:
    """The object's sync wave as ArgoCD reads it (0 without the annotation)."""
    return int((obj["metadata"].get("annotations") or {}).get(WAVE, "0"))


def _group(obj: Obj) -> str:
    return obj["apiVersion"].rpartition("/")[0]


def _where(obj: Obj) -> str:
    return f"{obj['kind']}/{obj['metadata']['name']}"


def _arm_tail(obj: Obj) -> str | None:
    name = (obj.get("spec") or {}).get("azureName")
    return f"{obj['kind'].lower()}s/{name}" if _group(obj).endswith(".azure.com") and name else None


def _walk(node: Any, key: str = ""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield k, v
            yield from _walk(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v, key)


def references(objects: list[Obj]) -> list[tuple[Obj, Obj, str]]:
    """(object, what it refers to, why) for every reference between `objects` (one team's)."""
    found: list[tuple[Obj, Obj, str]] = []

    def named(namespace: str, name: str, kinds: tuple[str, ...] = ()) -> list[Obj]:
        return [o for o in objects if o["metadata"]["name"] == name and o["metadata"].get("namespace", "") == namespace and (not kinds or o["kind"] in kinds)]

    tails = {tail: o for o in objects if (tail := _arm_tail(o))}
    writers: dict[tuple[str, str], list[Obj]] = {}
    for o in objects:
        operator = (o.get("spec") or {}).get("operatorSpec") or {}
        for field, kind in (("secrets", "Secret"), ("configMaps", "ConfigMap")):
            for target in (operator.get(field) or {}).values():
                writers.setdefault((kind, target["name"]), []).append(o)
    for obj in objects:
        meta, spec = obj["metadata"], obj.get("spec") or {}
        ns = meta.get("namespace", "")
        found += [(obj, o, "its namespace") for o in objects if ns and o["kind"] == "Namespace" and o["metadata"]["name"] == ns]
        owner = spec.get("owner") if _group(obj).endswith(".azure.com") else None
        if isinstance(owner, dict) and "name" in owner:
            kinds = (owner["kind"],) if "kind" in owner else ()
            found += [(obj, o, "its ASO owner") for o in named(ns, owner["name"], kinds) if _group(o).endswith(".azure.com")]
        arm_ids = [v for k, v in _walk(spec) if k == "armId" and isinstance(v, str)]
        if obj["kind"] == "Subscription":
            arm_ids.append(spec["scope"])
        for arm_id in arm_ids:
            parts = arm_id.strip("/").split("/")
            target = tails.get(f"{parts[-2].lower()}/{parts[-1]}") if len(parts) >= 2 else None
            if target is not None and target is not obj:
                found.append((obj, target, f"ARM id {arm_id}"))
        if obj["kind"].endswith("Policy") and isinstance(spec.get("value"), str):
            policy = etree.fromstring(spec["value"].encode())
            for attribute, kind in (("backend-id", "backend"), ("fragment-id", "policyfragment")):
                for element in policy.iter():
                    if element.get(attribute) and f"{kind}s/{element.get(attribute)}" in tails:
                        found.append((obj, tails[f"{kind}s/{element.get(attribute)}"], f"policy {attribute} {element.get(attribute)}"))
        if obj["kind"] == "Workspace":
            config = (obj.get("inference") or {}).get("config")
            found += [(obj, o, "inference.config") for o in named(ns, config, ("ConfigMap",))] if config else []
            for guard in objects:
                selector = guard.get("spec", {}).get("podSelector", {}).get("matchLabels", {}) if guard["kind"] == "NetworkPolicy" else None
                if selector is not None and guard["metadata"].get("namespace") == ns and selector.items() <= {"kaito.sh/workspace": meta["name"]}.items():
                    found.append((obj, guard, "the NetworkPolicy guarding its pods"))
        if obj["kind"] == "Ingress":
            for key, value in _walk(spec):
                if key == "service":
                    found += [(obj, o, f"backend service {value['name']}") for o in named(ns, value["name"], ("Service", "Workspace"))]
        if obj["kind"] == "RoleBinding":
            found += [(obj, o, "roleRef") for o in named(ns, obj["roleRef"]["name"], (obj["roleRef"]["kind"],))]
        reads = [("Secret", v["name"]) for k, v in _walk(spec) if k in ("secretKeyRef", "secretRef") and isinstance(v, dict)]
        reads += [("ConfigMap", v["name"]) for k, v in _walk(spec) if k in ("configMapKeyRef", "configMapRef") and isinstance(v, dict)]
        for kind, name in reads:
            found += [(obj, o, f"writes the {kind} {name} it reads") for o in writers.get((kind, name), []) if o is not obj]
        if obj["kind"] == "Subscription":
            product = tails.get(spec["scope"].strip("/"))
            if product is not None:
                attached = [o for o in objects if (o.get("spec") or {}).get("owner", {}).get("name") == product["metadata"]["name"] and o is not obj]
                found += [(obj, o, "attached to the product its key opens") for o in attached]
    return found


def wave_violations(objects: list[Obj]) -> list[str]:
    """Every reference to an object in the same or a later wave."""
    return [
        f"{_where(a)} (wave {wave(a)}) refers to {_where(b)} (wave {wave(b)}) by {why}"
        for a, b, why in references(objects)
        if wave(b) >= wave(a)
    ]
