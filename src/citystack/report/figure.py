"""What the snippets and the gallery read from a figure record: texts with fallbacks, files, order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from citystack.render.scene import FigureRecord

from .escape import collapse_whitespace

__all__ = [
    "alt_text",
    "caption_text",
    "file_for",
    "format_label",
    "ordered",
    "ordered_formats",
    "sort_key",
    "sources_sentence",
]

# The order download links are listed in: the master first, then what is derived from it.
_FORMAT_ORDER = ("svg", "png", "pdf")
_FORMAT_LABELS = {
    "svg": "SVG",
    "png": "PNG",
    "pdf": "PDF",
    "dot": "DOT",
    "json": "JSON",
    "mmd": "Mermaid",
    "mermaid": "Mermaid",
    "md": "Markdown",
    "tex": "LaTeX",
    "html": "HTML",
}


def alt_text(record: FigureRecord) -> str:
    """The alt text on one line, or the title when the view gave none: an image must never have empty alt."""
    return collapse_whitespace(record.alt_text) or collapse_whitespace(record.title) or record.figure_id


def caption_text(record: FigureRecord) -> str:
    """The caption on one line, or the title (or id) when the view gave none."""
    return collapse_whitespace(record.caption) or collapse_whitespace(record.title) or record.figure_id


def sources_sentence(sources: Iterable[str]) -> str:
    """``Source: A.`` or ``Sources: A; B.``; empty when there is no source."""
    items = [s for s in (collapse_whitespace(src) for src in sources) if s]
    if not items:
        return ""
    body = "; ".join(items)
    if not body.endswith((".", "!", "?")):
        body += "."
    return ("Source: " if len(items) == 1 else "Sources: ") + body


def file_for(record: FigureRecord, preferred: Sequence[str]) -> str:
    """The figure's file in the first of ``preferred`` formats it has (relative to the output folder)."""
    for fmt in preferred:
        path = record.files.get(fmt)
        if path:
            return path
    raise ValueError(f"figure {record.figure_id!r} has no file in any of: {', '.join(preferred)}")


def ordered_formats(files: dict[str, str]) -> list[str]:
    """SVG, PNG and PDF first (master, then derived), the other formats after them by name."""
    known = [fmt for fmt in _FORMAT_ORDER if fmt in files]
    return known + sorted(fmt for fmt in files if fmt not in _FORMAT_ORDER)


def format_label(fmt: str) -> str:
    """The name a reader knows a format by (``SVG``, ``Mermaid``)."""
    return _FORMAT_LABELS.get(fmt, fmt.upper())


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Split digits from text so that "Figure 10" sorts after "Figure 2"."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold()) for part in re.findall(r"\d+|\D+", text))


def sort_key(record: FigureRecord) -> tuple[bool, tuple[tuple[int, int | str], ...], str]:
    """Figures with a label first, by label in natural order, then by figure id."""
    label = collapse_whitespace(record.figure or "")
    return (not label, _natural(label), record.figure_id)


def ordered(records: Iterable[FigureRecord]) -> list[FigureRecord]:
    """The records in gallery order; two records with one figure id are refused (their files would clash)."""
    result = sorted(records, key=sort_key)
    seen: set[str] = set()
    for record in result:
        if record.figure_id in seen:
            raise ValueError(f"two figures have the id {record.figure_id!r}")
        seen.add(record.figure_id)
    return result
