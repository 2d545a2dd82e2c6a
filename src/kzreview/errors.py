"""One base error for everything a user can get wrong; each subclass names the field and value.

Interfaces turn a :class:`KzReviewError` into exit code 2 (CLI) or HTTP 4xx (API) with its message;
anything else is an internal error (exit 1) and is never shown to the user as a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable


class KzReviewError(Exception):
    """Bad input or a request the data cannot answer.  ``str(err)`` is the message for the user."""

    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidValue(KzReviewError):
    """A field has a value that is not allowed."""

    http_status = 422

    def __init__(self, field: str, value: object, allowed: str | Iterable[str]) -> None:
        allowed_text = allowed if isinstance(allowed, str) else ", ".join(allowed)
        super().__init__(f"{field}: {value!r} is not allowed; allowed: {allowed_text}")
        self.field = field
        self.value = value
        self.allowed = allowed_text


class NotFound(KzReviewError):
    """A document, paragraph, article, part or item that is not in the stored texts."""

    http_status = 404

    def __init__(self, what: str, value: object, available: str | Iterable[str] | None = None) -> None:
        msg = f"{what} {value!r} not found"
        if available is not None:
            avail = available if isinstance(available, str) else ", ".join(available)
            msg += f"; available: {avail}"
        super().__init__(msg)
        self.what = what
        self.value = value


class MalformedSource(KzReviewError):
    """A file given to import or parse is not in the expected format."""

    http_status = 422

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
