"""Analyze: recognizers find spans (places, people, local names, level words),
operators rewrite them (mask, tag, keep, localize)."""

from __future__ import annotations

from sucai.analyze.anonymizer import Anonymizer, AnonymizeResult, Target
from sucai.analyze.spans import Span

__all__ = ["AnonymizeResult", "Anonymizer", "Span", "Target", "compiled_modules"]

# The modules setup.py compiles with mypyc when it can (the same code, about 15 % faster).
_COMPILABLE = (
    "recognizers",
    "namescore",
    "namelists",
    "placelists",
    "nature",
    "wordfind",
    "works",
    "slots",
)


def compiled_modules() -> list[str]:
    """The analysis modules running compiled (a benchmark says which build it timed)."""
    import importlib

    found = []
    for name in _COMPILABLE:
        path = importlib.import_module(f"sucai.analyze.{name}").__file__ or ""
        if not path.endswith(".py"):
            found.append(name)
    return found
