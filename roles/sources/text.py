"""Plain-text issues: `.txt`, `.md`, OCR output, or any file named on the command line."""

from __future__ import annotations

from roles import reading
from roles.sources import Source, SourceError


def text_source(data: bytes, doc: str, encoding: str | None = None) -> Source:
    """A plain-text issue (`.txt`, `.md`, or any file named on the command line)."""
    if not data.strip():
        raise SourceError("empty file")
    try:
        decoded = reading.decode(data, encoding)
    except reading.ReadError as exc:
        raise SourceError(str(exc)) from None
    return Source(doc, decoded.text, warnings=(decoded.warning,) if decoded.warning else ())
