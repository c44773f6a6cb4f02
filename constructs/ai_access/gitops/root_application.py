"""What the platform team applies once: the root Application syncing `dist/argocd/`, in its own AppProject."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.argocd_objects import SYNC_RETRY, untyped_argocd_object
from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import argoproj
from ai_access.models.platform import GitOpsSettings
from ai_access.names.team import PLATFORM_APP_PROJECT, ROOT_APPLICATION


class RootApplication(Resource):
    """What the platform team applies once: an AppProject and the Application syncing `dist/argocd/`.

    The project lets the root Application manage only AppProjects and the ApplicationSet in the
    ArgoCD namespace, so ArgoCD's `default` project can stay locked down.
    """

    def __init__(self, scope: Construct, id: str, *, gitops: GitOpsSettings, argocd_path: str) -> None:
        """Declare the platform AppProject (`project`) and the root Application (`api_object`) reading `argocd_path`."""
        super().__init__(scope, id)
        git = gitops
        self.project = argoproj.AppProject(
            self,
            "Project",
            metadata={"name": PLATFORM_APP_PROJECT, "namespace": git.argocd_namespace},
            spec=argoproj.AppProjectSpec(
                description="The root of AI model access: team AppProjects and the team ApplicationSet",
                source_repos=[git.repo_url],
                destinations=[
                    argoproj.AppProjectSpecDestinations(server=git.destination_server, namespace=git.argocd_namespace)
                ],
                namespace_resource_whitelist=[
                    argoproj.AppProjectSpecNamespaceResourceWhitelist(group="argoproj.io", kind=kind)
                    for kind in ("AppProject", "ApplicationSet")
                ],
            ),
        )
        application = untyped_argocd_object(
            self,
            kind="Application",
            metadata={"name": ROOT_APPLICATION, "namespace": git.argocd_namespace},
            spec={
                "project": PLATFORM_APP_PROJECT,
                "source": {"repoURL": git.repo_url, "targetRevision": git.revision, "path": argocd_path},
                "destination": {"server": git.destination_server, "namespace": git.argocd_namespace},
                # Prune, so a removed team's AppProject goes too. A commit that empties dist/argocd/
                # would remove every team: `main.py plan` in CI fails on mass deletions first.
                # Server-side apply, because it refuses fields the cluster's CRD does not declare:
                # ArgoCD before 3.3 has no clusterResourceWhitelist[].name, and a client-side apply
                # would drop it with a warning, letting every team project manage any Namespace.
                "syncPolicy": {"automated": {"prune": True, "selfHeal": True}, "syncOptions": ["ServerSideApply=true"], "retry": SYNC_RETRY},
            },
        )
        self._resource(application)
