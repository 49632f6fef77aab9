"""Train the name model (src/sucai/data/name_model.json) from the project's own labelled
sentences (bench/data/<set>_gold.txt), and print its cross-validated effect.

Usage: python scripts/train_name_model.py [--sets anon,local,...] [--threshold 0.6]
       [--write]

Each set is held out in turn: the model is fitted on the others and added to the rules
on the held-out set, so the figures show what it does on sentences it never saw. With
--write the model fitted on all the sets is saved.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import anonymize as bench  # noqa: E402
from sucai.analyze import Anonymizer  # noqa: E402
from sucai.analyze import anonymizer as engine_module  # noqa: E402
from sucai.analyze import recognizers as rec  # noqa: E402
from sucai.analyze.namescore import (  # noqa: E402
    FEATURES,
    NameModel,
    NameScoreRecognizer,
    load_name_model,
)
from sucai.analyze.spans import Span  # noqa: E402
from sucai.errors import DataFileError  # noqa: E402


def _model_or_none() -> NameModel:
    """The shipped model, or one that adds nothing while a new one is being trained."""
    try:
        return load_name_model()
    except DataFileError:
        return NameModel((0.0,) * len(FEATURES), -30.0, 0.5)


engine_module.load_name_model = _model_or_none  # type: ignore[assignment]

KEEP = ("ADMIN", "PERSON")


def surname_scores(surnames: frozenset[str]) -> dict[str, float]:
    """For each surname, the log-ratio of its share of name openings among the
    dictionary's personal names (jieba dict.txt, tags nr*) to its share of word
    openings among the other words, weighted by frequency."""
    import jieba

    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    dict_path = Path(jieba.__file__).parent / "dict.txt"
    for line in dict_path.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split()
        if tag.startswith("nr") and 2 <= len(word) <= 4:
            names[word[0]] += 1
        elif len(word) >= 2:
            words[word[0]] += int(freq)
    n_names, n_words = sum(names.values()), sum(words.values())
    return {
        c: round(math.log((names[c] + 1) / n_names) - math.log((words[c] + 1) / n_words), 3)
        for c in sorted(surnames)
    }


def collect(
    eng: Anonymizer, sets: list[str], surnames: dict[str, float]
) -> dict[str, list[dict[str, object]]]:
    """Per set, per sentence: the rules' spans, the candidates' features and labels."""
    eng._load()
    person = next(r for r in eng.recognizers if isinstance(r, rec.PersonRecognizer))
    scorer = NameScoreRecognizer(person, NameModel((0.0,) * len(FEATURES), 0.0, 0.5, surnames))
    # the recognizers the engine runs before the scorer, and the ones after it
    at = next(k for k, r in enumerate(eng.recognizers) if isinstance(r, NameScoreRecognizer))
    before = eng.recognizers[:at]
    after = eng.recognizers[at + 1 :]
    data: dict[str, list[dict[str, object]]] = {}
    texts: dict[str, str] = {}
    for name in sets:
        items = []
        if name in bench.INLINE_SETS:
            pieces = [(it.text, it.gold) for it in bench.load_anon(name)]
        else:  # paragraphs of the public reports (../shared), gold shifted to the paragraph
            if not texts:
                texts = bench.read_records(sorted(p.name for p in bench.PUBLIC.glob("*.jsonl")))
            pieces = [
                (it.text[it.lo : it.hi], {(s - it.lo, e - it.lo, lab) for s, e, lab in it.gold})
                for it in bench.load_public(texts, f"{name}_gold.jsonl")
            ]
        for text, gold in pieces:
            view = rec.simplified_view(text, eng.gazetteer)
            ctx = eng._context(view)
            for r in before:
                ctx.spans.extend(r.analyze(ctx))
            person._jieba = ctx.jieba
            scored = scorer.scored(ctx)
            for r in after:
                ctx.spans.extend(r.analyze(ctx))
            spans = eng.unblocked(ctx)
            gold_person = {(s, e) for s, e, lab in gold if lab == "PERSON"}
            items.append(
                {
                    "raw": spans,
                    "keys": [(i, e, covered) for i, e, covered, _ in scored],
                    "X": [x for *_, x in scored],
                    "y": [int((i, e) in gold_person) for i, e, *_ in scored],
                    "gold": {g for g in gold if g[2] in KEEP},
                    "text": view,
                }
            )
        data[name] = items
    return data


def fit(
    x: np.ndarray, y: np.ndarray, surnames: dict[str, float], l2: float = 1.0, rounds: int = 50
) -> NameModel:
    """L2-regularised logistic regression by Newton's method on standardised inputs;
    the weights are returned in raw units."""
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    reg = l2 * np.eye(len(w))
    reg[0, 0] = 0.0
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + reg @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[1:] / sd
    return NameModel(tuple(float(v) for v in raw), float(w[0] - (raw * mu).sum()), 0.5, surnames)


def apply(
    eng: Anonymizer, item: dict[str, object], model: NameModel, t: float
) -> set[tuple[int, int, str]]:
    spans = list(item["raw"])  # type: ignore[call-overload]
    best = []
    for (i, e, covered), x in zip(item["keys"], item["X"], strict=True):  # type: ignore[call-overload]
        if not covered:
            p = model.probability(x)
            if p >= t:
                best.append((p, i, e))
    used: set[int] = set()
    text = str(item["text"])
    for p, i, e in sorted(best, reverse=True):
        if used.isdisjoint(range(i, e)):
            used.update(range(i, e))
            spans.append(Span(i, e, "PERSON", min(p, 0.99), "name-score", text[i:e]))
    return {(s.start, s.end, s.label) for s in eng._resolve(spans) if s.label in KEEP}


def fig(tp: float, fp: float, fn: float, ptp: float, pfn: float) -> str:
    """precision/recall/PERSON recall"""
    return f"{tp / max(1, tp + fp):.3f}/{tp / max(1, tp + fn):.3f}/{ptp / max(1, ptp + pfn):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = list(bench.INLINE_SETS)
    if bench.PUBLIC.is_dir():
        default += list(bench.PARAGRAPH_SETS)
    ap.add_argument("--sets", default=",".join(default))
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="show what the model changes")
    args = ap.parse_args()
    sets = args.sets.split(",")
    if len(sets) < 2:
        ap.error("name at least two sets: each is held out in turn and the others fit")
    eng = Anonymizer()
    eng._load()
    person = next(r for r in eng.recognizers if isinstance(r, rec.PersonRecognizer))
    surnames = surname_scores(person.rules.surnames)
    data = collect(eng, sets, surnames)
    t = args.threshold
    totals = {g: np.zeros((2, 5)) for g in ("own", "public")}
    print(f"{'held out':10s} {'rules P/R/PERSON R':22s} {'+ model P/R/PERSON R':22s}")
    for held in sets:
        train = [it for n in sets if n != held for it in data[n]]
        model = fit(
            np.array([x for it in train for x in it["X"]]),  # type: ignore[attr-defined]
            np.array([v for it in train for v in it["y"]]),  # type: ignore[attr-defined]
            surnames,
        )
        row = []
        for k, thr in enumerate((2.0, t)):
            tp = fp = fn = ptp = pfn = 0
            for it in data[held]:
                pred = apply(eng, it, model, thr)
                gold = it["gold"]
                assert isinstance(gold, set)
                if args.verbose and thr < 1:
                    base = apply(eng, it, model, 2.0)
                    tx = str(it["text"])
                    for s, e, lab in sorted(pred ^ base):
                        mark = ("+" if (s, e, lab) in pred else "-") + (
                            "ok" if (s, e, lab) in gold else "xx"
                        )
                        where = f"{tx[max(0, s - 8) : s]}[{tx[s:e]}]{tx[e : e + 6]}"
                        print(f"  {held:9s} {mark} {where} {lab}")
                tp += len(pred & gold)
                fp += len(pred - gold)
                fn += len(gold - pred)
                ptp += sum(1 for g in gold & pred if g[2] == "PERSON")
                pfn += sum(1 for g in gold - pred if g[2] == "PERSON")
            totals["own" if held in bench.INLINE_SETS else "public"][k] += (tp, fp, fn, ptp, pfn)
            row.append(fig(tp, fp, fn, ptp, pfn))
        print(f"{held:10s} {row[0]:22s} {row[1]:22s}")
    summary = {}
    for group, tot in totals.items():
        row = []
        for k in range(2):
            tp, fp, fn, ptp, pfn = tot[k]
            row.append(fig(tp, fp, fn, ptp, pfn))
        summary[group] = row
        print(f"{'all ' + group:10s} {row[0]:22s} {row[1]:22s}")
    if args.write:
        model = fit(
            np.array([x for n in sets for it in data[n] for x in it["X"]]),  # type: ignore[attr-defined]
            np.array([v for n in sets for it in data[n] for v in it["y"]]),  # type: ignore[attr-defined]
            surnames,
        )
        doc = {
            "about": "logistic weights over the features of sucai.analyze.namescore, raw units; "
            "built by scripts/train_name_model.py",
            "trained_on": sets,
            "cross_validated": {
                "threshold": t,
                "rules": {g: r[0] for g, r in summary.items()},
                "rules_and_model": {g: r[1] for g, r in summary.items()},
                "figures": "precision/recall/PERSON recall, ADMIN+PERSON exact spans, "
                "each set held out in turn",
            },
            "threshold": t,
            "bias": round(model.bias, 6),
            "weights": {f: round(w, 6) for f, w in zip(FEATURES, model.weights, strict=True)},
            "surname_scores": surnames,
        }
        out = ROOT / "src" / "sucai" / "data" / "name_model.json"
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
