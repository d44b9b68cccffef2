"""Exceptions raised by citystack: bad input raises, broken rules are returned as findings.

CitystackError
 ├── LoadError           a model file could not be read or validated (exit 2)
 ├── UsageError          a command was called with words that do not fit (exit 2)
 └── RenderError         graphviz is missing, crashed or timed out (exit 3)
      └── GraphvizMissing
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CitystackError",
    "GraphvizMissing",
    "LoadError",
    "Problem",
    "RenderError",
    "UsageError",
]


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in an input file, printed as ``FILE:LINE:COL: path: message``."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line > 0:
            where += f":{self.line}"
            if self.column > 0:
                where += f":{self.column}"
        if self.path:
            return f"{where}: {self.path}: {self.message}"
        return f"{where}: {self.message}"


class CitystackError(Exception):
    """Base of every error citystack raises on purpose."""

    exit_code = 2


class LoadError(CitystackError):
    """A model file is unreadable or invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(CitystackError):
    """A command-line or API call whose arguments do not fit."""


class RenderError(CitystackError):
    """Graphviz failed, timed out or is missing; earlier outputs are left untouched."""

    exit_code = 3


class GraphvizMissing(RenderError):
    """The ``dot`` binary is not installed."""
