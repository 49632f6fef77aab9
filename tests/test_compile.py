"""compile and export: the seed's layout, masked names, review list, sources, DOCX per GB/T 9704."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import canonical
from sucai import Library
from sucai.analyze import Anonymizer
from sucai.cli import app
from sucai.demo import demo_texts_dir
from sucai.export import export, to_text

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"


@pytest.fixture(scope="module")
def demo_lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library(tmp_path_factory.mktemp("lib") / "lib.db")
    lib.add(sorted(demo_texts_dir().glob("*.txt")))
    return lib


def test_compile_demo_library(demo_lib: Library) -> None:
    c = demo_lib.compile("劳模座谈会", 3, as_of="2026-11-24")
    assert c.title == "2026年劳模座谈会讲话素材"
    assert len(c.excerpts) == 3
    assert [e.n for e in c.excerpts] == [1, 2, 3]
    assert len({e.doc_id for e in c.excerpts}) == 3  # three different sources
    engine = Anonymizer()
    for e in c.excerpts:
        assert len(e.paragraphs) >= 1
        leaks = [s for s in engine.analyze(e.text) if s.label in ("ADMIN", "PERSON")]
        assert leaks == [], leaks
        assert e.source["title"] and e.passage_ids
        # Every excerpt is whole paragraphs of its document (before masking).
        text = demo_lib.text(e.doc_id)
        assert all(p in text for p in e.original.split("\n"))
    assert "劳模" in c.excerpts[0].original


def test_layout_matches_the_seed(demo_lib: Library) -> None:
    c = demo_lib.compile("工匠精神", 2, as_of="2026-11-24")
    lines = to_text(c).split("\n")
    assert lines[0] == c.title and lines[1] == c.intro
    assert lines[2] == "1"
    assert "2" in lines and "附：素材来源" in lines
    no_src = c
    no_src.sources = False
    assert "附：素材来源" not in to_text(no_src)


STALE = """在青禾县劳模表彰大会上的讲话
（2022年4月28日）
同志们：
全县劳模要大力弘扬劳模精神，坚定理论自信、道路自信、制度自信、文化自信，以新的业绩迎接党的二十大胜利召开。劳模是全县职工学习的榜样，要在岗位上建功立业，带动身边职工共同进步。
"""


def test_stale_formulations_go_to_review_or_are_fixed(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(STALE, encoding="utf-8")
    with Library(tmp_path / "lib.db") as lib:
        lib.add([tmp_path / "s.txt"])
        late = lib.compile("劳模", 1, as_of="2026-11-24", min_chars=50)
        kinds = {(r["kind"], r["text"]) for r in late.review}
        assert ("stale", "以新的业绩迎接党的二十大胜利召开") in kinds
        assert any(k == "wrong" for k, _ in kinds)
        assert "附：审校提示" in to_text(late)
        early = lib.compile("劳模", 1, as_of="2022-05-01", min_chars=50)
        assert [r["kind"] for r in early.review] == ["wrong"]
        fixed = lib.compile("劳模", 1, as_of="2026-11-24", fix_stale=True, min_chars=50)
        assert canonical("four_confidences") in fixed.excerpts[0].text
        assert [r["kind"] for r in fixed.review] == ["stale"]  # no safe fix: left for review


def test_localize_instead_of_mask(demo_lib: Library) -> None:
    c = demo_lib.compile("劳模座谈会", 1, as_of="2026-11-24", place="府谷县")
    assert "**" not in c.excerpts[0].text
    assert "全县" in c.excerpts[0].text or "府谷" in c.excerpts[0].text


def test_json_contract(demo_lib: Library) -> None:
    c = demo_lib.compile("安全生产", 2, as_of="2026-11-24")
    data = json.loads(export(c, "json") or "")
    assert set(data) >= {"title", "intro", "excerpts", "review"}
    assert set(data["excerpts"][0]) >= {"n", "text", "doc_id", "passage_ids", "source", "findings"}


def test_round_trip_through_the_library(demo_lib: Library, tmp_path: Path) -> None:
    c = demo_lib.compile("劳模座谈会", 3, as_of="2026-11-24")
    for fmt in ("txt", "md"):
        out = tmp_path / f"c.{fmt}"
        export(c, fmt, out)
        with Library(tmp_path / f"{fmt}.db") as lib:
            doc_id = lib.add([out]).added[0]
            shown = lib.document(doc_id)
        sections = shown["sections"]
        excerpts = [s for s in sections if s["kind"] == "excerpt"]
        assert [s["heading"] for s in excerpts] == ["1", "2", "3"]
        # Each excerpt's passages, including those under its own sub-headings.
        texts: dict[str, str] = {}
        current = None
        for sec in sections:
            if sec["kind"] in ("excerpt", "appendix"):
                current = sec["heading"] if sec["kind"] == "excerpt" else None
            if current:
                texts[current] = texts.get(current, "") + "".join(
                    p["text"] for p in sec["passages"]
                )
        for e in c.excerpts:
            assert texts[str(e.n)] == e.text.replace("\n", "")
        assert any(s["kind"] == "appendix" for s in shown["sections"])


def test_docx_layout_and_rendering(demo_lib: Library, tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    c = demo_lib.compile("劳模座谈会", 3, as_of="2026-11-24")
    path = tmp_path / "劳模座谈会讲话素材.docx"
    export(c, "docx", path)
    d = docx.Document(str(path))
    sec = d.sections[0]

    def mm(value: object) -> float:
        return round(int(value) / Mm(1), 1)  # type: ignore[call-overload]

    assert (mm(sec.page_width), mm(sec.page_height)) == (210.0, 297.0)
    assert (mm(sec.top_margin), mm(sec.bottom_margin)) == (37.0, 35.0)
    assert (mm(sec.left_margin), mm(sec.right_margin)) == (28.0, 26.0)
    paras = [p for p in d.paragraphs if p.text]
    title = paras[0]
    assert title.text == c.title and title.alignment == 1  # centred
    run = title.runs[0]
    assert run.font.size == Pt(22)
    assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    body = next(p for p in paras if p.text == c.excerpts[0].paragraphs[0])
    assert body.paragraph_format.first_line_indent == Pt(32)
    assert body.paragraph_format.line_spacing == Pt(28.95)
    assert body.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    number = next(p for p in paras if p.text == "1")
    assert number.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    footer_xml = sec.footer._element.xml
    assert "PAGE" in footer_xml and "—" in footer_xml
    if shutil.which("soffice") is None or shutil.which("pdftoppm") is None:
        pytest.skip("LibreOffice or poppler is not installed (.ci/run installs them)")
    ARTIFACTS.mkdir(exist_ok=True)
    # a profile of its own: a second LibreOffice on the same profile (another test run, an
    # open office) makes the conversion fail
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = path.with_suffix(".pdf")
    assert pdf.exists() and pdf.stat().st_size > 1000
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(ARTIFACTS / "compile"),
        ],
        check=True,
        timeout=60,
    )
    pngs = sorted(ARTIFACTS.glob("compile*.png"))
    assert pngs and pngs[0].stat().st_size > 5000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert c.title in text.replace(" ", "")
    assert re.search(r"—\s*1\s*—", text), "page number — 1 — at the foot of page one"


def test_cli_compile(demo_lib: Library, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(demo_lib.path)
    res = runner.invoke(
        app, ["compile", "劳模座谈会", "--db", db, "-n", "2", "--as-of", "2026-11-24"]
    )
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("# 2026年劳模座谈会讲话素材")
    out = tmp_path / "x.docx"
    res = runner.invoke(app, ["compile", "劳模座谈会", "--db", db, "-o", str(out)])
    assert res.exit_code == 0 and out.exists()
    res = runner.invoke(
        app, ["compile", "劳模座谈会", "--db", db, "--format", "txt", "--no-sources"]
    )
    assert "附：素材来源" not in res.stdout
    res = runner.invoke(app, ["compile", "量子引力", "--db", db])
    assert res.exit_code == 1


def test_skeleton(demo_lib: Library, tmp_path: Path) -> None:
    s = demo_lib.skeleton("劳模座谈会", 4, as_of="2026-11-24")
    assert s.title == "劳模座谈会讲话提纲"
    assert 3 <= len(s.sections) <= 4
    headings = [sec.heading for sec in s.sections]
    assert len(set(headings)) == len(headings)
    assert all(1 <= len(sec.passages) <= 3 for sec in s.sections)
    engine = Anonymizer()
    for sec in s.sections:
        for p in sec.passages:
            leaks = [x for x in engine.analyze(p.text) if x.label in ("ADMIN", "PERSON")]
            assert leaks == [], leaks
    md = export(s, "md") or ""
    assert md.startswith("# 劳模座谈会讲话提纲") and "## 一、" in md and "## 三、" in md
    out = tmp_path / "提纲.docx"
    export(s, "docx", out)
    import docx

    assert docx.Document(str(out)).paragraphs[0].text == s.title
    res = CliRunner().invoke(app, ["skeleton", "劳模座谈会", "--db", str(demo_lib.path)])
    assert res.exit_code == 0 and "## 一、" in res.stdout


def test_quotes_on_a_theme(demo_lib: Library) -> None:
    found = demo_lib.quotes("劳模精神", limit=5)
    assert found and found == sorted(found, key=lambda q: -q["score"])
    for q in found:
        assert demo_lib.text(q["doc_id"])[q["start"] : q["end"]] == q["text"]
        assert q["title"] and q["score"] >= 0.5
    res = CliRunner().invoke(app, ["quotes", "--db", str(demo_lib.path), "--json", "-n", "3"])
    assert res.exit_code == 0 and len(json.loads(res.stdout)) == 3


@pytest.mark.slow
def test_compile_on_demo_plus_shared_corpus(
    public_dir: Path, seed_path: Path, tmp_path: Path
) -> None:
    with Library(tmp_path / "big.db") as lib:
        lib.add([*sorted(demo_texts_dir().glob("*.txt")), public_dir, seed_path])
        c = lib.compile("劳模座谈会", 5, as_of="2026-11-24")
        assert len(c.excerpts) == 5
        assert len({e.doc_id for e in c.excerpts}) == 5  # five different sources
        engine = Anonymizer()
        from sucai.analyze.dupes import Deduper

        dedupe = Deduper()
        for i, e in enumerate(c.excerpts):
            assert [s for s in engine.analyze(e.text) if s.label in ("ADMIN", "PERSON")] == []
            assert e.source["title"] and lib.document(e.doc_id)["title"] == e.source["title"]
            assert all(not dedupe.is_near(e.original, o.original) for o in c.excerpts[i + 1 :])
        md = export(c, "md") or ""
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "compile-劳模座谈会.md").write_text(md, encoding="utf-8")


def test_compile_the_seed_masks_its_leaks(seed_path: Path, tmp_path: Path) -> None:
    with Library(tmp_path / "seed.db") as lib:
        lib.add([seed_path])
        c = lib.compile("劳模", 5, as_of="2026-11-24")
    assert len(c.excerpts) == 5  # the seed's five numbered excerpts are five sources
    text = "\n".join(e.text for e in c.excerpts)
    for leak in ("府谷", "平武", "湖北"):
        assert leak not in text
    review = {r["text"] for r in c.review}
    assert any("二十大胜利召开" in r for r in review)
    assert any("十九大" in r for r in review)
    assert any("疫情防控形势" in r for r in review)


def test_copies_with_names_swapped_are_not_both_taken(tmp_path: Path) -> None:
    para = (
        "青禾县广大劳模要牢记嘱托，在推动青禾高质量发展中走在前列。要大力弘扬劳模精神，"
        "把个人成长融入全县发展大局，在技术攻关、项目建设、民生服务一线建功立业，"
        "带动身边职工比学赶超，让劳模精神在青禾大地蔚然成风。"
    )
    copy = para.replace("青禾县", "澄川县").replace("青禾", "澄川").replace("一线", "前沿")
    other = (
        "劳模是职工的榜样，各级工会要为劳模搭建施展才华的平台，完善劳模创新工作室建设，"
        "让劳模带出更多技术骨干，让更多职工成长为新时代的劳动模范。"
    )
    for name, body in (("a", para), ("b", copy), ("c", other)):
        (tmp_path / f"{name}.txt").write_text(f"在{name}县劳模座谈会上的讲话\n{body}\n", "utf-8")
    with Library(tmp_path / "lib.db") as lib:
        lib.add(sorted(tmp_path.glob("*.txt")))
        c = lib.compile("劳模", 3, as_of="2026-11-24", min_chars=50)
    texts = [e.original for e in c.excerpts]
    assert len(texts) == 2
    assert sum("蔚然成风" in t for t in texts) == 1
