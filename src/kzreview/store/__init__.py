"""Storage of imported texts (codes and repealed resolutions) in SQLite (default) or PostgreSQL.

Takes and returns :mod:`kzreview.corpus.model` objects.  May import :mod:`kzreview.corpus` only.
"""
