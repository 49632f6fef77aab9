"""Clean: split raw text into paragraphs, strip boilerplate, normalise width and punctuation."""

from sucai.clean.cleaner import Cleaner, split_paragraphs

__all__ = ["Cleaner", "split_paragraphs"]
