"""A batch with broken files in it must add the good ones, explain every bad one, and
leave the library whole, even when the process is killed half way."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from sucai import Library

GOOD_GBK = """在云岫市职工文化活动月启动仪式上的致辞
同志们、朋友们：
一、办好职工身边的文化活动
今年的活动月安排了读书分享、技能展示、文艺汇演等十二项内容，覆盖全市各类企业。
二、让职工在活动中有获得感
各级工会要多到车间班组听取意见，把职工喜欢的项目办好，把职工反映的问题解决好。
"""

# file name → (key words the error must contain: the problem and the fix)
BAD: dict[str, tuple[str, ...]] = {
    "empty.txt": ("empty", "saved"),
    "blank.txt": ("empty",),
    "photo.txt": ("binary", "convert"),
    "random.docx": (".docx", "save it again"),
    "truncated.docx": (".docx", "save it again"),
    "damaged.docx": ("damaged", "save it again"),
    "locked.pdf": ("encrypted", "password"),
    "truncated.pdf": ("PDF", "re-export"),
    "garbled.txt": ("encoding", "UTF-8"),
    "huge.txt": ("200 MB", "50 MB", "--max-mb"),
}
OLD_DOC = ("unsupported", ".doc", ".docx")


def _docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("在云岫市工会财务工作会议上的讲话", style="Title")
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_bytes(text: str) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.setFont("STSong-Light", 12)
    for i, line in enumerate(text.splitlines()):
        pdf.drawString(60, 780 - 20 * i, line)
    pdf.save()
    return buf.getvalue()


def _undecodable(n: int) -> bytes:
    """High bytes with no NUL that are neither UTF-8, GB18030 nor Big5 (0x80 and 0xFF are
    never a lead byte in either), as a file saved in some unknown code page looks."""
    rng = random.Random(20250318)
    data = bytes(rng.choice([0x80, 0xFF, *range(0x81, 0xFF)]) for _ in range(n))
    for codec in ("utf-8", "gb18030", "big5"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(codec)
    return data


@pytest.fixture
def batch(tmp_path: Path, sample_text: str) -> tuple[Path, Path, list[Path]]:
    """A folder with three good files and every kind of bad one, plus an old .doc beside it.

    Returns (folder, the .doc, the good files).
    """
    folder = tmp_path / "incoming"
    (folder / "sub").mkdir(parents=True)
    good = [folder / "laomo.txt", folder / "sub" / "wenhua.txt", folder / "caiwu.docx"]
    good[0].write_text(sample_text, encoding="utf-8")
    good[1].write_bytes(GOOD_GBK.replace("\n", "\r\n").encode("gbk"))
    finance = "同志们：\n工会经费要用在职工身上，每一笔支出都要经得起检查。"
    good[2].write_bytes(_docx_bytes(finance))

    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes("\ufeff\r\n\u3000\u3000\r\n".encode())  # BOM + blanks
    rng = random.Random(7)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4096))
    (folder / "photo.txt").write_bytes(png)
    (folder / "random.docx").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    real = _docx_bytes(finance)
    (folder / "truncated.docx").write_bytes(real[: len(real) // 2])
    # A zip that opens but whose document.xml is cut off: lxml fails, not zipfile.
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real)) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    (folder / "damaged.docx").write_bytes(damaged.getvalue())

    from pypdf import PdfReader, PdfWriter

    pdf = _pdf_bytes(finance)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="yunxiu2025", owner_password="owner2025")
    with (folder / "locked.pdf").open("wb") as fh:
        writer.write(fh)
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (folder / "garbled.txt").write_bytes(_undecodable(3000))
    with (folder / "huge.txt").open("wb") as fh:  # sparse: no disk, no time
        fh.truncate(200 * 1024 * 1024)
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")  # inside a folder: skipped quietly
    (folder / ".hidden.txt").write_text("隐藏文件不应被读取。", encoding="utf-8")

    doc = tmp_path / "2019年工作报告.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    return folder, doc, good


def _check_failures(failed: list[dict[str, str]], folder: Path, doc: Path) -> None:
    expected = {str(folder / name): words for name, words in BAD.items()}
    expected[str(doc)] = OLD_DOC
    paths = [f["path"] for f in failed]
    assert sorted(paths) == sorted(expected), "each bad file must fail exactly once"
    for f in failed:
        assert set(f) == {"path", "error"}
        assert f["error"].startswith(f["path"] + ":"), f
        for word in expected[f["path"]]:
            assert word in f["error"], (word, f["error"])
        assert "Traceback" not in f["error"]


def _consistent(lib: Library) -> dict[str, int]:
    assert lib.store.integrity() == "ok"
    counts = lib.store.counts()
    assert counts["fts_rows"] == counts["passages"]
    assert counts["passages"] == sum(d.passages for d in lib.documents())
    assert all(d.passages > 0 for d in lib.documents())
    return counts


def test_bad_files_fail_one_by_one_and_good_files_land(
    lib: Library, batch: tuple[Path, Path, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user learns, per file, what is wrong and what to do; nothing else is lost."""
    folder, doc, good = batch
    read: list[str] = []
    real_read_bytes = Path.read_bytes

    def spy(self: Path) -> bytes:
        read.append(self.name)
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    started = time.perf_counter()
    report = lib.add([folder, doc])
    assert time.perf_counter() - started < 20

    _check_failures(report.failed, folder, doc)
    assert "huge.txt" not in read, "an oversized file must be refused before it is read"
    assert ".hidden.txt" not in read
    assert report.skipped == [str(folder / "budget.xlsx")]
    assert len(report.added) == len(good) and report.unchanged == []
    assert {d.path for d in lib.documents()} == {str(p) for p in good}
    counts = _consistent(lib)
    assert counts["documents"] == len(good) and report.passages == counts["passages"]
    assert lib.search("工会经费", limit=1), "the good .docx must be searchable"

    again = lib.add([folder, doc])  # a second run changes nothing and says the same
    assert again.added == [] and sorted(again.unchanged) == sorted(report.added)
    assert sorted(f["path"] for f in again.failed) == sorted(f["path"] for f in report.failed)
    assert _consistent(lib) == counts


def test_max_file_size_is_configurable(tmp_path: Path, sample_text: str) -> None:
    """--max-mb lowers the limit too, and says which limit was hit."""
    path = tmp_path / "two_mb.txt"
    path.write_text(sample_text * (2 * 1024 * 1024 // len(sample_text.encode()) + 1), "utf-8")
    with Library(tmp_path / "small.db", max_file_mb=1) as lib:
        report = lib.add([path])
    assert report.added == []
    [failure] = report.failed
    assert "2 MB" in failure["error"] and "1 MB limit" in failure["error"]


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("SUCAI_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "sucai", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_reports_failures_as_json_and_exits_1(
    tmp_path: Path, batch: tuple[Path, Path, list[Path]]
) -> None:
    """Scripts need a stable JSON contract and a non-zero status, not a traceback."""
    folder, doc, good = batch
    db = tmp_path / "cli.db"
    proc = _run_cli("add", str(folder), str(doc), "--db", str(db), "--json")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    out = json.loads(proc.stdout)
    assert {"added", "unchanged", "failed", "passages"} <= set(out)
    assert len(out["added"]) == len(good) and out["unchanged"] == []
    _check_failures(out["failed"], folder, doc)
    with Library(db) as lib:
        counts = _consistent(lib)
        assert out["passages"] == counts["passages"] > 0
        assert sorted(out["added"]) == sorted(d.id for d in lib.documents())

    # Only good files: exit 0, everything unchanged.
    proc = _run_cli("add", *(str(p) for p in good), "--db", str(db), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["failed"] == [] and len(out["unchanged"]) == len(good)


# -- a process killed mid-ingest -------------------------------------------------------

_SENTENCES = [
    "各级工会要把服务职工作为一切工作的出发点和落脚点。",
    "要围绕企业生产经营中的难点问题组织职工开展技术攻关。",
    "一线职工是推动发展的主力军，必须关心他们的成长进步。",
    "要健全职工培训体系，让每一名职工都有学习提高的机会。",
    "安全生产来不得半点马虎，必须时刻绷紧这根弦。",
    "困难职工帮扶工作要做细做实，确保不漏一户、不落一人。",
    "劳动竞赛要突出实效，坚决不搞形式主义。",
    "要用好职工之家这个阵地，丰富职工的业余文化生活。",
]
_CN = "一二三四五六七八九十"
N_DOCS = 200


def _generated(i: int) -> str:
    rng = random.Random(i)
    lines = [f"在第{i + 1}次职工代表座谈会上的讲话", "同志们："]
    for s in range(rng.randint(3, 6)):
        lines.append(f"{_CN[s]}、关于第{s + 1}项重点工作")
        for p in range(rng.randint(2, 4)):
            sentences = "".join(rng.choice(_SENTENCES) for _ in range(rng.randint(6, 24)))
            lines.append(f"{sentences}（第{i + 1}篇第{s + 1}部分第{p + 1}段）")
    return "\n".join(lines) + "\n"


def _doc_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(db, timeout=1)) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not created yet, or busy
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_killed_ingest_leaves_whole_documents_and_resumes(tmp_path: Path) -> None:
    """SIGKILL (power cut, OOM killer) mid-batch: every stored document is complete, the
    index agrees, and running the same command again finishes the job."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(N_DOCS):
        (folder / f"speech_{i:03d}.txt").write_text(_generated(i), encoding="utf-8")
    db = tmp_path / "killed.db"
    with (tmp_path / "stderr.txt").open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "sucai", "add", str(folder), "--db", str(db), "--json"],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        try:
            deadline = time.monotonic() + 60
            while _doc_count(db) < 10 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            finished_first = proc.poll() is not None
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.kill()
            proc.wait()
    assert not finished_first, "the ingest ended before it could be killed; use more documents"
    assert proc.returncode == -signal.SIGKILL

    with Library(db) as lib:
        _consistent(lib)
        present = {d.path: d for d in lib.documents()}
        assert 10 <= len(present) < N_DOCS
        with Library(tmp_path / "clean.db") as clean:
            report = clean.add([Path(p) for p in present if p])
            assert report.failed == []
            expected = {d.path: (d.id, d.passages, d.chars) for d in clean.documents()}
        assert {p: (d.id, d.passages, d.chars) for p, d in present.items()} == expected

        report = lib.add([folder])
        assert report.failed == []
        assert len(report.unchanged) == len(present)
        assert len(report.unchanged) + len(report.added) == N_DOCS
        assert _consistent(lib)["documents"] == N_DOCS
