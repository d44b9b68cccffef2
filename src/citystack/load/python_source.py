"""Running a Python model file: it is code and runs as such, so only load files you trust.

A Python model file declares ``model = Model(...)`` with plain constructor calls. Its errors are
traced back to the line of the offending call; cross-reference problems are placed on the line
of the call that declares the item's id, found by reading the file's syntax tree.
"""

from __future__ import annotations

import ast
import contextlib
import runpy
import sys
import traceback
from pathlib import Path as FsPath
from types import TracebackType
from typing import Any

from pydantic import ValidationError

import citystack.model as model_package
from citystack.errors import LoadError, Problem
from citystack.load.located import is_union_tag
from citystack.load.messages import fields_at, problem_message, relevant_errors
from citystack.model import Model, deferred_integrity, relation_id

__all__ = ["PythonIndex", "counterpart_key", "run_python_model"]

MODEL_VARIABLE = "model"


def counterpart_key(element: str, model: str) -> str:
    """How a ``Counterpart(...)`` call is indexed: it has no id, but its element and model name it."""
    return f"counterpart:{element}:{model}"


class PythonIndex:
    """Lines of the calls in a Python model file that declare ids (``id="x"``) or relations."""

    def __init__(self, source: str) -> None:
        self.lines: dict[str, int] = {}
        self.model_line = 0
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            keywords = {
                k.arg: k.value.value
                for k in node.keywords
                if k.arg and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
            }
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name == "Model" and not self.model_line:
                self.model_line = node.lineno
            key = keywords.get("id")
            if key is None and name == "Counterpart" and "element" in keywords:
                key = counterpart_key(keywords["element"], keywords.get("model", ""))
            if key is None and {"source", "target", "kind"} <= keywords.keys():
                key = relation_id(keywords["source"], keywords["target"], keywords["kind"])
            if key is not None:
                self.lines.setdefault(f"{name}:{key}", node.lineno)
                self.lines.setdefault(key, node.lineno)

    def line_of(self, item_id: str | None, constructor: str | None = None) -> int:
        """The line declaring ``item_id`` (of that constructor if given), else the ``Model(`` call."""
        if item_id is not None:
            if constructor and f"{constructor}:{item_id}" in self.lines:
                return self.lines[f"{constructor}:{item_id}"]
            if item_id in self.lines:
                return self.lines[item_id]
        return self.model_line


def _line_in_file(tb: TracebackType | None, file: FsPath) -> int:
    """The deepest traceback line that lies in the model file itself."""
    line = 0
    for frame, lineno in traceback.walk_tb(tb):
        if FsPath(frame.f_code.co_filename).resolve() == file:
            line = lineno
    return line


def _validation_problems(error: ValidationError, file: str, line: int) -> list[Problem]:
    problems = []
    for detail in relevant_errors(error.errors(include_url=False)):
        path = ".".join(str(part) for part in detail["loc"] if not is_union_tag(part))
        where = f"{error.title}.{path}" if path else error.title
        record = getattr(model_package, error.title, None)
        fields = fields_at(record, tuple(detail["loc"])) if isinstance(record, type) else ()
        problems.append(Problem(file, line, 0, where, problem_message(detail, fields)))
    return problems


def _describe(error: BaseException) -> str:
    """``Type: message`` of any exception, even one whose ``__str__`` itself fails."""
    try:
        text = str(error)
    except Exception:  # noqa: BLE001 - a broken __str__ in user code must not hide the real failure
        text = "(its message could not be shown)"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def run_python_model(path: FsPath, shown: str) -> Model:
    """Run a model file and return its ``model``; every failure becomes a located ``LoadError``."""
    resolved = path.resolve()
    folder = str(resolved.parent)
    sys.path.insert(0, folder)
    token = deferred_integrity.set(True)
    try:
        # What the file prints goes to stderr: stdout carries the command's own output (JSON, SVG).
        with contextlib.redirect_stdout(sys.stderr):
            namespace: dict[str, Any] = runpy.run_path(str(resolved), run_name=f"citystack_model_{resolved.stem}")
    except SyntaxError as error:
        raise LoadError(
            [Problem(shown, error.lineno or 0, error.offset or 0, "", f"syntax error: {error.msg}")]
        ) from None
    except ValidationError as error:
        raise LoadError(_validation_problems(error, shown, _line_in_file(error.__traceback__, resolved))) from None
    except KeyboardInterrupt:
        raise  # the user pressed Ctrl-C: not the file's fault
    except SystemExit as error:
        line = _line_in_file(error.__traceback__, resolved)
        message = f"a model file may not exit (it called exit with {error.code!r})"
        raise LoadError([Problem(shown, line, 0, "", message)]) from None
    except BaseException as error:  # noqa: BLE001 - any failure of user code is reported, never a traceback
        line = _line_in_file(error.__traceback__, resolved)
        raise LoadError([Problem(shown, line, 0, "", _describe(error))]) from None
    finally:
        deferred_integrity.reset(token)
        if folder in sys.path:
            sys.path.remove(folder)
    model = namespace.get(MODEL_VARIABLE)
    if not isinstance(model, Model):
        raise LoadError([Problem(shown, 0, 0, "", f"a Python model file must set `{MODEL_VARIABLE} = Model(...)`")])
    return model
