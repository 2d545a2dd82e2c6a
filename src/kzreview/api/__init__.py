"""HTTP API (FastAPI): the same operations as the CLI, as JSON over HTTP, plus the web pages."""
