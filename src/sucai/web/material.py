"""Library-level pieces the workbench needs and the Library does not offer (yet).

``compile_passages`` compiles the basket: the excerpts are exactly the chosen passages,
in the chosen order, cleaned (masked or localized, checked) by the Compiler's own steps.
The rest shapes library data for pages: passages by id, a passage in its context, search
hits with their near-duplicates folded in, a checked text cut into highlight segments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sucai.analyze.anonymizer import Anonymizer
from sucai.analyze.check import Checker, CheckResult
from sucai.compile import DEFAULT_INTRO, Collection, Compiler, Excerpt
from sucai.errors import SucaiError
from sucai.library import Library
from sucai.models import SearchHit

BASKET_INTRO = (
    "本素材从素材库中选编{n}段讲话摘录，地名、人名已作处理，提法已按{as_of}核对，供起草讲话参考。"
)
MAX_BASKET = 200


def parse_day(value: str | dt.date | None) -> dt.date:
    """An as-of date from a form (empty means today), with an error that says the format."""
    if isinstance(value, dt.date):
        return value
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise SucaiError(f"as-of date {value!r} is not a date; write it as 2026-11-24") from exc


def parse_ids(value: str | Iterable[Any] | None) -> list[int]:
    """Passage ids from ``3,5,9`` (or a JSON list), order kept, repeats dropped."""
    if value is None:
        return []
    items = value.replace("，", ",").split(",") if isinstance(value, str) else list(value)
    ids: list[int] = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        if not text.isdigit():
            raise SucaiError(f"passage id {text!r} is not a number")
        ids.append(int(text))
    ids = list(dict.fromkeys(ids))
    if len(ids) > MAX_BASKET:
        raise SucaiError(f"at most {MAX_BASKET} passages at a time, got {len(ids)}")
    return ids


def passages_by_id(lib: Library, ids: Sequence[int]) -> tuple[list[dict[str, Any]], list[int]]:
    """The passages in the order asked, with their document's title and date; and the
    ids no longer in the library (their document was removed)."""
    rows = {int(r["id"]): r for r in lib.store.passages(ids=list(ids))} if ids else {}
    docs: dict[str, Any] = {}
    found, missing = [], []
    for pid in ids:
        row = rows.get(pid)
        if row is None:
            missing.append(pid)
            continue
        if row["doc_id"] not in docs:
            docs[row["doc_id"]] = lib.store.document(row["doc_id"])[0]
        info = docs[row["doc_id"]]
        found.append(
            {
                "id": pid,
                "doc_id": row["doc_id"],
                "title": info.title,
                "date": info.date,
                "heading": row["heading"],
                "text": row["text"],
                "start": row["start_char"],
                "end": row["end_char"],
            }
        )
    return found, missing


def compile_passages(
    lib: Library,
    passage_ids: Sequence[int],
    title: str | None = None,
    as_of: dt.date | str | None = None,
    place: str | None = None,
    *,
    topic: str = "",
    fix_stale: bool = False,
    anonymizer: Anonymizer | None = None,
    checker: Checker | None = None,
) -> Collection:
    """A Collection whose excerpts are exactly these passages, in this order.

    Each excerpt is masked (or localized to ``place``) knowing its whole document's
    place names, then checked as of ``as_of``, as ``Compiler.compile`` does for a topic.
    """
    ids = list(dict.fromkeys(passage_ids))
    if not ids:
        raise SucaiError("the basket is empty: add passages from search or a document first")
    found, missing = passages_by_id(lib, ids)
    if missing:
        shown = ", ".join(map(str, missing[:5]))
        raise SucaiError(
            f"passage {shown} is no longer in the library (its document was removed); "
            "remove it from the basket"
        )
    day = parse_day(as_of)
    compiler = Compiler(lib, anonymizer, checker)
    excerpts = []
    for n, p in enumerate(found, 1):
        e = Excerpt(n, p["doc_id"], [p["id"]], p["text"], p["text"], {}, 0.0)
        e.source = compiler.source(p["doc_id"])
        compiler.clean(e, day, place or None, fix_stale)
        excerpts.append(e)
    heading = (title or "").strip() or f"{day.year}年讲话素材选编"
    when = day.strftime("%Y年%-m月%-d日")
    if topic:
        intro = DEFAULT_INTRO.format(topic=topic, n=len(excerpts), as_of=when)
    else:
        intro = BASKET_INTRO.format(n=len(excerpts), as_of=when)
    return Collection(heading, intro, topic or heading, day, excerpts)


def heading_path(sections: Sequence[dict[str, Any]], index: int) -> list[str]:
    """Headings from the top down to section ``index`` (sections in document order)."""
    path: list[str] = []
    level = 10**6
    for s in reversed(sections[: index + 1]):
        if s["heading"] and s["level"] < level:
            path.append(s["heading"])
            level = s["level"]
        if level <= 1:
            break
    return list(reversed(path))


def passage_context(lib: Library, passage_id: int, around: int = 2) -> dict[str, Any]:
    """The passage with ``around`` passages either side, the headings between them, and
    its heading path: enough to judge an excerpt without opening the whole document."""
    rows = lib.store.passages(ids=[passage_id])
    if not rows:
        raise LookupError(f"no passage {passage_id} in the library (it may have been removed)")
    doc = lib.document(rows[0]["doc_id"])
    items: list[dict[str, Any]] = []
    target = -1
    path: list[str] = []
    for si, sec in enumerate(doc["sections"]):
        heading = sec["heading"]
        # A heading that opens its first paragraph is shown in it, not twice.
        inline = bool(
            heading and sec["passages"] and sec["passages"][0]["text"].startswith(heading)
        )
        if heading and not inline:
            items.append({"kind": "heading", "text": heading, "level": sec["level"]})
        for i, p in enumerate(sec["passages"]):
            if p["id"] == passage_id:
                target = len(items)
                path = heading_path(doc["sections"], si)
            lead = heading if inline and i == 0 else ""
            items.append({"kind": "passage", "id": p["id"], "text": p["text"], "lead": lead})
    passage_slots = [i for i, it in enumerate(items) if it["kind"] == "passage"]
    k = passage_slots.index(target)
    lo = passage_slots[max(0, k - around)]
    hi = passage_slots[min(len(passage_slots) - 1, k + around)]
    while lo > 0 and items[lo - 1]["kind"] == "heading":
        lo -= 1  # the headings just above the first shown passage belong with it
    window = items[lo : hi + 1]
    for it in window:
        it["current"] = it.get("id") == passage_id
    return {
        "passage": {**items[target], "heading_path": path},
        "document": {k: doc[k] for k in ("id", "title", "date", "source", "passages")},
        "context": window,
        "before": k,
        "after": len(passage_slots) - k - 1,
    }


def near_function() -> Callable[[str, str], bool]:
    """``Deduper().is_near``; plain equality while the dupes module is unavailable."""
    try:
        from sucai.analyze.dupes import Deduper
    except ImportError:  # pragma: no cover - the module is being written alongside
        return lambda a, b: a == b
    return Deduper().is_near


def collapse_near(
    hits: Sequence[SearchHit], is_near: Callable[[str, str], bool]
) -> list[tuple[SearchHit, list[SearchHit]]]:
    """Hits in rank order, each with the later hits that are near-duplicates of it."""
    groups: list[tuple[SearchHit, list[SearchHit]]] = []
    for hit in hits:
        for head, same in groups:
            if is_near(head.text, hit.text):
                same.append(hit)
                break
        else:
            groups.append((hit, []))
    return groups


KIND_LABELS = {
    "stale": "过时提法",
    "wrong": "错误提法",
    "leak": "疑似名称泄露",
    "mixed-level": "层级混用",
}


def check_segments(result: CheckResult) -> list[dict[str, Any]]:
    """The text cut into plain and flagged pieces for highlighting (overlaps: first wins)."""
    text = result.text
    out: list[dict[str, Any]] = []
    pos = 0
    for i, f in enumerate(result.findings):
        if f.start < pos or f.end <= f.start:
            continue
        if f.start > pos:
            out.append({"text": text[pos : f.start], "finding": None})
        out.append({"text": text[f.start : f.end], "finding": i, "kind": f.kind})
        pos = f.end
    if pos < len(text):
        out.append({"text": text[pos:], "finding": None})
    return out


def apply_finding(result: CheckResult, start: int, end: int) -> str | None:
    """The text with one finding's replacement applied; None if no such finding."""
    for f in result.findings:
        if f.start == start and f.end == end and f.replace is not None:
            return result.text[:start] + f.replace + result.text[end:]
    return None
