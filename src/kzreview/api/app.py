"""The FastAPI application: health, the law endpoints (CONTRACT.md §2, §6) and the web pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from kzreview import __version__
from kzreview.citations.model import CitationMatch
from kzreview.corpus.model import Lang
from kzreview.errors import InvalidValue, KzReviewError
from kzreview.library import Library
from kzreview.library.law import CODES, parse_day
from kzreview.library.views import paragraph_view, provision_view, resolution_view

LangQuery = Annotated[Lang, Query(description="ru or kk")]


class CiteRequest(BaseModel):
    text: str = Field(description="Free Russian or Kazakh text")
    lang: Lang = "ru"
    doc: str | None = Field(default=None, description="The document the text is from, for context")


class SearchHit(BaseModel):
    doc: str
    para: str
    lang: str
    score: float
    snippet: str


def create_app(library: Library | None = None) -> FastAPI:
    lib = library or Library.open()
    app = FastAPI(
        title="kzreview",
        version=__version__,
        description="Appeal and cassation review of criminal cases in Kazakhstan as executable, cited law.",
    )
    app.state.library = lib

    @app.exception_handler(KzReviewError)
    async def _kz_error(_request: Request, err: KzReviewError) -> JSONResponse:
        return JSONResponse(status_code=err.http_status, content={"detail": err.message})

    @app.get("/healthz", tags=["service"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/v1/law", tags=["law"], summary="The documents held, with their period of force")
    def documents() -> list[dict[str, Any]]:
        return [
            {
                "doc": i.code,
                "kind": i.kind,
                "topic": i.topic,
                "title_ru": i.title_ru,
                "title_kk": i.title_kk,
                "valid_from": i.valid_from,
                "valid_to": i.valid_to,
                "langs": lib.languages(i.code),
            }
            for i in lib.documents()
        ]

    @app.get("/api/v1/law/search", tags=["law"], response_model=list[SearchHit])
    def search(
        q: Annotated[str, Query(description="Words in any form")],
        lang: Annotated[Lang | None, Query()] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 10,
    ) -> list[SearchHit]:
        return [
            SearchHit(doc=h.doc, para=h.para, lang=h.lang, score=round(h.score, 4), snippet=h.snippet)
            for h in lib.search(q, lang, limit)
        ]

    @app.get("/api/v1/law/{doc}", tags=["law"], summary="A whole document (resolution)")
    def show_doc(doc: str, lang: LangQuery = "ru", as_of: str | None = None) -> dict[str, Any]:
        on = parse_day(as_of, "as_of")
        code = lib.resolve_doc(doc, on)
        if code in CODES:
            raise InvalidValue("doc", doc, f"a resolution; for {code} use /api/v1/law/{code}/articles/N")
        return resolution_view(lib, lib.resolution(code, lang), lang, on)

    @app.get(
        "/api/v1/law/{doc}/articles/{article}", tags=["law"], summary="An article, part or item of a code"
    )
    def show_article(
        doc: str,
        article: str,
        part: str | None = None,
        item: str | None = None,
        lang: LangQuery = "ru",
        as_of: str | None = None,
    ) -> dict[str, Any]:
        on = parse_day(as_of, "as_of")
        part_key: int | str | None = int(part) if part is not None and part.isdigit() else part
        return provision_view(lib, lib.provision(doc, article, part_key, item, lang), on)

    @app.get("/api/v1/law/{doc}/{para}", tags=["law"], summary="One numbered paragraph of a resolution")
    def show_para(doc: str, para: str, lang: LangQuery = "ru", as_of: str | None = None) -> dict[str, Any]:
        on = parse_day(as_of, "as_of")
        code = lib.resolve_doc(doc, on)
        res = lib.resolution(code, lang)
        return paragraph_view(lib, res, lib.paragraph(code, para, lang), lang, on)

    @app.get("/api/v1/cite", tags=["law"], response_model=list[CitationMatch])
    def cite_get(text: str, lang: LangQuery = "ru", doc: str | None = None) -> list[CitationMatch]:
        return lib.cite(text, lang, doc)

    @app.post("/api/v1/cite", tags=["law"], response_model=list[CitationMatch])
    def cite_post(body: CiteRequest) -> list[CitationMatch]:
        return lib.cite(body.text, body.lang, body.doc)

    from kzreview.api.analyze import router as analyze
    from kzreview.api.triage import router as triage
    from kzreview.web.pages import router as pages

    app.include_router(triage)
    app.include_router(analyze)
    app.include_router(pages)
    return app
