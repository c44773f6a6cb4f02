"""Building teams in worker processes: each with its own Node.js, the results gathered by team.

`synth` (which writes) and `synth --check` (which keeps the files in memory) build the same way;
only the task each worker runs differs.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any, TypeVar

from ai_access.fast_exit import exit_without_teardown_at_exit

T = TypeVar("T")


def run_builds(
    team_task: Callable[[list[Any]], dict[str, T]], jobs: list[Any], platform_task: Callable[[], Any] | None, workers: int
) -> tuple[dict[str, T], Any]:
    """`team_task` over `jobs` (split among `workers` processes; here when 1) and `platform_task` beside it.

    Returns every team's result, merged, and the platform task's (None when there is none); with
    no job, `team_task` is not called (it would start Node.js for nothing). Both
    tasks are pickled for the workers: module-level functions, or `functools.partial`s of them.
    """
    if workers <= 1:
        built = team_task(jobs) if jobs else {}  # no team to build: no Node.js to start for them
        return built, platform_task() if platform_task is not None else None
    # spawn, not fork: a fresh interpreter per worker is safe even when this process runs jsii.
    with multiprocessing.get_context("spawn").Pool(workers, initializer=exit_without_teardown_at_exit) as pool:
        chunks = [jobs[index::workers] for index in range(workers)]
        pending = [pool.apply_async(team_task, (chunk,)) for chunk in chunks]
        platform_job = pool.apply_async(platform_task) if platform_task is not None else None
        built: dict[str, T] = {}
        for job in pending:
            built.update(job.get())
        shared = platform_job.get() if platform_job is not None else None
        # Let the workers exit: terminating them, as leaving the block does, skips their atexit
        # handlers, and jsii would leave its temporary folders behind.
        pool.close()
        pool.join()
        return built, shared
