"""Pydantic's validation messages, reworded where a model author would not know what they mean."""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails

from citystack.load.located import is_union_tag

__all__ = ["problem_message", "relevant_errors"]

_ID_RULE = "an id is a letter followed by at most 79 letters, digits, '_', '.' or '-'"


def _kind_of(value: Any) -> str | None:
    """What a YAML or JSON scalar that should have been text was read as."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null (empty)"
    return None


def problem_message(detail: ErrorDetails) -> str:
    """One validation error as a sentence: what is wrong with the value, and how to fix it if not plain."""
    kind = detail["type"]
    message = detail["msg"].removeprefix("Value error, ")
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "string_unicode":
        return "text with a lone surrogate (an invalid character) is not allowed"
    if kind == "string_pattern_mismatch" and "A-Za-z0-9_.-" in str(detail.get("ctx", {}).get("pattern", "")):
        return f"{_ID_RULE}, not {_shorten(detail['input'])}"
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
