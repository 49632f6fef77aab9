"""A deterministic generator of realistic libraries for the scale benchmarks (``bench/run.py``).

Why: the shared corpus holds 13k passages; sucai must be measured at 100k and 1M. Documents
are made by recombining sentences of ``../shared/corpus`` (public/*.jsonl and the seed) and
of sucai's own demo speeches: each document draws most of its sentences from two or three
source texts (so it stays on a few subjects, as a real speech does) and the rest from
anywhere. A document has 20-200 passages of 80-390 characters (one passage a line), a
heading (一、/（一）) every few passages, a title made from a place, a year, a topic and
an occasion, and a date. Planted near-duplicates: 2% of passages are copies of an earlier
passage of another document with 1-3 small edits (``bench/dupes.py``'s ``edit``), and 0.5%
of documents are copies of an earlier document with a tenth of their passages edited.

Output, reused by later runs: ``bench/results/corpus/<size>-seed<seed>-v<VERSION>/``
(git-ignored) with ``docs-NNNN.jsonl`` shards (one document a line: id, title, date, text
with passages separated by newlines; each shard under 16 MB, well below the reader's 50 MB
limit), ``planted.json`` (planted passage pairs as [doc, paragraph] pairs, planted document
pairs, each document's sucai id, the texts of the paired passages) and ``manifest.json``
(written last: a folder without it is incomplete and is rebuilt).

Run: ``.venv/bin/python bench/corpus.py --size 100k`` (``run.py`` calls ``ensure``). The
sentences of the shared corpus stay in the git-ignored cache; nothing is committed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import time
from collections import Counter, deque
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from dupes import edit  # noqa: E402  (bench/dupes.py: 1-3 small character edits)

ROOT = BENCH.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEMO = ROOT / "src" / "sucai" / "demo" / "texts"
CACHE = BENCH / "results" / "corpus"
VERSION = 1
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

MIN_PASSAGE, MAX_PASSAGE = 80, 390  # edits add at most 12 characters: copies stay <= 400
MIN_DOC, MAX_DOC = 20, 200
DUP_PASSAGES = 0.02
DUP_DOCS = 0.02
SHARD_BYTES = 16 * 1024 * 1024

_SENT = re.compile(r"[^。！？；\n]+[。！？；]”?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*(.+)$")
_SPACE = re.compile(r"[\s\u3000\u2003\u00a0]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CN = "一二三四五六七八九十"
_LEADING = "”’」』》〉）)]】，,、。．.：:；;！!？?·…—-"
# Sentences the cleaner would change or cut (photo credits, datelines) or that open a heading.
_SKIP = re.compile(
    r"新华社|记者|摄影|[（(][一二三四五六七八九十\d]+[)）]|^[一二三四五六七八九十\d]+[、.．]"
)

PLACES_A = "澜栖蘅澄沐砚青云松桐枫岚汀临安宁泰和丰平永清兴昌盛祥瑞源川湖峰"
PLACES_B = "屿枫湖岚仑汀州阳山江川原城溪陵平宁水塘岭浦"
LEVELS = ("市", "市", "县", "县", "区", "旗", "省")
TOPICS = (
    "劳模座谈会 工匠精神 安全生产 工会工作 乡村振兴 科技创新 产业工人 高质量发展 职工技能 "
    "生态文明 营商环境 基层治理 民生保障 就业创业 招商引资 作风建设 党风廉政建设 "
    "疫情防控 文明城市创建 优化营商环境 新质生产力 共同富裕 城市更新 数字经济 "
    "教育强县 粮食安全 防汛抗旱 人才工作 民营经济 国企改革"
).split()
OCCASIONS = (
    "工作会议 座谈会 推进会 动员部署会 表彰大会 专题会议 调度会 现场会 培训班开班式 务虚会 总结大会"
).split()
TITLES = (
    "在{place}{year}年{topic}{occasion}上的讲话",
    "在全{level}{topic}{occasion}上的讲话",
    "{place}{year}年{topic}工作报告",
    "关于{place}{topic}情况的调研报告",
    "在{place}{topic}{occasion}上的讲话（{year}年）",
    "{year}年{place}{topic}工作要点",
)
# Words a writer types into the search box (search queries mix these with corpus words).
QUERY_WORDS = (
    "劳模精神 工匠精神 劳动精神 安全生产 乡村振兴 高质量发展 新质生产力 科技创新 产业工人 "
    "职工技能 生态文明 共同富裕 营商环境 基层治理 民生 就业 工会 劳动模范 技能人才 "
    "党建引领 作风建设 全过程人民民主 中国式现代化 人才 创新驱动 数字经济 绿色发展 "
    "改革开放 防范化解 风险 安全 教育 医疗 养老 农民 企业 制造业 职工 青年 干部"
).split()


# -- sources ------------------------------------------------------------------------
def _sentences(text: str) -> list[str]:
    out = []
    for m in _SENT.finditer(text):
        s = _SPACE.sub("", m.group()).lstrip(_LEADING)
        if 8 <= len(s) <= 150 and len(_CJK.findall(s)) >= len(s) // 2 and not _SKIP.search(s):
            out.append(s)
    return out


def _headings(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        m = _HEADING.match(line.strip())
        if m:
            h = _SPACE.sub("", m.group(1))
            if 4 <= len(h) <= 30 and not re.search("[。！？；：]", h):
                out.append(h)
    return out


def source_texts() -> list[tuple[str, str]]:
    """(name, text) of every source, in a fixed order: public records, the seed, demo texts."""
    out: list[tuple[str, str]] = []
    for path in sorted((CORPUS / "public").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append((str(rec["id"]), str(rec["text"])))
    for path in sorted((CORPUS / "seed").glob("*.txt")):
        out.append((path.name, path.read_text(encoding="utf-8")))
    for path in sorted(DEMO.glob("*.txt")):
        out.append((path.name, path.read_text(encoding="utf-8")))
    return out


def pools() -> tuple[list[list[str]], list[str], list[str]]:
    """Sentences per source (sources with at least 20), all sentences, headings."""
    seen: set[str] = set()
    groups: list[list[str]] = []
    headings: list[str] = []
    for _, text in source_texts():
        sents = []
        for s in _sentences(text):
            if s not in seen:
                seen.add(s)
                sents.append(s)
        if len(sents) >= 20:
            groups.append(sents)
        headings += _headings(text.replace("\u3000\u3000", "\n"))
    flat = [s for g in groups for s in g]
    return groups, flat, sorted(set(headings))


# -- generation ---------------------------------------------------------------------
class _Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"sucai-bench-corpus:{seed}")
        self.groups, self.flat, self.headings = pools()
        cjk = {c for s in self.flat[:20000] for c in s if "\u4e00" <= c <= "\u9fff"}
        self.chars = "".join(sorted(cjk))
        rng = self.rng
        places = sorted({a + b for a in PLACES_A for b in PLACES_B if a != b})
        self.places = [p + rng.choice(LEVELS) for p in rng.sample(places, 120)]

    def passage(self, own: list[list[str]]) -> str:
        rng = self.rng
        target = int(rng.triangular(MIN_PASSAGE, MAX_PASSAGE, 140))
        parts: list[str] = []
        length = 0
        tries = 0
        while length < target and tries < 40:
            tries += 1
            pool = rng.choice(own) if rng.random() < 0.75 else self.flat
            s = pool[rng.randrange(len(pool))]
            if length + len(s) > MAX_PASSAGE:
                if length >= MIN_PASSAGE:
                    break
                continue
            parts.append(s)
            length += len(s)
        return "".join(parts)

    def title(self, year: int) -> str:
        rng = self.rng
        place = rng.choice(self.places)
        return rng.choice(TITLES).format(
            place=place,
            level=place[-1],
            year=year,
            topic=rng.choice(TOPICS),
            occasion=rng.choice(OCCASIONS),
        )

    def date(self) -> tuple[int, str]:
        rng = self.rng
        year = rng.randint(2013, 2026)
        return year, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def lines(self, paragraphs: list[str]) -> list[str]:
        """The document's lines: its passages with 一、/（一） headings every few of them."""
        rng = self.rng
        out: list[str] = []
        top = sub = 0
        next_heading = rng.randint(0, 4)
        for i, p in enumerate(paragraphs):
            if i == next_heading and top < len(_CN):
                if top == 0 or rng.random() < 0.3:
                    top += 1
                    sub = 0
                    out.append(f"{_CN[top - 1]}、{rng.choice(self.headings)}")
                elif sub < len(_CN):
                    sub += 1
                    out.append(f"（{_CN[sub - 1]}）{rng.choice(self.headings)}")
                next_heading = i + rng.randint(3, 12)
            out.append(p)
        return out


def _content_id(text: str) -> str:
    from sucai.pipeline import content_hash

    return content_hash(text)[:12]


def generate(size: int, seed: int, out: Path) -> dict[str, Any]:
    """Write about ``size`` passages (the last document may overshoot) into ``out``."""
    started = time.perf_counter()
    mk = _Maker(seed)
    rng = mk.rng
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    recent: deque[tuple[int, int, str]] = deque(maxlen=20000)  # (doc, paragraph, text)
    recent_docs: deque[tuple[int, str, str, list[str]]] = deque(maxlen=200)
    pairs: list[list[int]] = []  # [doc a, paragraph a, doc b, paragraph b]
    doc_pairs: list[list[int]] = []
    doc_ids: list[str] = []
    texts: dict[str, str] = {}  # "doc:paragraph" -> text, for the passages in planted pairs
    passages = chars = nbytes = headings = 0
    shard = 0
    fh = (tmp / f"docs-{shard:04d}.jsonl").open("w", encoding="utf-8")
    shard_bytes = 0
    n = 0
    while passages < size:
        year, date = mk.date()
        if len(recent_docs) > 20 and rng.random() < DUP_DOCS:
            src_n, src_title, _, src_paras = rng.choice(recent_docs)
            paras = [edit(p, rng, mk.chars) if rng.random() < 0.1 else p for p in src_paras]
            title = src_title + rng.choice(("（修改稿）", "（送审稿）", "（2）", "（定稿）"))
            doc_pairs.append([src_n, n])
        else:
            count = min(rng.randint(MIN_DOC, MAX_DOC), max(MIN_DOC, size - passages))
            own = rng.sample(mk.groups, rng.randint(2, 3))
            paras = []
            for i in range(count):
                if recent and rng.random() < DUP_PASSAGES:
                    src_doc, src_para, text = recent[rng.randrange(len(recent))]
                    if src_doc != n:
                        copy = edit(text, rng, mk.chars)
                        paras.append(copy)
                        pairs.append([src_doc, src_para, n, i])
                        texts[f"{src_doc}:{src_para}"] = text
                        texts[f"{n}:{i}"] = copy
                        continue
                paras.append(mk.passage(own))
            for i, p in enumerate(paras):
                if rng.random() < 0.05:
                    recent.append((n, i, p))
            title = mk.title(year)
        lines = mk.lines(paras)
        text = "\n".join(lines)
        doc_ids.append(_content_id(text))
        recent_docs.append((n, title, date, paras))
        line = json.dumps(
            {"id": f"gen{seed}-{n:06d}", "title": title, "date": date, "text": text},
            ensure_ascii=False,
        )
        b = len(line.encode("utf-8")) + 1
        if shard_bytes + b > SHARD_BYTES and shard_bytes:
            fh.close()
            shard += 1
            fh = (tmp / f"docs-{shard:04d}.jsonl").open("w", encoding="utf-8")
            shard_bytes = 0
        fh.write(line + "\n")
        shard_bytes += b
        passages += len(paras)
        headings += len(lines) - len(paras)
        chars += len(text)
        nbytes += len(text.encode("utf-8"))
        n += 1
    fh.close()
    (tmp / "planted.json").write_text(
        json.dumps(
            {
                "doc_ids": doc_ids,
                "passage_pairs": pairs,
                "document_pairs": doc_pairs,
                "texts": texts,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    manifest = {
        "version": VERSION,
        "size": size,
        "seed": seed,
        "documents": n,
        "passages": passages,
        "headings": headings,
        "chars": chars,
        "utf8_bytes": nbytes,
        "shards": shard + 1,
        "planted_passage_pairs": len(pairs),
        "planted_document_pairs": len(doc_pairs),
        "sentence_pool": len(mk.flat),
        "source_groups": len(mk.groups),
        "heading_pool": len(mk.headings),
        "seconds": round(time.perf_counter() - started, 1),
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return manifest


def folder(size_name: str, seed: int) -> Path:
    return CACHE / f"{size_name}-seed{seed}-v{VERSION}"


def ensure(size_name: str, seed: int = 1) -> tuple[Path, dict[str, Any]]:
    """The corpus folder for a size (generated on first use) and its manifest."""
    out = folder(size_name, seed)
    manifest = out / "manifest.json"
    if manifest.exists():
        return out, json.loads(manifest.read_text(encoding="utf-8"))
    if not (CORPUS / "public").is_dir():
        raise SystemExit(f"the shared corpus is not at {CORPUS}: nothing to recombine")
    return out, generate(SIZES[size_name], seed, out)


def shards(out: Path) -> list[Path]:
    return sorted(out.glob("docs-*.jsonl"))


def iter_docs(out: Path) -> Any:
    """The generated documents (dicts: id, title, date, text), in order."""
    for path in shards(out):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


# -- queries ------------------------------------------------------------------------
def queries(seed: int = 1, n: int = 200) -> list[str]:
    """``n`` queries of 1-4 words, half typical query words, half corpus vocabulary
    (words of 2-4 characters ranked 100th-3000th by frequency in the sentence pool)."""
    import rjieba

    _, flat, _ = pools()
    jb = rjieba.Jieba()
    counts: Counter[str] = Counter()
    for s in flat:
        counts.update(w for w in jb.cut(s) if 2 <= len(w) <= 4 and _CJK.fullmatch(w[0]))
    vocab = [w for w, _ in counts.most_common(3000)[100:] if all(_CJK.match(c) for c in w)]
    rng = random.Random(f"sucai-bench-queries:{seed}")
    out: list[str] = []
    while len(out) < n:
        k = rng.choices((1, 2, 3, 4), weights=(30, 35, 20, 15))[0]
        words: list[str] = []
        while len(words) < k:
            w = rng.choice(QUERY_WORDS) if rng.random() < 0.5 else rng.choice(vocab)
            if w not in words:
                words.append(w)
        q = " ".join(words)
        if q not in out:
            out.append(q)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--size", default="100k", choices=sorted(SIZES))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = ap.parse_args(argv)
    if args.force and folder(args.size, args.seed).exists():
        shutil.rmtree(folder(args.size, args.seed))
    out, manifest = ensure(args.size, args.seed)
    print(json.dumps(manifest, indent=1))
    print(f"in {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
