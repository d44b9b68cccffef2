"""The formats a figure can be written in, their file extensions, and parsing ``--format``."""

from __future__ import annotations

from collections.abc import Iterable

from citystack.errors import UsageError

__all__ = ["DERIVED_FORMATS", "EXTENSIONS", "FORMATS", "TEXT_FORMATS", "parse_formats"]

#: Every format a figure can be written in, and the file extension each gets.
EXTENSIONS = {"svg": "svg", "png": "png", "pdf": "pdf", "dot": "dot", "mermaid": "mmd", "json": "json"}
FORMATS = tuple(EXTENSIONS)
TEXT_FORMATS = frozenset({"svg", "dot", "mermaid", "json"})
#: Formats derived from the SVG master by a converter, each independently of the others.
DERIVED_FORMATS = ("png", "pdf")


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """``svg,png,pdf`` as a tuple of known formats, in the order given, without repeats."""
    items = text.split(",") if isinstance(text, str) else list(text)
    formats: list[str] = []
    for item in (i.strip().lower() for i in items):
        if item not in EXTENSIONS:
            raise UsageError(f"unknown format {item!r} (formats: {', '.join(FORMATS)})")
        if item not in formats:
            formats.append(item)
    if not formats:
        raise UsageError("no format given")
    return tuple(formats)
