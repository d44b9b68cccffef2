"""Lazy re-exports: a package names its public API, and each name is imported on first use.

``citystack --help`` and ``citystack check`` must not pay for pydantic models, graphviz or
jinja2 they never touch (PEP 562 module ``__getattr__``). Type checkers see the real imports,
written under ``TYPE_CHECKING`` beside each use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, exports: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``exports`` maps each public name to its module."""

    def attribute(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals_of_package = importlib.import_module(package).__dict__
        globals_of_package[name] = value  # the next access is a plain attribute
        return value

    def names() -> list[str]:
        return sorted({*importlib.import_module(package).__dict__, *exports})

    return attribute, names
