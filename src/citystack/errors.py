"""Exceptions raised by citystack: bad input raises, broken rules are returned as findings.

Every error citystack raises on purpose is a ``CitystackError``; the command line turns it into
its message on stderr and its ``exit_code``, never a traceback. Each also subclasses the builtin
it resembles, so callers of the API can catch ``ValueError`` or ``KeyError`` as usual.

CitystackError (Exception)                 exit 2 unless said otherwise
 ├── LoadError (ValueError)                a model file could not be read or validated
 ├── UsageError (ValueError)               a command was called with words that do not fit
 │    └── rules.UnknownRule                a rule code or prefix that matches no rule
 ├── vocabularies.UnknownVocabulary (KeyError)  a vocabulary name citystack does not ship
 ├── compare.IncomparableModels (ValueError)  two models on different vocabularies, or a bad counterpart
 └── RenderError (RuntimeError)            graphviz is missing, crashed or timed out (exit 3)
      ├── GraphvizMissing
      └── render.runner.ToolFailed         dot or rsvg-convert ran and failed (its exit code, stderr)

Outside the tree: ``model.ModelIntegrityError`` (a ``ValueError`` raised inside pydantic
validation, so callers see it as part of a ``pydantic.ValidationError``) and
``icons.UnknownIcon`` (a ``KeyError`` of the icon lookup).
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


class LoadError(CitystackError, ValueError):
    """A model file is unreadable or invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(CitystackError, ValueError):
    """A command-line or API call whose arguments do not fit."""


class RenderError(CitystackError, RuntimeError):
    """Graphviz failed, timed out or is missing; earlier outputs are left untouched."""

    exit_code = 3


class GraphvizMissing(RenderError):
    """The ``dot`` binary is not installed."""
