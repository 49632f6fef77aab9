"""The ``sucai`` command: each command parses options, calls one Library method, prints.

Errors sucai raises on purpose are printed as one line without a traceback and
the command exits 1; a batch ingest that had failures also exits 1.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from sucai.errors import SucaiError

app = typer.Typer(
    name="sucai",
    help="素材: a library of Chinese official-speech material. Add documents, search passages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Library file. Default: $SUCAI_DB, else library.db in your data directory.",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for other tools.")]


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@contextmanager
def _library(db: Path | None, **kwargs: Any) -> Iterator[Any]:
    from sucai.library import Library

    lib = Library(db, **kwargs)
    try:
        yield lib
    finally:
        lib.close()


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(1)


@app.command("add")
def add_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
    t2s: Annotated[
        bool, typer.Option("--t2s", help="Convert traditional characters to simplified.")
    ] = False,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Refuse single files larger than this.")
    ] = 50.0,
) -> None:
    """Add documents: .txt .md .docx .html .pdf .jsonl, in UTF-8, GBK, GB18030 or Big5.

    Example: sucai add ~/讲话稿/ 2024年工会工作报告.docx --db lib.db
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with _library(db, t2s=t2s, max_file_mb=max_mb) as lib:
        show_bar = not as_json and err.is_terminal
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            disable=not show_bar,
            transient=True,
        ) as bar:
            task = bar.add_task("adding", total=None)

            def tick(p: Any) -> None:
                bar.update(task, total=p.total, completed=p.done, description=Path(p.path).name)

            report = lib.add(paths, on_progress=tick)
    if as_json:
        _print_json(report.to_dict())
    else:
        for f in report.failed:
            err.print(f"[red]failed[/] {escape(f['error'])}")
        rate = report.chars / report.seconds if report.seconds else 0.0
        out.print(
            f"added {len(report.added)} document(s), {report.passages:,} passages, "
            f"{report.chars:,} characters in {report.seconds:.1f} s ({rate:,.0f} chars/s); "
            f"{len(report.unchanged)} unchanged; {len(report.replaced)} replaced; "
            f"{len(report.failed)} failed"
            + (f"; {len(report.skipped)} skipped (unsupported type)" if report.skipped else "")
        )
    if report.failed:
        raise typer.Exit(1)


@app.command("ls")
def ls_cmd(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """List documents: id, title, date, characters, passages."""
    with _library(db) as lib:
        docs = lib.documents()
    if as_json:
        _print_json([d.to_dict() for d in docs])
        return
    if not docs:
        out.print("the library is empty: add documents with `sucai add PATH`")
        return
    for d in docs:
        out.print(
            f"[cyan]{d.id}[/]  {escape(d.date or '-'):10}  {d.chars:>8,} chars  "
            f"{d.passages:>5} passages  {escape(d.title)}"
        )


@app.command("show")
def show_cmd(
    doc_id: Annotated[str, typer.Argument(help="Document id (or a unique prefix of one).")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a document as segmented: sections, headings, passages."""
    with _library(db) as lib:
        doc = lib.document(doc_id)
    if as_json:
        _print_json({k: doc[k] for k in ("id", "title", "date", "source", "sections")})
        return
    out.print(f"[bold]{escape(doc['title'])}[/]")
    out.print(f"id {doc['id']}  date {doc['date'] or '-'}  source {escape(str(doc['source']))}")
    for s in doc["stripped"]:
        out.print(f"[dim]stripped ({s['rule']}): {escape(s['text'][:60])}[/]")
    for sec in doc["sections"]:
        indent = "  " * max(sec["level"] - 1, 0)
        if sec["heading"]:
            out.print(
                f"\n{indent}[bold yellow]{escape(sec['heading'])}[/]  [dim]({sec['kind']})[/]"
            )
        for p in sec["passages"]:
            out.print(f"{indent}  [dim]#{p['id']} [{p['start']}:{p['end']}][/] {escape(p['text'])}")


def _highlight_markup(text: str, spans: list[tuple[int, int]]) -> str:
    parts, pos = [], 0
    for s, e in spans:
        parts.append(escape(text[pos:s]))
        parts.append(f"[bold reverse]{escape(text[s:e])}[/]")
        pos = e
    parts.append(escape(text[pos:]))
    return "".join(parts)


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words separated by spaces; "…" for a phrase.')],
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many passages.")] = 10,
    doc: Annotated[
        list[str] | None, typer.Option("--doc", help="Only in this document (repeatable).")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Documents dated from (2024, 2024-05-01).")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Documents dated up to.")] = None,
    theme: Annotated[
        list[str] | None, typer.Option("--theme", help="Only passages on this theme (repeatable).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Search passages, best first, with the matched words highlighted.

    Example: sucai search "劳模精神 工匠精神" --limit 10
    """
    with _library(db) as lib:
        hits = lib.search(
            query, limit, doc_ids=doc, date_from=date_from, date_to=date_to, themes=theme
        )
    if as_json:
        _print_json([h.to_dict() for h in hits])
        return
    if not hits:
        out.print(f"no passage matches {escape(query)!s}")
        return
    for i, h in enumerate(hits, 1):
        where = escape(h.title) + (f" › {escape(h.heading)}" if h.heading else "")
        out.print(
            f"[bold]{i}.[/] [cyan]{h.doc_id}[/] #{h.passage_id}  "
            f"[dim]{h.score:.2f}  {h.date or ''}[/]  {where}"
        )
        out.print("   " + _highlight_markup(h.text, h.matches) + "\n")


@app.command("rm")
def rm_cmd(
    doc_id: Annotated[str, typer.Argument(help="Document id (or a unique prefix of one).")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Remove a document with its passages and index entries."""
    with _library(db) as lib:
        info = lib.remove(doc_id)
    if as_json:
        _print_json({"removed": info.id, "title": info.title})
    else:
        out.print(f"removed {info.id}  {escape(info.title)} ({info.passages} passages)")


@app.command("optimize")
def optimize_cmd(
    db: DbOpt = None,
    min_df: Annotated[
        int, typer.Option("--min-df", help="Words in at least this many passages get a list.")
    ] = 8000,
    depth: Annotated[int, typer.Option("--depth", help="Passages kept per word.")] = 1000,
    as_json: JsonOpt = False,
) -> None:
    """Rebuild the search index's lists for common words (done by `add` as the library
    grows; run it after removing many documents)."""
    if min_df < 1 or depth < 1:
        raise SucaiError("--min-df and --depth must be at least 1")
    with _library(db) as lib:
        started = time.perf_counter()
        meta = lib.optimize(min_df=min_df, depth=depth)
        seconds = time.perf_counter() - started
    if as_json:
        _print_json({**meta, "seconds": round(seconds, 2)})
    else:
        out.print(
            f"{int(meta['terms'])} common words listed over {int(meta['rows']):,} passages "
            f"in {seconds:.1f} s"
        )


@app.command("demo")
def demo_cmd(
    db: DbOpt = None,
    query: Annotated[
        str, typer.Option("--query", help="What to search for.")
    ] = "劳模精神 工匠精神",
) -> None:
    """Build a library from the sample speeches shipped with sucai and search it."""
    from sucai.demo import demo_library_path, demo_texts_dir

    path = db or demo_library_path()
    with _library(path) as lib:
        report = lib.add(sorted(demo_texts_dir().glob("*.txt")))
        out.print(
            f"[bold]sucai demo[/]: library {escape(str(path))}: {len(report.added)} added, "
            f"{len(report.unchanged)} already there\n"
        )
        for d in lib.documents():
            out.print(
                f"  [cyan]{d.id}[/] {d.date or '-':10} {d.passages:>3} passages  {escape(d.title)}"
            )
        out.print(f'\n[bold]sucai search "{escape(query)}"[/]\n')
        for i, h in enumerate(lib.search(query, 5), 1):
            out.print(
                f"[bold]{i}.[/] {escape(h.title)}"
                + (f" › {escape(h.heading)}" if h.heading else "")
            )
            out.print("   " + _highlight_markup(h.text, h.matches) + "\n")
    out.print(
        f"Try: sucai ls --db {escape(str(path))}   sucai search 安全生产 --db {escape(str(path))}"
    )


def _read_input(source: str, raw: bool) -> str:
    """The text of FILE (any supported format) or of stdin for ``-``, cleaned as ``add`` does."""
    from sucai.clean import Cleaner
    from sucai.errors import IngestError
    from sucai.ingest import read_path

    hard_wrapped = False
    if source == "-":
        text = sys.stdin.read()
    else:
        items = list(read_path(Path(source)))
        errors = [i for i in items if isinstance(i, IngestError)]
        docs = [i for i in items if not isinstance(i, IngestError)]
        if errors and not docs:
            raise errors[0]
        if len(docs) != 1:
            raise SucaiError(
                f"{source} holds {len(docs)} documents; give one document (or add the file "
                "to a library and compile from it)"
            )
        text, hard_wrapped = docs[0].text, docs[0].hard_wrapped
    if raw:
        return text
    return Cleaner().clean(text, hard_wrapped=hard_wrapped).text


def _print_changes(result: Any) -> None:
    counts: dict[str, int] = {}
    for s in result.spans:
        counts[s.label] = counts.get(s.label, 0) + 1
        mark = "→ " + escape(s.replacement) if s.replacement != s.text else "(kept)"
        err.print(
            f"[dim]{s.start}:{s.end}[/] {s.label:6} {escape(s.text)} {mark}  "
            f"[dim]{s.recognizer} {s.score:.2f} {escape(s.reason)}[/]"
        )
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing found"
    err.print(f"[bold]{len(result.spans)} span(s):[/] {summary}")


SourceArg = Annotated[str, typer.Argument(help="A file (txt, md, docx, html, pdf) or - for stdin.")]
RawOpt = Annotated[
    bool, typer.Option("--raw", help="Do not clean the text first (offsets are then raw).")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print only the new text.")]


@app.command("anonymize")
def anonymize_cmd(
    source: SourceArg,
    style: Annotated[
        str, typer.Option("--style", help="mask (**), tag (〔地名〕〔人名〕) or keep.")
    ] = "mask",
    mask_leaders: Annotated[
        bool, typer.Option("--mask-leaders", help="Mask national leaders' names too.")
    ] = False,
    raw: RawOpt = False,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Mask place and person names as ** (the 范文 convention), listing every change.

    Example: sucai anonymize speech.docx --style tag
    """
    from sucai.analyze import Anonymizer

    text = _read_input(source, raw)
    result = Anonymizer(keep_leaders=not mask_leaders).anonymize(text, style=style)
    if as_json:
        _print_json(result.to_dict())
        return
    sys.stdout.write(result.text + ("\n" if not result.text.endswith("\n") else ""))
    if not quiet:
        _print_changes(result)


@app.command("localize")
def localize_cmd(
    source: SourceArg,
    place: Annotated[str, typer.Option("--place", help="Your place, e.g. 府谷县 or 榆林市.")],
    level: Annotated[
        str | None,
        typer.Option("--level", help="Override the level: county, district, banner, prefecture…"),
    ] = None,
    raw: RawOpt = False,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Rewrite a passage for your place and level: ** → 府谷, 全市 → 全县, 市长 → 县长.

    Example: sucai localize passage.txt --place 府谷县
    """
    from sucai.analyze import Anonymizer

    text = _read_input(source, raw)
    result = Anonymizer().localize(text, place, level)
    if as_json:
        _print_json(result.to_dict())
        return
    sys.stdout.write(result.text + ("\n" if not result.text.endswith("\n") else ""))
    if not quiet:
        _print_changes(result)


@app.command("check")
def check_cmd(
    source: SourceArg,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Judge formulations as of this date (default today)."),
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Print the text with the safe replacements applied.")
    ] = False,
    no_names: Annotated[
        bool, typer.Option("--no-names", help="Skip the leaked-name check.")
    ] = False,
    raw: RawOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Flag stale or wrong formulations, leaked names and mixed level words, with suggestions.

    Example: sucai check draft.docx --as-of 2026-11-24
    """
    from sucai.analyze.check import Checker

    text = _read_input(source, raw)
    result = Checker().check(text, as_of, names=not no_names)
    if as_json:
        _print_json(result.to_dict() | ({"fixed": result.fixed()} if fix else {}))
        return
    if fix:
        sys.stdout.write(result.fixed() + "\n")
        return
    colors = {"stale": "yellow", "wrong": "red", "leak": "magenta", "mixed-level": "cyan"}
    for f in result.findings:
        line = text.count("\n", 0, f.start) + 1
        out.print(
            f"[{colors.get(f.kind, 'white')}]{f.kind:11}[/] line {line:>3} "
            f"[bold]{escape(f.text)}[/]  {escape(f.why)}"
            + (f"\n{'':16}→ {escape(f.suggest)}" if f.suggest else "")
        )
    counts: dict[str, int] = {}
    for f in result.findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing to flag"
    out.print(f"checked as of {result.as_of.isoformat()}: {summary}")


@app.command("outline")
def outline_cmd(
    source: Annotated[str, typer.Argument(help="A file, - for stdin, or a document id.")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the 提纲: headings (一、/（一）/第一、) and parallel leads (要当好…的…).

    Example: sucai outline speech.txt
    """
    from sucai.analyze.outline import outline_text

    if source == "-" or Path(source).exists():
        _, nodes = outline_text(_read_input(source, raw=False), clean=False)
        items = [n.to_dict() for n in nodes]
    else:
        with _library(db) as lib:
            items = lib.outline(source)
    if as_json:
        _print_json(items)
        return
    if not items:
        out.print("no headings or parallel leads found")
    for n in items:
        indent = "  " * max(n["level"] - 1, 0)
        style = {"excerpt": "bold", "heading": "bold yellow", "lead": "cyan"}[n["kind"]]
        out.print(f"{indent}[{style}]{escape(n['text'])}[/]  [dim]{n['kind']} {n['start']}[/]")


@app.command("quotes")
def quotes_cmd(
    db: DbOpt = None,
    theme: Annotated[
        str | None, typer.Option("--theme", help="Only on this theme, e.g. 劳模精神.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many lines.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """The best quotable lines (金句) in the library, with their sources.

    Example: sucai quotes --db lib.db --theme 劳模精神
    """
    with _library(db) as lib:
        found = lib.quotes(theme, limit)
    if as_json:
        _print_json(found)
        return
    if not found:
        out.print("no quotable lines found" + (f" on {escape(theme)}" if theme else ""))
    for i, q in enumerate(found, 1):
        out.print(f"[bold]{i}.[/] {escape(q['text'])}")
        out.print(
            f"   [dim]{q['score']:.2f} {escape('；'.join(q['reasons'][:2]))} — "
            f"{escape(q['title'])} #{q['passage_id']}[/]"
        )


@app.command("dupes")
def dupes_cmd(
    db: DbOpt = None,
    threshold: Annotated[
        float | None, typer.Option("--threshold", help="Jaccard similarity that counts as near.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Clusters of near-duplicate passages and documents (MinHash LSH, verified).

    Example: sucai dupes --db lib.db
    """
    with _library(db) as lib:
        data = lib.dupes(threshold)
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{len(data['documents'])} document cluster(s)[/]")
    for c in data["documents"]:
        out.print(f"  {c['similarity']:.2f}  " + " | ".join(escape(t) for t in c["titles"]))
    out.print(f"[bold]{len(data['passages'])} passage cluster(s)[/]")
    for c in data["passages"][:50]:
        first = c["members"][0]
        out.print(
            f"  {c['size']}× {c['similarity']:.2f}  {escape(first['text'][:60])}…  "
            f"[dim]{escape(', '.join(m['title'][:16] for m in c['members'][:3]))}[/]"
        )


@app.command("themes")
def themes_cmd(
    db: DbOpt = None,
    top: Annotated[int, typer.Option("--top", help="How many key phrases.")] = 30,
    as_json: JsonOpt = False,
) -> None:
    """Themes of the library with passage and document counts, and its key phrases."""
    with _library(db) as lib:
        data = lib.themes(top)
    if as_json:
        _print_json(data)
        return
    for t in data["themes"]:
        out.print(f"{escape(t['theme']):12} {t['passages']:>7,} passages {t['documents']:>5} docs")
    phrases = "、".join(p["phrase"] for p in data["key_phrases"])
    out.print(f"\nkey phrases: {escape(phrases)}")


@app.command("compile")
def compile_cmd(
    topic: Annotated[str, typer.Argument(help="The topic, e.g. 劳模座谈会 or 工匠精神.")],
    db: DbOpt = None,
    n: Annotated[int, typer.Option("-n", help="How many excerpts.")] = 5,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write to this file (.md .txt .json .docx)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="md, txt, json or docx (default: from -o, else md)."),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Check formulations as of this date (default today)."),
    ] = None,
    place: Annotated[
        str | None, typer.Option("--place", help="Localize to your place instead of masking.")
    ] = None,
    fix_stale: Annotated[
        bool, typer.Option("--fix-stale", help="Replace stale formulations that have a safe fix.")
    ] = False,
    no_sources: Annotated[
        bool, typer.Option("--no-sources", help="Leave out the appendix of sources.")
    ] = False,
    date_from: Annotated[str | None, typer.Option("--from", help="Material dated from.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Material dated up to.")] = None,
    theme: Annotated[
        list[str] | None, typer.Option("--theme", help="Only passages on this theme.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Leave out this document (repeatable).")
    ] = None,
    intro: Annotated[
        str | None, typer.Option("--intro", help="Your own intro line ({topic}, {n}, {as_of}).")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Your own title line.")] = None,
) -> None:
    """Compile a themed collection of excerpts in the 范文 layout, names masked, sources kept.

    Example: sucai compile "劳模座谈会" --db lib.db -n 5 -o 劳模座谈会讲话素材.docx
    """
    from sucai.export import export, format_for

    kind = format_for(output, fmt)
    if kind == "docx" and output is None:
        raise SucaiError("DOCX needs an output file: add -o NAME.docx")
    with _library(db) as lib:
        collection = lib.compile(
            topic,
            n,
            as_of=as_of,
            place=place,
            fix_stale=fix_stale,
            date_from=date_from,
            date_to=date_to,
            themes=theme,
            exclude=exclude,
            intro=intro,
            title=title,
        )
    collection.sources = not no_sources
    text = export(collection, kind, output)
    if text is not None:
        sys.stdout.write(text)
    else:
        err.print(
            f"wrote {escape(str(output))}: {len(collection.excerpts)} excerpts, "
            f"{len(collection.review)} review notes"
        )


@app.command("skeleton")
def skeleton_cmd(
    topic: Annotated[str, typer.Argument(help="The speech's topic, e.g. 劳模座谈会.")],
    db: DbOpt = None,
    sections: Annotated[int, typer.Option("--sections", help="3 to 5 parts.")] = 4,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write to this file (.md .txt .json .docx)."),
    ] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="md, txt, json or docx.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Check formulations as of.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Localize to your place.")] = None,
    no_sources: Annotated[bool, typer.Option("--no-sources", help="No source list.")] = False,
) -> None:
    """A speech skeleton (提纲): headings mined from the library, each with its best passages.

    Example: sucai skeleton "劳模座谈会" --db lib.db -o 提纲.docx
    """
    from sucai.export import export, format_for

    kind = format_for(output, fmt)
    if kind == "docx" and output is None:
        raise SucaiError("DOCX needs an output file: add -o NAME.docx")
    with _library(db) as lib:
        result = lib.skeleton(topic, sections, as_of=as_of, place=place)
    result.sources = not no_sources
    text = export(result, kind, output)
    if text is not None:
        sys.stdout.write(text)
    else:
        err.print(f"wrote {escape(str(output))}: {len(result.sections)} sections")


@app.command("serve")
def serve_cmd(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind (default loopback).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option("--token", help="Access token; required (and generated) off loopback."),
    ] = None,
) -> None:
    """The web workbench: library, search, basket, compile and check in a browser.

    Example: sucai serve --db lib.db
    """
    try:
        from sucai.web import serve
    except ImportError as exc:
        raise SucaiError(
            f"the web workbench needs its extra: pip install 'sucai[web]' ({exc})"
        ) from exc
    serve(db, host=host, port=port, token=token)


def main() -> None:
    """Entry point: run the app, turning sucai's own errors into one-line messages."""
    try:
        app()
    except SucaiError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}")
        sys.exit(1)
