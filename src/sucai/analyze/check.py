"""Check a draft: stale or wrong political formulations against a date, leaked names,
mixed level words. Rules live in ``data/formulations.yaml`` (dated, with sources).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sucai.analyze.anonymizer import Anonymizer
from sucai.errors import DataFileError, SucaiError
from sucai.resources import load_yaml

_KINDS = {"stale", "wrong", "year"}
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_WINDOW = 12
# Level characters of the speaker's own locality; 全省 in a county speech is normal.
_LOCAL_LEVELS = set("市县区旗州盟镇乡")
_SELF_ROLES = {"all", "our", "this"}


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    pattern: re.Pattern[str]
    why: str
    suggest: str
    replace: str | None
    unless: re.Pattern[str] | None
    stale_from: dt.date | None
    event: str
    years: tuple[int, ...]
    example_stale: str
    example_fine: str

    def applies(self, as_of: dt.date) -> bool:
        if self.kind == "wrong":
            return True
        if self.kind == "year":
            return as_of.year not in self.years
        return self.stale_from is not None and as_of >= self.stale_from


@dataclass
class Finding:
    start: int
    end: int
    text: str
    kind: str  # stale | wrong | leak | mixed-level
    rule: str
    why: str
    suggest: str = ""
    replace: str | None = None
    since: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "rule": self.rule,
            "why": self.why,
            "suggest": self.suggest,
            "replace": self.replace,
            "since": self.since,
        }


@dataclass
class CheckResult:
    text: str
    as_of: dt.date
    findings: list[Finding] = field(default_factory=list)

    def fixed(self) -> str:
        """The text with every finding that has a safe mechanical replacement applied."""
        out, pos = [], 0
        for f in sorted(self.findings, key=lambda f: f.start):
            if f.replace is None or f.start < pos:
                continue
            out.append(self.text[pos : f.start])
            out.append(f.replace)
            pos = f.end
        out.append(self.text[pos:])
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "findings": [f.to_dict() for f in self.findings],
        }


def _to_date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise DataFileError("formulations.yaml", f"{where}: {value!r} is not a date") from exc


def load_rules() -> tuple[list[Rule], dict[str, dict[str, Any]]]:
    name = "formulations.yaml"
    doc = load_yaml(name)
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        raise DataFileError(name, "expected `events`, `formulas` and `rules`")
    formulas: dict[str, str] = {}
    for key, value in (doc.get("formulas") or {}).items():
        if isinstance(value, dict):
            parts, sep = value.get("parts"), str(value.get("sep", ""))
        else:
            parts, sep = value, ""
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise DataFileError(name, f"formula {key!r} needs a list of parts")
        formulas[str(key)] = sep.join(parts)

    def expand(value: Any, where: str, regex: bool = False) -> str:
        text = "" if value is None else str(value)

        def one(m: re.Match[str]) -> str:
            if m.group(1) not in formulas:
                raise DataFileError(name, f"{where}: unknown formula {{{{{m.group(1)}}}}}")
            f = formulas[m.group(1)]
            return re.escape(f) if regex else f

        return _PLACEHOLDER.sub(one, text)

    events: dict[str, dict[str, Any]] = {}
    for key, ev in (doc.get("events") or {}).items():
        if not isinstance(ev, dict) or "date" not in ev or not ev.get("source"):
            raise DataFileError(name, f"event {key!r} needs a date and a source")
        events[str(key)] = {**ev, "date": _to_date(ev["date"], f"event {key}")}
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, entry in enumerate(doc["rules"]):
        rid = str(entry.get("id") or f"rule {i + 1}")
        if rid in seen:
            raise DataFileError(name, f"rule {rid!r} is defined twice")
        seen.add(rid)
        kind = entry.get("kind")
        if kind not in _KINDS:
            raise DataFileError(name, f"rule {rid!r}: kind must be stale, year or wrong")
        try:
            pattern = re.compile(expand(entry.get("pattern"), rid, regex=True))
            unless_src = expand(entry.get("unless_before"), rid, regex=True)
            unless = re.compile(unless_src) if unless_src else None
        except re.error as exc:
            raise DataFileError(name, f"rule {rid!r}: bad pattern: {exc}") from exc
        stale_from, event = None, ""
        if kind == "stale":
            ref = entry.get("stale_from")
            if isinstance(ref, str) and ref in events:
                stale_from, event = events[ref]["date"], ref
            else:
                stale_from = _to_date(ref, f"rule {rid}")
        years = tuple(int(y) for y in entry.get("years") or ())
        if kind == "year" and not years:
            raise DataFileError(name, f"rule {rid!r}: a year rule needs `years`")
        replace = entry.get("replace")
        rules.append(
            Rule(
                id=rid,
                kind=kind,
                pattern=pattern,
                why=expand(entry.get("why"), rid),
                suggest=expand(entry.get("suggest"), rid),
                replace=expand(replace, rid) if replace is not None else None,
                unless=unless,
                stale_from=stale_from,
                event=event,
                years=years,
                example_stale=expand(entry.get("example_stale"), rid),
                example_fine=expand(entry.get("example_fine"), rid),
            )
        )
    return rules, events


class Checker:
    """Runs the formulation rules, the name recognizers and the level check on a text."""

    def __init__(self, anonymizer: Anonymizer | None = None) -> None:
        self.rules, self.events = load_rules()
        self.anonymizer = anonymizer or Anonymizer()

    def check(
        self,
        text: str,
        as_of: dt.date | str | None = None,
        names: bool = True,
        levels: bool = True,
    ) -> CheckResult:
        day = parse_as_of(as_of)
        result = CheckResult(text=text, as_of=day)
        result.findings.extend(self.formulations(text, day))
        if names or levels:
            spans = self.anonymizer.analyze(text)
            if names:
                for s in spans:
                    if s.label in ("ADMIN", "PERSON", "LOCAL"):
                        result.findings.append(
                            Finding(
                                s.start,
                                s.end,
                                s.text,
                                "leak",
                                f"name-{s.label.lower()}",
                                f"{s.label}: {s.reason}",
                                "mask it (sucai anonymize) or localize it (sucai localize)",
                            )
                        )
            if levels:
                result.findings.extend(_mixed_levels(spans))
        result.findings.sort(key=lambda f: (f.start, f.end))
        return result

    def formulations(self, text: str, as_of: dt.date) -> list[Finding]:
        found: list[Finding] = []
        for rule in self.rules:
            if not rule.applies(as_of):
                continue
            for m in rule.pattern.finditer(text):
                s, e = m.start(), m.end()
                if rule.unless is not None and (
                    rule.unless.search(text[max(0, s - _WINDOW) : s])
                    or rule.unless.search(text[e : e + _WINDOW])
                ):
                    continue
                since = rule.stale_from.isoformat() if rule.stale_from else None
                found.append(
                    Finding(
                        s,
                        e,
                        m.group(0),
                        "wrong" if rule.kind == "wrong" else "stale",
                        rule.id,
                        rule.why,
                        rule.suggest,
                        m.expand(rule.replace) if rule.replace is not None else None,
                        since,
                    )
                )
        return found


def _mixed_levels(spans: list[Any]) -> list[Finding]:
    """全市 and 全县 in one text: the minority level's words are probably leftovers."""
    own = [
        s
        for s in spans
        if s.label == "LEVEL" and s.role in _SELF_ROLES and s.text[-1] in _LOCAL_LEVELS
    ]
    counts: dict[str, int] = {}
    for s in own:
        counts[s.text[-1]] = counts.get(s.text[-1], 0) + 1
    if len(counts) < 2:
        return []
    main = max(counts, key=lambda c: counts[c])
    return [
        Finding(
            s.start,
            s.end,
            s.text,
            "mixed-level",
            "mixed-level",
            f"the text speaks as a {main}-level body ({counts[main]}×) but here as {s.text[-1]}",
            f"write 全{main}/我{main} throughout, or localize the passage",
        )
        for s in own
        if s.text[-1] != main
    ]


def parse_as_of(value: dt.date | str | None) -> dt.date:
    """An --as-of value: a date, an ISO string, or None for today."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise SucaiError(f"--as-of {value!r} is not a date; write it as 2026-11-24") from exc
