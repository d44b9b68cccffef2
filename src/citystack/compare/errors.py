"""Why two models cannot be compared, each problem placed in the model that causes it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from citystack.errors import CitystackError

__all__ = ["IncomparableModels", "ModelProblem", "SideName"]

SideName = Literal["a", "b"]


@dataclass(frozen=True)
class ModelProblem:
    """A problem in model ``a`` or ``b`` of a comparison, at the path ``loc`` of one of its fields."""

    side: SideName
    model: str
    loc: tuple[str | int, ...]
    message: str

    def saying(self, message: str, *field: str) -> ModelProblem:
        """The same place (or a field under it) with a message."""
        return replace(self, loc=(*self.loc, *field), message=message)

    def __str__(self) -> str:
        where = ".".join(str(part) for part in self.loc)
        return f"model {self.model!r}: {where}: {self.message}"


class IncomparableModels(CitystackError, ValueError):
    """Two models that cannot be compared: different vocabularies, or a bad counterpart mapping.

    ``problems`` names the model and field of each; the command line turns them into file:line.
    """

    def __init__(self, problems: list[ModelProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
