"""Converting one file of a batch — the part that runs in the worker processes.

A worker is started once with the batch's :class:`Settings` (the loaded preset and the
options) and then converts file after file, reusing the fonts it parsed for the first one.
Outputs are written atomically; a worker stopped mid-file (SIGTERM from the pool, Ctrl-C in
the parent) removes its temporary file on the way out.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass

from ..api import ParseOptions, convert_to, parse_text
from ..errors import DocgenError
from ..formats import OutputFormat
from ..renderers import render
from ..style import Style
from .inputs import Job
from .manifest import Record

#: A small text touching the title, heading and body fonts, and with a title long enough to
#: be broken (which loads the word list and measures Latin text): rendering it once before
#: forking the workers does all that once for all of them.
_WARM_UP = ("关于做好2024年度机关事务管理和后勤保障服务标准化建设工作的通知\n\n各单位：\n\n"
            "一、总体要求\n\n（一）工作目标\n\n正文内容。\n")


@dataclass(frozen=True, slots=True)
class Settings:
    """What every file of a batch is converted with."""

    style: Style
    formats: tuple[OutputFormat, ...]
    skip_rules: tuple[str, ...] = ()
    no_title: bool = False
    invariant: bool = False
    force: bool = False            # replace read-only outputs

    @property
    def parse_options(self) -> ParseOptions:
        return ParseOptions(skip_rules=self.skip_rules, no_title=self.no_title)


_settings: Settings | None = None


def warm_up(settings: Settings) -> None:
    """Load fonts and code paths once, so that forked workers inherit them."""
    speech = parse_text(_WARM_UP)
    for fmt in settings.formats:
        render(speech, settings.style, fmt, invariant=True)


def start_worker(settings: Settings) -> None:
    """Pool initializer: keep the settings; leave Ctrl-C to the parent, and turn SIGTERM into
    an orderly exit so that a temporary output file is removed."""
    global _settings
    _settings = settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_term)


def _exit_on_term(signum, frame) -> None:
    raise SystemExit(128 + signum)


def run_job(task: tuple[Job, str | None]) -> Record:
    """Convert one job with the worker's settings."""
    assert _settings is not None, "start_worker() was not called"
    return convert_job(task[0], task[1], _settings)


def convert_job(job: Job, fingerprint: str | None, settings: Settings) -> Record:
    """Read, clean, parse and render ``job``; a problem with the file becomes a failed record."""
    start = time.perf_counter()
    try:
        pages, warnings = _convert(job, settings)
    except DocgenError as exc:
        return _failed(job, exc.problem, start)
    except OSError as exc:  # e.g. an output sub-folder that cannot be made
        return _failed(job, f"cannot write: {exc.strerror or exc}", start)
    except RecursionError:
        return _failed(job, "the text is nested too deeply to process", start)
    except Exception as exc:  # a bug must not stop the other files
        return _failed(job, f"internal error: {type(exc).__name__}: {exc}", start)
    return Record(job.key, job.input, "done", job.names, pages,
                  warnings, None, round(time.perf_counter() - start, 4), fingerprint)


def _convert(job: Job, settings: Settings) -> tuple[int, int]:
    done = convert_to(job.source, job.outputs, settings.style, settings.parse_options,
                      invariant=settings.invariant, make_folders=True, force=settings.force, timed=True)
    return done.pages, done.count("warning")


def _failed(job: Job, problem: str, start: float) -> Record:
    return Record(job.key, job.input, "failed", error=problem,
                  seconds=round(time.perf_counter() - start, 4))
