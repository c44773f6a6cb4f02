"""Teams built in worker processes that may die: synth ends in one line saying where, and never hangs.

`synth` (which writes) and `synth --check` and `plan` (which keep the files in memory) build the
same way, here; only the task each worker runs differs.

Each worker is a `spawn`ed process (a fresh interpreter, safe whatever the parent runs) with a pipe
for its result. synth waits on the pipes and on each process's sentinel together
(`multiprocessing.connection.wait`), so a worker that ends without a result (an extension that
calls `os._exit`, the out-of-memory killer's SIGKILL) is noticed at once, and known: its shared
progress record (`synth.progress`) names the team and the extension it was at, and its exit code
says how it ended. A `multiprocessing.Pool` waits forever for a result that never comes, and
`concurrent.futures.ProcessPoolExecutor` says that some worker died (`BrokenProcessPool`), not which.

When one worker fails, or on Ctrl-C (which the workers ignore: it is synth's to handle), the others
are asked to stop at their next team and given `STOP_SECONDS` to end normally (jsii removes its
temporary folders at exit); then they are terminated. Nothing has replaced the output by then.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from ai_access.exit_codes import ENVIRONMENT
from ai_access.fast_exit import exit_without_teardown_at_exit
from ai_access.synth import progress
from ai_access.synth.extensions import ExtensionError, SynthStopped

STOP_SECONDS = 5.0
"""How long a worker asked to stop may take to end by itself before it is terminated."""
UNTOUCHED = "the previous output is untouched"


@dataclass
class _Worker:
    process: Any
    results: Any
    """The receiving end of the worker's pipe."""
    record: Any
    """The worker's shared progress record."""


T = TypeVar("T")


def run_builds(
    team_task: Callable[[list[Any]], dict[str, T]], jobs: list[Any], platform_task: Callable[[], Any] | None, workers: int
) -> tuple[dict[str, T], Any]:
    """`team_task` over `jobs` (split among `workers` processes; here when 1) and `platform_task` beside it.

    Returns every team's result, merged, and the platform task's (None when there is none); with
    no job, `team_task` is not called (it would start Node.js for nothing). Both tasks are pickled
    for the workers: module-level functions, or `functools.partial`s of them. Raises `SynthStopped`
    (or what a task raised) when any fails, a worker dies, or on Ctrl-C.
    """
    if workers <= 1:
        with interrupts_named():
            built = team_task(jobs) if jobs else {}  # no team to build: no Node.js to start for them
            return built, platform_task() if platform_task is not None else None
    return run_in_workers(team_task, [jobs[index::workers] for index in range(workers)], platform_task)


def run_in_workers(
    team_task: Callable[[list[Any]], dict[str, T]], chunks: list[list[Any]], platform_task: Callable[[], Any] | None
) -> tuple[dict[str, T], Any]:
    """`team_task(chunk)` for each chunk in a worker process of its own; the first also runs `platform_task`.

    Always in child processes, even for one chunk (validate imports extensions this way: the
    import may start Node.js or end the process). Returns what `run_builds` returns.
    """
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    workers: list[_Worker] = []
    try:
        for number, chunk in enumerate(chunks):
            results, sender = context.Pipe(duplex=False)
            record = context.RawArray(ctypes.c_char, progress.RECORD_BYTES)
            task = platform_task if number == 0 else None
            process = context.Process(target=_work, args=(team_task, task, chunk, sender, record, stop), name=f"synth-worker-{number}")
            process.start()
            sender.close()  # only the worker writes: its end closing is how a dead worker shows
            workers.append(_Worker(process, results, record))
        return _collect(workers)
    except KeyboardInterrupt:
        raise SynthStopped(f"interrupted {_where(workers)}; {UNTOUCHED}", exit_code=ENVIRONMENT) from None
    finally:
        _stop(workers, stop)


@contextlib.contextmanager
def interrupts_named() -> Iterator[None]:
    """Ctrl-C while this process builds is one line naming the team (and extension) it was at."""
    try:
        yield
    except KeyboardInterrupt:
        raise SynthStopped(f"interrupted {progress.describe(*progress.position())}; {UNTOUCHED}", exit_code=ENVIRONMENT) from None


def _collect(workers: list[_Worker]) -> tuple[dict[str, Any], Any]:
    built: dict[str, Any] = {}
    shared = None
    pending = list(workers)
    while pending:
        ready = set(multiprocessing.connection.wait([w.results for w in pending] + [w.process.sentinel for w in pending]))
        for worker in [w for w in pending if w.results in ready or w.process.sentinel in ready]:
            pending.remove(worker)
            teams, platform = _outcome(worker)
            built.update(teams)
            shared = platform if platform is not None else shared
    return built, shared


def _outcome(worker: _Worker) -> tuple[dict[str, Any], Any]:
    """The (team results, platform result) a worker sent; raises what it raised, or how it died."""
    try:
        if worker.results.poll():
            kind, value, details = worker.results.recv()
            if kind == "built":
                sys.stderr.write(details)  # what the worker printed, now that it finished
                return value
            if details and not isinstance(value, SynthStopped):
                raise value from _RemoteTraceback(details)
            raise value
    except (EOFError, OSError, pickle.UnpicklingError):
        pass  # nothing (or half a message) came: the worker is gone
    worker.process.join(STOP_SECONDS)
    raise _death(worker)


def _death(worker: _Worker) -> SynthStopped:
    team, extension = progress.read(worker.record)
    where, code = progress.describe(team, extension), worker.process.exitcode
    if code is None or code < 0:
        name = _signal_name(-code) if code is not None else "an unknown cause"
        oom = " (the kernel's out-of-memory killer does this when memory runs out)" if code == -signal.SIGKILL else ""
        return SynthStopped(f"a worker process was killed by {name} {where}{oom}; {UNTOUCHED}", exit_code=ENVIRONMENT, extension=extension)
    if extension:
        return ExtensionError(
            f"extension {extension} ended the worker process (exit code {code}) {where.replace(f'extension {extension} ', 'it ', 1)}; "
            f"an extension returns, or raises an exception to stop synth; {UNTOUCHED}",
            extension=extension,
        )
    return SynthStopped(f"a worker process ended without its result (exit code {code}) {where}; {UNTOUCHED}", exit_code=ENVIRONMENT)


def _where(workers: list[_Worker]) -> str:
    """Where the workers were, the ones running an extension first: for the line Ctrl-C prints."""
    positions = sorted((progress.read(w.record) for w in workers), key=lambda p: not p[1])
    return progress.describe(*positions[0]) if positions else "while the workers started"


def _stop(workers: list[_Worker], stop: Any) -> None:
    """Ask every worker still running to stop, wait `STOP_SECONDS`, then end the rest."""
    stop.set()
    try:
        deadline = time.monotonic() + STOP_SECONDS
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
    except KeyboardInterrupt:  # a second Ctrl-C: no more waiting
        raise SynthStopped(f"interrupted; {UNTOUCHED}", exit_code=ENVIRONMENT) from None
    finally:
        for worker in workers:
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join(1.0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.results.close()


def _work(team_task: Callable[[list[Any]], dict[str, Any]], platform_task: Callable[[], Any] | None, chunk: list[Any], sender: Any, record: Any, stop: Any) -> None:
    """A worker: build its chunk (and the platform objects when asked), send the results or the error, end."""
    exit_without_teardown_at_exit()  # before jsii is imported: see fast_exit
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # What the worker prints to stderr (an extension's lines, Node.js's through jsii's stderr sink,
    # which writes to sys.stderr and sys.stderr.buffer) reaches synth's stderr only with a result:
    # a Ctrl-C reaches Node.js too, and jsii then prints that its channel broke while the task still
    # runs, beside the one line synth prints.
    captured = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace", line_buffering=True)
    sys.stderr = captured
    progress.share(record, stop)
    try:
        built = team_task(chunk) if chunk else {}
        message: tuple[str, Any, str] = ("built", (built, platform_task() if platform_task is not None else None), _printed(captured))
    except progress.StopRequested:
        message = ("stopped", SynthStopped(f"stopped; {UNTOUCHED}", exit_code=ENVIRONMENT), "")
    except BaseException as error:  # whatever it is, synth says it in one line
        message = ("failed", _sendable(error), traceback.format_exc())
    with contextlib.suppress(Exception):  # synth may have stopped listening
        sender.send(message)
    if message[0] != "built":
        # Said: what the process prints while it ends is noise now (after a Ctrl-C, which reaches
        # Node.js too, jsii's exit handler finds its Node.js gone), and synth prints one line.
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  (open until the process ends)


def _printed(stream: io.TextIOWrapper) -> str:
    """What was written to `stream` so far, as text."""
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8", errors="replace")


def _sendable(error: BaseException) -> BaseException:
    if isinstance(error, SynthStopped):
        return error
    if not isinstance(error, Exception):  # SystemExit and the like must not end synth itself
        return SynthStopped(f"a worker process stopped: {type(error).__name__}: {error}; {UNTOUCHED}", exit_code=ENVIRONMENT)
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        try:
            text = str(error)
        except Exception:  # an error that cannot even print itself
            text = "(cannot be printed)"
        return RuntimeError(f"{type(error).__name__}: {text}")


class _RemoteTraceback(Exception):
    """The traceback of an error raised in a worker, shown as the cause of the same error in synth."""

    def __str__(self) -> str:
        return f"\n\n{self.args[0]}"


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
