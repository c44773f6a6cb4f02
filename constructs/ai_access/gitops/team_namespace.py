"""The team's namespace: everything of one team lives in it."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.base import TeamResource
from ai_access.gitops.bindings import k8s
from ai_access.naming import LABEL_PREFIX, TeamNames, label_value


class TeamNamespace(TeamResource):
    """A namespace labelled with team and cost centre, annotated with the exact owner and cost centre."""

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, owner: str, cost_center: str) -> None:
        """Create the namespace `ai-<team>`; created first (sync wave -1, `gitops.sync_order`)."""
        super().__init__(scope, id)
        labels = {f"{LABEL_PREFIX}/team": names.team}
        cost_label = label_value(cost_center)
        if cost_label:
            labels[f"{LABEL_PREFIX}/cost-center"] = cost_label
        owner_label = label_value(owner.replace("@", "_at_"))
        if owner_label:
            labels[f"{LABEL_PREFIX}/owner"] = owner_label
        # Label values cannot hold '@', spaces or '&': the exact values go into annotations.
        annotations = {f"{LABEL_PREFIX}/owner": owner, f"{LABEL_PREFIX}/cost-center": cost_center}
        self._resource(
            k8s.KubeNamespace(self, "Resource", metadata={"name": names.namespace, "labels": labels, "annotations": annotations}),
            names.namespace,
        )
