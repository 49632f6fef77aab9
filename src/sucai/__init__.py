"""sucai (素材): a library of Chinese official-speech material.

Public API: :class:`Library` and the plain functions of each stage. Nothing
heavy happens at import time; dictionaries and rules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Anonymizer", "Library", "SucaiError", "__version__", "anonymize", "localize"]

if TYPE_CHECKING:
    from sucai.analyze import Anonymizer, AnonymizeResult
    from sucai.errors import SucaiError
    from sucai.library import Library


def anonymize(
    text: str,
    style: str = "mask",
    *,
    keep_leaders: bool = True,
    anonymizer: Anonymizer | None = None,
) -> AnonymizeResult:
    """Mask place and person names (``**``), or tag them (``style="tag"``).

    Pass an ``Anonymizer`` to reuse its loaded data across many calls.
    """
    from sucai.analyze import Anonymizer

    engine = anonymizer or Anonymizer(keep_leaders=keep_leaders)
    return engine.anonymize(text, style=style)


def localize(
    text: str, place: str, level: str | None = None, *, anonymizer: Anonymizer | None = None
) -> AnonymizeResult:
    """Rewrite a passage for ``place``: fill ``**``, 全市 → 全县, 市长 → 县长."""
    from sucai.analyze import Anonymizer

    return (anonymizer or Anonymizer()).localize(text, place, level)


def __getattr__(name: str) -> Any:
    if name == "Library":
        from sucai.library import Library

        return Library
    if name == "Anonymizer":
        from sucai.analyze import Anonymizer

        return Anonymizer
    if name == "SucaiError":
        from sucai.errors import SucaiError

        return SucaiError
    raise AttributeError(f"module 'sucai' has no attribute {name!r}")
