"""Stage 1 — raw text to document structure.

Takes: the resolutions bundled as package data (``data/seeds``) and the state database's Markdown files
of the codes; produces :mod:`kzreview.corpus.model` objects (paragraphs, abzacs, amendment records,
articles/parts/items).  Repairs the PDF-extraction damage of the 2025 text (:mod:`.repair`).
Must not import any other kzreview package except :mod:`kzreview.errors`.
"""
