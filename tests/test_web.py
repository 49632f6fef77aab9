"""The web workbench in process: every page and its JSON twin, uploads, compile, check,
and the guards (token, Host, CSRF, escaping, limits)."""

from __future__ import annotations

import io
import re
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document as DocxDocument

from sucai import Library
from sucai.demo import demo_texts_dir

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from conftest import canonical
from sucai.web import create_app
from sucai.web.app import create_app as make_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

BASE = "http://127.0.0.1"
STALE = "我们要以新的业绩迎接党的二十大胜利召开。"
WRONG = "全体党员要增强大局意识、政治意识、核心意识、看齐意识。"
LEAK = "青禾县委书记周明远同志强调，全县上下要团结一心，全市要抓好落实。"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "lib.db"
    with Library(db) as lib:
        lib.add(sorted(demo_texts_dir().glob("*.txt")))
    return db


@pytest.fixture
def client(demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db), base_url=BASE) as c:
        c.get("/")  # the first page sets the CSRF cookie
        yield c


def csrf(c: TestClient) -> str:
    return str(c.cookies.get("sucai_csrf"))


def docs(c: TestClient) -> list[dict[str, Any]]:
    return list(c.get("/documents.json").json()["documents"])


def doc_id(c: TestClient, title_part: str) -> str:
    return next(d["id"] for d in docs(c) if title_part in d["title"])


def wait_job(c: TestClient, url: str, timeout: float = 30) -> dict[str, Any]:
    deadline = time.time() + timeout
    while True:
        job: dict[str, Any] = c.get(url).json()
        if job["state"] == "done" or time.time() > deadline:
            return job
        time.sleep(0.05)


def upload(c: TestClient, *files: tuple[str, bytes], token: bool = True) -> Any:
    headers = {"X-CSRF-Token": csrf(c)} if token else {}
    return c.post(
        "/upload.json",
        files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        headers=headers,
    )


def make_docx(title: str, paragraphs: list[str]) -> bytes:
    d = DocxDocument()
    d.add_paragraph(title, style="Title")
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# -- pages and twins ---------------------------------------------------------------------
PAGES = [
    "/",
    "/search?q=工匠精神",
    "/quotes?theme=劳模精神",
    "/check",
    "/compile",
    "/compile?topic=劳模座谈会&n=2",
    "/basket?ids=3,5",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_and_has_a_json_twin(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert 'lang="zh-CN"' in page.text and "/static/sucai.css" in page.text
    twin = re.search(r'class="twin" href="([^"]+)"', page.text)
    assert twin, "every GET page links its JSON twin"
    data = client.get(twin.group(1).replace("&amp;", "&"))
    assert data.status_code == 200
    assert data.headers["content-type"].startswith("application/json")
    assert isinstance(data.json(), dict)


def test_document_outline_and_passage_pages_with_twins(client: TestClient) -> None:
    did = doc_id(client, "澜屿")
    for url in (f"/documents/{did}", f"/outline/{did}"):
        assert client.get(url).status_code == 200
    doc = client.get(f"/documents/{did}.json").json()
    assert doc["title"].startswith("在澜屿市") and doc["sections"]
    outline = client.get(f"/outline/{did}.json").json()
    assert outline["document"]["id"] == did
    assert any(n["text"].startswith("一、") for n in outline["outline"])
    assert all(n["passage_id"] for n in outline["outline"] if n["level"] == 1)
    pid = doc["sections"][3]["passages"][0]["id"]
    assert client.get(f"/passages/{pid}").status_code == 200
    assert client.get("/documents/nope").status_code == 404
    assert client.get("/documents/nope.json").json()["error"].startswith("no document")
    assert client.get("/passages/999999.json").status_code == 404
    assert client.get("/jobs/nope.json").status_code == 404
    themes = client.get("/themes.json").json()
    assert any(t["theme"] == "劳模精神" for t in themes["themes"])


def test_static_assets_are_served_and_security_headers_set(client: TestClient) -> None:
    css = client.get("/static/sucai.css")
    assert css.status_code == 200 and "Noto Serif CJK SC" in css.text
    js = client.get("/static/sucai.js")
    assert js.status_code == 200 and "localStorage" in js.text
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    assert "http://" not in css.text + js.text  # nothing from a CDN


# -- upload and remove ---------------------------------------------------------------------
def test_upload_txt_and_docx_then_search_them(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    txt = (
        "在星火县职工创新大会上的讲话\n同志们：\n一、把星火创新工作室办出特色\n"
        "要让每一个星火创新工作室都有拿得出手的成果。\n"
    )
    docx = make_docx(
        "在星火县劳模表彰会上的讲话",
        ["同志们：", "一、弘扬劳模精神", "星火劳模服务队要走进车间班组，把绝活传给青年职工。"],
    )
    r = upload(client, ("星火创新.txt", txt.encode("gbk")), ("星火劳模.docx", docx))
    assert r.status_code == 202, r.text
    job = wait_job(client, r.json()["url"])
    assert job["state"] == "done" and job["done"] == 2
    assert [f["status"] for f in job["files"]] == ["added", "added"], job
    titles = {d["title"]: d for d in docs(client)}
    assert "在星火县劳模表彰会上的讲话" in titles
    added = titles["在星火县劳模表彰会上的讲话"]
    assert added["source"] == "星火劳模.docx"  # the upload's name, never the temp path
    assert not list(temp.glob("sucai-upload-*")), "uploads are deleted once ingested"
    hits = client.get("/search.json?q=星火创新工作室").json()["results"]
    assert hits and hits[0]["title"] == "在星火县职工创新大会上的讲话"
    # The same content again adds nothing.
    again = wait_job(client, upload(client, ("copy.docx", docx)).json()["url"])
    assert again["files"][0]["status"] == "unchanged"


def test_upload_rejects_bad_type_empty_and_path_names(client: TestClient, tmp_path: Path) -> None:
    r = upload(
        client,
        ("evil.exe", b"MZ\x90\x00"),
        ("empty.txt", b""),
        ("../../etc/看这里.txt", "在某会议上的讲话\n同志们，要把工作做实。\n".encode()),
    )
    job = wait_job(client, r.json()["url"])
    by_name = {f["name"]: f for f in job["files"]}
    assert by_name["evil.exe"]["status"] == "rejected"
    assert ".exe" in by_name["evil.exe"]["detail"] and ".docx" in by_name["evil.exe"]["detail"]
    assert by_name["empty.txt"]["status"] == "rejected"
    assert by_name["看这里.txt"]["status"] == "added"  # only the last part of the name is kept
    assert not any("etc" in (d["source"] or "") for d in docs(client))
    assert client.post("/upload.json", data={"csrf": csrf(client)}).status_code == 400


def test_upload_size_limits(demo_db: Path) -> None:
    with TestClient(make_app(demo_db, max_file_mb=0.01), base_url=BASE) as c:
        c.get("/")
        job = wait_job(c, upload(c, ("big.txt", "讲话".encode() * 4000)).json()["url"])
        f = job["files"][0]
        assert (
            f["status"] == "rejected"
            and "文件过大" in f["detail"]
            and "上限 10.2 KB" in f["detail"]
        )
        # A body over the request limit is refused before it is read.
        huge = upload(c, ("huge.txt", b"x" * (9 * 1048576)))
        assert huge.status_code == 413 and "too large" in huge.json()["error"]


def test_plain_form_upload_redirects_to_its_job_page(client: TestClient) -> None:
    r = client.post(
        "/upload",
        files=[("files", ("a.txt", "在会上的讲话\n要抓好安全生产。\n".encode(), "text/plain"))],
        data={"csrf": csrf(client)},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
    wait_job(client, r.headers["location"] + ".json")
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "a.txt" in page.text and "已入库" in page.text


def test_remove_a_document_by_form_and_by_json(client: TestClient) -> None:
    did = doc_id(client, "澜屿")
    r = client.post(f"/documents/{did}/remove", data={"csrf": csrf(client)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/?removed=")
    assert "已删除" in client.get(r.headers["location"]).text
    assert all(d["id"] != did for d in docs(client))
    other = doc_id(client, "沐仑")
    r = client.delete(f"/documents/{other}.json", headers={"X-CSRF-Token": csrf(client)})
    assert r.status_code == 200 and r.json()["removed"]["id"] == other
    assert len(docs(client)) == 4


# -- search, context, basket ---------------------------------------------------------------
def test_search_with_filters(client: TestClient) -> None:
    all_hits = client.get("/search.json?q=工匠").json()["results"]
    assert len(all_hits) >= 3
    assert all("<mark>" in h["highlight"] for h in all_hits)
    dated = client.get("/search.json?q=工匠&from=2025&to=2026-06").json()["results"]
    assert dated and all("2025" <= h["date"] <= "2026-06-30" for h in dated)
    assert len(dated) < len(all_hits)
    did = doc_id(client, "沐仑")
    one = client.get(f"/search.json?q=工匠&doc={did}").json()["results"]
    assert one and {h["doc_id"] for h in one} == {did}
    themed = client.get("/search.json?q=工匠&theme=安全生产").json()["results"]
    assert len(themed) < len(all_hits)
    page = client.get(f"/search?q=工匠&doc={did}&from=2025")
    assert page.status_code == 200 and f'value="{did}" selected' in page.text
    bad = client.get("/search.json?q=工匠&from=去年")
    assert bad.status_code == 400 and "not a date" in bad.json()["error"]
    assert client.get("/search?q=工匠&from=去年").status_code == 400


def test_near_duplicate_hits_show_as_one(client: TestClient, demo_db: Path) -> None:
    text = (
        "要把星河湾技能培训中心建成全省一流的实训基地，"
        "每年培训一线职工五千人次以上，让职工学得会、用得上。"
    )
    with Library(demo_db) as lib:
        lib.add_text(f"在甲会议上的讲话\n同志们：\n{text}\n", title="甲会议讲话", date="2024-01-02")
        lib.add_text(
            f"在乙会议上的讲话\n同志们：\n{text.replace('五千', '六千')}\n",
            title="乙会议讲话",
            date="2025-01-02",
        )
    hits = client.get("/search.json?q=星河湾技能培训中心").json()["results"]
    assert len(hits) == 1
    assert len(hits[0]["near"]) == 1 and hits[0]["near"][0]["title"] in ("甲会议讲话", "乙会议讲话")
    assert "几乎相同" in client.get("/search?q=星河湾技能培训中心").text


def test_passage_in_context(client: TestClient) -> None:
    did = doc_id(client, "澜屿")
    doc = client.get(f"/documents/{did}.json").json()
    sec = next(s for s in doc["sections"] if s["heading"].startswith("（二）") and s["passages"])
    pid = sec["passages"][0]["id"]
    ctx = client.get(f"/passages/{pid}.json?around=1").json()
    assert ctx["passage"]["id"] == pid
    assert ctx["passage"]["heading_path"][0].startswith("一、")
    assert ctx["passage"]["heading_path"][-1] == sec["heading"]
    shown = [it for it in ctx["context"] if it["kind"] == "passage"]
    assert len(shown) == 3 and [it["current"] for it in shown] == [False, True, False]
    page = client.get(f"/passages/{pid}")
    assert 'class="para current"' in page.text and "heading-path" in page.text


def test_basket_json_keeps_order_and_reports_missing(client: TestClient) -> None:
    data = client.get("/basket.json?ids=5,3,999999").json()
    assert [p["id"] for p in data["passages"]] == [5, 3]
    assert data["missing"] == [999999]
    assert data["passages"][0]["title"]
    assert client.get("/basket.json?ids=a,b").status_code == 400


# -- compile ---------------------------------------------------------------------------------
def test_compile_topic_preview_and_downloads(client: TestClient) -> None:
    q = "topic=劳模座谈会&n=2&as_of=2026-11-24"
    page = client.get(f"/compile?{q}")
    assert page.status_code == 200 and "2026年劳模座谈会讲话素材" in page.text
    assert 'formaction="/compile.docx"' in page.text
    data = client.get(f"/compile.json?{q}").json()
    assert data["title"] == "2026年劳模座谈会讲话素材" and len(data["excerpts"]) == 2
    md = client.get(f"/compile.md?{q}")
    assert md.headers["content-type"].startswith("text/markdown")
    assert "attachment" in md.headers["content-disposition"]
    assert md.text.startswith("# 2026年劳模座谈会讲话素材")
    txt = client.get(f"/compile.txt?{q}")
    assert txt.text.startswith("2026年劳模座谈会讲话素材\n")
    docx = client.get(f"/compile.docx?{q}")
    assert docx.headers["content-type"].endswith("wordprocessingml.document")
    paras = [p.text for p in DocxDocument(io.BytesIO(docx.content)).paragraphs]
    assert paras[0] == "2026年劳模座谈会讲话素材"
    assert client.get("/compile.json").json()["collection"] is None
    assert client.get("/compile.docx").status_code == 400


def test_compile_basket_keeps_the_chosen_passages_in_order(client: TestClient) -> None:
    did = doc_id(client, "澜屿")
    passages = [
        p for s in client.get(f"/documents/{did}.json").json()["sections"] for p in s["passages"]
    ]
    first, second = passages[5], passages[1]
    form = {
        "csrf": csrf(client),
        "ids": f"{first['id']},{second['id']}",
        "title": "篮中素材",
        "as_of": "2026-11-24",
    }
    data = client.post("/compile.json", data=form).json()
    assert [e["passage_ids"] for e in data["excerpts"]] == [[first["id"]], [second["id"]]]
    assert data["title"] == "篮中素材"
    assert "澜屿" not in data["excerpts"][1]["text"] and "**" in data["excerpts"][1]["text"]
    page = client.post("/compile", data=form)
    assert page.status_code == 200 and "篮中素材" in page.text and "素材篮汇编" in page.text
    docx = client.post("/compile.docx", data=form)
    assert docx.status_code == 200
    body = "\n".join(p.text for p in DocxDocument(io.BytesIO(docx.content)).paragraphs)
    assert data["excerpts"][0]["text"].split("\n")[0] in body
    assert body.index(data["excerpts"][0]["text"][:20]) < body.index(
        data["excerpts"][1]["text"][:20]
    )
    txt = client.post("/compile.txt", data=form)
    assert txt.text.startswith("篮中素材\n")
    local = client.post(
        "/compile.json", data={**form, "anonymize": "localize", "place": "府谷县"}
    ).json()
    assert "府谷" in local["excerpts"][1]["text"]
    no_place = client.post("/compile.json", data={**form, "anonymize": "localize"})
    assert no_place.status_code == 400 and "place" in no_place.json()["error"]
    gone = client.post("/compile.json", data={**form, "ids": "999999"})
    assert gone.status_code == 400 and "no longer in the library" in gone.json()["error"]


# -- check ------------------------------------------------------------------------------------
def test_check_page_highlights_and_applies_a_suggestion(client: TestClient) -> None:
    draft = f"同志们：\n{STALE}{WRONG}{LEAK}"
    form = {
        "csrf": csrf(client),
        "opts": "1",
        "names": "1",
        "levels": "1",
        "text": draft,
        "as_of": "2026-11-24",
    }
    page = client.post("/check", data=form)
    assert page.status_code == 200
    assert re.search(
        r'<mark class="k-stale"[^>]*>以新的业绩迎接党的二十大胜利召开</mark>', page.text
    )
    assert 'class="k-wrong"' in page.text and 'class="k-leak"' in page.text
    assert 'class="k-mixed-level"' in page.text and "建议：" in page.text
    result = client.post("/check.json", data=form).json()
    kinds = {f["kind"] for f in result["findings"]}
    assert kinds == {"stale", "wrong", "leak", "mixed-level"}
    wrong = next(f for f in result["findings"] if f["kind"] == "wrong")
    spot = f"{wrong['start']}:{wrong['end']}"
    applied = client.post("/check", data={**form, "apply": spot})
    assert "已替换 1 处" in applied.text and canonical("four_consciousness") in applied.text
    fixed = client.post("/check.json", data={**form, "apply": spot}).json()
    assert fixed["applied"] == 1 and "wrong" not in {f["kind"] for f in fixed["findings"]}
    assert "增强政治意识、大局意识" in fixed["text"]
    stale_spot = next(f for f in result["findings"] if f["kind"] == "stale")
    miss = client.post(
        "/check.json", data={**form, "apply": f"{stale_spot['start']}:{stale_spot['end']}"}
    )
    assert miss.json()["applied"] == 0 and miss.json()["notice"]
    all_fixed = client.post("/check.json", data={**form, "apply_all": "1"}).json()
    assert all_fixed["applied"] == 1
    only_formulations = client.post("/check.json", data={**form, "names": "", "levels": ""}).json()
    assert {f["kind"] for f in only_formulations["findings"]} == {"stale", "wrong"}
    early = client.post("/check.json", data={**form, "as_of": "2021-01-01"}).json()
    assert "stale" not in {f["kind"] for f in early["findings"]}


def test_check_json_body_and_uploaded_draft(client: TestClient) -> None:
    r = client.post(
        "/check.json",
        json={"text": STALE, "as_of": "2026-11-24"},
        headers={"X-CSRF-Token": csrf(client)},
    )
    assert r.status_code == 200 and r.json()["findings"][0]["rule"] == "welcome-congress-20"
    draft = make_docx("讲话稿", [STALE, WRONG])
    r = client.post(
        "/check.json",
        data={"csrf": csrf(client), "as_of": "2026-11-24"},
        files={"file": ("稿子.docx", draft, "application/octet-stream")},
    )
    assert r.status_code == 200, r.text
    assert {f["kind"] for f in r.json()["findings"]} >= {"stale", "wrong"}
    bad = client.post(
        "/check.json",
        data={"csrf": csrf(client)},
        files={"file": ("稿子.exe", b"MZ", "application/octet-stream")},
    )
    assert bad.status_code == 400 and ".exe" in bad.json()["error"]
    broken = client.post(
        "/check.json",
        content=b"{not json",
        headers={"X-CSRF-Token": csrf(client), "Content-Type": "application/json"},
    )
    assert broken.status_code == 400 and "not JSON" in broken.json()["error"]
    empty = client.post("/check.json", data={"csrf": csrf(client), "text": "  "})
    assert empty.status_code == 400 and "paste a draft" in empty.json()["error"]
    assert (
        client.post(
            "/check.json", data={"csrf": csrf(client), "text": "x", "as_of": "明天"}
        ).status_code
        == 400
    )


# -- outline and quotes -----------------------------------------------------------------------
def test_outline_and_quotes(client: TestClient) -> None:
    did = doc_id(client, "澜屿")
    nodes = client.get(f"/outline/{did}.json").json()["outline"]
    assert [n["text"][:2] for n in nodes if n["level"] == 1][:3] == ["一、", "二、", "三、"]
    page = client.get(f"/outline/{did}")
    assert "o-level-2" in page.text
    quotes = client.get("/quotes.json?theme=劳模精神&limit=5").json()
    assert quotes["theme"] == "劳模精神" and 0 < len(quotes["quotes"]) <= 5
    first = quotes["quotes"][0]
    assert {"text", "score", "title", "passage_id"} <= set(first)
    assert first["text"] in client.get("/quotes?theme=劳模精神").text
    assert client.get("/quotes.json").json()["quotes"]


# -- security -----------------------------------------------------------------------------------
def test_token_required_when_set(demo_db: Path) -> None:
    with TestClient(create_app(demo_db, token="s3cret"), base_url="http://10.0.0.5:8000") as c:
        assert c.get("/").status_code == 401
        assert 'name="token"' in c.get("/").text
        assert c.get("/documents.json").json()["error"].startswith("this sucai server needs")
        assert c.get("/static/sucai.css").status_code == 401
        assert c.get("/?token=wrong").status_code == 401
        r = c.get("/search?q=工匠&token=s3cret", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/search?q=%E5%B7%A5%E5%8C%A0"
        assert "sucai_token=s3cret" in r.headers["set-cookie"]
        assert "HttpOnly" in r.headers["set-cookie"]
        assert c.get("/search?q=工匠").status_code == 200  # the cookie now
    with TestClient(create_app(demo_db, token="s3cret"), base_url="http://10.0.0.5:8000") as c:
        auth = {"Authorization": "Bearer s3cret"}
        assert c.get("/documents.json", headers=auth).status_code == 200
        # A bearer token is no ambient credential: scripts need no CSRF token.
        r = c.post("/check.json", json={"text": STALE, "as_of": "2026-11-24"}, headers=auth)
        assert r.status_code == 200
        assert c.get("/documents.json", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_serve_requires_a_token_off_loopback(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import uvicorn

    from sucai import web

    ran: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: ran.update(app=app, **kw))
    web.serve(demo_db, host="0.0.0.0", port=8123)
    out = capsys.readouterr().out
    token = re.search(r"http://[^/]+:8123/\?token=(\S+)", out)
    assert token and len(token.group(1)) >= 20 and ran["host"] == "0.0.0.0"
    with TestClient(ran["app"], base_url="http://192.168.1.9:8123") as c:
        assert c.get("/").status_code == 401
        assert c.get(f"/?token={token.group(1)}").status_code == 200
    web.serve(demo_db, port=8124)
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8124/" in out and "?token=" not in out
    with TestClient(ran["app"], base_url="http://127.0.0.1:8124") as c:
        assert c.get("/").status_code == 200
    web.serve(demo_db, host="127.0.0.1", port=8125, token="given")
    assert "?token=given" in capsys.readouterr().out


def test_loopback_server_refuses_foreign_host_names(client: TestClient) -> None:
    assert client.get("/", headers={"Host": "evil.example:8000"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8000"}).status_code == 200


def test_writes_need_the_csrf_token(client: TestClient) -> None:
    did = doc_id(client, "澜屿")
    for data in ({}, {"csrf": "forged"}):
        r = client.post(f"/documents/{did}/remove", data=data)
        assert r.status_code == 403 and "CSRF" in r.text
    assert client.delete(f"/documents/{did}.json").status_code == 403
    assert (
        upload(client, ("a.txt", "在会上的讲话\n要抓好落实。\n".encode()), token=False).status_code
        == 403
    )
    assert client.post("/check.json", json={"text": STALE}).status_code == 403
    assert client.post("/compile.json", data={"ids": "3"}).status_code == 403
    assert any(d["id"] == did for d in docs(client))
    # Forms carry the token in a hidden field; the cookie is HttpOnly.
    page = client.get("/")
    assert f'name="csrf" value="{csrf(client)}"' in page.text


def test_passage_text_is_escaped_everywhere(client: TestClient, demo_db: Path) -> None:
    evil = '要警惕<script>alert("x")</script>这样的脚本，还有<img src=x onerror=alert(1)>图片。'
    with Library(demo_db) as lib:
        did = lib.add_text(
            f"在<b>网络安全</b>会议上的讲话\n同志们：\n{evil}\n", title="<i>网络安全</i>讲话"
        )
    pid = client.get(f"/documents/{did}.json").json()["sections"][0]["passages"][0]["id"]
    for url in (
        "/search?q=脚本",
        f"/documents/{did}",
        f"/passages/{pid}",
        "/",
        "/compile?topic=网络安全 脚本&n=1",
    ):
        page = client.get(url)
        assert page.status_code == 200, url
        assert "<script>alert" not in page.text and "<img src=x" not in page.text, url
        assert "<i>网络安全" not in page.text, url
    assert "&lt;script&gt;" in client.get("/search?q=脚本").text
    r = client.post("/check", data={"csrf": csrf(client), "opts": "1", "text": evil})
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text


# -- concurrency ---------------------------------------------------------------------------
def test_search_answers_while_a_large_upload_is_ingested(client: TestClient) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(demo_texts_dir().glob("*.txt"))]
    body = "\n".join(t.replace("同志们", f"同志们{i}") for i in range(40) for t in texts)
    r = upload(client, ("大文件.txt", ("在大会上的讲话\n" + body).encode()))
    url = r.json()["url"]
    during, slowest = 0, 0.0
    while True:
        state = client.get(url).json()["state"]
        if state == "done":
            break
        started = time.perf_counter()
        hits = client.get("/search.json?q=工匠精神")
        slowest = max(slowest, time.perf_counter() - started)
        assert hits.status_code == 200 and hits.json()["results"]
        during += state == "running"
    assert during >= 1, "the ingest finished before any search ran; make the file larger"
    assert slowest < 2.0
    assert client.get(url).json()["files"][0]["status"] == "added"
