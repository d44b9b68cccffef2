"""What a build is asked to do and what it did: light records the command line and the
up-to-date shortcut use without importing the renderer."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from citystack.caps import Caps
from citystack.render.formats import parse_formats
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT, MAX_NODES, check_dpi, check_timeout
from citystack.render.scene import FigureRecord
from citystack.render.themes import get_theme

__all__ = [
    "DEFAULT_FORMATS",
    "DEFAULT_VARIANTS",
    "VARIANT_FORMATS",
    "BuildOptions",
    "BuildResult",
    "Progress",
    "default_jobs",
    "normalised",
]

DEFAULT_FORMATS = ("svg", "png", "pdf")
#: Extra themes every figure is also built in, and the formats they get (those also asked for).
DEFAULT_VARIANTS = ("print",)
VARIANT_FORMATS = ("svg", "pdf")
#: Told after each drawing task: (tasks done, tasks in all, the figure it drew).
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildOptions:
    """How to build: formats, theme, PNG resolution, ``dot`` timeout, workers, cache and caps.

    ``variants`` are further themes each figure is also drawn in (the ``print`` theme by default,
    for writers whose publisher wants greys), as ``<stem>-<theme>.svg`` and ``.pdf``. ``jobs`` is
    the number of worker processes (None: one per core). ``cache_dir`` is the figure cache's
    folder (None: no cache; the command line passes the user's cache folder).
    """

    formats: tuple[str, ...] = DEFAULT_FORMATS
    theme: str = "default"
    variants: tuple[str, ...] = DEFAULT_VARIANTS
    dpi: int = DEFAULT_DPI
    timeout: float = DEFAULT_TIMEOUT
    jobs: int | None = 1
    cache_dir: Path | None = None
    caps: Caps = field(default_factory=Caps)
    max_figure_elements: int = MAX_NODES


@dataclass
class BuildResult:
    """What a build wrote (or, under ``check``, found stale or missing), and what it drew.

    ``drawn`` counts the layouts (``dot`` runs) and derived formats made in this build; a
    build served wholly by the cache draws nothing.
    """

    records: list[FigureRecord] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    drawn: int = 0
    cached: int = 0


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def normalised(options: BuildOptions | None) -> BuildOptions:
    """The options checked (formats, themes, dpi, timeout) and completed (jobs: one per core)."""
    options = options or BuildOptions()
    check_dpi(options.dpi)
    check_timeout(options.timeout)
    return replace(
        options,
        formats=parse_formats(options.formats),
        theme=get_theme(options.theme).name,
        variants=tuple(get_theme(v).name for v in options.variants),
        jobs=max(1, options.jobs) if options.jobs is not None else default_jobs(),
    )
