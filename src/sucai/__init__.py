"""sucai (素材): a library of Chinese official-speech material.

Public API: :class:`Library` and the plain functions of each stage. Nothing
heavy happens at import time; dictionaries and rules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Library", "SucaiError", "__version__"]

if TYPE_CHECKING:
    from sucai.errors import SucaiError
    from sucai.library import Library


def __getattr__(name: str) -> Any:
    if name == "Library":
        from sucai.library import Library

        return Library
    if name == "SucaiError":
        from sucai.errors import SucaiError

        return SucaiError
    raise AttributeError(f"module 'sucai' has no attribute {name!r}")
