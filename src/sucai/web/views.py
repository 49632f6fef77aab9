"""The workbench's pages. Each view gathers one dict of data from the library and
``render`` turns it into HTML, or into JSON when the path ends in ``.json`` (datasette's
JSON twins): the browser and scripts see the same data.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, BinaryIO, cast
from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from sucai.compile import Collection, Compiler
from sucai.errors import IngestError, QueryError, SucaiError
from sucai.export import collection_blocks, export
from sucai.ingest import SUPPORTED_SUFFIXES, read_path
from sucai.web.jobs import FileJob
from sucai.web.material import (
    KIND_LABELS,
    apply_finding,
    check_segments,
    collapse_near,
    compile_passages,
    near_function,
    parse_day,
    parse_ids,
    passage_context,
    passages_by_id,
)
from sucai.web.security import CSRF_FIELD, check_csrf, csrf_token
from sucai.web.state import WebState

router = APIRouter()

TEXT_FIELD_BYTES = 4 * 1048576  # a pasted draft
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA = {
    "md": "text/markdown; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "docx": DOCX_TYPE,
}


# -- helpers -------------------------------------------------------------------------
def state_of(request: Request) -> WebState:
    return cast(WebState, request.app.state.sucai)


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def json_twin(request: Request) -> str | None:
    """The address of this page's JSON twin (GET pages only)."""
    if request.method != "GET":
        return None
    path = request.url.path
    twin = "/documents.json" if path in ("/", "/documents") else path.rstrip("/") + ".json"
    return twin + (f"?{request.url.query}" if request.url.query else "")


def render(
    request: Request, template: str, data: dict[str, Any], status: int = 200, **extra: Any
) -> Response:
    """JSON for ``….json`` paths, else the template with the data and ``extra``."""
    if wants_json(request):
        return JSONResponse(data, status_code=status)
    templates = cast(Jinja2Templates, request.app.state.templates)
    context = {
        **data,
        **extra,
        "csrf": csrf_token(request),
        "csrf_field": CSRF_FIELD,
        "nav": template,
        "json_url": json_twin(request),
    }
    return templates.TemplateResponse(request, f"{template}.html", context, status_code=status)


def _int(value: Any, default: int, lo: int, hi: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return max(lo, min(hi, number))


def _flag(value: Any) -> bool:
    return str(value).lower() in ("1", "true", "on", "yes")


def _text(params: dict[str, Any], name: str) -> str:
    value = params.get(name)
    return value.strip() if isinstance(value, str) else ""


async def read_params(
    request: Request, max_files: int = 0
) -> tuple[dict[str, Any], list[UploadFile]]:
    """GET: the query. POST: a form or a JSON object, after the CSRF check."""
    if request.method == "GET":
        return dict(request.query_params), []
    if request.headers.get("content-type", "").startswith("application/json"):
        check_csrf(request)
        try:
            body = await request.json()
        except ValueError as exc:
            raise SucaiError(f"the request body is not JSON: {exc}") from exc
        if not isinstance(body, dict):
            raise SucaiError('send a JSON object, e.g. {"text": "…"}')
        return body, []
    try:
        form: FormData = await request.form(
            max_files=max_files, max_fields=200, max_part_size=TEXT_FIELD_BYTES
        )
    except MultiPartException as exc:
        raise SucaiError(f"the form could not be read: {exc.message}") from exc
    submitted = form.get(CSRF_FIELD)
    check_csrf(request, submitted if isinstance(submitted, str) else None)
    params: dict[str, Any] = {}
    files: list[UploadFile] = []
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            if value.filename:
                files.append(value)
        else:
            params[key] = value
    return params, files


def display_name(filename: str | None) -> str:
    """An uploaded file's name for display only: last path part, no control characters.

    It never becomes a path on this machine; files are saved under generated names.
    """
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return name[-200:] or "upload"


def _save(source: BinaryIO, dest: Path) -> None:
    with dest.open("wb") as out:
        shutil.copyfileobj(source, out, 1 << 20)


def _size(n: int) -> str:
    return f"{n / 1048576:.3g} MB" if n >= 1048576 else f"{n / 1024:.3g} KB"


def _reject_reason(name: str, size: int, limit: int) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = " ".join(sorted(SUPPORTED_SUFFIXES))
        return f"不支持的文件类型 {suffix or '（无扩展名）'}；可上传 {allowed}"
    if size > limit:
        return f"文件过大（{_size(size)}）；每个文件上限 {_size(limit)}"
    if size == 0:
        return "空文件"
    return None


def _attachment(name: str, suffix: str) -> dict[str, str]:
    safe = re.sub(r'[\\/:*?"<>|\r\n]+', "_", name).strip() or "sucai"
    return {
        "content-disposition": (
            f"attachment; filename=\"sucai.{suffix}\"; filename*=UTF-8''{quote(safe)}.{suffix}"
        )
    }


# -- library ---------------------------------------------------------------------------
@router.get("/")
@router.get("/documents")
@router.get("/documents.json")
def library_view(request: Request) -> Response:
    state = state_of(request)
    docs = [
        {**d.to_dict(), "format": d.format, "added_at": d.added_at} for d in state.lib().documents()
    ]
    data = {
        "documents": docs,
        "count": len(docs),
        "passages": sum(d["passages"] for d in docs),
    }
    return render(
        request,
        "library",
        data,
        suffixes=sorted(SUPPORTED_SUFFIXES),
        max_bytes=state.max_file_bytes,
        removed=request.query_params.get("removed", ""),
    )


@router.get("/documents/{doc_id}")
@router.get("/documents/{doc_id}.json")  # registered first: decorators apply bottom-up
def document_view(request: Request, doc_id: str) -> Response:
    doc = state_of(request).lib().document(doc_id)
    return render(request, "document", doc)


@router.post("/documents/{doc_id}/remove")
async def remove_form(request: Request, doc_id: str) -> Response:
    await read_params(request)
    info = await run_in_threadpool(lambda: state_of(request).lib().remove(doc_id))
    return RedirectResponse(f"/?removed={quote(info.title)}", status_code=303)


@router.delete("/documents/{doc_id}.json")
@router.post("/documents/{doc_id}/remove.json")
async def remove_json(request: Request, doc_id: str) -> Response:
    await read_params(request)
    info = await run_in_threadpool(lambda: state_of(request).lib().remove(doc_id))
    return JSONResponse({"removed": info.to_dict()})


@router.post("/upload")
@router.post("/upload.json")
async def upload(request: Request) -> Response:
    """Save each file under a generated name, reject bad ones, queue the rest for ingest."""
    state = state_of(request)
    _, uploads = await read_params(request, max_files=100)
    if not uploads:
        raise SucaiError("no file chosen: pick or drop .txt, .docx, .md, .html, .pdf or .jsonl")
    tmpdir = Path(tempfile.mkdtemp(prefix="sucai-upload-"))
    files: list[FileJob] = []
    try:
        for up in uploads:
            name = display_name(up.filename)
            size = up.size or 0
            f = FileJob(name, size)
            reason = _reject_reason(name, size, state.max_file_bytes)
            if reason:
                f.status, f.detail = "rejected", reason
            else:
                f.path = tmpdir / f"{secrets.token_hex(8)}{Path(name).suffix.lower()}"
                await run_in_threadpool(_save, up.file, f.path)
            await up.close()
            files.append(f)
    except BaseException:
        shutil.rmtree(tmpdir, ignore_errors=True)
        raise
    job = state.jobs.submit(files, tmpdir)  # the job deletes tmpdir when it is done
    if wants_json(request) or "application/json" in request.headers.get("accept", ""):
        return JSONResponse({**job.to_dict(), "url": f"/jobs/{job.id}.json"}, status_code=202)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}")
@router.get("/jobs/{job_id}.json")
def job_view(request: Request, job_id: str) -> Response:
    job = state_of(request).jobs.get(job_id)
    if job is None:
        return render(request, "error", {"error": f"no upload job {job_id!r}"}, status=404)
    data = job.to_dict()
    return render(request, "job", data, job=data)


# -- search, context, basket ------------------------------------------------------
def _filter_choices(state: WebState) -> dict[str, Any]:
    lib = state.lib()
    return {
        "themes": [r["theme"] for r in lib.store.theme_counts()],
        "all_documents": [{"id": d.id, "title": d.title} for d in lib.documents()],
    }


@router.get("/search")
@router.get("/search.json")
def search_view(request: Request) -> Response:
    state = state_of(request)
    params = request.query_params
    q = params.get("q", "").strip()
    filters = {
        "theme": params.get("theme", "").strip(),
        "from": params.get("from", "").strip(),
        "to": params.get("to", "").strip(),
        "doc": params.get("doc", "").strip(),
    }
    limit = _int(params.get("limit"), 20, 1, 100)
    results: list[dict[str, Any]] = []
    error, status = "", 200
    if q:
        try:
            hits = state.lib().search(
                q,
                limit * 2,
                doc_ids=[filters["doc"]] if filters["doc"] else None,
                date_from=filters["from"] or None,
                date_to=filters["to"] or None,
                themes=[filters["theme"]] if filters["theme"] else None,
            )
        except QueryError as exc:
            error, status = str(exc), 400
        else:
            for hit, same in collapse_near(hits, near_function())[:limit]:
                near = [
                    {k: h.to_dict()[k] for k in ("passage_id", "doc_id", "title", "date")}
                    for h in same
                ]
                results.append({**hit.to_dict(), "heading": hit.heading, "near": near})
    data: dict[str, Any] = {"query": q, "filters": filters, "limit": limit, "results": results}
    if error:
        data["error"] = error
    extra = {} if wants_json(request) else _filter_choices(state)
    return render(request, "search", data, status=status, **extra)


@router.get("/passages/{passage_id}")
@router.get("/passages/{passage_id}.json")
def passage_view(request: Request, passage_id: int) -> Response:
    around = _int(request.query_params.get("around"), 2, 0, 20)
    try:
        data = passage_context(state_of(request).lib(), passage_id, around)
    except LookupError as exc:
        return render(request, "error", {"error": str(exc)}, status=404)
    return render(request, "passage", data)


@router.get("/basket")
@router.get("/basket.json")
def basket_view(request: Request) -> Response:
    """The basket lives in the browser (localStorage); this resolves its passage ids."""
    ids = parse_ids(request.query_params.get("ids"))
    found, missing = passages_by_id(state_of(request).lib(), ids)
    return render(
        request,
        "basket",
        {"passages": found, "missing": missing},
        today=dt.date.today().isoformat(),
    )


# -- compile ---------------------------------------------------------------------------
def _compile(state: WebState, params: dict[str, Any]) -> Collection:
    ids = parse_ids(params.get("ids"))
    topic = _text(params, "topic")
    as_of = parse_day(_text(params, "as_of") or None)
    localize = _text(params, "anonymize") == "localize"
    place = _text(params, "place") if localize else ""
    if localize and not place:
        raise SucaiError("choose the place to localize to (e.g. 府谷县), or choose mask")
    fix_stale = _flag(params.get("fix_stale"))
    title = _text(params, "title") or None
    lib = state.lib()
    analysis = state.analysis
    with analysis.lock:
        if ids:
            collection = compile_passages(
                lib,
                ids,
                title,
                as_of,
                place or None,
                topic=topic,
                fix_stale=fix_stale,
                anonymizer=analysis.anonymizer,
                checker=analysis.checker,
            )
        else:
            compiler = Compiler(lib, analysis.anonymizer, analysis.checker)
            collection = compiler.compile(
                topic,
                _int(params.get("n"), 5, 1, 30),
                as_of=as_of,
                place=place or None,
                fix_stale=fix_stale,
                date_from=_text(params, "from") or None,
                date_to=_text(params, "to") or None,
                title=title,
            )
    collection.sources = not _flag(params.get("no_sources"))
    return collection


def _docx_bytes(collection: Collection) -> bytes:
    with tempfile.TemporaryDirectory(prefix="sucai-docx-") as tmp:
        path = Path(tmp) / "out.docx"
        export(collection, "docx", path)
        return path.read_bytes()


@router.api_route("/compile", methods=["GET", "POST"])
@router.api_route("/compile.json", methods=["GET", "POST"])
@router.api_route("/compile.md", methods=["GET", "POST"])
@router.api_route("/compile.txt", methods=["GET", "POST"])
@router.api_route("/compile.docx", methods=["GET", "POST"])
async def compile_view(request: Request) -> Response:
    """Compile a topic (``topic=``) or the basket (``ids=3,5,9``); preview or download."""
    state = state_of(request)
    suffix = request.url.path.rpartition(".")[2] if "." in request.url.path else ""
    params, _ = await read_params(request)
    form = {
        k: params.get(k, "")
        for k in ("topic", "ids", "n", "title", "as_of", "anonymize", "place", "from", "to")
    }
    form["fix_stale"] = _flag(params.get("fix_stale"))
    form["no_sources"] = _flag(params.get("no_sources"))
    if not isinstance(form["ids"], str):
        form["ids"] = ",".join(map(str, parse_ids(form["ids"])))
    form["as_of"] = form["as_of"] or dt.date.today().isoformat()
    if not _text(params, "topic") and not params.get("ids"):
        if suffix not in ("", "json"):
            raise SucaiError("give a topic (topic=劳模座谈会) or passage ids (ids=3,5,9)")
        usage = "topic=劳模座谈会&n=5, or ids=3,5,9 (POST); as_of, anonymize=mask|localize, place"
        return render(request, "compile", {"collection": None, "usage": usage}, form=form)
    collection = await run_in_threadpool(_compile, state, params)
    if suffix == "json":
        return JSONResponse(collection.to_dict())
    if suffix in ("md", "txt"):
        text = export(collection, suffix)
        return Response(
            text or "", media_type=MEDIA[suffix], headers=_attachment(collection.title, suffix)
        )
    if suffix == "docx":
        data = await run_in_threadpool(_docx_bytes, collection)
        return Response(data, media_type=DOCX_TYPE, headers=_attachment(collection.title, "docx"))
    changes = sum(len(e.changes) for e in collection.excerpts)
    return render(
        request,
        "compile",
        {"collection": collection.to_dict()},
        form=form,
        blocks=collection_blocks(collection),
        changes=changes,
        kind_labels=KIND_LABELS,
    )


# -- check -----------------------------------------------------------------------------
def _draft_from_file(up: UploadFile, limit: int) -> str:
    """Read an uploaded draft with sucai's readers, under a generated temp name."""
    name = display_name(up.filename)
    reason = _reject_reason(name, up.size or 0, limit)
    if reason:
        raise SucaiError(f"{name}: {reason}")
    with tempfile.TemporaryDirectory(prefix="sucai-draft-") as tmp:
        path = Path(tmp) / f"draft{Path(name).suffix.lower()}"
        up.file.seek(0)
        _save(up.file, path)
        for item in read_path(path, limit):
            if isinstance(item, IngestError):
                raise SucaiError(f"{name}: {item.reason}")
            return item.text
    raise SucaiError(f"{name}: nothing could be read from this file")


def _check(state: WebState, params: dict[str, Any], files: list[UploadFile]) -> dict[str, Any]:
    text = params.get("text") if isinstance(params.get("text"), str) else ""
    if files:
        text = _draft_from_file(files[0], state.max_file_bytes)
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SucaiError("paste a draft or choose a file to check")
    as_of = parse_day(_text(params, "as_of") or None)
    # A browser form says which boxes are ticked; a JSON call gets every check by default.
    from_form = "opts" in params
    names = _flag(params.get("names")) if from_form else params.get("names", True) is not False
    levels = _flag(params.get("levels")) if from_form else params.get("levels", True) is not False
    analysis = state.analysis
    applied = 0
    notice = ""
    with analysis.lock:
        checker = analysis.checker
        result = checker.check(text, as_of, names=names, levels=levels)
        spot = _text(params, "apply")
        if spot:
            m = re.fullmatch(r"(\d+):(\d+)", spot)
            new = apply_finding(result, int(m[1]), int(m[2])) if m else None
            if new is None:
                notice = "没有找到这处提法（原文改过？），已按当前文本重新核对。"
            else:
                applied = 1
                result = checker.check(new, as_of, names=names, levels=levels)
        elif _flag(params.get("apply_all")):
            fixable = sum(f.replace is not None for f in result.findings)
            if fixable:
                result = checker.check(result.fixed(), as_of, names=names, levels=levels)
                applied = fixable
    findings = [
        {**f.to_dict(), "index": i, "label": KIND_LABELS.get(f.kind, f.kind)}
        for i, f in enumerate(result.findings)
    ]
    counts: dict[str, int] = {}
    for f in result.findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return {
        "as_of": result.as_of.isoformat(),
        "text": result.text,
        "findings": findings,
        "counts": counts,
        "fixed": result.fixed(),
        "applied": applied,
        "notice": notice,
        "names": names,
        "levels": levels,
        "segments": check_segments(result),
    }


@router.get("/check")
@router.get("/check.json")
def check_form(request: Request) -> Response:
    data = {
        "as_of": dt.date.today().isoformat(),
        "text": "",
        "findings": [],
        "usage": "POST text= (or a file) and as_of=YYYY-MM-DD to /check.json",
    }
    return render(request, "check", data, names=True, levels=True, checked=False)


@router.post("/check")
@router.post("/check.json")
async def check_view(request: Request) -> Response:
    state = state_of(request)
    params, files = await read_params(request, max_files=1)
    result = await run_in_threadpool(_check, state, params, files)
    segments = result.pop("segments")
    names, levels = result.pop("names"), result.pop("levels")
    return render(
        request, "check", result, segments=segments, names=names, levels=levels, checked=True
    )


# -- outline, quotes, themes ---------------------------------------------------------------
@router.get("/outline/{doc_id}")
@router.get("/outline/{doc_id}.json")
def outline_view(request: Request, doc_id: str) -> Response:
    lib = state_of(request).lib()
    doc = lib.document(doc_id)
    spans = [(p["start"], p["end"], p["id"]) for s in doc["sections"] for p in s["passages"]]
    nodes = []
    for node in lib.outline(doc["id"]):
        # The passage holding the heading, else the first one after it (a bare heading).
        pid = next((i for _, e, i in sorted(spans) if node["start"] < e), None)
        nodes.append({**node, "passage_id": pid})
    document = {k: doc[k] for k in ("id", "title", "date", "source")}
    return render(request, "outline", {"document": document, "outline": nodes})


@router.get("/quotes")
@router.get("/quotes.json")
def quotes_view(request: Request) -> Response:
    state = state_of(request)
    theme = request.query_params.get("theme", "").strip()
    limit = _int(request.query_params.get("limit"), 20, 1, 100)
    quotes = state.lib().quotes(theme or None, limit)
    data = {"theme": theme, "limit": limit, "quotes": quotes}
    extra = {} if wants_json(request) else _filter_choices(state)
    return render(request, "quotes", data, **extra)


@router.get("/themes.json")
def themes_view(request: Request) -> Response:
    return JSONResponse(state_of(request).lib().themes())
