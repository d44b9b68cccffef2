"""Safe YAML reading with positions: no aliases, no duplicate keys, one document, bounded depth."""

from __future__ import annotations

import math
from typing import Any

import yaml

from citystack.errors import LoadError, Problem
from citystack.load.limits import MAX_DEPTH
from citystack.load.located import Located, Path

__all__ = ["read_yaml"]


def _problem(file: str, mark: Any, message: str, path: str = "") -> Problem:
    if mark is None:
        return Problem(file, 0, 0, path, message)
    return Problem(file, mark.line + 1, mark.column + 1, path, message)


def _precheck_events(text: str, file: str) -> None:
    """Walk the event stream once, before building anything, to refuse hostile shapes cheaply.

    Aliases are refused outright (they are how "billion laughs" bombs grow), so are several
    documents and nesting past ``MAX_DEPTH``; the event stream is flat, so a 10,000-level
    document is refused at its 65th level without recursion.
    """
    depth = 0
    documents = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise LoadError([_problem(file, event.start_mark, "YAML aliases (*name) are not allowed in model files")])
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise LoadError([_problem(file, event.start_mark, "a model file holds exactly one YAML document")])
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise LoadError([_problem(file, event.start_mark, f"nesting deeper than {MAX_DEPTH} levels")])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1


class _Builder:
    """Turns a composed node tree into plain data, recording positions and refusing duplicate keys."""

    def __init__(self, file: str, loader: yaml.SafeLoader) -> None:
        self.file = file
        self.loader = loader
        self.located = Located(data=None)
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.located.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node, path)
                if not isinstance(key, str):
                    self.problems.append(
                        _problem(self.file, key_node.start_mark, f"mapping keys must be text, not {key!r}")
                    )
                    continue
                if key in result:
                    self.problems.append(
                        _problem(self.file, key_node.start_mark, f"duplicate key {key!r}", _dotted(path))
                    )
                    continue
                self.located.keys[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: Path) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            self.problems.append(_problem(self.file, node.start_mark, "mapping keys must be plain text"))
            return None
        try:
            value = self.loader.construct_object(node, deep=False)
        except yaml.YAMLError as error:
            self.problems.append(_problem(self.file, node.start_mark, _reason(error), _dotted(path)))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problems.append(
                _problem(self.file, node.start_mark, "NaN and infinities are not allowed", _dotted(path))
            )
            return None
        return value


def _dotted(path: Path) -> str:
    return ".".join(str(part) for part in path)


def _reason(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None)
    context = getattr(error, "context", None)
    return " ".join(str(part) for part in (context, problem) if part) or str(error)


def read_yaml(text: str, file: str) -> Located:
    """Parse one YAML model document into located plain data, or raise ``LoadError``."""
    try:
        _precheck_events(text, file)
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise LoadError(
                    [Problem(file, 1, 1, "", "the file is empty: a model needs at least id, title and vocabulary")]
                )
            builder = _Builder(file, loader)
            builder.located.data = builder.build(node, ())
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise LoadError([_problem(file, error.problem_mark, _reason(error))]) from None
    except yaml.YAMLError as error:
        raise LoadError([Problem(file, 0, 0, "", _reason(error))]) from None
    if builder.problems:
        raise LoadError(builder.problems)
    return builder.located
