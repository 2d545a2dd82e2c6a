"""Server-rendered pages for people: read the resolutions, follow citations, search."""
