"""Shared fixtures: a fresh library file, the shared corpus (skipped when absent), one
anonymizer for the recognizer tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sucai import Library
from sucai.analyze import Anonymizer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
SEED = SHARED / "seed" / "000_829f82963481a026.txt"
PUBLIC = SHARED / "public"


def pytest_report_header() -> str:
    """Which sucai the tests run on: the source tree, or an install (compiled or not)."""
    import sucai
    from sucai.analyze import compiled_modules

    built = compiled_modules()
    kind = f"compiled with mypyc: {', '.join(built)}" if built else "pure Python"
    return f"sucai from {Path(sucai.__file__).parent} ({kind})"


def canonical(name: str) -> str:
    """A canonical set formulation (四个意识 …) as the formulation data writes it, so that
    tests do not spell the fixed formulas out themselves."""
    from sucai.resources import load_yaml

    value = load_yaml("formulations.yaml")["formulas"][name]
    parts, sep = (value["parts"], value.get("sep", "")) if isinstance(value, dict) else (value, "")
    return str(sep).join(parts)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lib.db"


@pytest.fixture
def lib(db_path: Path) -> Iterator[Library]:
    with Library(db_path) as library:
        yield library


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"the shared corpus is not beside the project ({SEED} is absent)")
    return SEED


@pytest.fixture
def public_dir() -> Path:
    if not PUBLIC.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({PUBLIC} is absent)")
    return PUBLIC


@pytest.fixture
def public_records(public_dir: Path) -> list[dict[str, str]]:
    records = []
    for f in sorted(public_dir.glob("*.jsonl")):
        records += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
    return records


SAMPLE = """在青禾县2025年劳动模范表彰大会上的讲话
——2025年4月29日在青禾县劳动模范表彰大会上
县委书记　周明远
同志们：
今天，我们召开全县劳动模范表彰大会，表彰一批在各条战线上作出突出贡献的先进典型。
一、充分肯定过去一年的成绩
过去一年，全县广大职工勤勉敬业、埋头苦干，为县域经济发展立下了汗马功劳。
（一）产业工人队伍不断壮大。全县新增技能人才一千二百人，高技能人才占比稳步提高。
（二）劳模作用充分发挥。一批劳模创新工作室在企业生根发芽，带出了一支能打硬仗的技术队伍。
二、大力弘扬劳模精神和工匠精神
劳模精神是我们干事创业的宝贵财富。要学一行、专一行、精一行，把平凡的岗位变成出彩的舞台。
三、切实关心关爱劳动模范
各级工会要当好劳模的贴心人，帮助劳模解决工作和生活中的实际困难。
"""


@pytest.fixture
def sample_text() -> str:
    return SAMPLE


@pytest.fixture(scope="session")
def engine() -> Anonymizer:
    """One anonymizer for all recognizer tests: it loads its data once and holds no state
    between texts."""
    return Anonymizer()


def found(engine: Anonymizer, text: str, label: str) -> list[str]:
    """The surfaces of the spans of one label, in order."""
    return [s.text for s in engine.analyze(text) if s.label == label]
