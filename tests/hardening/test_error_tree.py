"""The exception tree drawn in errors.py is the one the package really has."""

from __future__ import annotations

import builtins
import importlib
import pkgutil
import re

import pytest

import citystack
from citystack import errors
from citystack.errors import CitystackError


def _all_subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_all_subclasses(sub)}
    return found


@pytest.fixture(scope="module")
def tree() -> dict[str, tuple[str | None, str | None]]:
    """Each class drawn in the docstring: its parent in the drawing and the builtin named beside it."""
    assert errors.__doc__
    drawn: dict[str, tuple[str | None, str | None]] = {}
    parents: list[str] = []
    for line in errors.__doc__.splitlines():
        match = re.match(r"^([ │]*)(?:[├└]── )([\w.]+)(?: \((\w+)\))?", line)
        root = re.match(r"^(CitystackError) \((\w+)\)", line)
        if root:
            parents = [root.group(1)]
            drawn[root.group(1)] = (None, root.group(2))
        elif match and parents:
            depth = 1 + (len(match.group(1)) - 1) // 5
            name = match.group(2).rsplit(".", 1)[-1]
            del parents[depth:]
            drawn[name] = (parents[-1], match.group(3))
            parents.append(name)
    return drawn


def test_every_citystack_error_is_drawn_under_its_parent(tree: dict[str, tuple[str | None, str | None]]) -> None:
    for module in pkgutil.walk_packages(citystack.__path__, "citystack."):
        if module.name != "citystack.__main__":
            importlib.import_module(module.name)
    real = {cls.__name__: cls for cls in _all_subclasses(CitystackError) if cls.__module__.startswith("citystack")}
    real["CitystackError"] = CitystackError
    assert set(real) == set(tree)
    for name, (parent, builtin) in tree.items():
        cls = real[name]
        if parent is not None:
            assert cls.__bases__[0] is real[parent], name
        if builtin is not None:
            assert issubclass(cls, getattr(builtins, builtin)), name


def test_exit_codes_match_the_command_line_contract() -> None:
    assert errors.LoadError([]).exit_code == 2
    assert errors.UsageError("x").exit_code == 2
    assert errors.RenderError("x").exit_code == 3
    assert errors.GraphvizMissing("x").exit_code == 3
