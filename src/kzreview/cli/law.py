"""``kzreview law``: show, cite, search, compare languages, import and export the texts of the law."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kzreview.cli.app import DbOption, handles_errors
from kzreview.cli.output import console, print_json, read_text_arg
from kzreview.corpus.model import Amendment, Lang, Paragraph, Resolution
from kzreview.errors import InvalidValue
from kzreview.i18n import act_label, t
from kzreview.library import Library
from kzreview.library.law import CODES, check_lang, parse_day
from kzreview.library.views import as_of_view, paragraph_view, provision_view, resolution_view, unique_refs

app = typer.Typer(
    help="The texts of the law: show, cite, search, diff-langs, import, export.", no_args_is_help=True
)

LangOption = Annotated[str, typer.Option("--lang", help="Language of the text and labels: ru or kk.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]


def _print_as_of(lib: Library, doc: str, on: date | None, lang: Lang) -> None:
    info = as_of_view(lib, doc, on)
    if info is None:
        return
    state = t("in_force", lang) if info["in_force"] else t("not_in_force", lang)
    console.print(
        f"[bold]{doc}[/]: {state} {on}. {t('in_force_then', lang)}: {', '.join(info['in_force_then']) or '—'}"
    )


def _print_amendments(amendments: list[Amendment], lang: Lang) -> None:
    for a in amendments:
        when = a.date.isoformat() if a.date else "?"
        console.print(
            f"  [dim]↳ {escape(t('kind:' + a.kind.value, lang))}: {escape(act_label(a.by, lang))} {when}[/]"
        )


def _print_paragraph(lib: Library, res: Resolution, para: Paragraph, lang: Lang) -> None:
    label = t("preamble", lang) if para.num == "preamble" else f"{para.num}."
    console.print(f"[bold]{escape(label)}[/]")
    for abz in para.abzacs:
        console.print(escape(abz))
    _print_amendments(para.amendments, lang)
    refs = unique_refs(lib.paragraph_citations(res.code, para, lang))
    if refs:
        console.print(
            f"  [cyan]{t('citations', lang)}: {escape('; '.join(act_label(r.short, lang) for r in refs))}[/]"
        )


def _show_resolution(
    lib: Library, doc: str, para: str | None, lang: Lang, as_json: bool, on: date | None
) -> None:
    res = lib.resolution(doc, lang)
    if para is not None:
        p = lib.paragraph(doc, para, lang)
        if as_json:
            print_json(paragraph_view(lib, res, p, lang, on))
            return
        _print_as_of(lib, doc, on, lang)
        console.print(f"[bold]{escape(res.title)}[/]")
        _print_paragraph(lib, res, p, lang)
        return
    if as_json:
        print_json(resolution_view(lib, res, lang, on))
        return
    _print_as_of(lib, doc, on, lang)
    console.print(f"[bold]{escape(res.title)}[/]")
    console.print(escape(res.requisites))
    _print_amendments(res.global_amendments, lang)
    for p in res.paragraphs:
        console.print()
        _print_paragraph(lib, res, p, lang)
    if res.signatures:
        console.print()
        for s in res.signatures:
            console.print(escape(s))


def _show_provision(
    lib: Library,
    act: str,
    article: str | None,
    part: str | None,
    item: str | None,
    lang: Lang,
    as_json: bool,
    on: date | None,
) -> None:
    if article is None:
        raise InvalidValue("--article", None, f"an article number of {act}, e.g. --article 489")
    part_key: int | str | None = int(part) if part is not None and part.isdigit() else part
    prov = lib.provision(act, article, part_key, item, lang)
    if as_json:
        print_json(provision_view(lib, prov, on))
        return
    console.print(f"[bold]{escape(prov.heading)}[/]  [dim]({t('wording_of', lang)} {prov.version_date})[/]")
    for abz in prov.abzacs:
        console.print(escape(abz))
    _print_amendments(prov.article.amendments, lang)
    if on is not None:
        later = lib.amendments_after(prov.article.amendments, on)
        if later:
            console.print(f"[yellow]{t('later_amendments', lang)} ({on}):[/]")
            _print_amendments(later, lang)


@app.command()
@handles_errors
def show(
    doc: Annotated[
        str, typer.Argument(help="P250000001S, P03000013S_, P220000002S, УПК, УК, or cassation/appeal.")
    ],
    para: Annotated[
        str | None, typer.Option("--para", help="A numbered paragraph: 1, 21-1, preamble.")
    ] = None,
    article: Annotated[str | None, typer.Option("--article", help="Article of a code (УПК, УК).")] = None,
    part: Annotated[str | None, typer.Option("--part", help="Part of the article.")] = None,
    item: Annotated[str | None, typer.Option("--item", help="Item of the part.")] = None,
    lang: LangOption = "ru",
    as_json: JsonOption = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Date YYYY-MM-DD: what was in force then.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Show a document, a paragraph, or a provision of a code, repaired and normalised.

    Examples: kzreview law show P250000001S --para 9 ;
    kzreview law show УПК --article 489 --part 1 --lang kk ;
    kzreview law show cassation --as-of 2024-05-01
    """
    language = check_lang(lang)
    on = parse_day(as_of, "--as-of")
    lib = Library.open(db)
    code = lib.resolve_doc(doc.strip(), on)
    if code in CODES:
        _show_provision(lib, code, article, part, item, language, as_json, on)
    else:
        if article is not None or part is not None or item is not None:
            raise InvalidValue(
                "--article", article, f"only with a code ({', '.join(CODES)}); {code} has --para"
            )
        _show_resolution(lib, code, para, language, as_json, on)


@app.command()
@handles_errors
def cite(
    text: Annotated[str, typer.Argument(help="The text to scan; - reads standard input.")],
    lang: LangOption = "ru",
    as_json: JsonOption = False,
    doc: Annotated[str | None, typer.Option("--doc", help="The document the text is from (context).")] = None,
) -> None:
    """Every citation in a free text, in order.

    Example: kzreview law cite "согласно ч.1 ст.486 УПК РК" --json
    """
    language = check_lang(lang)
    matches = Library().cite(read_text_arg(text), language, doc)
    if as_json:
        print_json(matches)
        return
    table = Table(t("citations", language), "start–end", t("citation", language))
    for m in matches:
        table.add_row(
            escape(m.text),
            f"{m.start}–{m.end}",
            escape("; ".join(act_label(r.short, language) for r in m.refs)),
        )
    console.print(table)


@app.command()
@handles_errors
def search(
    query: Annotated[str, typer.Argument(help="Words in any form; Russian or Kazakh.")],
    lang: Annotated[str | None, typer.Option("--lang", help="Only texts in ru or kk.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="How many results.")] = 10,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Ranked paragraphs of every stored text; any word form finds its lemma.

    Example: kzreview law search "жалобы осужденного" --limit 5
    """
    language = check_lang(lang) if lang is not None else None
    hits = Library.open(db).search(query, language, limit)
    if as_json:
        print_json(
            [
                {
                    "doc": h.doc,
                    "para": h.para,
                    "lang": h.lang,
                    "score": round(h.score, 4),
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
        return
    ui = language or "ru"
    if not hits:
        console.print(t("nothing_found", ui))
        return
    table = Table(t("document", ui), t("paragraph", ui), "lang", t("score", ui), t("fragment", ui))
    for h in hits:
        table.add_row(h.doc, h.para, h.lang, f"{h.score:.2f}", escape(h.snippet))
    console.print(table)


@app.command("diff-langs")
@handles_errors
def diff_langs_cmd(
    doc: Annotated[str, typer.Argument(help="A document with Russian and Kazakh texts, e.g. P03000013S_.")],
    as_json: JsonOption = False,
    lang: LangOption = "ru",
    db: DbOption = None,
) -> None:
    """Paragraphs where the Russian and Kazakh texts cite different provisions.

    Example: kzreview law diff-langs P03000013S_
    """
    from kzreview.citations.difflangs import diff_langs

    ui = check_lang(lang)
    lib = Library.open(db)
    code = lib.resolve_doc(doc)
    diffs = diff_langs(lib.resolution(code, "ru"), lib.resolution(code, "kk"))
    if as_json:
        print_json({"doc": code, "differences": diffs})
        return
    if not diffs:
        console.print(t("no_differences", ui))
        return
    table = Table(t("paragraph", ui), t("only_ru", ui), t("only_kk", ui))
    for d in diffs:
        table.add_row(d.para, escape("; ".join(d.only_ru)), escape("; ".join(d.only_kk)))
    console.print(table)


@app.command("import")
@handles_errors
def import_cmd(
    path: Annotated[Path, typer.Argument(help="A folder laid out like ../shared/law, or one .md file.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import the state legal database's Markdown texts (codes, resolutions) into the store.

    Example: kzreview law import ../shared/law
    """
    from kzreview.library.importer import import_path

    lib = Library.open(db)
    assert lib.store is not None
    report = import_path(path, lib.store)
    if as_json:
        print_json(report)
        return
    for line in report["imported"]:
        console.print(escape(f"imported {line['code']} [{line['lang']}] {line['count']} {line['unit']}"))
    for skipped in report["skipped"]:
        console.print(f"[yellow]skipped {escape(skipped['path'])}: {escape(skipped['reason'])}[/]")


@app.command("export")
@handles_errors
def export_cmd(
    doc: Annotated[str, typer.Argument(help="P250000001S, P03000013S_ or an imported resolution.")],
    fmt: Annotated[str, typer.Option("--format", help="Export format: akn (Akoma Ntoso 3.0 XML).")] = "akn",
    lang: LangOption = "ru",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export a resolution, e.g. as Akoma Ntoso XML with every citation as a <ref>.

    Example: kzreview law export P250000001S --format akn -o p250000001s.akn.xml
    """
    from kzreview.export.akn import to_akoma_ntoso

    if fmt != "akn":
        raise InvalidValue("--format", fmt, ["akn"])
    language = check_lang(lang)
    lib = Library.open(db)
    code = lib.resolve_doc(doc)
    xml = to_akoma_ntoso(lib.resolution(code, language))
    if output is None:
        typer.echo(xml)
    else:
        output.write_text(xml, encoding="utf-8")
        console.print(f"{output}")


@app.command("list")
@handles_errors
def list_cmd(as_json: JsonOption = False, lang: LangOption = "ru", db: DbOption = None) -> None:
    """The documents kzreview holds now, with their period of force and languages."""
    ui = check_lang(lang)
    lib = Library.open(db)
    docs = [(info, lib.languages(info.code)) for info in lib.documents()]
    if as_json:
        print_json(
            [
                {
                    "doc": i.code,
                    "kind": i.kind,
                    "topic": i.topic,
                    "title": i.title(ui),
                    "valid_from": i.valid_from,
                    "valid_to": i.valid_to,
                    "langs": langs,
                }
                for i, langs in docs
            ]
        )
        return
    table = Table(t("document", ui), t("text", ui), "from", "to", "lang")
    for info, langs in docs:
        table.add_row(
            info.code,
            escape(info.title(ui)),
            str(info.valid_from or ""),
            str(info.valid_to or ""),
            ",".join(langs),
        )
    console.print(table)
