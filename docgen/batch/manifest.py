"""The batch manifest: one JSON record per input file, kept in the output folder.

It is the batch's report (input, outputs, pages, warnings, error, time of every file) and its
memory: ``--skip-unchanged`` skips a file whose fingerprint — a hash of its bytes, the resolved
preset, the options and the docgen version — is the one recorded when its outputs were last
written, and whose outputs still exist.  It is rewritten atomically as the batch goes, so an
interrupted batch can be resumed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Literal

from ..files import write_atomic

FILENAME = "docgen-manifest.json"
VERSION = 1

Status = Literal["done", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class Record:
    """What happened to one input file."""

    key: str                       # output path relative to the output folder, without suffix
    input: str
    status: Status
    outputs: tuple[str, ...] = ()  # relative to the output folder
    pages: int = 0                 # PDF pages (0 when no PDF was written)
    warnings: int = 0
    error: str | None = None
    seconds: float = 0.0
    fingerprint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["outputs"] = list(self.outputs)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["outputs"] = tuple(values.get("outputs", ()))
        return cls(**values)


def options_digest(*parts: object) -> str:
    """A digest of everything besides the input that decides the output."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def fingerprint(path: Path, options: str) -> str | None:
    """The file's fingerprint under ``options``; None when it cannot be read (the conversion
    will then report why)."""
    digest = hashlib.sha256(options.encode("ascii"))
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


class Manifest:
    """The records of earlier runs into this output folder, updated by this run."""

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / FILENAME
        self.records: dict[str, Record] = _load(self.path)

    def unchanged(self, key: str, fingerprint_: str | None) -> Record | None:
        """The earlier record of ``key`` if it was converted with this fingerprint and its
        outputs are all still there."""
        old = self.records.get(key)
        if (old is None or fingerprint_ is None or old.status == "failed"
                or old.fingerprint != fingerprint_ or not old.outputs):
            return None
        folder = self.path.parent
        return old if all((folder / p).is_file() for p in old.outputs) else None

    def add(self, record: Record) -> None:
        self.records[record.key] = record

    def save(self, summary: dict[str, Any]) -> None:
        data = {"docgen_manifest": VERSION, "summary": summary,
                "files": [r.to_dict() for _, r in sorted(self.records.items())]}
        write_atomic(str(self.path), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def recorded_outputs(path: Path) -> list[str]:
    """The outputs the manifest ``path`` records (relative to its folder)."""
    return [output for record in _load(path).values() for output in record.outputs]


def _load(path: Path) -> dict[str, Record]:
    """Earlier records; a missing or unreadable manifest is simply a fresh start."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("docgen_manifest") != VERSION:
            return {}
        return {r["key"]: Record.from_dict(r) for r in data.get("files", ())}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
