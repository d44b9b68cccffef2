"""The build's progress: a rich bar on a terminal, nothing at all otherwise.

The bar is redrawn by the build's own progress calls (no refresh thread), so the worker
processes the build forks never inherit a thread holding the terminal's lock.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["progress_bar"]

Advance = Callable[[int, int, str], None]


def _quiet(done: int, total: int, name: str) -> None:
    """Progress when stderr is not a terminal: nothing."""


@contextmanager
def progress_bar(description: str) -> Iterator[Advance]:
    """A callback ``(done, total, name)`` that moves a bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():  # rich is not even imported when nobody watches
        yield _quiet
        return
    from rich.console import Console

    console = Console(stderr=True, no_color=True if os.environ.get("NO_COLOR") else None)
    if not console.is_terminal:
        yield _quiet
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn(f"{description} {{task.description}}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        auto_refresh=False,
    ) as bar:
        task = bar.add_task("", total=None)

        def advance(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)
            bar.refresh()

        yield advance
