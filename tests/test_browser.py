"""The workbench in a real browser (Debian's chromium driven by Playwright): upload a
docx, search, fill the basket, compile and download the DOCX, check a draft.

Screenshots go to artifacts/ (git-ignored) for the issue's note.
"""

from __future__ import annotations

import difflib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document as DocxDocument

from sucai import Library
from sucai.demo import demo_texts_dir

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) "
        "to run the browser tests",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from sucai.web import create_app  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "lib.db"
    with Library(db) as lib:
        lib.add(sorted(demo_texts_dir().glob("*.txt")))
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline or not thread.is_alive():
            pytest.fail("the uvicorn server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        context = browser.new_context(
            viewport={"width": 1366, "height": 860}, accept_downloads=True, locale="zh-CN"
        )
        context.set_default_timeout(15000)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        pg.errors = errors
        yield pg
        browser.close()


def _alike(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _speech_docx(path: Path) -> Path:
    d = DocxDocument()
    d.add_paragraph("在星火县职工技能提升大会上的讲话", style="Title")
    for text in (
        "同志们：",
        "一、把星火技能驿站办成职工的加油站",
        "星火技能驿站要开到园区和车间门口，让职工下了班就能学、学了就能用。",
        "二、让工匠精神在星火落地生根",
        "要大力弘扬工匠精神，把星火工匠的绝活一项一项传下去。",
    ):
        d.add_paragraph(text)
    d.save(path)
    return path


def test_upload_search_basket_compile_download_check(
    page: Any, server: str, tmp_path: Path
) -> None:
    # Library: upload a docx through the file picker, see it ingested and listed.
    page.goto(server + "/")
    page.set_input_files("#file-input", str(_speech_docx(tmp_path / "星火讲话.docx")))
    page.wait_for_selector("#upload-list li.st-added")
    assert "已入库" in page.inner_text("#upload-list")
    page.wait_for_selector("#doc-table >> text=在星火县职工技能提升大会上的讲话")
    page.screenshot(path=str(ARTIFACTS / "library.png"))

    # Search, with highlights; add two passages to the basket.
    page.fill(".quick input[name=q]", "工匠精神")
    page.press(".quick input[name=q]", "Enter")
    page.wait_for_selector("ol.hits li.hit")
    assert page.locator("ol.hits mark").count() >= 2
    assert "星火工匠" in page.inner_text("ol.hits")
    adds = page.locator("ol.hits [data-basket-add]")
    assert adds.count() >= 2
    first_text = page.locator("ol.hits .passage").nth(0).inner_text()
    second_text = page.locator("ol.hits .passage").nth(1).inner_text()
    adds.nth(0).click()
    adds.nth(1).click()
    assert page.inner_text("[data-basket-count]") == "2"
    assert adds.nth(0).inner_text() == "✓ 已在素材篮"
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=False)

    # Basket: both passages, reorder them, compile.
    page.click("nav >> text=素材篮")
    page.wait_for_selector("#basket-list li .b-text")
    items = page.locator("#basket-list li .b-text")
    assert items.count() == 2 and items.nth(0).inner_text() == first_text
    page.locator("#basket-list li").nth(0).locator("button[title=下移]").click()
    assert page.locator("#basket-list li .b-text").nth(0).inner_text() == second_text
    page.fill("#basket-compile input[name=title]", "浏览器汇编的素材")
    page.fill("#basket-compile input[name=as_of]", "2026-11-24")
    page.screenshot(path=str(ARTIFACTS / "basket.png"))
    page.click("#basket-compile-button")
    page.wait_for_selector("article.gongwen")
    assert "浏览器汇编的素材" in page.inner_text("article.gongwen .gw-title")
    assert page.locator("article.gongwen .gw-number").count() == 2
    page.screenshot(path=str(ARTIFACTS / "compile.png"))

    # Download the DOCX and open it.
    with page.expect_download() as info:
        page.click("#download-docx")
    download = info.value
    target = tmp_path / "basket.docx"
    download.save_as(str(target))
    assert download.suggested_filename.endswith(".docx")
    paragraphs = [p.text for p in DocxDocument(str(target)).paragraphs if p.text.strip()]
    assert paragraphs[0] == "浏览器汇编的素材"
    # The excerpts are the chosen passages in the chosen order (names masked as **).
    one, two = paragraphs.index("1"), paragraphs.index("2")
    excerpt_1, excerpt_2 = paragraphs[one + 1], paragraphs[two + 1]
    assert _alike(excerpt_1, second_text) > 0.8 > _alike(excerpt_1, first_text)
    assert _alike(excerpt_2, first_text) > 0.8 > _alike(excerpt_2, second_text)

    # Check a pasted draft: the stale formulation is highlighted, with its suggestion.
    page.click("nav >> text=核稿")
    draft = (
        "同志们：\n今年以来，全县上下以新的业绩迎接党的二十大胜利召开，"
        "全体党员要增强大局意识、政治意识、核心意识、看齐意识。"
    )
    page.fill("textarea[name=text]", draft)
    page.fill("input[name=as_of]", "2026-11-24")
    page.click("#check-button")
    mark = page.wait_for_selector("#marked mark.k-stale")
    assert mark.inner_text() == "以新的业绩迎接党的二十大胜利召开"
    assert "建议" in page.inner_text(".findings")
    page.screenshot(path=str(ARTIFACTS / "check.png"))

    # One click applies the suggestion that has a safe replacement.
    page.click(".finding.k-wrong button.apply")
    page.wait_for_selector("text=已替换 1 处")
    assert "增强政治意识、大局意识" in page.input_value("textarea[name=text]")
    assert page.locator("#marked mark.k-wrong").count() == 0
    assert not page.errors, page.errors


def test_upload_errors_are_shown_per_file(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(server + "/")
    bad = tmp_path / "表格.xlsx"
    bad.write_bytes(b"PK\x03\x04")
    good = tmp_path / "短稿.txt"
    good.write_text("在某会议上的讲话\n同志们：\n要把安全生产责任落到岗位上。\n", encoding="utf-8")
    page.set_input_files("#file-input", [str(bad), str(good)])
    page.wait_for_selector("#upload-list li.st-added")
    rows = page.locator("#upload-list li")
    assert rows.count() == 2
    assert "不支持的文件类型 .xlsx" in rows.nth(0).inner_text()
    assert "已入库" in rows.nth(1).inner_text()
    # The remove form asks first; accept and the document is gone.
    page.wait_for_selector("#doc-table >> text=在某会议上的讲话")
    page.once("dialog", lambda d: d.accept())
    page.locator("tr", has_text="在某会议上的讲话").locator("button", has_text="删除").click()
    page.wait_for_selector("text=已删除《在某会议上的讲话》")
    assert "在某会议上的讲话" not in page.inner_text("#doc-table")
    assert not page.errors, page.errors
