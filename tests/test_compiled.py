"""The mypyc-compiled build (setup.py) must find exactly what the source finds.

A non-editable install compiles the recognizer modules; the tests then run on that
build, and this test runs the pure Python source beside it in a subprocess over our own
labelled paragraphs (bench/data) and compares every span.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sucai.analyze import Anonymizer, compiled_modules

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
_MARK = re.compile(r"\{\{([^{}|]+)\|[A-Z]+\}\}")

# Runs in a subprocess with the source tree first on the path: no compiled module there.
_PURE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from sucai.analyze import Anonymizer, compiled_modules
texts = json.load(sys.stdin)
a = Anonymizer()
out = [[[s.start, s.end, s.label, s.recognizer] for s in a.analyze(t)] for t in texts]
print(json.dumps({"compiled": compiled_modules(), "spans": out}))
"""


def _own_paragraphs(limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "bench" / "data").glob("local*_gold.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                texts.append(_MARK.sub(r"\1", line.strip()))
    return texts[::7][:limit]


def test_compiled_build_finds_what_the_source_finds() -> None:
    built = compiled_modules()
    if not built:
        pytest.skip("sucai runs as pure Python here (editable or SUCAI_COMPILE=0 install)")
    if list(SRC.rglob("*.so")):
        pytest.skip("src/ holds compiled modules (an in-place build): no pure source to compare")
    texts = _own_paragraphs(1200)
    assert len(texts) >= 500, "bench/data should hold our own labelled paragraphs"
    a = Anonymizer()
    compiled = [[[s.start, s.end, s.label, s.recognizer] for s in a.analyze(t)] for t in texts]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run(
        [sys.executable, "-c", _PURE, str(SRC)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    pure = json.loads(run.stdout)
    assert pure["compiled"] == [], "the subprocess should run the pure Python source"
    assert sum(map(len, compiled)) > 1000  # names were found, not two empty lists compared
    differ = [(t, c, p) for t, c, p in zip(texts, compiled, pure["spans"], strict=True) if c != p]
    assert not differ, f"{len(differ)} paragraphs differ; first: {differ[0]}"


def test_every_data_file_ships_in_the_package() -> None:
    """An installed (not editable) sucai reads its data from the wheel: a file the
    package-data patterns miss is missing there (given_chars.tsv once was)."""
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["sucai"]
    package = SRC / "sucai"
    files = [
        f.relative_to(package).as_posix()
        for f in package.rglob("*")
        if f.is_file() and f.suffix not in (".py", ".pyc", ".so") and "__pycache__" not in f.parts
    ]
    assert "data/given_chars.tsv" in files
    missing = [f for f in files if not any(fnmatch(f, p) for p in patterns)]
    assert not missing, f"add patterns for {missing} to [tool.setuptools.package-data]"
