"""Ingest: turn files into RawDocuments (text plus provenance), one reader per format."""

from sucai.ingest.readers import SUPPORTED_SUFFIXES, iter_files, read_path

__all__ = ["SUPPORTED_SUFFIXES", "iter_files", "read_path"]
