"""Speed of the anonymizer alone: first-use load, analyze() throughput, learn() on a document.

Why: issue 3 asks >= 1 MB/s per core, and ``Compiler`` calls ``Anonymizer.learn`` on whole
source documents, so both the steady rate and the cost of a first call matter. This script
measures, pinned to one core:

- load: seconds of the first ``analyze`` of a short sentence in a fresh child process
  (gazetteer, rules, dictionary and automaton built on first use), repeated;
- analyze: characters (and UTF-8 MB) per second of ``Anonymizer().analyze`` over every
  text of the public corpus (``../shared/corpus/public/*.jsonl``), repeated;
- learn: milliseconds of ``learn`` on 25,000-character slices of the longest texts.

Times are CPU seconds of this process (``time.process_time``), so that other work on a
shared machine inflates them less than wall-clock time would.

Run: ``PYTHONPATH=src .venv/bin/python bench/anonymize_speed.py [--repeat 3]``. Prints the
best and the spread of each figure; writes nothing. Skips when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PUBLIC = BENCH.parents[0].parent / "shared" / "corpus" / "public"

_LOAD = """
import time
t = time.process_time()
from sucai.analyze.anonymizer import Anonymizer
Anonymizer().analyze("预热一下分词和地名词典。")
print(time.process_time() - t)
"""


def one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def texts() -> list[str]:
    out = []
    for path in sorted(PUBLIC.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def spread(xs: list[float], fmt: str = "{:.3f}") -> str:
    return f"best {fmt.format(min(xs))}, worst {fmt.format(max(xs))} ({len(xs)} runs)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not PUBLIC.is_dir():
        print(f"skip: the public corpus is not at {PUBLIC}")
        return 0
    one_core()
    loads = []
    for _ in range(args.repeat):
        run = subprocess.run(
            [sys.executable, "-c", _LOAD],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        )
        loads.append(float(run.stdout.strip().splitlines()[-1]))
    print(f"load (first analyze, fresh process): {spread(loads)} s")

    from sucai.analyze.anonymizer import Anonymizer

    anon = Anonymizer()
    anon.analyze("预热一下分词和地名词典。")
    docs = texts()
    chars = sum(len(t) for t in docs)
    nbytes = sum(len(t.encode("utf-8")) for t in docs)
    rates = []
    for _ in range(args.repeat):
        started = time.process_time()
        for t in docs:
            anon.analyze(t)
        seconds = time.process_time() - started
        rates.append(chars / seconds)
    best = max(rates)
    print(
        f"analyze: {len(docs)} texts, {chars} chars; best {best / 1e6:.3f} M chars/s "
        f"({best * nbytes / chars / 1e6:.2f} MB/s), worst {min(rates) / 1e6:.3f} M chars/s"
    )
    longest = sorted(docs, key=len, reverse=True)[:10]
    slices = [t[:25_000] for t in longest]
    learns = []
    for _ in range(args.repeat):
        started = time.process_time()
        for t in slices:
            anon.learn(t)
        learns.append((time.process_time() - started) / len(slices) * 1000)
    print(f"learn (25k chars): {spread(learns, '{:.1f}')} ms per document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
