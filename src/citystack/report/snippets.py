"""Snippets that embed one figure in Markdown, LaTeX or HTML, with its caption, alt text and sources."""

from __future__ import annotations

import jinja2

from citystack.render.scene import FigureRecord

from .escape import url_for
from .figure import alt_text, caption_text, file_for, sources_sentence
from .templating import html_env, latex_env, markdown_env

__all__ = ["LATEX_FORMATS", "WEB_FORMATS", "snippet_html", "snippet_latex", "snippet_markdown"]

# Browsers and Markdown viewers show the SVG master; LaTeX takes the PDF so the figure stays vector.
WEB_FORMATS = ("svg", "png")
LATEX_FORMATS = ("pdf", "png")


def _render(env: jinja2.Environment, template: str, **values: object) -> str:
    """Render a template; every snippet ends with exactly one newline, whatever the whitespace control did."""
    text: str = env.get_template(template).render(**values)
    return text.rstrip("\n") + "\n"


def snippet_markdown(record: FigureRecord, *, base: str = "") -> str:
    """``![alt](base + svg)`` and a paragraph with the caption and sources; ``base`` prefixes the file path."""
    return _render(
        markdown_env(),
        "figure.md.j2",
        alt=alt_text(record),
        url=url_for(base, file_for(record, WEB_FORMATS)),
        caption=caption_text(record),
        sources=sources_sentence(record.sources),
    )


def snippet_latex(record: FigureRecord, *, base: str = "") -> str:
    """A ``figure`` environment with the PDF, the caption and sources, and ``\\label{fig:<figure_id>}``.

    The list of figures gets the caption alone (the optional argument of ``\\caption``).
    """
    return _render(
        latex_env(),
        "figure.tex.j2",
        path=base + file_for(record, LATEX_FORMATS),
        short=caption_text(record),
        caption=caption_text(record),
        sources=sources_sentence(record.sources),
        figure_id=record.figure_id,
    )


def snippet_html(record: FigureRecord, *, base: str = "") -> str:
    """A ``<figure>`` with a lazily loaded ``<img>`` and a ``<figcaption>``; every text is HTML-escaped."""
    return _render(
        html_env(),
        "figure.html.j2",
        src=url_for(base, file_for(record, WEB_FORMATS)),
        alt=alt_text(record),
        caption=caption_text(record),
        sources=sources_sentence(record.sources),
        figure_id=record.figure_id,
    )
