"""Running a batch on a Dask distributed cluster (``docgen batch --cluster tcp://HOST:PORT``).

The work of one file is what a local worker does (:func:`.work.convert_job`, the one
conversion path), run on the cluster's workers; everything else stays with the batch on this
machine: finding the files, ``--skip-unchanged``, the progress line, the manifest, the exit
code.

The files travel with the tasks, the outputs come back with the results: this machine reads
each input and sends its bytes, a worker converts them in a folder of its own and returns the
bytes of the outputs, and this machine writes them atomically into OUTDIR.  So the cluster
needs no shared folder — workers on other machines see neither the inputs' paths nor OUTDIR
— and only one process ever writes OUTDIR and its manifest, as in a local batch.  The cost is
moving the bytes: an input of a few kilobytes and a PDF of a few hundred, against tens of
milliseconds of work per file, which the network carries many times over.  At most
:data:`IN_FLIGHT` files per worker thread are out at once, so memory does not grow with the
number of files.

A file that fails is recorded with its reason and the others go on; a worker lost in the
middle of a file fails that file (Dask retries it elsewhere first).  A cluster that cannot be
reached is a usage error before anything is converted.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DocgenError, UsageError
from ..files import write_atomic
from ..formats import OutputFormat
from ..readers import file_bytes
from ..version import DISTRIBUTION
from .inputs import Job
from .manifest import Record
from .work import Settings, convert_job

#: Files sent out per worker thread before the first results are back.
IN_FLIGHT = 4
#: Seconds to wait for the scheduler to answer.
CONNECT_TIMEOUT = 10
#: How a worker lost in the middle of a file is retried on another before the file fails.
RETRIES = 1


@dataclass(frozen=True, slots=True)
class Done:
    """What a worker sends back for one file: its record (as the worker saw it) and the bytes
    of each output."""

    status: str
    pages: int
    warnings: int
    error: str | None
    seconds: float
    outputs: tuple[tuple[OutputFormat, bytes], ...]


def convert_remote(suffix: str, data: bytes, settings: Settings) -> Done:
    """Convert one file's bytes on a worker: written to a folder of its own under the name
    ``input`` with the file's suffix (which the reader takes as a hint of the format), read
    back from there, the outputs too."""
    with tempfile.TemporaryDirectory(prefix="docgen-") as folder:
        source = Path(folder, "input" + suffix)
        source.write_bytes(data)
        outputs = tuple((fmt, Path(folder, f"output.{fmt}")) for fmt in settings.formats)
        record = convert_job(Job(source, "output", outputs), None, settings)
        made = tuple((fmt, path.read_bytes()) for fmt, path in outputs) if record.status == "done" else ()
    return Done(record.status, record.pages, record.warnings, record.error, record.seconds, made)


def convert_on_cluster(pending: list[tuple[Job, str | None]], settings: Settings,
                       address: str) -> Iterator[Record]:
    """Convert ``pending`` on the cluster at ``address``; yield each file's record as it is
    done (in the order they finish)."""
    if not pending:
        return
    client = connect(address)
    futures: dict[Any, tuple[Job, str | None, float]] = {}
    try:
        remote = client.scatter(settings, broadcast=True, hash=False)
        window = IN_FLIGHT * max(sum(client.nthreads().values()), 1)
        yield from _stream(client, remote, pending, window, futures, settings.force)
    finally:
        for future in futures:
            future.cancel()
        client.close()


def connect(address: str) -> Any:
    """A client of the scheduler at ``address``; a usage error when Dask is not installed or
    the scheduler does not answer."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(f"--cluster needs Dask: install {DISTRIBUTION}[cluster] "
                         "(from a clone: pip install '.[cluster]')") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def _stream(client: Any, remote: Any, pending: list[tuple[Job, str | None]], window: int,
            futures: dict[Any, tuple[Job, str | None, float]], force: bool) -> Iterator[Record]:
    from distributed import as_completed

    todo = iter(pending)
    running = as_completed(loop=client.loop)
    unread: list[Record] = []
    _fill(client, remote, todo, window, running, futures, unread)
    yield from _drain(unread)
    for future in running:
        job, print_, start = futures.pop(future)
        yield _record(job, print_, future, start, force)
        _fill(client, remote, todo, window, running, futures, unread)
        yield from _drain(unread)


def _fill(client: Any, remote: Any, todo: Iterator[tuple[Job, str | None]], window: int, running: Any,
          futures: dict[Any, tuple[Job, str | None, float]], unread: list[Record]) -> None:
    """Send files until ``window`` are out or none is left; a file that cannot be read, or
    is larger than the ``input-bytes`` limit, fails here as the reader would fail it (and
    is never read whole into memory)."""
    while len(futures) < window:
        task = next(todo, None)
        if task is None:
            return
        job, print_ = task
        start = time.perf_counter()
        try:
            data = file_bytes(job.source)
        except DocgenError as exc:  # unreadable, or past the input-bytes limit
            unread.append(_failed(job, exc.problem, start))
            continue
        future = client.submit(convert_remote, job.source.suffix, data, remote, pure=False,
                               retries=RETRIES)
        futures[future] = (job, print_, start)
        running.add(future)


def _drain(records: list[Record]) -> Iterator[Record]:
    while records:
        yield records.pop(0)


def _record(job: Job, print_: str | None, future: Any, start: float, force: bool) -> Record:
    """The file's record, its outputs written into OUTDIR (read-only ones replaced only with
    ``force``)."""
    try:
        done: Done = future.result()
    except Exception as exc:  # a lost worker, a task the cluster could not run
        return _failed(job, f"cluster: {type(exc).__name__}: {exc}", start)
    if done.status != "done":
        return Record(job.key, job.input, "failed", error=done.error, seconds=done.seconds)
    try:
        for (fmt, path), (made, data) in zip(job.outputs, done.outputs):
            assert fmt == made
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(str(path), data, force=force)
    except DocgenError as exc:  # a read-only output without --force, a folder that takes no file
        return _failed(job, exc.problem, start)
    except OSError as exc:
        return _failed(job, f"cannot write: {exc.strerror or exc}", start)
    return Record(job.key, job.input, "done", job.names, done.pages, done.warnings, None,
                  done.seconds, print_)


def _failed(job: Job, problem: str, start: float) -> Record:
    return Record(job.key, job.input, "failed", error=problem,
                  seconds=round(time.perf_counter() - start, 4))
