"""Parsed model data with the file position of every value, so errors can name line and column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["UNREADABLE", "Located", "Path", "Position", "is_union_tag", "walk_path"]

Path = tuple[str | int, ...]
Position = tuple[int, int]
#: What a fast parser returns for text it refuses: the parser that keeps positions then says why.
UNREADABLE: Any = object()


@dataclass
class Located:
    """Plain data (dicts, lists, scalars) and where each value and mapping key starts (1-based)."""

    data: Any
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)

    def position(self, path: Path, *, prefer_key: bool = False) -> Position:
        """The position of the value at ``path``, or of its nearest existing ancestor."""
        real = walk_path(self.data, path)
        if prefer_key and real in self.keys:
            return self.keys[real]
        for end in range(len(real), -1, -1):
            prefix = real[:end]
            if prefix in self.values:
                return self.values[prefix]
        return (0, 0)


_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "none", "list", "tuple", "dict"})


def is_union_tag(part: str | int) -> bool:
    """Pydantic puts the tried type into error locations of unions (``str``, ``Vocabulary``)."""
    if not isinstance(part, str):
        return False
    return part in _TYPE_TAGS or part.startswith("constrained-") or part[:1].isupper() or "[" in part


def walk_path(data: Any, path: Sequence[str | int]) -> Path:
    """The parts of a pydantic error location that name fields: union tags are dropped."""
    real: list[str | int] = []
    node = data
    for part in path:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        elif is_union_tag(part):
            continue
        else:
            node = None  # a missing field: keep its name for the message
        real.append(part)
    return tuple(real)
