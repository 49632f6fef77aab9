"""Spans: what a recognizer found, and what an operator made of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LABELS = ("ADMIN", "PERSON", "LOCAL", "LEVEL")


@dataclass
class Span:
    """A piece of text a recognizer found (Presidio's RecognizerResult, plus the text)."""

    start: int
    end: int
    label: str
    score: float
    recognizer: str
    text: str
    replacement: str | None = None
    reason: str = ""
    # For ADMIN spans: the gazetteer's level (province, prefecture, county, town) and
    # whether the text is the full name (府谷县) or the short one (府谷).
    level: str = ""
    full: bool = False
    # For LEVEL spans: the role (all, committee, head …) and the level character.
    role: str = ""
    code: str = ""  # the gazetteer code of an ADMIN span, when known

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span offsets {self.start}:{self.end}")
        if self.label not in LABELS:
            raise ValueError(f"unknown label {self.label!r}; use one of {LABELS}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"invalid score {self.score}; it must be between 0 and 1")

    @property
    def length(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "replacement": self.replacement,
            "recognizer": self.recognizer,
            "score": round(self.score, 3),
            "reason": self.reason,
        }
