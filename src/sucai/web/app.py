"""The ASGI app: security guard around FastAPI, templates and static files from the package.

Errors sucai raises on purpose become a page (or ``{"error": …}``) that says what to do,
with 400/403/404/413 status codes; nothing else about the server leaks to the browser.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from sucai.errors import DocumentNotFoundError, SucaiError
from sucai.library import Library
from sucai.web.jobs import Jobs
from sucai.web.security import LOOPBACK_HOSTS, BodyTooLargeError, CsrfError, Guard
from sucai.web.state import LibraryPool, WebState
from sucai.web.views import render, router

HERE = Path(__file__).parent
MAX_FILE_MB = 50.0


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # passages come from untrusted documents
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    version = max(int(p.stat().st_mtime) for p in (HERE / "static").iterdir())
    env.globals["asset_version"] = str(version)
    return Jinja2Templates(env=env)


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    max_file_mb: float = MAX_FILE_MB,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The workbench for the library at ``db_path``.

    ``token``: required from every client when set (``serve`` sets one off loopback).
    ``allowed_hosts``: Host header names accepted; by default, without a token, only
    loopback names (against DNS rebinding), and any name when a token guards the server.
    """
    path = Path(db_path).expanduser()
    Library(path).close()  # fail now, with sucai's message, if the file is not a library
    max_bytes = int(max_file_mb * 1048576)
    state = WebState(path, token, max_bytes, LibraryPool(path), Jobs(path))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="sucai",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.sucai = state
    app.state.templates = _templates()
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    async def sucai_error(request: Request, exc: Exception) -> Response:
        status = 400
        if isinstance(exc, DocumentNotFoundError):
            status = 404
        elif isinstance(exc, CsrfError):
            status = 403
        elif isinstance(exc, BodyTooLargeError):
            status = 413
        return render(request, "error", {"error": str(exc)}, status=status)

    for kind in (SucaiError, CsrfError, BodyTooLargeError):
        app.add_exception_handler(kind, sucai_error)
    hosts = allowed_hosts
    if hosts is None and token is None:
        hosts = LOOPBACK_HOSTS
    app.add_middleware(
        Guard,
        token=token,
        allowed_hosts=hosts,
        max_body=max(4 * max_bytes, max_bytes + 8 * 1048576),
    )
    return app
