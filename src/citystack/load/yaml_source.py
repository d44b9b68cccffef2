"""Safe YAML reading: no aliases, no duplicate keys, one document, bounded depth.

``read_yaml_fast`` runs first, on libyaml's C parser where PyYAML has it, and keeps no positions;
when it refuses the text or the model has a problem, ``read_yaml`` (the pure-Python parser,
whose messages name line and column) reads it again.
"""

from __future__ import annotations

import math
from typing import Any

import yaml

from citystack.errors import LoadError, Problem
from citystack.load.limits import MAX_DEPTH, MAX_NUMBER_CHARS
from citystack.load.located import UNREADABLE, Located, Path
from citystack.load.yaml_syntax import explain_yaml_error

__all__ = ["read_yaml", "read_yaml_fast"]


def _problem(file: str, mark: Any, message: str, path: str = "") -> Problem:
    if mark is None:
        return Problem(file, 0, 0, path, message)
    return Problem(file, mark.line + 1, mark.column + 1, path, message)


_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _precheck_events(text: str, file: str, loader: type[yaml.SafeLoader] = yaml.SafeLoader) -> None:
    """Walk the event stream once, before building anything, to refuse hostile shapes cheaply.

    Aliases are refused outright (they are how "billion laughs" bombs grow), so are several
    documents and nesting past ``MAX_DEPTH``; the event stream is flat, so a 10,000-level
    document is refused at its 65th level without recursion.
    """
    depth = 0
    documents = 0
    for event in yaml.parse(text, Loader=loader):
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


#: Tags whose values are plain data; anything else (``!!binary``, ``!!set``, ``!!python/...``,
#: local ``!tags``) is refused, so a model file is JSON-shaped whatever YAML it is written in.
_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null"))
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_COLLECTION_TAGS: dict[type[yaml.Node], str] = {
    yaml.MappingNode: "tag:yaml.org,2002:map",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
}
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})
_INVALID = object()  # a value already reported as a problem


def _tag_name(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


class _Builder:
    """Turns a composed node tree into plain data, recording positions and refusing duplicate keys."""

    def __init__(self, file: str, loader: yaml.SafeLoader, *, positions: bool = True) -> None:
        self.file = file
        self.loader = loader
        self.located = Located(data=None)
        self.problems: list[Problem] = []
        self.positions = positions

    def build(self, node: yaml.Node, path: Path) -> Any:
        if self.positions:
            self.located.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        expected = _COLLECTION_TAGS.get(type(node))
        if expected is not None and node.tag != expected:
            message = f"YAML tag {_tag_name(node.tag)} is not allowed in model files"
            self.problems.append(_problem(self.file, node.start_mark, message, _dotted(path)))
            return _INVALID
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node, path)
                if key is _INVALID:
                    continue
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
                if self.positions:
                    self.located.keys[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: Path) -> Any:
        """A scalar's plain value, or ``_INVALID`` after recording why it has none."""
        message = self._refusal(node)
        if message is not None:
            self.problems.append(_problem(self.file, node.start_mark, message, _dotted(path)))
            return _INVALID
        if node.tag == _TIMESTAMP_TAG:
            return str(node.value)  # a date stays the text it was written as (``date: 2019-05-01``)
        try:
            value = self.loader.construct_object(node, deep=False)
        except (yaml.YAMLError, ValueError) as error:
            reason = _reason(error) if isinstance(error, yaml.YAMLError) else str(error)
            self.problems.append(_problem(self.file, node.start_mark, reason, _dotted(path)))
            return _INVALID
        if isinstance(value, float) and not math.isfinite(value):
            self.problems.append(
                _problem(self.file, node.start_mark, "NaN and infinities are not allowed", _dotted(path))
            )
            return _INVALID
        return value

    @staticmethod
    def _refusal(node: yaml.Node) -> str | None:
        """Why a node may not be a scalar value in a model file, or None when it may."""
        if not isinstance(node, yaml.ScalarNode):
            return "mapping keys must be plain text"
        if node.tag == _MERGE_TAG:
            return "YAML merge keys (<<) are not allowed in model files"
        if node.tag not in _SCALAR_TAGS and node.tag != _TIMESTAMP_TAG:
            return f"YAML tag {_tag_name(node.tag)} is not allowed in model files"
        if node.tag in _NUMBER_TAGS and len(str(node.value)) > MAX_NUMBER_CHARS:
            return f"number longer than {MAX_NUMBER_CHARS} characters"
        return None


def _dotted(path: Path) -> str:
    return ".".join(str(part) for part in path)


def _reason(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None)
    context = getattr(error, "context", None)
    return " ".join(str(part) for part in (context, problem) if part) or str(error)


def _reader_problem(text: str, file: str, error: yaml.reader.ReaderError) -> Problem:
    """PyYAML's reader gives only a character offset (and no line) for a forbidden character."""
    position = min(max(int(error.position), 0), len(text))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    character = error.character
    code = ord(character) if isinstance(character, str) and len(character) == 1 else character
    what = f"U+{code:04X}" if isinstance(code, int) else repr(code)
    return Problem(file, line, column, "", f"control or special character {what} is not allowed in YAML")


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
        said = explain_yaml_error(text, error)
        raise LoadError([Problem(file, said.line, said.column, "", said.message)]) from None
    except yaml.reader.ReaderError as error:
        raise LoadError([_reader_problem(text, file, error)]) from None
    except yaml.YAMLError as error:
        raise LoadError([Problem(file, 0, 0, "", _reason(error))]) from None
    if builder.problems:
        raise LoadError(builder.problems)
    return builder.located


def read_yaml_fast(text: str, file: str) -> Any:
    """The plain data of a YAML model file, or ``UNREADABLE`` when ``read_yaml`` must say what is wrong.

    A hostile shape (an alias, a second document, nesting past ``MAX_DEPTH``) is refused here at
    once, placed by libyaml's marks, without a second, slower reading.
    """
    try:
        _precheck_events(text, file, _FAST_LOADER)
    except LoadError:
        raise  # a located refusal (it is also a ValueError, so it must go first)
    except yaml.MarkedYAMLError as error:
        if "maximum nesting depth" in str(error.problem):  # libyaml stops at 1,000 levels, before our bound's event
            raise LoadError([_problem(file, error.problem_mark, f"nesting deeper than {MAX_DEPTH} levels")]) from None
        return UNREADABLE
    except (yaml.YAMLError, ValueError, RecursionError):
        return UNREADABLE
    try:
        loader = _FAST_LOADER(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return UNREADABLE
            builder = _Builder(file, loader, positions=False)
            data = builder.build(node, ())
        finally:
            loader.dispose()
    except (yaml.YAMLError, ValueError, RecursionError):  # LoadError included: the slow reader places it
        return UNREADABLE
    return UNREADABLE if builder.problems else data
