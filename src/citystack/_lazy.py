"""Lazy re-exports: a package names its public API, and each name is imported on first use.

``citystack --help`` and ``citystack check`` must not pay for pydantic models, graphviz or
jinja2 they never touch (PEP 562 module ``__getattr__``). Type checkers see the real imports,
written under ``TYPE_CHECKING`` beside each use.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["keep_over_subpackages", "lazy_exports"]


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


def keep_over_subpackages(package: str, exports: Mapping[str, str], names: Iterable[str]) -> None:
    """Let each of ``names`` stay the exported object when a sub-package of the same name is imported.

    ``citystack.compare`` is the function, and ``citystack/compare/`` the sub-package it lives in.
    An eager ``from citystack.compare import compare`` rebinds the name after the import system
    has set it to the sub-package; a lazy export cannot, so the name becomes a property of the
    package whose setter ignores the import system's assignment.
    """

    def exported(name: str) -> property:
        def get(_: types.ModuleType) -> Any:
            return getattr(importlib.import_module(exports[name]), name)

        def ignore(_: types.ModuleType, value: Any) -> None:
            """The import system naming the sub-package here: the exported object stays."""

        return property(get, ignore)

    module = sys.modules[package]
    module.__class__ = type(f"{type(module).__name__}WithExports", (type(module),), {n: exported(n) for n in names})
