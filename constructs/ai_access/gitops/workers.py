"""Teams built in worker processes that may die: synth ends in one line saying where, and never hangs.

Each worker is a `spawn`ed process (a fresh interpreter, safe whatever the parent runs) with a pipe
for its result. synth waits on the pipes and on each process's sentinel together
(`multiprocessing.connection.wait`), so a worker that ends without a result (an extension that
calls `os._exit`, the out-of-memory killer's SIGKILL) is noticed at once, and known: its shared
progress record (`gitops.progress`) names the team and the extension it was at, and its exit code
says how it ended. A `multiprocessing.Pool` waits forever for a result that never comes, and
`concurrent.futures.ProcessPoolExecutor` says that some worker died (`BrokenProcessPool`), not which.

When one worker fails, or on Ctrl-C (which the workers ignore: it is synth's to handle), the others
are asked to stop at their next team and given `STOP_SECONDS` to end normally (jsii removes its
temporary folders at exit); then they are terminated. Nothing has replaced the output by then.
"""

from __future__ import annotations

import contextlib
import ctypes
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
from typing import Any

from ai_access.exit_codes import ENVIRONMENT
from ai_access.fast_exit import exit_without_teardown_at_exit
from ai_access.gitops import progress
from ai_access.gitops.extensions import ExtensionError, SynthStopped
from ai_access.gitops.synth_index import PLATFORM_ENTRY

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


def build_in_workers(build: Callable[..., dict[str, Any]], build_platform: Callable[..., Any], chunks: list[list[Any]], *args: Any, platform_key: str | None) -> dict[str, Any]:
    """`build(chunk, *args)` for each chunk in a worker of its own; the first also runs `build_platform`.

    `args` are `(platform, staging, parent, extension_folder)`, as `synth.synth_teams` takes them;
    `build_platform(platform, staging, platform_key)` when `platform_key` is given. Returns the
    entries of every chunk; raises `SynthStopped` (or what a worker raised) when any fails.
    """
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    workers: list[_Worker] = []
    try:
        for number, chunk in enumerate(chunks):
            results, sender = context.Pipe(duplex=False)
            record = context.RawArray(ctypes.c_char, progress.RECORD_BYTES)
            key = platform_key if number == 0 else None
            process = context.Process(target=_work, args=(build, build_platform, chunk, args, key, sender, record, stop), name=f"synth-worker-{number}")
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


def _collect(workers: list[_Worker]) -> dict[str, Any]:
    built: dict[str, Any] = {}
    pending = list(workers)
    while pending:
        ready = set(multiprocessing.connection.wait([w.results for w in pending] + [w.process.sentinel for w in pending]))
        for worker in [w for w in pending if w.results in ready or w.process.sentinel in ready]:
            pending.remove(worker)
            built.update(_outcome(worker))
    return built


def _outcome(worker: _Worker) -> dict[str, Any]:
    """The entries a worker sent; raises what it raised, or how it died."""
    try:
        if worker.results.poll():
            kind, value, details = worker.results.recv()
            if kind == "built":
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


def _work(build: Callable[..., dict[str, Any]], build_platform: Callable[..., Any], chunk: list[Any], args: tuple[Any, ...], platform_key: str | None, sender: Any, record: Any, stop: Any) -> None:
    """A worker: build its chunk, send the entries or the error, end."""
    exit_without_teardown_at_exit()  # before jsii is imported: see fast_exit
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    progress.share(record, stop)
    try:
        entries = build(chunk, *args)
        if platform_key is not None:
            platform, staging = args[0], args[1]
            entries[PLATFORM_ENTRY] = build_platform(platform, staging, platform_key)
        message: tuple[str, Any, str] = ("built", entries, "")
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
