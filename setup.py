"""Build sucai; the anonymizer's recognizers are compiled with mypyc when they can be.

mypyc turns the typed modules into a C extension: the public-report benchmark runs
about 15 % faster (bench/anonymize.py prints which build it measured). The pure
Python modules stay in the wheel, so nothing depends on the compile:

- ``SUCAI_COMPILE=0`` never compiles; ``SUCAI_COMPILE=1`` fails the build if it cannot.
- By default an editable install (``pip install -e .``) is not compiled, so an edit
  to the source takes effect at once, and a failed compile (no C compiler, no Python
  headers) only warns and installs the pure Python modules.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = [
    "src/sucai/analyze/recognizers.py",
    "src/sucai/analyze/namescore.py",
    "src/sucai/analyze/namelists.py",
    "src/sucai/analyze/placelists.py",
    "src/sucai/analyze/nature.py",
    "src/sucai/analyze/wordfind.py",
    "src/sucai/analyze/works.py",
    "src/sucai/analyze/slots.py",
]


def _choice() -> str:
    choice = os.environ.get("SUCAI_COMPILE", "auto").strip().lower()
    if choice not in ("0", "1", "auto"):
        sys.exit(f"SUCAI_COMPILE={choice!r}: use 0 (pure Python), 1 (compile) or auto")
    return choice


class OptionalBuildExt(build_ext):
    """Falls back to the pure Python modules when the C build fails (unless asked)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:
            if _choice() == "1":
                raise
            self.warn(f"sucai: compiling with mypyc failed ({exc}); pure Python installed")

    def build_extension(self, ext: Any) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:
            if _choice() == "1":
                raise
            self.warn(f"sucai: could not compile {ext.name} ({exc}); pure Python installed")


def _ext_modules() -> list[Any]:
    choice = _choice()
    if choice == "0" or (choice == "auto" and "editable_wheel" in sys.argv):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        if choice == "1":
            raise
        return []
    here = os.path.dirname(os.path.abspath(__file__))
    config = os.path.join(here, "mypyc.ini")
    try:
        return list(
            mypycify([f"--config-file={config}", *COMPILED], opt_level="3", group_name="sucai")
        )
    except BaseException as exc:  # a type error stops mypyc with SystemExit
        if choice == "1":
            raise
        print(f"sucai: mypyc could not compile ({exc!r}); pure Python installed")
        return []


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
