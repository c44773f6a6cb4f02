"""The GitOps app: validated requests -> one chart per team -> `OUT/teams/<team>/`, `OUT/argocd/`.

One file per object (`<kind>-<name>.yaml`), so a pull request's diff shows exactly which object
changes, and a TPM change touches only the team's policy file. Output is written to a temporary
folder beside OUT and swapped in only when everything succeeded: a failing synth leaves the
previous output as it was.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import tempfile
from datetime import date
from typing import Any

import yaml
from cdk8s import App, Chart

from ai_access.gitops.argocd import RootApplication, TeamApplicationSet, TeamAppProject
from ai_access.gitops.team_access import TeamAccess
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.naming import LABEL_PREFIX, MANAGED_BY, TeamNames
from ai_access.validation.requests import LoadedRequest

Manifest = dict[str, Any]


def team_manifests(app: App, request: AccessRequest, platform: PlatformConfig, *, today: date | None = None) -> list[Manifest]:
    """Build one team's chart in `app` and return its objects as plain dicts."""
    suspended = bool(request.expires_on and today and request.expires_on < today)
    chart = Chart(
        app,
        request.team,
        labels={"app.kubernetes.io/managed-by": MANAGED_BY, f"{LABEL_PREFIX}/team": request.team},
    )
    TeamAccess(chart, "TeamAccess", request=request, platform=platform, suspended=suspended)
    return list(chart.to_json())


def argocd_manifests(app: App, platform: PlatformConfig, team_objects: dict[str, list[Manifest]]) -> list[Manifest]:
    """The ApplicationSet and one AppProject per team, whitelisting the kinds each team folder holds."""
    chart = Chart(app, "argocd", labels={"app.kubernetes.io/managed-by": MANAGED_BY})
    TeamApplicationSet(chart, "Teams", platform=platform)
    for team, objects in sorted(team_objects.items()):
        kinds = [(_group(obj["apiVersion"]), obj["kind"]) for obj in objects if obj["kind"] != "Namespace"]
        TeamAppProject(chart, f"Project-{team}", names=TeamNames(team), platform=platform, namespaced_kinds=kinds)
    return list(chart.to_json())


def bootstrap_manifests(app: App, platform: PlatformConfig) -> list[Manifest]:
    """The root Application the platform team applies once."""
    chart = Chart(app, "bootstrap", labels={"app.kubernetes.io/managed-by": MANAGED_BY})
    argocd_path = posixpath.join(posixpath.dirname(platform.gitops.teams_path.rstrip("/")), "argocd")
    RootApplication(chart, "Root", platform=platform, argocd_path=argocd_path)
    return list(chart.to_json())


def synth_gitops(
    requests: list[LoadedRequest], platform: PlatformConfig, outdir: str, *, today: date | None = None
) -> int:
    """Synthesize every request and the ArgoCD objects into `outdir`; returns the number of files."""
    app = App()
    teams = {loaded.request.team: team_manifests(app, loaded.request, platform, today=today) for loaded in requests}
    folders = {f"teams/{team}": objects for team, objects in teams.items()}
    folders["argocd"] = argocd_manifests(app, platform, teams)
    folders["bootstrap"] = bootstrap_manifests(app, platform)
    return write_tree(folders, outdir)


def write_tree(folders: dict[str, list[Manifest]], outdir: str) -> int:
    """Write each folder's objects, one file each, replacing `outdir` only once all are written."""
    outdir = os.path.abspath(outdir)
    parent = os.path.dirname(outdir)
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=".synth-", dir=parent)
    count = 0
    try:
        for folder, objects in folders.items():
            os.makedirs(os.path.join(staging, folder), exist_ok=True)
            for obj in objects:
                name = f"{obj['kind'].lower()}-{obj['metadata']['name']}.yaml"
                path = os.path.join(staging, folder, name)
                if os.path.exists(path):
                    raise ValueError(f"two objects would be written to {folder}/{name}")
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(dump_yaml(obj))
                count += 1
        _swap(staging, outdir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count


def _swap(staging: str, outdir: str) -> None:
    if os.path.exists(outdir):
        retired = tempfile.mkdtemp(prefix=".retired-", dir=os.path.dirname(outdir))
        os.rename(outdir, os.path.join(retired, "old"))
        os.rename(staging, outdir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.rename(staging, outdir)


class _Dumper(yaml.CSafeDumper):
    """libyaml dumper writing multi-line strings (the policy XML) as readable block scalars."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(obj: Manifest) -> str:
    """One object as YAML, keys in the order cdk8s produced them."""
    return yaml.dump(obj, Dumper=_Dumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=120)


def _group(api_version: str) -> str:
    return api_version.split("/")[0] if "/" in api_version else ""
