"""Jobs for the pool tests, run in the pool's workers instead of ``docgen.web.jobs``: by the
input's name, one never ends, one's process dies, one has a bug."""

from __future__ import annotations

import os
import time
from typing import Any


def _misbehave(name: str) -> None:
    if name.startswith("sleep"):
        time.sleep(3600)
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("bug"):
        raise RuntimeError("a bug in a job")


def process(data: bytes, name: str, *rest: Any) -> dict[str, Any]:
    _misbehave(name)
    return {"ok": False, "error": f"{name}: converted by the stub"}


def produce(data: bytes, name: str, *rest: Any) -> dict[str, Any]:
    _misbehave(name)
    return {"ok": True, "files": {"pdf": b"%PDF-stub"}, "pages": 1, "warnings": [], "title": None}


def check_style(style: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True}


def pid() -> int:
    return os.getpid()


JOBS = {"process": process, "produce": produce, "check_style": check_style, "pid": pid}
