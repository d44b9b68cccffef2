"""The dataset's two files: CSV (one line per row, lists joined by ``; ``) and JSON (lists kept as lists)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict

from citystack.dataset.rows import COLUMNS, FactRow

__all__ = ["rows_csv", "rows_json"]


def _alternatives(row: FactRow) -> str:
    return "; ".join(f"{alt.value} ({alt.source})" for alt in row.alternatives)


def rows_csv(rows: Sequence[FactRow]) -> str:
    """RFC 4180 CSV with a header of ``COLUMNS``; an alternative reads ``57 (beraja-2024-project-syndicate)``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        values = asdict(row)
        values["footnote"] = "" if row.footnote is None else str(row.footnote)
        values["footnote_sources"] = "; ".join(row.footnote_sources)
        values["alternatives"] = _alternatives(row)
        writer.writerow([values[column] for column in COLUMNS])
    return out.getvalue()


def rows_json(rows: Sequence[FactRow], *, title: str, sources: dict[str, str]) -> str:
    """``{"title", "columns", "sources": {id: citation}, "rows": [...]}``, keys in column order, literal Unicode."""
    document = {
        "title": title,
        "columns": list(COLUMNS),
        "sources": sources,
        "rows": [{column: asdict(row)[column] for column in COLUMNS} for row in rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
