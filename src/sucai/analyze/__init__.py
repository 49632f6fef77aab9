"""Analyze: recognizers find spans (places, people, local names, level words),
operators rewrite them (mask, tag, keep, localize)."""

from __future__ import annotations

from sucai.analyze.anonymizer import Anonymizer, AnonymizeResult, Target
from sucai.analyze.spans import Span

__all__ = ["AnonymizeResult", "Anonymizer", "Span", "Target"]
