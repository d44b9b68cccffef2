"""The ``--max-elements`` cap: elements, relations and boundary members counted before validation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from citystack.caps import ELEMENTS_OPTION, Caps

__all__ = ["over_cap"]

Loc = tuple[str | int, ...]


def over_cap(data: Mapping[str, Any], caps: Caps) -> tuple[Loc, str] | None:
    """The first list longer than ``caps.max_elements``, as (its path, a message naming the option).

    ``data`` is a model's plain data or the model itself (``elements``, ``relations`` and each
    boundary's ``members``); values that are not lists are left to validation to report.
    """
    lists = {"elements": data.get("elements"), "relations": data.get("relations")}
    boundaries = data.get("boundaries")
    members = {
        index: (boundary.get("id"), boundary.get("members"))
        for index, boundary in enumerate(boundaries if isinstance(boundaries, list | tuple) else ())
        if isinstance(boundary, dict)
    }
    limit = caps.max_elements
    for field in ("elements", "relations"):
        items = lists.get(field)
        if isinstance(items, list | tuple) and len(items) > limit:
            noun = field
            return (field,), _message(len(items), noun, limit)
    for index, (boundary, listed) in members.items():
        if isinstance(listed, list | tuple) and len(listed) > limit:
            return ("boundaries", index, "members"), _message(len(listed), f"members in boundary {boundary!r}", limit)
    return None


def _message(count: int, noun: str, limit: int) -> str:
    return f"the model has {count} {noun}; at most {limit} are read (lift the cap with {ELEMENTS_OPTION} N)"
