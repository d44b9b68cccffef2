"""From parsed plain data to a ``Model``: pydantic checks the shape, integrity the references.

Both passes report every problem they find, each placed at its file, line and column. Positions
are asked for (``positions``, which reads the file again) only when there is a problem to place:
a clean load never builds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from citystack.caps import Caps
from citystack.errors import LoadError, Problem
from citystack.load.caps import over_cap
from citystack.load.located import Located, walk_path
from citystack.load.messages import fields_at, problem_message, relevant_errors
from citystack.model import Model, deferred_integrity
from citystack.model.integrity import integrity_problems

__all__ = ["validate_data"]

_KEY_ERRORS = frozenset({"extra_forbidden"})


def _dotted(parts: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in parts)


def validate_data(data: Any, file: str, positions: Callable[[], Located], caps: Caps | None = None) -> Model:
    """Validate parsed data as a model, or raise ``LoadError`` listing every problem.

    ``positions`` gives the data with the position of every value; it is called only when a
    problem must be placed in the file.
    """
    if not isinstance(data, dict):
        found = "a list" if isinstance(data, list) else "null" if data is None else "one value"
        message = f"a model file holds one mapping (id, title, vocabulary, ...), not {found}"
        raise LoadError([Problem(file, *positions().position(()), "", message)])
    over = over_cap(data, caps or Caps())
    if over is not None:
        loc, message = over
        raise LoadError([Problem(file, *positions().position(loc), _dotted(loc), message)])
    integrity = integrity_problems(data)
    token = deferred_integrity.set(True)
    try:
        model = Model.model_validate(data)
    except ValidationError as error:
        located = positions()
        problems = []
        shape_paths = set()
        for detail in relevant_errors(error.errors(include_url=False)):
            path = walk_path(data, detail["loc"])
            shape_paths.add(path)
            line, column = located.position(path, prefer_key=detail["type"] in _KEY_ERRORS)
            message = problem_message(detail, fields_at(Model, tuple(detail["loc"])))
            problems.append(Problem(file, line, column, _dotted(path), message))
        for loc, message in integrity:
            if loc not in shape_paths:
                line, column = located.position(loc)
                problems.append(Problem(file, line, column, _dotted(loc), message))
        raise LoadError(problems) from None
    finally:
        deferred_integrity.reset(token)
    if integrity:
        located = positions()
        raise LoadError([Problem(file, *located.position(loc), _dotted(loc), message) for loc, message in integrity])
    return model
