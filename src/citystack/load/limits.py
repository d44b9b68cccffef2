"""Bounds on model files, checked before any parsing work that could blow up."""

from __future__ import annotations

from citystack.caps import MAX_FILE_MB

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_NUMBER_CHARS"]

#: Largest model file read by default, in bytes (``--max-file-mb`` lifts it, see ``citystack.caps``).
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
#: Deepest nesting of mappings and lists accepted; a model needs about ten levels.
MAX_DEPTH = 64
#: Longest number literal accepted: Python refuses to convert integers past 4300 digits, and no
#: fact needs more than a few dozen.
MAX_NUMBER_CHARS = 100
