"""Who may read a team's key: only the team's Entra group, only the Secrets and ConfigMaps granted to it.

The group also gets what a member needs to reach them: the AKS Cluster User Role on the cluster,
which lets `az aks get-credentials` download the (Entra, login-prompting) kubeconfig and nothing
else ("Control access to cluster resources", MicrosoftDocs/azure-aks-docs
articles/aks/control-kubeconfig-access.md). Inside the cluster the group can do only what this Role
allows; the API server answers only `aks.apiServerAuthorizedIpRanges` (docs/verify.md, "How a team
member reads the key").
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from cdk8s import ApiObject, JsonPatch
from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import authz, k8s
from ai_access.gitops.group_role import group_role_assignment
from ai_access.gitops.refs import ClusterRef, NamedObject
from ai_access.names import azure_roles
from ai_access.names.team import CLUSTER_USER, KEY_READER_ROLE, TeamNames

# Core kinds a team may be granted `get` on, in the order their rules appear in the Role.
_READABLE = {"Secret": "secrets", "ConfigMap": "configmaps"}


class KeyAccess(Resource):
    """A Role bound to the team's group only, letting it `get` exactly the objects `allow_read` names.

    Like cdk8s-plus's `Role.allowRead`, grants are additive and in the domain's words: the composition
    grants the key Secret and the endpoint ConfigMap, an extension may grant its own ConfigMap. The
    rules are never wider than the names granted. `api_object` is the Role; `binding` the RoleBinding;
    `cluster_user` the group's Cluster User Role on the cluster (None without `cluster`).
    """

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, group_id: UUID, cluster: ClusterRef | None = None) -> None:
        """Declare the Role (no rules until `allow_read`) and bind it to the group (AKS Entra groups are object ids).

        `cluster` (default none: no Azure role) is where the group may fetch a kubeconfig from.
        """
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
        self.cluster_user: authz.RoleAssignment | None = None
        """The group's Azure Kubernetes Service Cluster User Role on the cluster, or None."""
        if cluster is not None:
            self.cluster_user = group_role_assignment(
                self,
                "ClusterUser",
                names=names,
                purpose=CLUSTER_USER,
                scope=cluster.arm_id,
                owner=authz.RoleAssignmentSpecOwner(arm_id=cluster.arm_id),
                group_id=group_id,
                role_definition_id=azure_roles.role_definition_id(cluster.subscription_id, azure_roles.AKS_CLUSTER_USER),
                description=f"Kubeconfig of the cluster for {names.team}, to read its key Secret (nothing else in the cluster)",
            )

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
