"""The GitOps charts: one per team, one for ArgoCD, one for the bootstrap Application.

Each chart lives in its own `App`: a chart's `to_json` walks the whole app, so one app holding
every team would make synthesis grow faster than the number of teams.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from typing import Any

from cdk8s import App, Chart

from ai_access.gitops import RootApplication, TeamApplicationSet, TeamAppProject
from ai_access.gitops.argocd_notifications import ArgoCdNotifications
from ai_access.gitops.cluster_requirements import ClusterRequirements
from ai_access.gitops.health_checks import ArgoCdHealthChecks
from ai_access.gitops.internal_ingress import InternalIngressController
from ai_access.gitops.refs import InternalIngressRef
from ai_access.gitops.team_access import TeamAccess
from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.labels import MANAGED_BY, MANAGED_BY_LABEL, TEAM_LABEL
from ai_access.names.team import TeamNames
from ai_access.synth import progress
from ai_access.synth.extensions import Extension, ExtensionError, apply_extensions, refuse_broken_output
from ai_access.synth.sync_order import SyncOrderError, assign_waves

Manifest = dict[str, Any]
Kind = tuple[str, str]
"""(API group, kind) of an object."""


def team_manifests(
    request: AccessRequest, platform: PlatformConfig, *, lifecycle: TeamLifecycle | None = None, extensions: Sequence[Extension] = ()
) -> list[Manifest]:
    """One team's objects as plain dicts, on the day `lifecycle` describes (default: current, never rotated).

    `extensions` are called with the composed `TeamAccess`, in order (see `synth.extensions`);
    every object, theirs too, then gets its sync wave from what it needs (`synth.sync_order`), and
    the objects returned, exactly what synth writes, keep every rule of `synth.invariants` (or this raises).
    """
    progress.building(request.team)
    gitops = platform.gitops
    labels = {**gitops.common_labels, MANAGED_BY_LABEL: MANAGED_BY, TEAM_LABEL: request.team}
    chart = Chart(App(), request.team, labels=labels)
    lifecycle = lifecycle or TeamLifecycle()
    team = TeamAccess(chart, "TeamAccess", request=request, platform=platform, lifecycle=lifecycle)
    apply_extensions(team, extensions)
    objects = list(chart.to_json())
    try:
        assign_waves(objects)
    except SyncOrderError as error:  # the tool's own objects never need each other in a circle
        raise ExtensionError(f"the objects of team {request.team} with its extensions: {error}") from None
    objects = _annotated(objects, gitops.common_annotations)
    refuse_broken_output(request, objects, platform, lifecycle=lifecycle, extensions=extensions)
    return objects


def namespaced_kinds(objects: list[Manifest]) -> list[Kind]:
    """The (group, kind) of every namespaced object: what a team's AppProject must allow."""
    return sorted({(_group(obj["apiVersion"]), obj["kind"]) for obj in objects if obj["kind"] != "Namespace"})


def app_project_manifests(platform: PlatformConfig, kinds_by_team: dict[str, list[Kind]], owners: dict[str, str]) -> list[Manifest]:
    """The AppProject of each team, allowing exactly its kinds (see `namespaced_kinds`) and notifying its owner, in one chart.

    `owners` holds each team's owner address (the request's `owner`), which its project subscribes
    to the notifications of the team's Application.

    AppProjects depend on nothing but their team, so one chart holds many: three bridge calls fewer
    per team than a chart each.
    """
    gitops = platform.gitops
    chart = Chart(App(), "argocd-projects", labels={**gitops.common_labels, MANAGED_BY_LABEL: MANAGED_BY})
    for team, kinds in kinds_by_team.items():
        TeamAppProject(
            chart, team, names=TeamNames(team), gitops=gitops, namespaced_kinds=kinds, owner=owners[team], notifications=platform.observability.argocd
        )
    return _annotated(list(chart.to_json()), gitops.common_annotations)


def argocd_manifests(platform: PlatformConfig) -> list[Manifest]:
    """The ApplicationSet that makes one Application per team folder."""
    chart = Chart(App(), "argocd", labels={MANAGED_BY_LABEL: MANAGED_BY})
    TeamApplicationSet(chart, "Teams", gitops=platform.gitops, notifications=platform.observability.argocd)
    return list(chart.to_json())


def bootstrap_manifests(platform: PlatformConfig) -> list[Manifest]:
    """What the platform team applies once: the root Application, ArgoCD's health checks and notifications, the internal ingress controller and the cluster's requirements."""
    chart = Chart(App(), "bootstrap", labels={MANAGED_BY_LABEL: MANAGED_BY})
    argocd_path = posixpath.join(posixpath.dirname(platform.gitops.teams_path.rstrip("/")), "argocd")
    RootApplication(chart, "Root", gitops=platform.gitops, argocd_path=argocd_path)
    InternalIngressController(chart, "InternalIngress", ingress=InternalIngressRef.from_platform(platform))
    ClusterRequirements(chart, "ClusterRequirements", namespace=platform.gitops.argocd_namespace)
    # A chart without labels: these keys merge into ArgoCD's own argocd-cm, whose labels (Helm's
    # managed-by among them) must stay as its installer set them.
    settings = Chart(App(), "argocd-settings")
    ArgoCdHealthChecks(settings, "HealthChecks", argocd_namespace=platform.gitops.argocd_namespace)
    ArgoCdNotifications(
        settings,
        "Notifications",
        argocd_namespace=platform.gitops.argocd_namespace,
        sync_running_minutes=platform.observability.argocd.sync_running_minutes,
    )
    return [*chart.to_json(), *settings.to_json()]


def _annotated(objects: list[Manifest], annotations: dict[str, str]) -> list[Manifest]:
    """`objects` with the platform's common annotations added (cdk8s charts carry labels only)."""
    for obj in objects if annotations else ():
        obj["metadata"]["annotations"] = {**annotations, **obj["metadata"].get("annotations", {})}
    return objects


def _group(api_version: str) -> str:
    return api_version.split("/")[0] if "/" in api_version else ""
