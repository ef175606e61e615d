"""Limits of the web page: sizes, counts and time.  One frozen object so tests can make an app
with smaller ones."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024

#: docgen's own limit for one input (``docgen.readers.MAX_INPUT_BYTES``, not a stable name, so
#: repeated here): a file over it is refused before it reaches a worker.
MAX_FILE_BYTES = 20 * MB


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may carry and how long one conversion may take."""

    file_bytes: int = MAX_FILE_BYTES          # one input file (or pasted text)
    files: int = 50                           # files in one request (a batch download)
    request_bytes: int = 120 * MB             # a whole request body
    field_bytes: int = 256 * 1024             # one form field that is not a file (options JSON)
    zip_members: int = 200                    # files in a dropped zip
    zip_bytes: int = 100 * MB                 # a dropped zip's members, inflated, together
    time_limit: float = 90.0                  # seconds for one conversion in a worker
    preview_pages: int = 300                  # pages rasterised for the preview
    workers: int = 2                          # worker processes

    @property
    def file_mb(self) -> int:
        return max(1, self.file_bytes // MB)
