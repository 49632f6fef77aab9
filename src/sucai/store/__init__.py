"""Store: the one SQLite file (documents, sections, passages, full-text index)."""

from sucai.store.db import Store

__all__ = ["Store"]
