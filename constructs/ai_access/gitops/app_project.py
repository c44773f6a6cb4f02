"""An AppProject confining a team's Application to its namespace and the kinds its folder holds, and notifying its owner."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.argocd_objects import RESOURCES_FINALIZER
from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import argoproj
from ai_access.models.observability import SyncNotifications
from ai_access.models.platform import GitOpsSettings
from ai_access.names.labels import notification_subscription
from ai_access.names.team import NOTIFICATION_TRIGGERS, TeamNames


class TeamAppProject(Resource):
    """An AppProject confining a team's Application to its namespace and the kinds its folder holds.

    It also subscribes the team's Application to every trigger of `argocd_notifications.py`, for
    the request's owner through the platform's e-mail service: ArgoCD's notifications controller
    merges an AppProject's subscriptions into those of each of its Applications (argo-cd
    notification_controller/controller/controller.go, `alterDestinations`; docs "Subscriptions").
    The ApplicationSet's template is shared by every team and cannot name an owner; the project is the team's own.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        gitops: GitOpsSettings,
        namespaced_kinds: list[tuple[str, str]],
        owner: str,
        notifications: SyncNotifications,
    ) -> None:
        """`namespaced_kinds`: (API group, kind) of every namespaced object in the team folder; `owner`: the address notified."""
        super().__init__(scope, id)
        project = argoproj.AppProject(
            self,
            "Resource",
            metadata={
                "name": names.app_project,
                "namespace": gitops.argocd_namespace,
                # Removing a team and its project in one commit must not leave the Application stuck.
                "finalizers": [RESOURCES_FINALIZER],
                "annotations": {notification_subscription(trigger, notifications.owner_service): owner for trigger in NOTIFICATION_TRIGGERS},
            },
            spec=argoproj.AppProjectSpec(
                description=f"AI model access of {names.team}",
                source_repos=[gitops.repo_url],
                destinations=[argoproj.AppProjectSpecDestinations(server=gitops.destination_server, namespace=names.namespace)],
                # The only cluster-scoped object a team may have is its own namespace, by name.
                cluster_resource_whitelist=[
                    argoproj.AppProjectSpecClusterResourceWhitelist(group="", kind="Namespace", name=names.namespace)
                ],
                namespace_resource_whitelist=[
                    argoproj.AppProjectSpecNamespaceResourceWhitelist(group=group, kind=kind)
                    for group, kind in sorted(set(namespaced_kinds))
                ],
            ),
        )
        self._resource(project)
