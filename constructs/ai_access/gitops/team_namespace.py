"""The team's namespace: everything of one team lives in it."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import k8s
from ai_access.names.labels import COST_CENTER_KEY, OWNER_KEY, TEAM_LABEL
from ai_access.names.team import TeamNames, label_value


class TeamNamespace(Resource):
    """A namespace labelled with team and cost centre, annotated with the exact owner and cost centre."""

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, owner: str, cost_center: str) -> None:
        """Create the namespace `ai-<team>`; created first (sync wave -1, `synth.sync_order`)."""
        super().__init__(scope, id)
        labels = {TEAM_LABEL: names.team}
        cost_label = label_value(cost_center)
        if cost_label:
            labels[COST_CENTER_KEY] = cost_label
        owner_label = label_value(owner.replace("@", "_at_"))
        if owner_label:
            labels[OWNER_KEY] = owner_label
        # Label values cannot hold '@', spaces or '&': the exact values go into annotations.
        annotations = {OWNER_KEY: owner, COST_CENTER_KEY: cost_center}
        self._resource(
            k8s.KubeNamespace(self, "Resource", metadata={"name": names.namespace, "labels": labels, "annotations": annotations}),
        )
