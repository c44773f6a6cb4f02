"""`synth`: validated requests -> `OUT/teams/<team>/`, `OUT/argocd/`, `OUT/bootstrap/`, on every core.

cdk8s in Python crosses to Node.js for every construct, so building is the slow part; teams are
independent, so many teams are built in worker processes, each with its own Node.js, and each
writing its teams' files into the shared staging folder. The output is the same, file for file,
whatever the number of workers. This module starts no jsii itself: the processes that build do.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.util
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from ai_access.gitops.output import staged_output, write_objects
from ai_access.jsii_kernel import direct_kernel, exit_without_teardown
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.typing_cache import widen_typing_caches

# A worker pays about 1.3 s to start Node.js and load the bindings; below this many teams one
# process is faster.
PARALLEL_FROM_TEAMS = 40
MAX_WORKERS = 4


def synth_gitops(
    teams: list[AccessRequest],
    platform: PlatformConfig,
    outdir: str,
    *,
    today: date | None = None,
    workers: int | None = None,
) -> int:
    """Synthesize every (validated) request and the ArgoCD objects into `outdir`; returns the number of files."""
    workers = workers or default_workers(len(teams))
    with staged_output(outdir) as staging:
        if workers <= 1:
            return synth_teams(teams, platform, staging, today) + synth_argocd(platform, staging)
        # spawn, not fork: a fresh interpreter per worker is safe even when this process runs jsii.
        with multiprocessing.get_context("spawn").Pool(workers, initializer=_exit_without_teardown_when_done) as pool:
            chunks = [teams[index::workers] for index in range(workers)]
            count = sum(pool.starmap(synth_teams, [(chunk, platform, staging, today) for chunk in chunks]))
            # A worker already has Node.js running; this process never starts it.
            count += pool.apply(synth_argocd, (platform, staging))
            # Let the workers exit: terminating them, as leaving the block does, skips their atexit
            # handlers, and jsii would leave its temporary folders behind.
            pool.close()
            pool.join()
            return count


def default_workers(teams: int) -> int:
    """How many processes build `teams` teams: one per available core, only when it pays off."""
    if teams < PARALLEL_FROM_TEAMS:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_WORKERS, teams // (PARALLEL_FROM_TEAMS // 2)))


def _exit_without_teardown_when_done() -> None:
    """In a worker: exit without tearing down the interpreter (see `exit_without_teardown`).

    multiprocessing runs its finalizers as a worker exits; this one runs last and ends the process.
    """
    multiprocessing.util.Finalize(None, exit_without_teardown, args=(0,), exitpriority=-100)


def synth_teams(teams: list[AccessRequest], platform: PlatformConfig, staging: str, today: date | None) -> int:
    """Build and write `teams` and their AppProjects; returns the number of files."""
    with direct_kernel():  # the first jsii import, here, starts the kernel
        from ai_access.gitops.app import app_project_manifests, namespaced_kinds, team_manifests
    widen_typing_caches()

    # Files are written by a second thread while this one waits for Node.js to build the next team
    # (the wait releases the GIL), so dumping YAML costs little extra time.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="write") as writer:
        written = []
        kinds_by_team = {}
        for request in teams:
            objects = team_manifests(request, platform, today=today)
            kinds_by_team[request.team] = namespaced_kinds(objects)
            written.append(writer.submit(write_objects, os.path.join(staging, "teams", request.team), objects))
        projects = app_project_manifests(platform, kinds_by_team)
        written.append(writer.submit(write_objects, os.path.join(staging, "argocd"), projects))
        return sum(future.result() for future in written)


def synth_argocd(platform: PlatformConfig, staging: str) -> int:
    """Build and write the ApplicationSet and the bootstrap Application; returns the number of files."""
    with direct_kernel():
        from ai_access.gitops.app import argocd_manifests, bootstrap_manifests

    return write_objects(os.path.join(staging, "argocd"), argocd_manifests(platform)) + write_objects(
        os.path.join(staging, "bootstrap"), bootstrap_manifests(platform)
    )
