"""Server-rendered pages: read the resolutions paragraph by paragraph, follow citations, search."""

from __future__ import annotations

from importlib.resources import files
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from kzreview.corpus.model import Lang
from kzreview.errors import KzReviewError
from kzreview.i18n import t
from kzreview.library import Library
from kzreview.library.catalog import CATALOG, adilet_url
from kzreview.web.render import paragraph_segments, segments

templates = Jinja2Templates(directory=str(files("kzreview.web").joinpath("templates")))

router = APIRouter(include_in_schema=False)
UI = {
    "home": {"ru": "Документы", "kk": "Құжаттар"},
    "read": {"ru": "Читать", "kk": "Оқу"},
    "search_placeholder": {
        "ru": "Слово в любой форме: жалобы, срок, ұзарту…",
        "kk": "Кез келген тұлғадағы сөз: шағым, мерзім…",
    },
    "stored_link": {"ru": "ссылка на загруженный текст", "kk": "жүктелген мәтінге сілтеме"},
    "adilet_link": {"ru": "ссылка на adilet.zan.kz", "kk": "adilet.zan.kz сілтемесі"},
}


def ui(key: str, lang: str) -> str:
    if key in UI:
        return UI[key].get(lang, UI[key]["ru"])
    return t(key, lang)


def _lib(request: Request) -> Library:
    lib: Library = request.app.state.library
    return lib


def _render(request: Request, name: str, lang: Lang, status: int = 200, **ctx: object) -> Response:
    ctx.update(lang=lang, ui=lambda k: ui(k, lang), path=request.url.path)
    return templates.TemplateResponse(request, name, ctx, status_code=status)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, lang: Lang = "ru") -> Response:
    lib = _lib(request)
    docs = [(i, lib.languages(i.code)) for i in lib.documents()]
    return _render(request, "home.html", lang, docs=docs)


@router.get("/doc/{code}", response_class=HTMLResponse)
def document(request: Request, code: str, lang: Lang = "ru") -> Response:
    lib = _lib(request)
    try:
        res = lib.resolution(lib.resolve_doc(code), lang)
    except KzReviewError as err:
        return _render(request, "error.html", lang, status=err.http_status, message=err.message)
    paras = [(p, paragraph_segments(lib, res.code, p, lang)) for p in res.paragraphs]
    info = CATALOG.get(res.code)
    return _render(
        request,
        "document.html",
        lang,
        res=res,
        paras=paras,
        info=info,
        other_langs=[x for x in lib.languages(res.code) if x != lang],
        adilet=adilet_url(res.code, lang),
    )


@router.get("/code/{act}/{article}", response_class=HTMLResponse)
def article(request: Request, act: str, article: str, lang: Lang = "ru") -> Response:
    lib = _lib(request)
    try:
        prov = lib.provision(act, article, lang=lang)
    except KzReviewError as err:
        return _render(
            request,
            "error.html",
            lang,
            status=err.http_status,
            message=err.message,
            adilet=adilet_url(act, lang),
        )
    parts = []
    for p in prov.article.parts:
        lines = [
            f"{p.num}. {p.text}" if p.num else p.text,
            *p.abzacs,
            *(f"{i.num}) {i.text}" for i in p.items),
        ]
        parts.append(
            (
                p,
                [
                    segments(lib, line, lib.cite(line, lang, doc=f"{act} {prov.article.num}"), lang)
                    for line in lines
                ],
            )
        )
    return _render(
        request, "article.html", lang, prov=prov, parts=parts, act=act, adilet=adilet_url(act, lang)
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, q: Annotated[str, Query()] = "", lang: Lang = "ru", only: Lang | None = None
) -> Response:
    hits = []
    message = None
    if q.strip():
        try:
            hits = _lib(request).search(q, only, 30)
        except KzReviewError as err:
            message = err.message
    marked = [(h, _marked(h.snippet, h.matches)) for h in hits]
    return _render(request, "search.html", lang, q=q, hits=marked, message=message, only=only)


def _marked(snippet: str, matches: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The snippet cut into (text, is_match) pieces, for <mark>."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted(matches):
        if start < pos:
            continue
        if start > pos:
            out.append((snippet[pos:start], False))
        out.append((snippet[start:end], True))
        pos = end
    out.append((snippet[pos:], False))
    return out
