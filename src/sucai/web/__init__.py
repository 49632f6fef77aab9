"""The web workbench: ``sucai serve`` opens the library in a browser (issue 6).

Server-rendered pages (FastAPI + Jinja2) with a little JavaScript, every page with a
JSON twin, over the same ``Library`` API as the CLI. Safe by default: loopback only,
a token off loopback, CSRF tokens on writes.
"""

from __future__ import annotations

import secrets
import socket
from pathlib import Path

from sucai.web.app import create_app
from sucai.web.security import is_loopback

__all__ = ["create_app", "serve"]


def serve(
    db: str | Path | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
) -> None:
    """Print the address (with the token when one is needed) and run uvicorn.

    Off loopback a token is required: the one given, else a generated one.
    """
    import uvicorn

    from sucai.library import default_db_path

    path = Path(db).expanduser() if db is not None else default_db_path()
    if token is None and not is_loopback(host):
        token = secrets.token_urlsafe(24)
    app = create_app(path, token)
    if host in ("0.0.0.0", "::", ""):  # every interface: name the machine, not 0.0.0.0
        host_shown = socket.gethostname()
    else:
        host_shown = f"[{host}]" if ":" in host else host
    url = f"http://{host_shown}:{port}/"
    print(f"sucai: library {path}", flush=True)
    if token:
        print(f"sucai: open {url}?token={token}", flush=True)
        print("sucai: (scripts: send the header  Authorization: Bearer TOKEN)", flush=True)
    else:
        print(f"sucai: open {url}  (this machine only; Ctrl+C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
