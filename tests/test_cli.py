"""The CLI: JSON contracts, exit codes, errors as one line without a traceback, docs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sucai.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def speech_dir(tmp_path: Path, sample_text: str) -> Path:
    d = tmp_path / "讲话稿"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(sample_text, encoding="utf-8")
    (d / "sub" / "b.md").write_text(
        "# 在工会工作会议上的讲话\n\n## 一、总体要求\n\n要当好职工的娘家人，办好职工的暖心事。\n",
        encoding="utf-8",
    )
    (d / "notes.xlsx").write_bytes(b"PK\x03\x04")  # not a supported type: skipped inside a folder
    return d


def test_add_ls_show_search_rm_json_contracts(speech_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    code, out, _ = run("add", str(speech_dir), "--db", db, "--json")
    assert code == 0
    added = json.loads(out)
    assert set(added) >= {"added", "unchanged", "failed", "passages"}
    assert len(added["added"]) == 2 and added["failed"] == [] and added["passages"] > 0

    code, out, _ = run("ls", "--db", db, "--json")
    docs = json.loads(out)
    assert code == 0 and len(docs) == 2
    assert all(set(d) == {"id", "title", "date", "source", "chars", "passages"} for d in docs)

    doc_id = next(d["id"] for d in docs if d["title"].startswith("在青禾县"))
    code, out, _ = run("show", doc_id, "--db", db, "--json")
    shown = json.loads(out)
    assert set(shown) == {"id", "title", "date", "source", "sections"}
    sec = shown["sections"][0]
    assert {"heading", "level", "passages"} <= set(sec)
    assert {"id", "text", "start", "end"} == set(sec["passages"][0])

    code, out, _ = run("search", "劳模精神 工匠精神", "--db", db, "--json", "--limit", "3")
    hits = json.loads(out)
    assert code == 0 and 1 <= len(hits) <= 3
    keys = {"passage_id", "doc_id", "title", "heading", "text", "score", "highlight"}
    assert keys <= set(hits[0])
    assert "<mark>" in hits[0]["highlight"]

    code, out, _ = run("rm", doc_id, "--db", db)
    assert code == 0 and doc_id in out
    code, out, _ = run("ls", "--db", db, "--json")
    assert [d["id"] for d in json.loads(out)] != [doc_id] and len(json.loads(out)) == 1


def test_human_output(speech_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    code, out, _ = run("add", str(speech_dir), "--db", db)
    assert code == 0 and "added 2 document(s)" in out and "1 skipped" in out
    code, out, _ = run("search", "娘家人", "--db", db)
    assert code == 0 and "在工会工作会议上的讲话" in out and "娘家人" in out
    code, out, _ = run("ls", "--db", db)
    assert "在青禾县2025年劳动模范表彰大会上的讲话" in out


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "SUCAI_DB": str(tmp_path / "lib.db")}
    for args in (["show", "nope"], ["search", "，，"], ["rm", "abc"]):
        proc = subprocess.run(
            [sys.executable, "-m", "sucai", *args], capture_output=True, text=True, env=env
        )
        assert proc.returncode == 1, args
        assert "Traceback" not in proc.stderr
        assert proc.stderr.startswith("error:"), proc.stderr
    bogus = tmp_path / "x.db"
    bogus.write_text("not sqlite", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "sucai", "ls", "--db", str(bogus)], capture_output=True, text=True
    )
    assert proc.returncode == 1 and "not a sucai library" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_add_exits_1_when_a_file_fails(tmp_path: Path, sample_text: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(sample_text, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = run("add", str(good), str(empty), "--db", str(tmp_path / "l.db"), "--json")
    report = json.loads(out)
    assert code == 1
    assert len(report["added"]) == 1
    assert report["failed"][0]["path"] == str(empty)
    assert "empty" in report["failed"][0]["error"]


def test_demo_builds_and_searches(tmp_path: Path) -> None:
    code, out, _ = run("demo", "--db", str(tmp_path / "demo.db"))
    assert code == 0
    assert "6 added" in out
    assert "劳模精神" in out or "工匠精神" in out
    code, out, _ = run("demo", "--db", str(tmp_path / "demo.db"))
    assert "0 added, 6 already there" in out


def test_every_command_has_help_with_text() -> None:
    for name in ("add", "ls", "show", "search", "rm", "demo"):
        code, out, _ = run(name, "--help")
        assert code == 0 and "Usage" in out
        cmd = next(c for c in app.registered_commands if c.name == name)
        assert cmd.callback is not None and (cmd.callback.__doc__ or "").strip()
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in ("add", "ls", "show", "search", "rm", "demo"):
        assert f"sucai {name}" in readme


def test_python_dash_m_works() -> None:
    proc = subprocess.run([sys.executable, "-m", "sucai", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "search" in proc.stdout


def test_optimize_builds_the_lists(speech_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    assert run("add", str(speech_dir), "--db", db)[0] == 0
    code, stdout, _ = run("optimize", "--db", db, "--min-df", "2", "--depth", "5", "--json")
    assert code == 0
    meta = json.loads(stdout)
    assert meta["terms"] >= 1 and meta["depth"] == 5 and meta["min_df"] == 2
    bad = runner.invoke(app, ["optimize", "--db", db, "--min-df", "0"])
    assert bad.exit_code != 0 and "--min-df" in str(bad.exception)
