"""Access token, CSRF, Host and body-size guards for the workbench.

Why: the workbench serves a private library. On loopback without a token a malicious web
page could still reach it through the browser, so writes need a CSRF token (double submit:
a per-session cookie echoed in a hidden field or an ``X-CSRF-Token`` header) and the Host
header must be a loopback name (DNS rebinding). Off loopback a token is required: given once
as ``?token=`` (then kept in a cookie) or sent as ``Authorization: Bearer``.
"""

from __future__ import annotations

import html
import ipaddress
import secrets
from collections.abc import Sequence
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_COOKIE = "sucai_token"
CSRF_COOKIE = "sucai_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class CsrfError(Exception):
    """A write without the session's CSRF token (a form from another site, or a stale page)."""


class BodyTooLargeError(Exception):
    """The request body is larger than the server accepts."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"request body larger than {limit // 1048576} MB")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.1, ::1 and localhost: the only binds that need no token."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    """The Host header without its port: ``[::1]:8000`` → ``::1``."""
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def check_csrf(request: Request, submitted: str | None = None) -> None:
    """Raise CsrfError unless the write carries this session's token.

    A request authenticated by an ``Authorization`` header carries no ambient credential
    a foreign page could borrow, so it needs no CSRF token.
    """
    if request.scope.get("state", {}).get("bearer"):
        return
    cookie = request.cookies.get(CSRF_COOKIE, "")
    given = request.headers.get(CSRF_HEADER) or submitted or ""
    if not cookie or not given or not secrets.compare_digest(cookie, given):
        raise CsrfError("CSRF token missing or wrong: reload the page and try again")


def csrf_token(request: Request) -> str:
    """The session's CSRF token (set by Guard on every request)."""
    return str(request.scope.get("state", {}).get("csrf", ""))


class Guard:
    """Pure ASGI middleware: host check, token check, CSRF cookie, body limit, headers."""

    def __init__(
        self,
        app: ASGIApp,
        token: str | None,
        allowed_hosts: Sequence[str] | None,
        max_body: int,
    ) -> None:
        self.app = app
        self.token = token
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        state: dict[str, Any] = scope.setdefault("state", {})
        host = _host_name(request.headers.get("host", "")).lower()
        if self.allowed_hosts is not None and host not in self.allowed_hosts:
            await _deny(request, 400, f"unknown Host {host!r}: open the address sucai printed")(
                scope, receive, send
            )
            return
        if self.token is not None:
            denied = self._authenticate(request, state)
            if denied is not None:
                await denied(scope, receive, send)
                return
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_body:
            await _deny(request, 413, f"request too large (over {self.max_body // 1048576} MB)")(
                scope, receive, send
            )
            return
        new_csrf = None
        if not request.cookies.get(CSRF_COOKIE):
            new_csrf = secrets.token_urlsafe(24)
        state["csrf"] = new_csrf or request.cookies[CSRF_COOKIE]
        received = 0
        limit = self.max_body

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLargeError(limit)
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                for name, value in (
                    ("x-content-type-options", "nosniff"),
                    ("x-frame-options", "DENY"),
                    ("referrer-policy", "same-origin"),
                    ("content-security-policy", CSP),
                ):
                    headers.append((name.encode(), value.encode()))
                if new_csrf:
                    headers.append((b"set-cookie", _cookie(CSRF_COOKIE, new_csrf).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)

    def _authenticate(self, request: Request, state: dict[str, Any]) -> Response | None:
        """None when the token is right; else the response that asks for it."""
        assert self.token is not None
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and secrets.compare_digest(
            auth[7:].strip().encode(), self.token.encode()
        ):
            state["bearer"] = True
            return None
        given = request.query_params.get("token")
        if given is not None and secrets.compare_digest(given.encode(), self.token.encode()):
            # Once: keep it in a cookie and drop it from the address bar and history.
            query = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = URL(path=request.url.path, query=urlencode(query))
            response = RedirectResponse(str(target), status_code=303)
            response.headers.append("set-cookie", _cookie(TOKEN_COOKIE, self.token))
            return response
        cookie = request.cookies.get(TOKEN_COOKIE, "")
        if cookie and secrets.compare_digest(cookie.encode(), self.token.encode()):
            return None
        return _deny(
            request,
            401,
            "this sucai server needs its access token: open the address it printed "
            "(…/?token=…) or send Authorization: Bearer TOKEN",
        )


def _cookie(name: str, value: str) -> str:
    morsel = SimpleCookie()
    morsel[name] = value
    morsel[name]["path"] = "/"
    morsel[name]["httponly"] = True
    morsel[name]["samesite"] = "Lax"
    return morsel.output(header="").strip()


_TOKEN_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>sucai · 需要访问令牌</title></head><body><h1>需要访问令牌</h1>
<p>{message}</p><form method="get"><label>令牌 token <input name="token" type="password"
autofocus></label> <button>进入</button></form></body></html>"""


def _deny(request: Request, status: int, message: str) -> Response:
    if request.url.path.endswith(".json") or "application/json" in request.headers.get(
        "accept", ""
    ):
        return JSONResponse({"error": message}, status_code=status)
    if status == 401:
        return HTMLResponse(_TOKEN_PAGE.format(message=html.escape(message)), status_code=401)
    return PlainTextResponse(message, status_code=status)
