"""Captions, alt text, embedding snippets (Markdown, LaTeX, HTML) and the gallery of built figures."""

from __future__ import annotations

from .gallery import gallery_markdown
from .sidecar import figure_sidecar_json
from .snippets import snippet_html, snippet_latex, snippet_markdown

__all__ = ["figure_sidecar_json", "gallery_markdown", "snippet_html", "snippet_latex", "snippet_markdown"]
