"""The order ArgoCD applies a team's objects in: each in a later sync wave than everything it needs.

Within one wave ArgoCD applies objects by kind and then by name (gitops-engine `pkg/sync/
sync_tasks.go`, `syncTasks.Less`: phase, wave, kind, name; custom kinds all rank alike), so it
would apply `apim-product-policy` before `kaito-phi-4`, the Backend that policy names: APIM
answers 400, the policy is not set, and ArgoCD's sync fails. A later wave starts only when every
object of the earlier ones is healthy (gitops-engine `sync_context.go`, "waiting for healthy state
of"), and the health checks in `health_checks.py` call an ASO object healthy only once Azure has
it. So the waves are derived here from the references between the objects, whoever composed them
(extensions included), never from a list of kinds:

- an object in a namespace needs that Namespace;
- an ASO object needs its owner (`spec.owner` by name, or by ARM id when the id is a team
  object's) and any object a `...Reference` names;
- an object needs the Secrets and ConfigMaps it reads (ASO `{name, key}` inputs, KAITO's
  `inference.config` and `presetOptions.modelAccessSecret`, a pod's env, envFrom and volumes),
  and the object that writes them (ASO's `operatorSpec.secrets` and `operatorSpec.configMaps`);
- an Ingress needs the Service it routes to, or the KAITO Workspace that serves it (KAITO names a
  workspace's Service after it); a RoleBinding its Role;
- an APIM policy needs every backend (`set-backend-service backend-id`) and policy fragment it
  names; a Subscription needs the product or API of its `scope`;
- the key: a Subscription needs everything attached to what its scope names (the product's policy
  and API links), so its key never works without the model allowlist and the token limits;
- the current key after the previous one: during a rotation's overlap the Subscription that
  writes Secret `ai-gateway-key` needs every other Subscription of the folder. The one that wrote
  that Secret before (ASO lets only its writer write it) is pruned in the earlier wave, and ArgoCD
  waits until a pruned object is gone before the next wave (gitops-engine `sync_context.go`,
  "pruned tasks pending deletion"), so the new key's object finds the Secret released;
- the guard: an object that runs pods (a Workspace, whose pods KAITO labels
  `kaito.sh/workspace: <name>`; a pod template) needs every NetworkPolicy that selects them, so no
  model serves unguarded.

A team's key comes first: everything its Subscription needs takes the earliest waves it can, and
nothing else starts before the Subscription's wave. An object that never turns healthy (a GPU node
that does not come, a tracing component Azure refuses) then stops only what comes after it, never
a new key or the suspension of an expired one. The Namespace is wave -1, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from ai_access.names.labels import KAITO_WORKSPACE_LABEL, SYNC_WAVE
from ai_access.names.team import KEY_SECRET

Manifest = dict[str, Any]
Key = tuple[str, str, str]
"""(kind, namespace, name) of an object."""

_ASO_GROUP = ".azure.com"
_APIM_GROUP = "apimanagement.azure.com"
# Where a pod template sits in the workload kinds of Kubernetes (spec.template, CronJob's jobTemplate).
_POD_TEMPLATES = (("spec", "template"), ("spec", "jobTemplate", "spec", "template"))
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class SyncOrderError(ValueError):
    """The objects need each other in a circle: no order applies them all."""


def assign_waves(objects: list[Manifest]) -> None:
    """Set `argocd.argoproj.io/sync-wave` on every object from its dependencies (see the module docstring).

    A wave an object already carries (an extension's) is kept as its earliest.
    """
    needs = dependencies(objects)
    levels = _levels(objects, needs)
    for obj, level in zip(objects, levels):
        annotations = obj["metadata"].setdefault("annotations", {})
        annotations[SYNC_WAVE] = str(level - 1)


def dependencies(objects: list[Manifest]) -> list[set[int]]:
    """For each object (by index), the indexes of the objects it needs before it."""
    index = _Index(objects)
    needs: list[set[int]] = []
    for position, obj in enumerate(objects):
        found = set(index.references(obj))
        found.discard(position)
        needs.append(found)
    return needs


def _levels(objects: list[Manifest], needs: list[set[int]]) -> list[int]:
    """Each object's level: 0 without needs, else one more than its deepest need; the key first."""
    keys = [i for i, obj in enumerate(objects) if _is(obj, _APIM_GROUP, "Subscription")]
    key_needs = _closure(keys, needs)
    levels: dict[int, int] = {}
    for i in sorted(key_needs):
        _level(i, objects, needs, levels, floor=0, visiting=set())
    key_level = max((levels[i] for i in keys), default=0)
    for i in range(len(objects)):
        _level(i, objects, needs, levels, floor=key_level, visiting=set())
    return [levels[i] for i in range(len(objects))]


def _level(i: int, objects: list[Manifest], needs: list[set[int]], levels: dict[int, int], *, floor: int, visiting: set[int]) -> int:
    if i in levels:
        return levels[i]
    if i in visiting:
        raise SyncOrderError("objects that need each other in a circle: " + ", ".join(sorted(_shown(objects[j]) for j in visiting)))
    visiting.add(i)
    level = max(floor, _given_level(objects[i]), *(_level(j, objects, needs, levels, floor=floor, visiting=visiting) + 1 for j in needs[i]))
    visiting.discard(i)
    levels[i] = level
    return level


def _closure(start: list[int], needs: list[set[int]]) -> set[int]:
    seen: set[int] = set()
    todo = list(start)
    while todo:
        i = todo.pop()
        if i not in seen:
            seen.add(i)
            todo.extend(needs[i])
    return seen


def _given_level(obj: Manifest) -> int:
    """The level of a wave an extension set, or 0."""
    value = (obj["metadata"].get("annotations") or {}).get(SYNC_WAVE)
    try:
        return int(value) + 1 if value is not None else 0
    except ValueError:
        return 0  # not a number: ArgoCD reads it as wave 0 too (gitops-engine syncTask.wave)


class _Index:
    """The team's objects, found by what references name: kind and name, what they serve and write."""

    def __init__(self, objects: list[Manifest]) -> None:
        self.objects = objects
        self.by_name: dict[tuple[str, str], list[int]] = {}
        self.by_azure_name: dict[tuple[str, str], list[int]] = {}
        self.namespaces: dict[str, int] = {}
        self.written: dict[tuple[str, str, str], list[int]] = {}
        """(kind, namespace, name) of a Secret, ConfigMap or Service -> the objects that write or serve it."""
        self.guards: list[tuple[int, str, dict[str, str]]] = []
        for i, obj in enumerate(objects):
            meta = obj["metadata"]
            namespace, name = meta.get("namespace", ""), meta.get("name", "")
            if obj["kind"] == "Namespace" and _group(obj) == "":
                self.namespaces[name] = i
            self.by_name.setdefault((namespace, name), []).append(i)
            azure_name = (obj.get("spec") or {}).get("azureName")
            if isinstance(azure_name, str) and _group(obj).endswith(_ASO_GROUP):
                self.by_azure_name.setdefault((obj["kind"].lower(), azure_name), []).append(i)
            for kind, written in _writes(obj):
                self.written.setdefault((kind, namespace, written), []).append(i)
            if obj["kind"] == "NetworkPolicy" and _group(obj) == "networking.k8s.io":
                selector = (obj.get("spec") or {}).get("podSelector") or {}
                self.guards.append((i, namespace, selector.get("matchLabels") or {}))

    def named(self, namespace: str, name: str, kinds: tuple[str, ...] = (), group: str | None = None) -> list[int]:
        """Objects in `namespace` called `name`, of one of `kinds` (any without) and of `group` (any without)."""
        return [
            i
            for i in self.by_name.get((namespace, name), [])
            if (not kinds or self.objects[i]["kind"] in kinds) and (group is None or _group(self.objects[i]) == group)
        ]

    def readable(self, kind: str, namespace: str, name: str) -> list[int]:
        """The object `kind`/`name` in `namespace` and whatever writes or serves it."""
        return self.named(namespace, name, (kind,), "") + self.written.get((kind, namespace, name), [])

    def references(self, obj: Manifest) -> Iterator[int]:
        """Every object `obj` needs before it."""
        meta, spec = obj["metadata"], obj.get("spec") or {}
        namespace = meta.get("namespace", "")
        if namespace in self.namespaces:
            yield self.namespaces[namespace]
        group = _group(obj)
        if group.endswith(_ASO_GROUP):
            yield from self._aso(obj, spec, namespace)
        yield from self._reads(obj, namespace)
        if obj["kind"] == "Ingress" and group == "networking.k8s.io":
            for service in _values(spec, "service"):
                if isinstance(service, dict) and isinstance(service.get("name"), str):
                    yield from self.readable("Service", namespace, service["name"])
        if obj["kind"] == "RoleBinding" and group == "rbac.authorization.k8s.io":
            role = obj.get("roleRef") or {}
            if role.get("kind") == "Role":
                yield from self.named(namespace, role.get("name", ""), ("Role",), "rbac.authorization.k8s.io")
        labels = _pod_labels(obj)
        if labels is not None:
            yield from (i for i, where, selector in self.guards if where == namespace and selector.items() <= labels.items())

    def _aso(self, obj: Manifest, spec: dict[str, Any], namespace: str) -> Iterator[int]:
        owner = spec.get("owner")
        if isinstance(owner, dict):
            yield from self._reference(owner, namespace)
        for key, value in _fields(spec):
            if key.endswith(("Reference", "References")) and isinstance(value, dict):
                yield from self._reference(value, namespace)
        if isinstance(spec.get("value"), str) and str(spec.get("format", "")).lower() in ("xml", "rawxml"):
            for attribute, kind in (("backend-id", "backends"), ("fragment-id", "policyfragments")):
                for azure_name in _policy_ids(spec["value"], attribute):
                    yield from self.by_azure_name.get((kind.removesuffix("s"), azure_name), [])
        if obj["kind"] == "Subscription" and _group(obj) == _APIM_GROUP and isinstance(spec.get("scope"), str):
            scoped = self._arm_path(spec["scope"])
            yield from scoped
            # The key needs everything attached to what it opens: the product's policy and API links.
            for i in scoped:
                target = self.objects[i]["metadata"].get("name", "")
                yield from (j for j, other in enumerate(self.objects) if _owner_name(other) == target and _group(other) == _APIM_GROUP)
            if ("Secret", KEY_SECRET) in _writes(obj):
                yield from (j for j, other in enumerate(self.objects) if _is(other, _APIM_GROUP, "Subscription") and other is not obj and other["metadata"].get("namespace", "") == namespace)

    def _reference(self, reference: dict[str, Any], namespace: str) -> Iterator[int]:
        """An ASO reference: by kind and name in the namespace, or by ARM id when it is a team object's."""
        if isinstance(reference.get("name"), str):
            kinds = (reference["kind"],) if isinstance(reference.get("kind"), str) else ()
            yield from (i for i in self.named(namespace, reference["name"], kinds) if _group(self.objects[i]).endswith(_ASO_GROUP))
        if isinstance(reference.get("armId"), str):
            yield from self._arm_path(reference["armId"])

    def _arm_path(self, path: str) -> list[int]:
        """The team object an ARM id (or an APIM scope such as `/products/<id>`) ends with: `.../<kind>s/<azureName>`."""
        parts = [part for part in path.split("/") if part]
        if len(parts) < 2:
            return []
        return self.by_azure_name.get((parts[-2].lower().removesuffix("s"), parts[-1]), [])

    def _reads(self, obj: Manifest, namespace: str) -> Iterator[int]:
        """The Secrets and ConfigMaps `obj` reads, and whatever writes them."""
        for kind, name in _reads(obj):
            yield from self.readable(kind, namespace, name)


def _writes(obj: Manifest) -> Iterator[tuple[str, str]]:
    """(kind, name) of what an object writes or serves: ASO's exported Secrets and ConfigMaps, a KAITO workspace's Service."""
    spec = obj.get("spec") or {}
    operator = spec.get("operatorSpec") if _group(obj).endswith(_ASO_GROUP) else None
    if isinstance(operator, dict):
        for field, kind in (("secrets", "Secret"), ("configMaps", "ConfigMap")):
            for target in (operator.get(field) or {}).values():
                if isinstance(target, dict) and isinstance(target.get("name"), str):
                    yield kind, target["name"]
    if obj["kind"] == "Workspace" and _group(obj) == "kaito.sh":
        # KAITO serves a workspace on a Service named after it (see `KaitoModel`).
        yield "Service", obj["metadata"].get("name", "")


def _reads(obj: Manifest) -> Iterator[tuple[str, str]]:
    """(kind, name) of each Secret or ConfigMap an object reads by name."""
    group, spec = _group(obj), obj.get("spec") or {}
    if obj["kind"] == "Workspace" and group == "kaito.sh":
        inference = obj.get("inference") or {}
        if isinstance(inference.get("config"), str):
            yield "ConfigMap", inference["config"]
        options = (inference.get("preset") or {}).get("presetOptions") or {}
        if isinstance(options.get("modelAccessSecret"), str):
            yield "Secret", options["modelAccessSecret"]
    if group.endswith(_ASO_GROUP):
        # ASO reads a secret or config value through a {name, key} reference; operatorSpec names
        # only what ASO writes.
        inputs = {k: v for k, v in spec.items() if k != "operatorSpec"}
        for key, value in _fields(inputs):
            if isinstance(value, dict) and set(value) == {"name", "key"} and isinstance(value["name"], str):
                kind = "ConfigMap" if key.endswith("FromConfig") else "Secret"
                yield kind, value["name"]
    for template in _templates(obj):
        pod = template.get("spec") or {}
        for key, value in _fields(pod):
            if key in ("configMapKeyRef", "configMapRef", "configMap") and isinstance(value, dict) and isinstance(value.get("name"), str):
                yield "ConfigMap", value["name"]
            if key in ("secretKeyRef", "secretRef") and isinstance(value, dict) and isinstance(value.get("name"), str):
                yield "Secret", value["name"]
            if key == "secret" and isinstance(value, dict) and isinstance(value.get("secretName"), str):
                yield "Secret", value["secretName"]


def _pod_labels(obj: Manifest) -> dict[str, str] | None:
    """The labels of the pods an object runs, or None when it runs none."""
    if obj["kind"] == "Workspace" and _group(obj) == "kaito.sh":
        return {KAITO_WORKSPACE_LABEL: obj["metadata"].get("name", "")}
    if obj["kind"] == "Pod" and _group(obj) == "":
        return obj["metadata"].get("labels") or {}
    for template in _templates(obj):
        return (template.get("metadata") or {}).get("labels") or {}
    return None


def _templates(obj: Manifest) -> Iterator[dict[str, Any]]:
    if obj["kind"] == "Pod" and _group(obj) == "":
        yield {"metadata": obj["metadata"], "spec": obj.get("spec") or {}}
        return
    for path in _POD_TEMPLATES:
        node: Any = obj
        for step in path:
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(node, dict):
            yield node
            return


def _policy_ids(xml: str, attribute: str) -> list[str]:
    """The values of `attribute` anywhere in a policy document; none when it does not parse."""
    try:
        root = etree.fromstring(xml.encode(), _XML)
    except etree.XMLSyntaxError:
        return []
    return [value for element in root.iter() if isinstance(value := element.get(attribute), str)]


def _owner_name(obj: Manifest) -> str | None:
    owner = (obj.get("spec") or {}).get("owner")
    return owner.get("name") if isinstance(owner, dict) and isinstance(owner.get("name"), str) else None


def _fields(node: Any) -> Iterator[tuple[str, Any]]:
    """Every (key, value) below `node`, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _fields(value)
    elif isinstance(node, list):
        for value in node:
            yield from _fields(value)


def _values(node: Any, wanted: str) -> Iterator[Any]:
    return (value for key, value in _fields(node) if key == wanted)


def _is(obj: Manifest, group: str, kind: str) -> bool:
    return obj["kind"] == kind and _group(obj) == group


def _group(obj: Manifest) -> str:
    api_version = obj.get("apiVersion", "")
    return api_version.split("/")[0] if "/" in api_version else ""


def _shown(obj: Manifest) -> str:
    return f"{obj['kind']}/{obj['metadata'].get('name', '')}"
