"""kzreview: appeal and cassation review of criminal cases in Kazakhstan as executable, cited law.

Stages, one package each, dependencies one way (a package imports only those above it):

    corpus     raw text -> document structure and amendment notes (resolutions, codes)
    citations  text -> typed citations, resolved to the stored provisions
    search     morphological full-text index over every stored text
    calendar   procedural time limits on the Kazakhstan working calendar (УПК 48-49)
    store      persistence of imported texts (SQLite by default, PostgreSQL by URL)
    library    the law as the interfaces see it: bundled + imported texts, by date
    cli, api, web   interfaces
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
