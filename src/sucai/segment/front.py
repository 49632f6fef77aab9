"""Front matter: the title, dated subtitle, speaker and salutation lines before the body.

They describe the document and are kept in its text, but they are not passages:
a search for 劳模 should find what a speech says, not its title line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sucai.segment.dates import parse_date

_SENTENCE_END = re.compile(r"[。！？!?；;]")
_DATELINE = re.compile(
    r"^(?:——|──|—|－－|--)\s*.{0,8}\d|^[（(]\s*(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})\s*年.{0,12}[)）]$"
)
_INLINE_DATE = re.compile(
    r"(?:——|[（(])\s*(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})\s*年[^）)]{1,10}日"
)
_SALUTATION = re.compile(r"^[^。！？]{2,24}[:：]$")
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.．、]?\s*$")
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[、，,：:]|\d+[.．、](?!\d))"
)
_TITLE_WORDS = re.compile(
    r"(?:书记|省长|市长|县长|区长|旗长|州长|主席|主任|部长|厅长|局长|委员|同志|代表|总理|委员长|镇长|乡长|会长|总经理|董事长|秘书长)"
)


@dataclass
class FrontMatter:
    title: str | None
    date: str | None
    count: int  # how many leading paragraphs are front matter


def _title_like(p: str) -> bool:
    p = p.strip()
    return (
        0 < len(p) <= 80
        and not _SENTENCE_END.search(p[:-1] if p.endswith("。") else p)
        and not p.endswith(("，", "、", "：", ":"))
        and not _BARE_NUMBER.match(p)
        and not _MARKER.match(p)
    )


def read_front_matter(
    paragraphs: list[str], known_title: str | None = None, known_date: str | None = None
) -> FrontMatter:
    title = known_title
    date = parse_date(known_date) if known_date else None
    count = 0
    limit = min(len(paragraphs) - 1, 8)  # never take the whole document
    i = 0
    while i < limit:
        p = paragraphs[i].strip()
        if known_title and (p == known_title or (len(p) <= 80 and p in known_title)):
            count = i + 1
        elif i == count and _DATELINE.match(p) and len(p) <= 80:
            date = date or parse_date(p)
            count = i + 1
        elif i == count and _SALUTATION.match(p):
            count = i + 1
            break  # the body starts after the salutation
        elif i == count and i == 0 and _title_like(p):
            title = title or p
            count = 1
        elif (
            i == count
            and count > 0
            and len(p) <= 30
            and not _SENTENCE_END.search(p)
            and (_TITLE_WORDS.search(p) or len(p) <= 12)
            and not _MARKER.match(p)
            and not _BARE_NUMBER.match(p)
        ):
            count = i + 1  # speaker line such as 市委书记 林远航
        else:
            break
        i += 1
    if date is None:
        for p in paragraphs[:count]:
            date = parse_date(p, need_day=True)
            if date:
                break
    if date is None:
        # A dated subtitle run into the first line: 在…上的讲话（2025年11月20日）习近平同志们：
        for p in paragraphs[: max(count, 2) + 1]:
            m = _INLINE_DATE.search(p[:160])
            if m:
                date = parse_date(m.group(0), need_day=True)
                if date:
                    break
    return FrontMatter(title=title, date=date, count=count)
