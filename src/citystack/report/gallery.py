"""The gallery of built figures, ``output/README.md``: every figure with its caption, files and snippets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from citystack.render.scene import DatasetRecord, FigureRecord

from .escape import Verbatim, code_fence, collapse_whitespace, markdown_url, url_for
from .figure import alt_text, caption_text, file_for, format_label, ordered, ordered_formats
from .snippets import WEB_FORMATS, snippet_html, snippet_latex, snippet_markdown
from .templating import markdown_env

__all__ = ["gallery_markdown", "heading_anchor"]


@dataclass(frozen=True)
class _Link:
    label: str
    url: Verbatim


@dataclass(frozen=True)
class _Snippet:
    label: str
    language: Verbatim
    fence: Verbatim
    text: Verbatim


@dataclass(frozen=True)
class _Entry:
    """One figure as the gallery template prints it."""

    heading: str
    anchor: Verbatim
    alt: str
    image: Verbatim
    caption: str
    sources: tuple[str, ...]
    files: tuple[_Link, ...]
    model_id: str
    view_id: str
    notes: tuple[str, ...]
    snippets: tuple[_Snippet, ...]


@dataclass(frozen=True)
class _Dataset:
    """One dataset as the gallery template prints it."""

    heading: str
    anchor: Verbatim
    caption: str
    columns: str
    rows: int
    files: tuple[_Link, ...]


def _dataset(record: DatasetRecord, taken: dict[str, int]) -> _Dataset:
    heading = collapse_whitespace(record.title) or record.dataset_id
    return _Dataset(
        heading=heading,
        anchor=Verbatim(markdown_url(heading_anchor(heading, taken))),
        caption=collapse_whitespace(record.caption),
        columns=", ".join(record.columns),
        rows=record.rows,
        files=tuple(
            _Link(format_label(fmt), markdown_url(url_for("", record.files[fmt]))) for fmt in sorted(record.files)
        ),
    )


def heading_anchor(text: str, taken: dict[str, int]) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens, ``-1`` on repeats.

    ``taken`` counts the anchors already used in the document and is updated.
    """
    slug = re.sub(r"[^\w\- ]", "", collapse_whitespace(text).lower()).replace(" ", "-")
    count = taken.get(slug, 0)
    taken[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def _heading(record: FigureRecord) -> str:
    label = collapse_whitespace(record.figure or "")
    title = collapse_whitespace(record.title) or record.figure_id
    return f"{label}: {title}" if label else title


def _snippet(label: str, language: str, text: str) -> _Snippet:
    body = text if text.endswith("\n") else text + "\n"
    return _Snippet(label, Verbatim(language), code_fence(body), Verbatim(body))


def _entry(record: FigureRecord, taken: dict[str, int], snippet_base: str) -> _Entry:
    heading = _heading(record)
    return _Entry(
        heading=heading,
        anchor=Verbatim(markdown_url(heading_anchor(heading, taken))),
        alt=alt_text(record),
        image=markdown_url(url_for("", file_for(record, WEB_FORMATS))),
        caption=caption_text(record),
        sources=tuple(s for s in (collapse_whitespace(src) for src in record.sources) if s),
        files=tuple(
            _Link(format_label(fmt), markdown_url(url_for("", record.files[fmt])))
            for fmt in ordered_formats(record.files)
        ),
        model_id=record.model_id,
        view_id=record.view_id,
        notes=tuple(n for n in (collapse_whitespace(note) for note in record.notes) if n),
        snippets=(
            _snippet("Markdown", "markdown", snippet_markdown(record, base=snippet_base)),
            _snippet("LaTeX", "latex", snippet_latex(record, base=snippet_base)),
            _snippet("HTML", "html", snippet_html(record, base=snippet_base)),
        ),
    )


def gallery_markdown(
    records: Sequence[FigureRecord],
    *,
    title: str = "citystack figures",
    snippet_base: str = "",
    datasets: Sequence[DatasetRecord] = (),
) -> str:
    """The text of ``output/README.md``: an introduction, a table of contents, then every figure.

    Figures come in a stable order (by figure label such as "Figure 1", then by id) whatever the
    order of ``records``; links are relative to the output folder, where the README sits;
    ``snippet_base`` prefixes the paths in the snippets; ``datasets`` are listed after the figures, by
    id. Nothing depends on the date or the machine.
    """
    taken: dict[str, int] = {}
    heading_anchor(title, taken)
    heading_anchor("Contents", taken)
    entries = [_entry(record, taken, snippet_base) for record in ordered(records)]
    tables = [_dataset(record, taken) for record in sorted(datasets, key=lambda d: d.dataset_id)]
    text = markdown_env().get_template("gallery.md.j2").render(title=title, entries=entries, datasets=tables)
    return text.rstrip("\n") + "\n"
