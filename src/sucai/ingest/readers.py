"""One reader per format. A reader yields RawDocuments, or IngestErrors for records it
cannot read, so that one bad record (or file) never stops a batch."""

from __future__ import annotations

import json
import logging
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sucai.errors import IngestError
from sucai.ingest.encoding import decode, looks_binary
from sucai.models import RawDocument

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

Reader = Callable[[Path, bytes], Iterator["RawDocument | IngestError"]]

_UNSUPPORTED_HINTS = {
    ".doc": "old Word .doc is not supported: save it as .docx in Word or WPS",
    ".wps": "WPS .wps is not supported: save it as .docx",
    ".rtf": "RTF is not supported: save it as .docx or .txt",
    ".xlsx": "spreadsheets are not documents: copy the text into a .txt file",
    ".pptx": "slides are not supported: export them as PDF",
}


def _read_text(path: Path, data: bytes) -> Iterator[RawDocument | IngestError]:
    text, enc = decode(data, str(path))
    yield RawDocument(text=text, path=str(path), format="txt", encoding=enc)


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def _read_markdown(path: Path, data: bytes) -> Iterator[RawDocument | IngestError]:
    text, enc = decode(data, str(path))
    hints: dict[str, int] = {}
    lines = []
    for line in text.splitlines():
        m = _MD_HEADING.match(line)
        if m:
            hints[m.group(2)] = len(m.group(1))
            line = m.group(2)
        lines.append(line)
    yield RawDocument(
        text="\n".join(lines), path=str(path), format="md", encoding=enc, heading_hints=hints
    )


_DOCX_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def _read_docx(path: Path, data: bytes) -> Iterator[RawDocument | IngestError]:
    import io

    try:
        import docx
        from docx.oxml.ns import qn
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise IngestError(path, "python-docx is missing", "pip install python-docx") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(
            path,
            f"is not a valid .docx ({type(exc).__name__}: {exc})",
            "open it in Word or WPS and save it again as .docx",
        ) from exc
    except Exception as exc:  # lxml errors inside a damaged package
        raise IngestError(
            path, f"the .docx is damaged ({exc})", "open it in Word or WPS and save it again"
        ) from exc
    paras: list[str] = []
    hints: dict[str, int] = {}
    title: str | None = None
    # Style ids → names once (looking a style up by its id is deprecated in python-docx).
    style_names = {s.style_id: s.name for s in document.styles if s.style_id}
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            style_el = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            style = ""
            if style_el is not None:
                sid = style_el.get(qn("w:val")) or ""
                style = style_names.get(sid) or sid
            stripped = text.strip()
            if stripped:
                m = _DOCX_HEADING.match(style.strip())
                if style.lower() == "title" and title is None:
                    title = stripped
                elif m:
                    hints[stripped] = int(m.group(1))
            paras.append(text)
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = [
                    "".join(t.text or "" for t in cell.iter(qn("w:t"))).strip()
                    for cell in row.iter(qn("w:tc"))
                ]
                paras.append("　".join(c for c in cells if c))
    text = "\n".join(paras)
    if not text.strip():
        raise IngestError(path, "the .docx has no text", "check that it is not only images")
    yield RawDocument(text=text, path=str(path), format="docx", title=title, heading_hints=hints)


def _read_pdf(path: Path, data: bytes) -> Iterator[RawDocument | IngestError]:
    # pypdf logs repairs ("EOF marker not found") without naming the file; the
    # failure, if any, comes back as an IngestError that does.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield from _read_pdf_quietly(path, data)
    finally:
        logger.setLevel(level)


def _read_pdf_quietly(path: Path, data: bytes) -> Iterator[RawDocument | IngestError]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:
                opened = False
            if not opened:
                raise IngestError(
                    path,
                    "the PDF is encrypted with a password",
                    "remove the password (e.g. `qpdf --decrypt --password=… in.pdf out.pdf`)",
                )
        pages = [_page_body(page.extract_text() or "") for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(
            path, f"is not a readable PDF ({exc})", "re-export it from the original document"
        ) from exc
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise IngestError(
            path, f"the PDF is damaged ({type(exc).__name__}: {exc})", "re-export it"
        ) from exc
    text = "\n".join(p for p in pages if p)
    if not text.strip():
        raise IngestError(
            path, "the PDF has no text layer (a scan?)", "run OCR on it first, then add the result"
        )
    yield RawDocument(text=text, path=str(path), format="pdf", hard_wrapped=True)


# A page number printed at the top or bottom of a page: - 3 -, — 3 —, 第3页 (共9页), 3/9.
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*[（(]?\s*共\s*\d{1,4}\s*页\s*[)）]?)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$"
)


def _page_body(text: str) -> str:
    """A page's lines without the blank lines and page number at its edges.

    Removed here rather than by the cleaner because only here are page edges
    known: a paragraph that runs over a page break must be rejoined across it,
    and a page number (or the blank line after it) left between its halves
    would end up inside the paragraph or cut it in two.
    """
    lines = text.split("\n")
    for edge in (-1, 0):
        while lines and not lines[edge].strip():
            lines.pop(edge)
        if lines and _PAGE_NUMBER.match(lines[edge]):
            lines.pop(edge)
        while lines and not lines[edge].strip():
            lines.pop(edge)
    return "\n".join(lines)


_BLOCK_TAGS = (
    "p div section article h1 h2 h3 h4 h5 h6 li tr td th table ul ol br pre blockquote "
    "dd dt figure figcaption center"
).split()
_DROP_TAGS = "script style noscript nav header footer aside form iframe button select".split()
_DATE_META = ("pubdate", "publishdate", "article:published_time", "date", "dc.date")


def _read_html(path: Path, data: bytes) -> Iterator[RawDocument | IngestError]:
    from bs4 import BeautifulSoup

    if looks_binary(data):
        raise IngestError(path, "looks like a binary file, not HTML", "save the page as .html")
    if not data.strip():
        raise IngestError(path, "the file is empty", "nothing to add")
    soup = BeautifulSoup(data, "lxml")
    enc = soup.original_encoding
    title_el = soup.find("title")
    title = title_el.get_text(strip=True) if title_el else None
    date = None
    for meta in soup.find_all("meta"):
        key = str(meta.get("name") or meta.get("property") or "").lower()
        if key in _DATE_META and meta.get("content"):
            date = str(meta.get("content"))
            break
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    _drop_script_toolbars(soup)
    hints: dict[str, int] = {}
    for level in range(1, 7):
        for h in soup.find_all(f"h{level}"):
            text = h.get_text(strip=True)
            if text:
                hints.setdefault(text, level)
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        title = h1.get_text(strip=True)
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_after("\n")
    root = soup.body or soup
    text = root.get_text("")
    if not text.strip():
        raise IngestError(path, "the HTML page has no text", "check that it is the article page")
    yield RawDocument(
        text=text,
        path=str(path),
        format="html",
        encoding=enc,
        title=title,
        date=date,
        heading_hints=hints,
    )


# What may remain of a toolbar once its links are gone: brackets, bars, separators.
_TOOLBAR_LEFTOVER = re.compile(r"[\s【】\[\]〔〕（）()|｜/·•、,，:：]*")


def _is_script_link(tag: Any) -> bool:
    href = str(tag.get("href") or "").strip()
    return href.lower().startswith("javascript:") or (
        href in ("", "#") and tag.get("onclick") is not None
    )


def _drop_script_toolbars(soup: Any) -> None:
    """Drop blocks made only of script links: 【打印本页】【关闭窗口】, 【加入收藏】…

    Such links (``href="javascript:…"`` or ``onclick``) run a browser action and
    are never article text. A block is dropped only when nothing but brackets
    and separators is left without them, so a paragraph that merely contains
    such a link keeps all its words.
    """
    blocks: dict[int, Any] = {}
    for a in soup.find_all("a"):
        if _is_script_link(a) and a.parent is not None:
            blocks.setdefault(id(a.parent), a.parent)
    for block in blocks.values():
        if block.decomposed or block.name in ("body", "html", "[document]"):
            continue
        rest = "".join(
            str(s)
            for s in block.find_all(string=True)
            if not any(p.name == "a" and _is_script_link(p) for p in s.parents)
        )
        if _TOOLBAR_LEFTOVER.fullmatch(rest):
            block.decompose()


def _read_jsonl(path: Path, data: bytes) -> Iterator[RawDocument | IngestError]:
    text, enc = decode(data, str(path))
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON ({exc.msg})", "one JSON object per line")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield IngestError(where, 'no "text" string field', 'each line needs {"text": "…"}')
            continue
        if not rec["text"].strip():
            yield IngestError(where, 'the "text" field is empty', "drop the line")
            continue
        source = rec.get("source") or rec.get("url")
        if not source and rec.get("source_repo"):
            source = f"{rec['source_repo']}/{rec.get('source_path', '')}".rstrip("/")
        yield RawDocument(
            text=rec["text"],
            path=str(path),
            format="jsonl",
            encoding=enc,
            title=_opt_str(rec.get("title")),
            date=_opt_str(rec.get("date")),
            source=_opt_str(source),
            ext_id=_opt_str(rec.get("id")) or f"line{lineno}",
        )


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


READERS: dict[str, Reader] = {
    ".txt": _read_text,
    ".text": _read_text,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".docx": _read_docx,
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
    ".jsonl": _read_jsonl,
}
SUPPORTED_SUFFIXES = frozenset(READERS)


def read_path(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | IngestError]:
    """Read one file; every failure comes back as an IngestError naming the file and the fix."""
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        hint = _UNSUPPORTED_HINTS.get(suffix, f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        yield IngestError(path, f"unsupported file type {suffix or '(none)'}", hint)
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield IngestError(path, f"cannot be read ({exc.strerror})", "check the path")
        return
    if size > max_bytes:
        yield IngestError(
            path,
            f"is {size / 1048576:.0f} MB, over the {max_bytes / 1048576:.0f} MB limit",
            "split it into smaller files, or raise the limit with --max-mb",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(path, f"cannot be read ({exc.strerror})", "check its permissions")
        return
    try:
        yield from reader(path, data)
    except IngestError as exc:
        yield exc
    except RecursionError as exc:  # deeply nested HTML
        yield IngestError(path, f"is too deeply nested to parse ({exc})", "simplify it")


def iter_files(paths: Iterable[Path]) -> Iterator[tuple[Path, bool]]:
    """Expand folders recursively. Yields (file, named_explicitly).

    Files found inside folders are filtered by suffix (an unsupported one is
    skipped); files the user named are always tried, so that a wrong type gets
    a clear message.
    """
    for p in paths:
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file():
                    yield child, False
        else:
            yield p, True
