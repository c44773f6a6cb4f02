"""`synth`: validated requests -> `OUT/teams/<team>/`, `OUT/argocd/`, `OUT/bootstrap/`, rebuilding only what changed.

Each team's output is decided by its key (`synth_index`): a team whose key and files match the
index is reused as it is, and only the others are built. Building is the slow part (cdk8s in Python
crosses to Node.js for every construct), so many teams are built in worker processes, each with its
own Node.js, each writing its teams' files into the staging folder. The output is the same, file for
file, whatever the number of workers and whatever was reused: `full=True` rebuilds everything.
This module starts no jsii itself: the processes that build do.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

from ai_access.models.lifecycle import TeamLifecycle, lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.team import TeamNames
from ai_access.synth.extensions import load_extensions
from ai_access.synth.index import PLATFORM_ENTRY, Entry, SynthIndex, intact, pending_index, shared_inputs, shared_key, team_key
from ai_access.synth.output import OutputFolder, link_files, locked_output, write_objects
from ai_access.synth.workers import run_builds

# A worker pays about 1.5 s to start Node.js and load the bindings; below this many teams to
# build, one process is faster.
PARALLEL_FROM_TEAMS = 40
MAX_WORKERS = 4


@dataclass(frozen=True)
class SynthResult:
    """What one synth did."""

    built: int
    reused: int
    removed: int
    files: int
    """Files in the output folder afterwards."""
    index_problem: str | None = None
    """Why the output's synth index could not be used, so every team was rebuilt; None when it could (or there was none)."""


def synth_gitops(
    teams: list[AccessRequest],
    platform: PlatformConfig,
    outdir: str,
    *,
    today: date | None = None,
    workers: int | None = None,
    full: bool = False,
    inputs: Mapping[str, str] | None = None,
    extension_folder: str | None = None,
) -> SynthResult:
    """Synthesize every (validated) request and the ArgoCD objects into `outdir`.

    `today` decides each team's lifecycle (expiry, a rotation's overlap: `models.lifecycle`); `full` ignores the index
    and rebuilds everything; `inputs` replaces the shared inputs (`synth_index.shared_inputs`), which
    tests use to stand for a changed library; `extension_folder` is where the platform's extensions
    are looked up first (the folder of the platform file).
    """
    shared = shared_key(inputs if inputs is not None else shared_inputs(platform, extension_folder))
    lifecycles = {request.team: lifecycle_of(request, platform, today) for request in teams}
    keys = {request.team: team_key(request, lifecycle=lifecycles[request.team], shared=shared) for request in teams}
    with locked_output(outdir, trust_index=not full) as out:
        old = out.index or SynthIndex()
        reused = {team: old.entries[team] for team in keys if _reusable(out, old.entries.get(team), keys[team])}
        to_build = [request for request in teams if request.team not in reused]
        platform_entry = old.entries.get(PLATFORM_ENTRY)
        platform_reused = _reusable(out, platform_entry, shared)
        removed = sorted(_team_folders(out, old) - set(keys))
        final = SynthIndex({**reused, **({PLATFORM_ENTRY: platform_entry} if platform_reused and platform_entry else {})})
        if not to_build and platform_reused and not removed and out.index is not None and final.entries == out.index.entries:
            return SynthResult(0, len(reused), 0, len(out.present))

        jobs = [(request, keys[request.team], lifecycles[request.team]) for request in to_build]
        built = _build(jobs, platform, out.staging, None if platform_reused else shared, workers, extension_folder)
        final.entries.update(built)
        _stage_reused_argocd(out, final, built)
        folders = [f"teams/{team}" for team in sorted(keys) if team not in reused]
        folders += ["argocd"] + ([] if platform_reused else ["bootstrap"])
        # While folders are replaced: reused teams stay valid; every other file, old or new, is listed
        # under a key that matches nothing, so a synth killed now is repaired by the next one.
        pending = pending_index(reused, out.present | final.files)
        out.replace(folders, [f"teams/{team}" for team in removed], pending, final)
        return SynthResult(len(to_build), len(reused), len(removed), len(final.files), out.index_problem)


def default_workers(teams: int) -> int:
    """How many processes build `teams` teams: one per available core, only when it pays off."""
    if teams < PARALLEL_FROM_TEAMS:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_WORKERS, teams // (PARALLEL_FROM_TEAMS // 2)))


def _reusable(out: OutputFolder, entry: Entry | None, key: str) -> bool:
    return entry is not None and entry.key == key and intact(out.reader, entry.files)


def _team_folders(out: OutputFolder, old: SynthIndex) -> set[str]:
    """Teams with a folder in the output (or in the index): those not requested any more are removed."""
    present = {path.split("/")[1] for path in out.present if path.startswith("teams/") and path.count("/") == 2}
    return (present | set(old.entries)) - {PLATFORM_ENTRY}


def _stage_reused_argocd(out: OutputFolder, final: SynthIndex, built: Mapping[str, Entry]) -> None:
    """The argocd/ folder is replaced whole: the files of reused entries join the new ones in staging."""
    reused_files = [path for name, entry in final.entries.items() if name not in built for path in entry.files if path.startswith("argocd/")]
    link_files(out.path, out.staging, reused_files)


Job = tuple[AccessRequest, str, TeamLifecycle]
"""A team to build: its request, its key, its lifecycle on the day synthesized."""


def _build(
    jobs: list[Job], platform: PlatformConfig, staging: str, platform_key: str | None, workers: int | None, extension_folder: str | None
) -> dict[str, Entry]:
    """Build `jobs` (and the platform objects when `platform_key` is given) into `staging`."""
    team_task = functools.partial(synth_teams, platform=platform, staging=staging, parent=os.getpid(), extension_folder=extension_folder)
    platform_task = functools.partial(synth_platform_objects, platform, staging, platform_key) if platform_key is not None else None
    built, shared = run_builds(team_task, jobs, platform_task, workers or default_workers(len(jobs)))
    if shared is not None:
        built[PLATFORM_ENTRY] = shared
    return built


def synth_teams(
    jobs: list[Job], platform: PlatformConfig, staging: str, parent: int, extension_folder: str | None = None
) -> dict[str, Entry]:
    """Build and write each team and its AppProject; returns each team's index entry.

    `parent` is the process that asked: when it is gone (killed), a worker stops instead of
    writing on into a folder nobody will use.
    """
    from ai_access.synth.charts import app_project_manifests, namespaced_kinds, team_manifests  # starts jsii

    extensions = load_extensions(platform.extensions, extension_folder)
    # Files are written by a second thread while this one waits for Node.js to build the next team
    # (the wait releases the GIL), so dumping YAML costs little extra time.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="write") as writer:
        written = {}
        kinds_by_team = {}
        for request, _, lifecycle in jobs:
            if os.getppid() != parent and os.getpid() != parent:
                os._exit(1)  # the synth that asked was killed: stop at once, skip every cleanup
            objects = team_manifests(request, platform, lifecycle=lifecycle, extensions=extensions)
            kinds_by_team[request.team] = namespaced_kinds(objects)
            written[request.team] = writer.submit(write_objects, os.path.join(staging, "teams", request.team), objects, staging)
        projects = app_project_manifests(platform, kinds_by_team, {request.team: request.owner for request, _, _ in jobs})
        by_team = {project["metadata"]["name"]: project for project in projects}
        entries = {}
        for request, key, _ in jobs:
            project = by_team[TeamNames(request.team).app_project]
            files = written[request.team].result()
            files.update(write_objects(os.path.join(staging, "argocd"), [project], staging))
            entries[request.team] = Entry(key, files)
        return entries


def synth_platform_objects(platform: PlatformConfig, staging: str, key: str) -> Entry:
    """Build and write the ApplicationSet and the bootstrap objects; returns their index entry."""
    from ai_access.synth.charts import argocd_manifests, bootstrap_manifests  # starts jsii

    files = write_objects(os.path.join(staging, "argocd"), argocd_manifests(platform), staging)
    files.update(write_objects(os.path.join(staging, "bootstrap"), bootstrap_manifests(platform), staging))
    return Entry(key, files)
