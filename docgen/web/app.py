"""The Starlette application of ``docgen serve``.

The server keeps no state between requests: the page sends the input and every option with
each request (``file`` and the JSON fields ``options``, ``style``), so a reload or a second tab
costs nothing and a crash loses nothing.

Routes::

    GET  /                the page (?lang=en for English; the page also switches without a reload)
    GET  /static/NAME     its script, style sheet and icon (a fixed list; nothing else is served)
    POST /api/process     one input → what was found, what cleaning removed, the PDF's pages
    POST /api/download    one input → its DOCX or PDF
    POST /api/batch       many inputs → a zip of their outputs with a summary
    POST /api/unpack      a zip → its readable members (read in memory, never extracted)

Safe by default: :mod:`.guard` checks every request before a route sees it (the ``Host``
header against DNS rebinding, cross-site POSTs, the declared body size), :mod:`.validation`
reads and checks what the page sends (no name sent by the browser reaches the file system),
every conversion runs in a worker process with a time limit, and every failure is a short
message from :mod:`.responses` (JSON for the API, a small page otherwise), never a stack
trace.  This module holds the routes and wires the application together.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib import resources
from typing import Any

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from . import page
from .guard import Guard, loopback_hosts
from .i18n import t
from .limits import Limits
from .pool import JobCrashed, JobFailed, JobTimeout, WorkerPool
from .responses import (
    batch_entry,
    batch_zip,
    download_response,
    error_response,
    no_store_json,
    note_entry,
    page_config,
    unpacked_response,
    zip_response,
)
from .unzip import ZipRefused, unpack
from .validation import (
    FORMATS,
    Refused,
    check_batch,
    check_options,
    check_style,
    display_name,
    json_field,
    read_form,
    read_upload,
    request_lang,
    safe_stem,
)

log = logging.getLogger("docgen.web")

STATIC_FILES = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8",
                "icon.svg": "image/svg+xml"}
PREVIEWS = ("images", "count", "none")


def create_app(*, port: int, host: str = "127.0.0.1", limits: Limits | None = None,
               pool: WorkerPool | None = None) -> Starlette:
    """The app for a server on ``host:port``.  A ``pool`` passed in is started but not closed
    by the app (its owner closes it); without one the app makes its own."""
    limits = limits or Limits()
    owned = pool is None
    workers = pool or WorkerPool(limits.workers, limits.time_limit)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(workers.start)
        try:
            yield
        finally:
            if owned:
                await anyio.to_thread.run_sync(workers.close)

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        Refused: refused, HTTPException: http_error, Exception: server_error}
    app = Starlette(routes=[
        Route("/", home, methods=["GET"]),
        Route("/static/{name}", static_file, methods=["GET"]),
        Route("/api/process", process, methods=["POST"]),
        Route("/api/download", download, methods=["POST"]),
        Route("/api/batch", batch, methods=["POST"]),
        Route("/api/unpack", unpack_zip, methods=["POST"]),
    ], exception_handlers=handlers, lifespan=lifespan)
    app.state.pool = workers
    app.state.limits = limits
    app.state.static = {name: resources.files(__package__).joinpath("static", name).read_bytes()
                        for name in STATIC_FILES}
    return Guard(app, loopback_hosts(port, host), limits)  # type: ignore[return-value]


def _limits(request: Request) -> Limits:
    limits: Limits = request.app.state.limits
    return limits


async def run_job(request: Request, lang: str, name: str, job: str, *args: Any) -> Any:
    """Run ``job`` in the app's worker pool; a time-out, a crash or a failure is refused."""
    workers: WorkerPool = request.app.state.pool
    try:
        return await workers.call(job, *args)
    except JobTimeout:
        raise Refused(504, t(lang, "err_timeout", name=name, s=f"{workers.time_limit:g}")) from None
    except JobCrashed:
        raise Refused(500, t(lang, "err_crashed", name=name)) from None
    except JobFailed:
        raise Refused(500, t(lang, "err_internal")) from None


def _succeeded(result: dict[str, Any]) -> dict[str, Any]:
    """A job's result, or its failure (bad input: a message for the page) refused with 422."""
    if not result["ok"]:
        raise Refused(422, result["error"])
    return result


# --------------------------------------------------------------------------- pages


async def home(request: Request) -> Response:
    lang = request_lang(request)
    limits = _limits(request)
    config = await anyio.to_thread.run_sync(lambda: page_config(lang, limits))
    return HTMLResponse(page.render(lang, config), headers={"cache-control": "no-store"})


async def static_file(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in STATIC_FILES:
        raise HTTPException(404)
    return Response(request.app.state.static[name], media_type=STATIC_FILES[name],
                    headers={"cache-control": "no-cache"})


# --------------------------------------------------------------------------- the API


async def process(request: Request) -> Response:
    """One input → the structure found, what cleaning removed, the PDF's pages."""
    lang, limits = request_lang(request), _limits(request)
    form = await read_form(request, limits)
    name, data = await read_upload(form.get("file"), limits, lang)
    options = check_options(json_field(form, "options", {}, lang), lang)
    style = check_style(json_field(form, "style", {}, lang), lang)
    preview = form.get("preview") or "images"
    if preview not in PREVIEWS:
        raise Refused(400, t(lang, "err_bad_request", detail="preview: images, count or none"))
    result = await run_job(request, lang, name, "process", data, name, options, style, preview,
                           limits.preview_pages)
    return no_store_json(_succeeded(result))


async def download(request: Request) -> Response:
    """One input → its DOCX or PDF."""
    lang, limits = request_lang(request), _limits(request)
    form = await read_form(request, limits)
    name, data = await read_upload(form.get("file"), limits, lang)
    options = check_options(json_field(form, "options", {}, lang), lang)
    style = check_style(json_field(form, "style", {}, lang), lang)
    fmt = form.get("format")
    if fmt not in FORMATS:
        raise Refused(400, t(lang, "err_format", name=str(fmt)[:20]))
    result = _succeeded(await run_job(request, lang, name, "produce", data, name, options, style, (fmt,)))
    stem = safe_stem(str(form.get("stem") or ""), safe_stem(name.rsplit(".", 1)[0]))
    return download_response(result["files"][fmt], str(fmt), stem, result["pages"])


async def batch(request: Request) -> Response:
    """Many inputs → a zip of their outputs, with a summary; a file that fails is listed with
    its reason and the others are still converted."""
    lang, limits = request_lang(request), _limits(request)
    form = await read_form(request, limits)
    uploads = form.getlist("file")
    items, notes, formats = check_batch(form, len(uploads), limits, lang)
    style = check_style(json_field(form, "style", {}, lang), lang)
    _succeeded(await run_job(request, lang, "", "check_style", style))
    entries: list[dict[str, Any]] = [{} for _ in uploads]

    async def convert(index: int) -> None:
        item = items[index] if isinstance(items[index], dict) else {}
        name = display_name(getattr(uploads[index], "filename", None))
        entry = entries[index]
        entry.update(input=name, stem=safe_stem(str(item.get("stem") or ""), safe_stem(name.rsplit(".", 1)[0])))
        try:
            name, data = await read_upload(uploads[index], limits, lang)
            options = check_options(item.get("options") or {}, lang)
            result = await run_job(request, lang, name, "produce", data, name, options, style,
                                   tuple(dict.fromkeys(formats)))
        except Refused as exc:
            entry["error"] = exc.message
            return
        entry.update(batch_entry(result))

    async with anyio.create_task_group() as group:
        for index in range(len(uploads)):
            group.start_soon(convert, index)
    entries += [note_entry(note) for note in notes if isinstance(note, dict)]
    return zip_response(await anyio.to_thread.run_sync(lambda: batch_zip(entries, style, lang)))


async def unpack_zip(request: Request) -> Response:
    """A zip → its readable members, read in memory."""
    lang, limits = request_lang(request), _limits(request)
    form = await read_form(request, limits)
    name, data = await read_upload(form.get("file"), limits, lang)
    try:
        found = await anyio.to_thread.run_sync(lambda: unpack(data, limits))
    except ZipRefused as exc:
        raise Refused(422, t(lang, exc.key, name=name, **exc.fields)) from None
    return unpacked_response(found, lang)


# --------------------------------------------------------------------------- errors


async def refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refused)
    return error_response(request.url.path, exc.status, exc.message, request_lang(request))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    lang = request_lang(request)
    message = {404: t(lang, "err_not_found"), 405: t(lang, "err_method")}.get(
        exc.status_code) or t(lang, "err_bad_request", detail=exc.detail)
    return error_response(request.url.path, exc.status_code, message, lang)


async def server_error(request: Request, exc: Exception) -> Response:
    log.error("docgen serve: internal error on %s %s", request.method, request.url.path,
              exc_info=exc)
    lang = request_lang(request)
    return error_response(request.url.path, 500, t(lang, "err_internal"), lang)
