"""Segment: document → front matter, sections (heading tree), paragraphs → passages."""

from sucai.segment.front import FrontMatter, read_front_matter
from sucai.segment.structure import Segmenter, split_sentences

__all__ = ["FrontMatter", "Segmenter", "read_front_matter", "split_sentences"]
