"""The law as the interfaces see it: bundled resolutions plus imported texts, by language and date.

Takes: :mod:`kzreview.corpus` documents (bundled and stored), :mod:`kzreview.citations`,
:mod:`kzreview.search`, :mod:`kzreview.store`.  Produces the answers of ``kzreview law …`` and of the
law endpoints.  Must not import the interfaces (cli, api, web).
"""

from kzreview.library.catalog import CATALOG, DocInfo
from kzreview.library.law import Library, Provision

__all__ = ["CATALOG", "DocInfo", "Library", "Provision"]
