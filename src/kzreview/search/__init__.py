"""Stage 3 — morphological full-text search over every stored text (Russian and Kazakh).

Takes passages (doc, para, lang, text); produces ranked hits.  May import :mod:`kzreview.corpus`.
"""
