"""The ArgoCD objects and the key's Role, one construct at a time (cdk8s `Testing`), against their CRDs.

The platform's GitOps settings are all set to values other than their defaults, so every value
below is seen coming from the platform. The ApplicationSet's template is rendered for one team
folder the way ArgoCD's git directory generator fills it, and the Application it makes is checked
against the names contract and the Application CRD.
"""

from __future__ import annotations

import functools
import re
from uuid import UUID

import pytest
import yaml
# Aliased so pytest does not try to collect cdk8s's `Testing` class as a test class.
from cdk8s import ApiObject
from cdk8s import Testing as Cdk8sTesting
from support.files import FIXTURE_PLATFORM
from support.upstream_crds import crds_dir
from support.crd_validation import StrictValidator

from ai_access.gitops import RootApplication, TeamApplicationSet, TeamAppProject
from ai_access.gitops.key_access import KeyAccess
from ai_access.gitops.refs import NamedObject
from ai_access.models.observability import NotificationChannel, SyncNotifications
from ai_access.models.platform import PlatformConfig
from ai_access.names.team import TeamNames

FINALIZER = "resources-finalizer.argocd.argoproj.io"  # ArgoCD deletes an object's resources before it
SYNC = {
    "automated": {"prune": True, "selfHeal": True},
    "syncOptions": ["ServerSideApply=true"],
    "retry": {"limit": 5, "backoff": {"duration": "30s", "factor": 2, "maxDuration": "5m"}},
}
GROUP = UUID("3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b")
# Not the defaults: the owner through a named e-mail service, the platform on a Slack channel.
NOTIFY = SyncNotifications(owner_service="corp-mail", platform_channel=NotificationChannel(service="slack", recipient="ai-platform;ai-oncall"))
TRIGGERS = ("ai-access-sync-failed", "ai-access-health-degraded", "ai-access-sync-running-long")


@pytest.fixture(scope="module")
def gitops_platform() -> PlatformConfig:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["gitops"] = {
        "repoUrl": "https://git.example.com/platform/ai.git",
        "revision": "release-7",
        "teamsPath": "deploy/teams",
        "argocdNamespace": "gitops",
        "destinationServer": "https://cluster.example.com:6443",
    }
    return PlatformConfig.model_validate(data)


@functools.cache
def _validator() -> StrictValidator:
    return StrictValidator(crds_dir())


def _errors(obj: dict) -> list[str]:
    """Why the API server would refuse `obj` or change it silently (strict: unknown fields too)."""
    return _validator().errors(obj)


def _synth(build) -> list[dict]:
    chart = Cdk8sTesting.chart()
    build(chart)
    return Cdk8sTesting.synth(chart)


def test_a_team_project_confines_it_to_its_namespace_and_exactly_its_kinds(gitops_platform: PlatformConfig) -> None:
    names = TeamNames("team-x")
    kinds = [("rbac.authorization.k8s.io", "Role"), ("", "ConfigMap"), ("apimanagement.azure.com", "Subscription"), ("", "ConfigMap")]
    (project,) = _synth(
        lambda chart: TeamAppProject(
            chart, "Project", names=names, gitops=gitops_platform.gitops, namespaced_kinds=kinds, owner="owner@contoso.com", notifications=NOTIFY
        )
    )
    assert project == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "AppProject",
        "metadata": {
            "name": names.app_project,
            "namespace": "gitops",
            "finalizers": [FINALIZER],
            # ArgoCD adds a project's subscriptions to each of its Applications: the owner hears of every trigger.
            "annotations": {f"notifications.argoproj.io/subscribe.{trigger}.corp-mail": "owner@contoso.com" for trigger in TRIGGERS},
        },
        "spec": {
            "description": "AI model access of team-x",
            "sourceRepos": ["https://git.example.com/platform/ai.git"],
            "destinations": [{"server": "https://cluster.example.com:6443", "namespace": names.namespace}],
            "clusterResourceWhitelist": [{"group": "", "kind": "Namespace", "name": names.namespace}],
            "namespaceResourceWhitelist": [  # sorted, each once
                {"group": "", "kind": "ConfigMap"},
                {"group": "apimanagement.azure.com", "kind": "Subscription"},
                {"group": "rbac.authorization.k8s.io", "kind": "Role"},
            ],
        },
    }
    assert _errors(project) == []


def _render(template: dict, folder: str) -> dict:
    """The Application ArgoCD's git directory generator makes from `template` for `folder`."""
    values = {".path.path": folder, ".path.basename": folder.rsplit("/", 1)[-1]}

    def fill(node):
        if isinstance(node, dict):
            return {key: fill(value) for key, value in node.items()}
        if isinstance(node, list):
            return [fill(value) for value in node]
        if isinstance(node, str):
            return re.sub(r"\{\{\s*([^}]*?)\s*\}\}", lambda m: values[m.group(1)], node)  # missingkey=error: KeyError
        return node

    return {"apiVersion": "argoproj.io/v1alpha1", "kind": "Application", **fill(template)}


def test_the_application_set_makes_each_team_folder_an_application_in_its_own_project(
    gitops_platform: PlatformConfig,
) -> None:
    (appset,) = _synth(lambda chart: TeamApplicationSet(chart, "Teams", gitops=gitops_platform.gitops, notifications=NOTIFY))
    assert appset["metadata"] == {"name": "ai-model-access-teams", "namespace": "gitops"}
    spec = appset["spec"]
    assert (spec["goTemplate"], spec["goTemplateOptions"]) == (True, ["missingkey=error"])
    assert spec["generators"] == [
        {"git": {"repoURL": "https://git.example.com/platform/ai.git", "revision": "release-7", "directories": [{"path": "deploy/teams/*"}]}}
    ]
    names = TeamNames("team-x")
    application = _render(spec["template"], "deploy/teams/team-x")
    application["metadata"]["namespace"] = "gitops"  # ArgoCD creates it in its own namespace
    assert application["metadata"] == {
        "name": names.app_project,
        "namespace": "gitops",
        "finalizers": [FINALIZER],
        # The team, for the notification templates; the platform's channel hears of every trigger.
        "labels": {"app.kubernetes.io/part-of": "ai-model-access-teams", "ai.contoso.com/team": "team-x"},
        "annotations": {f"notifications.argoproj.io/subscribe.{trigger}.slack": "ai-platform;ai-oncall" for trigger in TRIGGERS},
    }
    assert application["spec"] == {
        "project": names.app_project,
        "source": {"repoURL": "https://git.example.com/platform/ai.git", "targetRevision": "release-7", "path": "deploy/teams/team-x"},
        "destination": {"server": "https://cluster.example.com:6443", "namespace": names.namespace},
        "syncPolicy": SYNC,
    }
    assert _errors(appset) == [] and _errors(application) == []


def test_the_root_application_syncs_the_argocd_folder_under_a_project_that_allows_only_that(
    gitops_platform: PlatformConfig,
) -> None:
    project, application = _synth(lambda chart: RootApplication(chart, "Root", gitops=gitops_platform.gitops, argocd_path="deploy/argocd"))
    assert project == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "AppProject",
        "metadata": {"name": "platform-ai-model-access", "namespace": "gitops"},
        "spec": {
            "description": "The root of AI model access: team AppProjects and the team ApplicationSet",
            "sourceRepos": ["https://git.example.com/platform/ai.git"],
            "destinations": [{"server": "https://cluster.example.com:6443", "namespace": "gitops"}],
            "namespaceResourceWhitelist": [{"group": "argoproj.io", "kind": "AppProject"}, {"group": "argoproj.io", "kind": "ApplicationSet"}],
        },
    }
    assert application == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": "platform-ai-model-access", "namespace": "gitops"},
        "spec": {
            "project": "platform-ai-model-access",
            "source": {"repoURL": "https://git.example.com/platform/ai.git", "targetRevision": "release-7", "path": "deploy/argocd"},
            "destination": {"server": "https://cluster.example.com:6443", "namespace": "gitops"},
            "syncPolicy": SYNC,
        },
    }
    assert _errors(project) == [] and _errors(application) == []


def test_the_key_role_lets_only_the_teams_group_get_its_secret_and_config_maps() -> None:
    names = TeamNames("team-x")
    role, binding = _synth(
        lambda chart: KeyAccess(chart, "Key", names=names, group_id=GROUP).allow_read(
            NamedObject("ConfigMap", "ai-tracing"), NamedObject("Secret", "ai-gateway-key"), NamedObject("ConfigMap", "ai-gateway-endpoint")
        )
    )
    metadata = {"name": "ai-gateway-key-reader", "namespace": names.namespace}
    assert role == {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "Role",
        "metadata": metadata,
        "rules": [
            {"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["ai-gateway-key"], "verbs": ["get"]},
            {"apiGroups": [""], "resources": ["configmaps"], "resourceNames": ["ai-gateway-endpoint", "ai-tracing"], "verbs": ["get"]},
        ],
    }
    assert binding == {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": metadata,
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "ai-gateway-key-reader"},
        "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": str(GROUP)}],
    }
    assert _errors(role) == [] and _errors(binding) == []


def test_the_key_role_grows_by_what_is_granted_and_refuses_any_kind_but_secrets_and_config_maps() -> None:
    # GIVEN the Role with the key Secret granted, WHEN an extension grants its own ConfigMap construct
    names = TeamNames("team-x")

    def build(chart):
        access = KeyAccess(chart, "Key", names=names, group_id=GROUP)
        access.allow_read(NamedObject("Secret", "ai-gateway-key"))
        extra = ApiObject(chart, "Extra", api_version="v1", kind="ConfigMap", metadata={"name": "team-settings", "namespace": names.namespace})
        access.allow_read(extra, NamedObject("Secret", "ai-gateway-key"))  # a name granted twice is listed once
        with pytest.raises(ValueError, match="Secrets and ConfigMaps only, not Deployment 'app'"):
            access.allow_read(NamedObject("Deployment", "app"))  # type: ignore[arg-type]

    role = _synth(build)[0]
    # THEN the Role names exactly those, nothing wider
    assert role["rules"] == [
        {"apiGroups": [""], "resourceNames": ["ai-gateway-key"], "resources": ["secrets"], "verbs": ["get"]},
        {"apiGroups": [""], "resourceNames": ["team-settings"], "resources": ["configmaps"], "verbs": ["get"]},
    ]
