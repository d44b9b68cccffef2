"""The model: a vocabulary plus the elements, relations, boundaries, facts, views and claims."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Self

from pydantic import Field, model_validator

from citystack.model.base import MAX_ITEMS, Frozen, Id, LongText, Name
from citystack.model.elements import Boundary, Element, Relation
from citystack.model.evidence import Fact, Source
from citystack.model.integrity import Loc, integrity_problems
from citystack.model.views import Claim, Counterpart, Suppression, View
from citystack.model.vocabulary import Vocabulary
from citystack.vocabularies import resolve_vocabulary

__all__ = ["Model", "ModelIntegrityError", "deferred_integrity"]

#: Set by the loader while it runs a model file, so it can locate each integrity problem itself.
deferred_integrity: ContextVar[bool] = ContextVar("deferred_integrity", default=False)


class ModelIntegrityError(ValueError):
    """Cross-references of a model do not resolve (unknown layer, dangling id, duplicate id...)."""


class Model(Frozen):
    """A whole model, as written in a model file.

    ``vocabulary`` names a shipped vocabulary (``smart-city-stack``, ``market``, ``causal``) or
    gives one inline. Cross-references are checked when the model is built, every problem at once.
    """

    id: Id
    title: Name
    description: LongText = ""
    vocabulary: Id | Vocabulary
    sources: tuple[Source, ...] = Field(default=(), max_length=500)
    # How many elements and relations a model may hold is a cap of the loader (``--max-elements``).
    elements: tuple[Element, ...] = ()
    relations: tuple[Relation, ...] = ()
    boundaries: tuple[Boundary, ...] = Field(default=(), max_length=200)
    facts: tuple[Fact, ...] = Field(default=(), max_length=500)
    views: tuple[View, ...] = Field(default=(), max_length=50)
    claims: tuple[Claim, ...] = Field(default=(), max_length=200)
    suppressions: tuple[Suppression, ...] = Field(default=(), max_length=500)
    counterparts: tuple[Counterpart, ...] = Field(default=(), max_length=MAX_ITEMS)

    @model_validator(mode="after")
    def _check_integrity(self) -> Self:
        if deferred_integrity.get():
            return self
        problems = self.integrity_problems()
        if problems:
            lines = "; ".join(f"{'.'.join(str(p) for p in loc)}: {msg}" for loc, msg in problems)
            raise ModelIntegrityError(f"{len(problems)} cross-reference problem(s): {lines}")
        return self

    def integrity_problems(self) -> list[tuple[Loc, str]]:
        """Every cross-reference problem, each with the path of its field.

        The checks read plain data; an inline vocabulary is passed as the object it already is,
        so it is not validated a second time.
        """
        data = self.model_dump(mode="python", exclude={"vocabulary"})
        return integrity_problems({**data, "vocabulary": self.vocabulary})

    @property
    def vocab(self) -> Vocabulary:
        """The vocabulary object, resolved from its name where the model names one."""
        return resolve_vocabulary(self.vocabulary)

    def element(self, element_id: str) -> Element | None:
        """The element with this id, or None."""
        return next((e for e in self.elements if e.id == element_id), None)

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return next((s for s in self.sources if s.id == source_id), None)

    def view(self, view_id: str) -> View | None:
        """The view with this id, or None."""
        return next((v for v in self.views if v.id == view_id), None)
