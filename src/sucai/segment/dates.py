"""Find and normalise dates written the ways Chinese documents write them."""

from __future__ import annotations

import re

_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "Ｏ": 0,
    "О": 0,
}


def cn_number(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23, 二〇二六 → 2026 (digit by digit)."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" not in s:
        if all(c in _CN_DIGITS for c in s):
            value = 0
            for c in s:
                value = value * 10 + _CN_DIGITS[c]
            return value
        return None
    tens, _, ones = s.partition("十")
    t = _CN_DIGITS.get(tens) if tens else 1
    o = _CN_DIGITS.get(ones) if ones else 0
    if t is None or o is None:
        return None
    return t * 10 + o


_NUM = r"(?:\d{1,4}|[〇○零一二三四五六七八九十ＯО]{1,4})"
DATE_RE = re.compile(
    rf"(?P<y>(?:1[89]|20)\d{{2}}|[一二][〇○零一二三四五六七八九ＯО]{{3}})\s*年\s*"
    rf"(?:(?P<m>{_NUM})\s*月\s*(?:(?P<d>{_NUM})\s*日)?)?"
)
ISO_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})")


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if y is None or not 1900 <= y <= 2100:
        return False
    if m is not None and not 1 <= m <= 12:
        return False
    return d is None or 1 <= d <= 31


def format_date(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date(text: str, need_day: bool = False) -> str | None:
    """The first date in ``text`` as ISO (YYYY, YYYY-MM or YYYY-MM-DD), or None."""
    for rx in (ISO_RE, DATE_RE):
        for m in rx.finditer(text):
            y = cn_number(m.group("y"))
            mo = cn_number(m.group("m")) if m.group("m") else None
            d = cn_number(m.group("d")) if m.group("d") else None
            if need_day and d is None:
                continue
            if _valid(y, mo, d) and y is not None:
                return format_date(y, mo, d)
    return None


_PARTIAL = re.compile(r"^\s*((?:19|20)\d{2})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?\s*$")


def parse_user_date(text: str) -> str | None:
    """A date typed by a user: 2024, 2024-05, 2024-05-01 or any form parse_date knows."""
    m = _PARTIAL.match(text)
    if m:
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        return format_date(y, mo, d) if _valid(y, mo, d) else None
    return parse_date(text)


def date_bounds(date: str | None) -> tuple[str | None, str | None]:
    """Earliest and latest day a partial date can mean: 2024 → (2024-01-01, 2024-12-31)."""
    if not date:
        return None, None
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{date}-01", f"{date}-31"
    return date, date
