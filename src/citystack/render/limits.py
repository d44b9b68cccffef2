"""Bounds on what one figure may ask of ``dot`` and cairo, checked before either runs."""

from __future__ import annotations

from citystack.errors import UsageError

__all__ = [
    "DEFAULT_DPI",
    "DEFAULT_MEMORY_BYTES",
    "DEFAULT_TIMEOUT",
    "FIGURE_CAP_OPTION",
    "MAX_DOT_BYTES",
    "MAX_EDGES",
    "MAX_GROUP_DEPTH",
    "MAX_NODES",
    "MAX_PIXELS",
    "check_dpi",
    "check_timeout",
    "figure_relation_cap",
]

#: Nodes and edges in one figure; a model may hold more, but one figure that big is unreadable.
MAX_NODES = 500
MAX_EDGES = 2000
#: The option of ``render`` and ``build`` that lifts ``MAX_NODES`` (and the relation cap with it).
FIGURE_CAP_OPTION = "--max-figure-elements"


def figure_relation_cap(max_elements: int) -> int:
    """Relations one figure may draw: four per element drawn, and never fewer than ``MAX_EDGES``."""
    return max(MAX_EDGES, 4 * max_elements)


#: Boundaries nested inside each other (a closed net in a city in a country...).
MAX_GROUP_DEPTH = 8
#: The DOT text handed to ``dot``.
MAX_DOT_BYTES = 4_000_000
#: Pixels of one PNG (width times height).
MAX_PIXELS = 250_000_000

DEFAULT_DPI = 300
MIN_DPI, MAX_DPI = 36, 1200
DEFAULT_TIMEOUT = 60.0
MIN_TIMEOUT, MAX_TIMEOUT = 0.1, 3600.0
#: Address space ``dot`` may use (RLIMIT_AS).
DEFAULT_MEMORY_BYTES = 2 * 1024**3


def check_dpi(dpi: int) -> int:
    """A print resolution within bounds (a huge dpi asks cairo for gigabytes)."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise UsageError(f"--dpi must be between {MIN_DPI} and {MAX_DPI}, not {dpi}")
    return dpi


def check_timeout(seconds: float) -> float:
    """A timeout for ``dot`` within bounds."""
    if not MIN_TIMEOUT <= seconds <= MAX_TIMEOUT:
        raise UsageError(f"--timeout must be between {MIN_TIMEOUT} and {MAX_TIMEOUT} seconds, not {seconds}")
    return seconds
