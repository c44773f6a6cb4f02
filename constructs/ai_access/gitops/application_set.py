"""The ApplicationSet that makes one Application per team folder of `dist/teams/`."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.argocd_objects import RESOURCES_FINALIZER, SYNC_RETRY, untyped_argocd_object
from ai_access.gitops.base import Resource
from ai_access.models.observability import SyncNotifications
from ai_access.models.platform import GitOpsSettings
from ai_access.names.labels import PART_OF_LABEL, TEAM_LABEL, notification_subscription
from ai_access.names.team import APPLICATION_SET, GO_TEMPLATE_TEAM, NOTIFICATION_TRIGGERS, TeamNames


class TeamApplicationSet(Resource):
    """One Application per folder of `dist/teams/`, each in its team's AppProject, auto-synced.

    The Application's names come from `TeamNames` of the folder's name (a Go template), so they are
    the names the team's AppProject and namespace have. Each Application carries its team as a label
    (the notification templates name it) and is subscribed to every notification trigger for the
    platform's channel; its project adds the owner (`TeamAppProject`).
    """

    def __init__(self, scope: Construct, id: str, *, gitops: GitOpsSettings, notifications: SyncNotifications) -> None:
        """Declare the ApplicationSet (git directory generator, prune + self-heal, bounded retry, resources finalizer, notifications)."""
        super().__init__(scope, id)
        git = gitops
        team = TeamNames(GO_TEMPLATE_TEAM)
        channel = notifications.platform_channel
        application_set = untyped_argocd_object(
            self,
            kind="ApplicationSet",
            metadata={"name": APPLICATION_SET, "namespace": git.argocd_namespace},
            spec={
                "goTemplate": True,
                "goTemplateOptions": ["missingkey=error"],
                "generators": [
                    {
                        "git": {
                            "repoURL": git.repo_url,
                            "revision": git.revision,
                            "directories": [{"path": f"{git.teams_path}/*"}],
                        }
                    }
                ],
                "template": {
                    "metadata": {
                        "name": team.app_project,
                        "finalizers": [RESOURCES_FINALIZER],
                        "labels": {PART_OF_LABEL: APPLICATION_SET, TEAM_LABEL: GO_TEMPLATE_TEAM},
                        "annotations": {
                            notification_subscription(trigger, channel.service): channel.recipient for trigger in NOTIFICATION_TRIGGERS
                        },
                    },
                    "spec": {
                        "project": team.app_project,
                        "source": {"repoURL": git.repo_url, "targetRevision": git.revision, "path": "{{.path.path}}"},
                        "destination": {"server": git.destination_server, "namespace": team.namespace},
                        "syncPolicy": {
                            "automated": {"prune": True, "selfHeal": True},
                            "syncOptions": ["ServerSideApply=true"],
                            "retry": SYNC_RETRY,
                        },
                    },
                },
            },
        )
        self._resource(application_set)
