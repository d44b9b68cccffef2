"""Size caps on what citystack reads, each with today's value as default and the option that lifts it.

The caps keep a mistyped or hostile file from costing minutes and gigabytes; they are not
limits of the engine, which checks 100,000 elements in seconds. So each cap is an option of
``check``, ``render``, ``build`` and ``compare``, and every refusal names the option that lifts it.
This module imports nothing, so the command line can show the defaults in ``--help`` cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ELEMENTS_OPTION", "FILE_MB_OPTION", "MAX_ELEMENTS", "MAX_FILE_MB", "Caps"]

#: Elements, and separately relations (and members of one boundary), in one model.
MAX_ELEMENTS = 2000
#: Size of one model file, in mebibytes.
MAX_FILE_MB = 2
ELEMENTS_OPTION = "--max-elements"
FILE_MB_OPTION = "--max-file-mb"


@dataclass(frozen=True)
class Caps:
    """The caps in force for one run: ``max_elements`` per model, ``max_file_mb`` per model file."""

    max_elements: int = MAX_ELEMENTS
    max_file_mb: float = MAX_FILE_MB

    def __post_init__(self) -> None:
        if self.max_elements < 1 or self.max_file_mb <= 0:
            raise ValueError(f"caps must be positive, not {self.max_elements} elements and {self.max_file_mb} MB")

    @property
    def max_file_bytes(self) -> int:
        """``max_file_mb`` in bytes."""
        return int(self.max_file_mb * 1024 * 1024)
