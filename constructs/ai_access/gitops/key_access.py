"""Who may read a team's key: only the team's Entra group, only its own Secret and ConfigMaps."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from constructs import Construct

from ai_access.gitops.base import TeamResource
from ai_access.gitops.bindings import k8s
from ai_access.names.team import KEY_READER_ROLE, TeamNames


class KeyAccess(TeamResource):
    """A Role naming exactly the key Secret and the ConfigMaps, bound to the team's group only.

    `api_object` is the Role; `binding` the RoleBinding.
    """

    def __init__(
        self, scope: Construct, id: str, *, names: TeamNames, group_id: UUID, secret_name: str, config_maps: Sequence[str]
    ) -> None:
        """Grant `get` on `secret_name` and `config_maps` to the group (AKS Entra groups are object ids)."""
        super().__init__(scope, id)
        self._resource(
            k8s.KubeRole(
                self,
                "Resource",
                metadata={"name": KEY_READER_ROLE, "namespace": names.namespace},
                rules=[
                    k8s.PolicyRule(api_groups=[""], resources=["secrets"], resource_names=[secret_name], verbs=["get"]),
                    k8s.PolicyRule(api_groups=[""], resources=["configmaps"], resource_names=sorted(config_maps), verbs=["get"]),
                ],
            ),
            KEY_READER_ROLE,
        )
        self.binding = k8s.KubeRoleBinding(
            self,
            "Binding",
            metadata={"name": KEY_READER_ROLE, "namespace": names.namespace},
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=KEY_READER_ROLE),
            subjects=[k8s.Subject(api_group="rbac.authorization.k8s.io", kind="Group", name=str(group_id))],
        )
        """The RoleBinding of the Role to the group."""
