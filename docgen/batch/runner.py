"""Running a batch: find the files, skip the unchanged ones, convert the rest in a pool of
worker processes, and account for every file in the manifest.

Work is streamed: the parent hands out one file at a time and keeps only each file's small
record, so memory does not grow with the number of files.  Ctrl-C or SIGTERM stops the
workers (each removes its temporary file), saves the manifest of what was finished and
re-raises :class:`KeyboardInterrupt`; running the same command again with
``--skip-unchanged`` resumes.

A batch holds its output folder's lock (:mod:`.lock`) from start to end: it alone writes the
manifest there, and the temporary files it removes as a killed run's are only those no live
process holds (:func:`docgen.files.remove_stale_parts`).  Before anything is converted, an
output that is one of the batch's inputs refuses the whole batch (exit code 3).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import OutputError, UsageError
from ..files import file_id, remove_stale_parts
from ..version import __version__
from .cluster import convert_on_cluster
from .inputs import Job, Selection, find_jobs
from .lock import batch_lock
from .manifest import Manifest, Record, fingerprint, options_digest
from .progress import Progress
from .work import Settings, convert_job, run_job, start_worker, warm_up

#: Temporary files of an atomic write (``.<name>.<random>.part``) left by a killed run.
_STALE_PART = re.compile(r"^\..+\.(?:pdf|docx|json)\.[A-Za-z0-9_]+\.part$")
#: Seconds between two saves of the manifest while a batch runs.
_SAVE_EVERY = 2.0


@dataclass(frozen=True, slots=True)
class Batch:
    """One batch: what to convert, where to, and how."""

    inputs: tuple[str, ...]
    outdir: Path
    settings: Settings
    lists: tuple[str, ...] = ()
    selection: Selection = Selection()
    jobs: int = 0                  # worker processes; 0 = one per available core
    skip_unchanged: bool = False
    quiet: bool = False
    cluster: str = ""              # a Dask scheduler's address: convert there, not in a local pool


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_batch(batch: Batch) -> dict[str, float | int]:
    """Run ``batch`` and return its summary (also saved in the manifest)."""
    _make_folder(batch.outdir)
    with batch_lock(batch.outdir):
        remove_stale_parts(batch.outdir, _STALE_PART)
        return _run(batch)


def _run(batch: Batch) -> dict[str, float | int]:
    jobs = list(find_jobs(batch.inputs, batch.lists, batch.outdir, batch.settings.formats,
                          batch.selection))
    if not jobs:
        raise UsageError("no input files found (see --include/--exclude)", ", ".join(batch.inputs))
    _refuse_inputs_as_outputs(jobs)
    manifest = Manifest(batch.outdir)
    progress = Progress(len(jobs), quiet=batch.quiet)
    digest = options_digest(__version__, replace(batch.settings, force=False))  # --force changes no output
    pending = list(_triage(jobs, digest, manifest, progress, batch.skip_unchanged))
    workers = min(batch.jobs or available_cores(), max(len(pending), 1))
    saved = time.monotonic()
    try:
        with _terminate_as_interrupt():
            records = (convert_on_cluster(pending, batch.settings, batch.cluster) if batch.cluster
                       else _convert(pending, batch.settings, workers))
            for record in records:
                manifest.add(record)
                progress.add(record)
                if time.monotonic() - saved > _SAVE_EVERY:
                    manifest.save(progress.summary())
                    saved = time.monotonic()
    except KeyboardInterrupt:
        manifest.save(progress.finish(interrupted=True))
        raise
    summary = progress.finish()
    manifest.save(summary)
    return summary


def _make_folder(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise UsageError("the output must be a folder", str(outdir))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make the output folder: {exc.strerror or exc}", str(outdir)) from None


def _refuse_inputs_as_outputs(jobs: list[Job]) -> None:
    """An output that is the same file as any input of the batch (``batch in -o in -f docx``
    over Word files, a hard link …) refuses the batch before anything is written."""
    inputs = {found: str(job.source) for job in jobs if (found := file_id(job.source)) is not None}
    for job in jobs:
        for _, path in job.outputs:
            same = inputs.get(file_id(path) or (-1, -1))
            if same is not None:
                raise OutputError(f"is the input file {same}; docgen never writes over an input "
                                  "(choose another output folder)", str(path))


def _triage(jobs: Iterable[Job], digest: str, manifest: Manifest, progress: Progress,
            skip_unchanged: bool) -> Iterator[tuple[Job, str | None]]:
    """The jobs to run; jobs that cannot run or need not run are recorded at once."""
    for job in jobs:
        if job.problem:
            record = Record(job.key, job.input, "failed", error=job.problem)
        else:
            print_ = fingerprint(job.source, digest)
            old = manifest.unchanged(job.key, print_) if skip_unchanged else None
            if old is None:
                yield job, print_
                continue
            record = Record(job.key, job.input, "skipped", old.outputs, old.pages,
                            old.warnings, None, 0.0, print_)
        manifest.add(record)
        progress.add(record)


def _convert(pending: list[tuple[Job, str | None]], settings: Settings,
             workers: int) -> Iterator[Record]:
    if not pending:
        return
    warm_up(settings)  # fonts parsed once, before the workers are forked
    if workers <= 1:
        for job, print_ in pending:
            yield convert_job(job, print_, settings)
        return
    context = _context()
    # What the workers inherit (fonts, word list, the DOCX template) is left out of garbage
    # collection, which would otherwise touch, and so copy, its pages in every worker.
    gc.freeze()
    pool = context.Pool(workers, initializer=start_worker, initargs=(settings,))
    try:
        yield from pool.imap_unordered(run_job, pending, chunksize=1)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        gc.unfreeze()


def _context():
    """Forked workers inherit the parsed fonts; where fork does not exist, spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class _terminate_as_interrupt:
    """Within the block, SIGTERM stops the batch like Ctrl-C does."""

    def __enter__(self) -> None:
        try:
            self._old = signal.signal(signal.SIGTERM, self._raise)
        except ValueError:  # not the main thread: signals are not ours to handle
            self._old = None

    def __exit__(self, *exc: object) -> None:
        if self._old is not None:
            signal.signal(signal.SIGTERM, self._old)

    @staticmethod
    def _raise(signum, frame) -> None:
        raise KeyboardInterrupt
