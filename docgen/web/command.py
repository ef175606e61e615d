"""``docgen serve``: the click command.  Register it with ``main.add_command(serve)``.

Only click and the standard library are imported here; the web stack is imported when the
command runs, so ``docgen --help`` stays fast and works without the ``[web]`` extra.
"""

from __future__ import annotations

import importlib.util
import socket
import sys
import threading
import time

import click

from ..version import DISTRIBUTION

DEFAULT_PORT = 9704          # GB/T 9704
_PORTS_TRIED = 10            # 9704 … 9713 when the default is taken

#: Import name → distribution of what ``docgen serve`` needs (the ``[web]`` extra).
REQUIREMENTS = {"starlette": "starlette", "uvicorn": "uvicorn", "python_multipart": "python-multipart",
                "pypdfium2": "pypdfium2", "PIL": "pillow"}


def missing_requirements() -> list[str]:
    """The distributions of the ``[web]`` extra that are not installed."""
    return [dist for module, dist in REQUIREMENTS.items() if importlib.util.find_spec(module) is None]


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if sys.platform != "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def bind(host: str, port: int | None) -> socket.socket:
    """A listening socket on ``host``: on ``port`` (0: any free port), or on the default port or
    one of the next few when none is given."""
    if port is not None:
        return _bind(host, port)
    error: OSError | None = None
    for candidate in range(DEFAULT_PORT, DEFAULT_PORT + _PORTS_TRIED):
        try:
            return _bind(host, candidate)
        except OSError as exc:
            error = exc
    assert error is not None
    raise error


def url_of(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else "[::1]" if host == "::" else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def _open_when_up(server: object, url: str) -> None:
    import webbrowser

    for _ in range(200):
        if getattr(server, "started", False):
            webbrowser.open(url)
            return
        if getattr(server, "should_exit", False):
            return
        time.sleep(0.05)


@click.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=None, metavar="N",
              help=f"Port to listen on (default {DEFAULT_PORT}, or the next free one; 0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on.  Keep the default: the page is then reachable from this "
                   "computer only.")
@click.option("--no-browser", is_flag=True, help="Do not open the page in the web browser.")
def serve(port: int | None, host: str, no_browser: bool) -> None:
    """Open a local web page to convert texts: paste or drop files, check the structure found
    and the lines removed, set the header fields and the style, look at every page, and
    download DOCX, PDF or a zip of many.  Ctrl-C stops it."""
    missing = missing_requirements()
    if missing:
        click.echo(f"docgen: error: docgen serve needs {', '.join(missing)}: "
                   f"install {DISTRIBUTION}[web] (from a clone: pip install '.[web]')", err=True)
        sys.exit(2)

    import logging

    import uvicorn

    from .app import create_app

    try:
        sock = bind(host, port)
    except OSError as exc:
        which = f"port {port}" if port is not None else \
            f"ports {DEFAULT_PORT}–{DEFAULT_PORT + _PORTS_TRIED - 1}"
        click.echo(f"docgen: error: cannot listen on {host} {which}: {exc.strerror or exc}; "
                   "choose another with --port N", err=True)
        sys.exit(2)
    actual = sock.getsockname()[1]
    url = url_of(host, actual)
    logging.basicConfig(format="%(message)s", level=logging.WARNING)
    app = create_app(port=actual, host=host)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                            timeout_graceful_shutdown=3, server_header=False)
    server = uvicorn.Server(config)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"docgen: warning: listening on {host}: other computers that can reach it may "
                   "use this page too", err=True)
    click.echo(f"docgen serve: {url}  (Ctrl-C to stop)", err=True)
    if not no_browser:
        threading.Thread(target=_open_when_up, args=(server, url), daemon=True).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
