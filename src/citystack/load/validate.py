"""From located plain data to a ``Model``: pydantic checks the shape, integrity the references.

Both passes report every problem they find, each placed at its file, line and column.
"""

from __future__ import annotations

from pydantic import ValidationError

from citystack.errors import LoadError, Problem
from citystack.load.located import Located, walk_path
from citystack.load.messages import fields_at, problem_message, relevant_errors
from citystack.model import Model, deferred_integrity
from citystack.model.integrity import integrity_problems

__all__ = ["validate_located"]

_KEY_ERRORS = frozenset({"extra_forbidden"})


def _dotted(parts: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in parts)


def validate_located(located: Located, file: str) -> Model:
    """Validate parsed data as a model, or raise ``LoadError`` listing every problem."""
    if not isinstance(located.data, dict):
        found = "a list" if isinstance(located.data, list) else "null" if located.data is None else "one value"
        message = f"a model file holds one mapping (id, title, vocabulary, ...), not {found}"
        raise LoadError([Problem(file, *located.position(()), "", message)])
    integrity = integrity_problems(located.data)
    token = deferred_integrity.set(True)
    try:
        model = Model.model_validate(located.data)
    except ValidationError as error:
        problems = []
        shape_paths = set()
        for detail in relevant_errors(error.errors(include_url=False)):
            path = walk_path(located.data, detail["loc"])
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
        raise LoadError([Problem(file, *located.position(loc), _dotted(loc), message) for loc, message in integrity])
    return model
