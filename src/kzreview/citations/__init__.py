"""Stage 2 — citations: free Russian or Kazakh text to typed :class:`Citation` objects.

Takes text (and the document model, to resolve references from context and to the stored text);
produces :class:`~kzreview.citations.model.CitationMatch` lists.  Patterns live as data in
``patterns.yaml`` with their own examples.  May import :mod:`kzreview.corpus`; nothing later.
"""
