"""Who may read a team's key: only the team's Entra group, only the Secrets and ConfigMaps granted to it."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from cdk8s import ApiObject, JsonPatch
from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import k8s
from ai_access.gitops.refs import NamedObject
from ai_access.names.team import KEY_READER_ROLE, TeamNames

# Core kinds a team may be granted `get` on, in the order their rules appear in the Role.
_READABLE = {"Secret": "secrets", "ConfigMap": "configmaps"}


class KeyAccess(Resource):
    """A Role bound to the team's group only, letting it `get` exactly the objects `allow_read` names.

    Like cdk8s-plus's `Role.allowRead`, grants are additive and in the domain's words: the composition
    grants the key Secret and the endpoint ConfigMap, an extension may grant its own ConfigMap. The
    rules are never wider than the names granted. `api_object` is the Role; `binding` the RoleBinding.
    """

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, group_id: UUID) -> None:
        """Declare the Role (no rules until `allow_read`) and bind it to the group (AKS Entra groups are object ids)."""
        super().__init__(scope, id)
        self._readable: dict[str, set[str]] = {}
        self._resource(k8s.KubeRole(self, "Resource", metadata={"name": KEY_READER_ROLE, "namespace": names.namespace}, rules=[]))
        self.binding = k8s.KubeRoleBinding(
            self,
            "Binding",
            metadata={"name": KEY_READER_ROLE, "namespace": names.namespace},
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=KEY_READER_ROLE),
            subjects=[k8s.Subject(api_group="rbac.authorization.k8s.io", kind="Group", name=str(group_id))],
        )
        """The RoleBinding of the Role to the group."""

    def allow_read(self, *objects: NamedObject | Resource | ApiObject) -> None:
        """Let the group `get` each of `objects`: Secrets and ConfigMaps of the namespace, by name.

        Each is a `NamedObject` (one written by ASO, say), an L2 of this library or an L1 `ApiObject`.
        """
        for target in objects:
            api_object = target.api_object if isinstance(target, Resource) else target
            named = target if isinstance(target, NamedObject) else NamedObject(api_object.kind, api_object.name)
            if named.kind not in _READABLE:
                raise ValueError(f"KeyAccess grants read of Secrets and ConfigMaps only, not {named.kind} {named.name!r}")
            self._readable.setdefault(named.kind, set()).add(named.name)
        # One patch holding every rule so far; the last one applied is what the Role says.
        self.api_object.add_json_patch(JsonPatch.replace("/rules", self._rules()))

    def _rules(self) -> list[dict[str, Any]]:
        return [
            {"apiGroups": [""], "resourceNames": sorted(self._readable[kind]), "resources": [resources], "verbs": ["get"]}
            for kind, resources in _READABLE.items()
            if kind in self._readable
        ]
