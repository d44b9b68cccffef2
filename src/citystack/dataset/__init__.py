"""The facts of a source as a dataset: one row per number or named entity, written as CSV and JSON."""

from citystack.dataset.rows import COLUMNS, FactRow, fact_rows, is_register
from citystack.dataset.writers import rows_csv, rows_json

__all__ = ["COLUMNS", "FactRow", "fact_rows", "is_register", "rows_csv", "rows_json"]
