"""Worker processes for the conversions, with a time limit per job.

:class:`concurrent.futures.ProcessPoolExecutor` cannot stop one stuck task, so this is a small
pool of its own: each worker is a process with a pipe; a job is given to an idle worker, and
when its answer does not come within the time limit the worker is killed and replaced, and the
job fails with :class:`JobTimeout`.  Workers are started with ``spawn`` (never ``fork`` from a
server with threads), ignore Ctrl-C (the server stops them) and import the jobs module once.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import queue
import signal
import threading
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

log = logging.getLogger("docgen.web")


class JobError(Exception):
    """A job that did not come back with an answer."""


class JobTimeout(JobError):
    """The job took longer than the time limit; its worker was killed."""


class JobCrashed(JobError):
    """The worker died during the job (killed by the system, out of memory, …)."""


class JobFailed(JobError):
    """The job raised an exception that is not a docgen error: a bug.  ``str()`` is one line."""


def _worker_main(conn: Connection, jobs_module: str) -> None:  # pragma: no cover - in a child
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    jobs = importlib.import_module(jobs_module).JOBS
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        name, args = message
        try:
            answer: tuple[str, Any] = ("ok", jobs[name](*args))
        except BaseException as exc:
            answer = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, ctx: Any, jobs_module: str) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(target=_worker_main, args=(child, jobs_module),
                                                name="docgen-web-worker", daemon=True)
        self.process.start()
        child.close()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self, wait: float) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(wait)
        self.kill()


class WorkerPool:
    """``workers`` processes running the functions of ``jobs_module.JOBS``; :meth:`run` blocks
    (call it from a thread), :meth:`call` is its async form."""

    def __init__(self, workers: int = 2, time_limit: float = 90.0,
                 jobs_module: str = "docgen.web.jobs") -> None:
        self.size = max(1, workers)
        self.time_limit = time_limit
        self.jobs_module = jobs_module
        self._ctx = get_context("spawn")
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False

    # ------------------------------------------------------------------ life

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
            for _ in range(self.size):
                self._idle.put(self._spawn_locked())

    def _spawn_locked(self) -> _Worker:
        worker = _Worker(self._ctx, self.jobs_module)
        self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if not self._closed:
                self._idle.put(self._spawn_locked())

    def close(self, wait: float = 2.0) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop(wait)

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and the log)."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    # ------------------------------------------------------------------ jobs

    def run(self, job: str, *args: Any, time_limit: float | None = None) -> Any:
        """Run ``job`` in a worker and return its answer.  Waiting for a free worker does not
        count against the time limit."""
        if self._closed:
            raise JobCrashed("the worker pool is closed")
        self.start()
        limit = self.time_limit if time_limit is None else time_limit
        worker = self._idle.get()
        while not worker.process.is_alive():  # died while idle (killed from outside): replace it
            self._replace(worker)
            worker = self._idle.get()
        try:
            worker.conn.send((job, args))
            if not worker.conn.poll(limit):
                log.warning("docgen serve: a %s job took more than %g s; its worker was killed", job, limit)
                self._replace(worker)
                raise JobTimeout(f"more than {limit:g} s")
            status, answer = worker.conn.recv()
        except JobTimeout:
            raise
        except (EOFError, OSError, ValueError) as exc:
            self._replace(worker)
            raise JobCrashed(f"the worker ended: {exc or type(exc).__name__}") from None
        self._idle.put(worker)
        if status != "ok":
            log.error("docgen serve: a %s job failed: %s", job, answer)
            raise JobFailed(answer)
        return answer

    async def call(self, job: str, *args: Any) -> Any:
        """:meth:`run` in a thread, for the async server."""
        import anyio.to_thread

        return await anyio.to_thread.run_sync(lambda: self.run(job, *args), abandon_on_cancel=True)
