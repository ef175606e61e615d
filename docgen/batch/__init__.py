"""Batch conversion: many files, a pool of workers, every file accounted for.

    from docgen.batch import Batch, Settings, run_batch
    summary = run_batch(Batch(("speeches/",), Path("out"), Settings(load_style(DEFAULT_STYLE), ("pdf",))))
"""

from .inputs import DEFAULT_INCLUDE, Job, Selection, find_jobs
from .manifest import FILENAME as MANIFEST_NAME
from .manifest import Record
from .runner import Batch, available_cores, run_batch
from .work import Settings

__all__ = ["DEFAULT_INCLUDE", "MANIFEST_NAME", "Batch", "Job", "Record", "Selection", "Settings",
           "available_cores", "find_jobs", "run_batch"]
