"""Bounds on model files, checked before any parsing work that could blow up."""

from __future__ import annotations

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_NUMBER_CHARS"]

#: Largest model file read, in bytes: a real model is a few hundred kilobytes at most.
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Deepest nesting of mappings and lists accepted; a model needs about ten levels.
MAX_DEPTH = 64
#: Longest number literal accepted: Python refuses to convert integers past 4300 digits, and no
#: fact needs more than a few dozen.
MAX_NUMBER_CHARS = 100
