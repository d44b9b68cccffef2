"""A figure's caption, alt text, sources and files as JSON, for tools that embed figures themselves."""

from __future__ import annotations

import json

from citystack.render.scene import FigureRecord

from .figure import alt_text, caption_text, ordered_formats

__all__ = ["SIDECAR_SCHEMA", "figure_sidecar_json"]

SIDECAR_SCHEMA = "citystack.figure/1"


def figure_sidecar_json(record: FigureRecord) -> str:
    """Sorted, indented JSON with a trailing newline; ``files`` are relative to the output folder.

    Caption and alt text are given as the snippets print them (one line, with the title as fallback).
    """
    data = {
        "schema": SIDECAR_SCHEMA,
        "figure_id": record.figure_id,
        "model_id": record.model_id,
        "view_id": record.view_id,
        "figure": record.figure,
        "title": record.title,
        "caption": caption_text(record),
        "alt_text": alt_text(record),
        "sources": list(record.sources),
        "notes": list(record.notes),
        "files": {fmt: record.files[fmt] for fmt in ordered_formats(record.files)},
    }
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
