"""Sample speeches written for sucai (all places and people made up), used by ``sucai demo``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def demo_texts_dir() -> Path:
    return Path(str(resources.files("sucai").joinpath("demo").joinpath("texts")))


def demo_library_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("sucai", appauthor=False)) / "demo.db"
