"""Pydantic's validation messages, reworded where a model author would not know what they mean."""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from citystack.load.located import is_union_tag
from citystack.suggest import did_you_mean

__all__ = ["fields_at", "problem_message", "relevant_errors"]

_ID_RULE = "a letter followed by at most 79 letters, digits, '_', '.' or '-'"


def _kind_of(value: Any) -> str | None:
    """What a YAML or JSON scalar that should have been text was read as."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null (empty)"
    return None


def _field(detail: ErrorDetails) -> str:
    """The field as the user wrote it (``kind``, ``layer``), or "id" for an item of a list of ids."""
    names = [part for part in detail["loc"] if isinstance(part, str) and not is_union_tag(part)]
    return names[-1] if names else "id"


def problem_message(detail: ErrorDetails, known_fields: tuple[str, ...] = ()) -> str:
    """One validation error as a sentence: what is wrong with the value, and how to fix it if not plain.

    ``known_fields`` are the fields the enclosing record takes, offered for an unknown field.
    """
    kind = detail["type"]
    message = detail["msg"].removeprefix("Value error, ")
    if kind == "extra_forbidden":
        return f"unknown field {_field(detail)!r}{did_you_mean(_field(detail), known_fields, 'fields')}"
    if kind == "missing":
        return f"missing required field {_field(detail)!r}: add `{_field(detail)}: ...`"
    if kind == "string_unicode":
        return "text with a lone surrogate (an invalid character) is not allowed"
    if kind == "string_pattern_mismatch" and "A-Za-z0-9_.-" in str(detail.get("ctx", {}).get("pattern", "")):
        return f"{_field(detail)} must be {_ID_RULE}, not {_shorten(detail['input'])}"
    if kind == "string_type":
        read_as = _kind_of(detail.get("input"))
        if read_as is not None:
            return f"{message}, not {read_as} (put text in quotes)"
    return message


def _shorten(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 5]}...{text[-1]}"


def _union_branch(detail: ErrorDetails) -> tuple[tuple[str | int, ...], bool] | None:
    """For an error inside one branch of a union: the location of the union, and whether the
    error only says the value is of another type than that branch."""
    loc = tuple(detail["loc"])
    for index, part in enumerate(loc):
        if is_union_tag(part):
            return loc[:index], index == len(loc) - 1 and detail["type"].endswith("_type")
    return None


def relevant_errors(details: list[ErrorDetails]) -> list[ErrorDetails]:
    """Errors minus union noise: a value that is a mapping should not also hear it is not text.

    For a field such as ``vocabulary: name | {inline vocabulary}`` pydantic reports each branch.
    A branch that failed only because the value has the other branch's type is dropped, unless
    every branch failed that way, in which case the first one stays.
    """
    branches = {id(d): _union_branch(d) for d in details}
    substantive = {b[0] for b in branches.values() if b is not None and not b[1]}
    kept: list[ErrorDetails] = []
    reported_type: set[tuple[str | int, ...]] = set()
    for detail in details:
        branch = branches[id(detail)]
        if branch is not None and branch[1]:
            if branch[0] in substantive or branch[0] in reported_type:
                continue
            reported_type.add(branch[0])
        kept.append(detail)
    return kept


def _records_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic record classes a field's type holds (through tuples, lists, unions, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for argument in get_args(annotation):
        found += _records_in(argument)
    return found


def fields_at(root: type[BaseModel], loc: tuple[str | int, ...]) -> tuple[str, ...]:
    """The fields the record holding ``loc``'s last part takes, for "did you mean" on an unknown field.

    ``fields_at(Model, ("elements", 0, "colour"))`` is the fields of ``Element``; empty when the
    path leaves the records (a mapping of free keys).
    """
    record: type[BaseModel] | None = root
    for part in loc[:-1]:
        if record is None:
            return ()
        if isinstance(part, int):
            continue
        if is_union_tag(part):
            continue
        field = record.model_fields.get(part)
        records = _records_in(field.annotation) if field is not None else []
        tagged = [r for r in records if r.__name__ in loc]
        chosen = tagged or records
        record = chosen[0] if chosen else None
    return tuple(record.model_fields) if record is not None else ()
