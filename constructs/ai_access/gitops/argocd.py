"""ArgoCD objects: one AppProject per team, the ApplicationSet over `dist/teams/*`, the root Application.

The ApplicationSet and Application are plain `ApiObject`s: the generated ApplicationSet binding is
9 MB of Python and 2.6 s to import for one object per synth. Tests validate both against their CRDs
in strict mode instead.
"""

from __future__ import annotations

from typing import Any

from cdk8s import ApiObject, JsonPatch

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import argoproj
from ai_access.models.platform import GitOpsSettings
from ai_access.names.labels import PART_OF_LABEL
from ai_access.names.team import APPLICATION_SET, GO_TEMPLATE_TEAM, PLATFORM_APP_PROJECT, ROOT_APPLICATION, TeamNames
from constructs import Construct

RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io"

# A sync that fails is not tried again for the same commit ("Automated Sync Semantics", argo-cd
# docs/user-guide/auto_sync.md), so a passing error (the API server restarting, a webhook not yet
# ready, a conflict) would leave a team unsynced until its next commit. Retried a bounded number of
# times with a growing pause: 30 s, 1, 2, 4 and 5 minutes, about 12 minutes in all
# (docs/operator-manual/application.yaml, `syncPolicy.retry`). A resource ASO has given up on
# (severity Error) is not passing: retrying cannot fix it, docs/operations.md says what does.
SYNC_RETRY = {"limit": 5, "backoff": {"duration": "30s", "factor": 2, "maxDuration": "5m"}}


class TeamAppProject(Resource):
    """An AppProject confining a team's Application to its namespace and the kinds its folder holds."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        gitops: GitOpsSettings,
        namespaced_kinds: list[tuple[str, str]],
    ) -> None:
        """`namespaced_kinds`: (API group, kind) of every namespaced object in the team folder."""
        super().__init__(scope, id)
        project = argoproj.AppProject(
            self,
            "Resource",
            metadata={
                "name": names.app_project,
                "namespace": gitops.argocd_namespace,
                # Removing a team and its project in one commit must not leave the Application stuck.
                "finalizers": [RESOURCES_FINALIZER],
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


class TeamApplicationSet(Resource):
    """One Application per folder of `dist/teams/`, each in its team's AppProject, auto-synced.

    The Application's names come from `TeamNames` of the folder's name (a Go template), so they are
    the names the team's AppProject and namespace have.
    """

    def __init__(self, scope: Construct, id: str, *, gitops: GitOpsSettings) -> None:
        """Declare the ApplicationSet (git directory generator, prune + self-heal, bounded retry, resources finalizer)."""
        super().__init__(scope, id)
        git = gitops
        team = TeamNames(GO_TEMPLATE_TEAM)
        application_set = _untyped(
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
                        "labels": {PART_OF_LABEL: APPLICATION_SET},
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
        application = _untyped(
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


def _untyped(scope: Construct, *, kind: str, metadata: dict[str, Any], spec: dict[str, Any]) -> ApiObject:
    """An argoproj.io/v1alpha1 object without a generated binding; its spec is set by one patch."""
    obj = ApiObject(scope, "Resource", api_version="argoproj.io/v1alpha1", kind=kind, metadata=metadata)
    obj.add_json_patch(JsonPatch.add("/spec", spec))
    return obj
