"""The outermost layer of ``docgen serve``: what every request must pass before a route sees
it, and the headers every response carries.

Every request must name this server in its ``Host`` header (127.0.0.1, localhost or [::1]
with its port: a DNS-rebinding page is refused with 400), a POST from another site's page is
refused (``Origin``, ``Sec-Fetch-Site``), and a body must declare its length and stay within
:class:`~docgen.web.limits.Limits` before anything of it is read.
"""

from __future__ import annotations

import re

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .i18n import lang_of, t
from .limits import Limits
from .responses import error_response

#: Nothing is loaded from anywhere but this server; previews are data: URLs, downloads blob: URLs.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def loopback_hosts(port: int, host: str = "127.0.0.1") -> frozenset[str]:
    """The ``Host`` header values accepted: the loopback names with ``port``, and the address the
    server was told to listen on when it is another one (never a wildcard)."""
    names = {"127.0.0.1", "localhost", "[::1]"}
    if host not in ("0.0.0.0", "::", ""):
        names.add(f"[{host}]" if ":" in host and not host.startswith("[") else host)
    return frozenset(f"{name}:{port}" for name in names)


class Guard:
    """Outermost middleware: the ``Host`` check (DNS rebinding), the cross-site POST check, the
    body-size check before anything is read, and the security headers on every response."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str], limits: Limits) -> None:
        self.app = app
        self.hosts = hosts
        self.origins = frozenset(f"http://{h}" for h in hosts)
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        lang = query_lang(scope)
        host = headers.get("host", "").strip().lower()
        if host not in self.hosts:
            await self._refuse(scope, receive, send, 400,
                               f"拒绝访问：不接受主机名“{host or '（空）'}”，请用 http://127.0.0.1 打开本页面。"
                               f" / Refused: the host name “{host or '(none)'}” is not accepted; "
                               "open this page at http://127.0.0.1.")
            return
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get("origin")
            if (origin is not None and origin not in self.origins) or \
                    headers.get("sec-fetch-site") == "cross-site":
                await self._refuse(scope, receive, send, 403, t(lang, "err_cross_site"))
                return
            length = headers.get("content-length")
            if length is None or not length.strip().isdigit():
                await self._refuse(scope, receive, send, 411, t(lang, "err_length_required"))
                return
            if int(length) > self.limits.request_bytes:
                await self._refuse(scope, receive, send, 413, t(
                    lang, "err_request_too_large", mb=self.limits.request_bytes // (1024 * 1024)))
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                present = {k.lower() for k, _ in message["headers"]}
                message["headers"] = [*message["headers"],
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int, message: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        response = error_response(scope["path"], status, message, query_lang(scope))
        response.headers["connection"] = "close"
        await response(scope, receive, send)


def query_lang(scope: Scope) -> str:
    """The language the query string asks for (``?lang=en``), for refusals made before routing."""
    query = scope.get("query_string", b"").decode("latin-1")
    match = re.search(r"(?:^|&)lang=(\w+)", query)
    return lang_of(match.group(1) if match else None)
