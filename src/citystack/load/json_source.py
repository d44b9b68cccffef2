"""Strict JSON reading: the standard library's C parser first, a parser that keeps positions after.

``read_json_fast`` is what every load runs: the C parser with hooks that refuse duplicate keys,
NaN, infinities and over-long numbers. It keeps no positions. Only when it refuses the text, or
when the model has a problem to report, does ``read_json`` run: a small recursive-descent
parser that records line and column of each value and key and stops at ``MAX_DEPTH`` before
Python's recursion limit is near, so every message names its line and column.
"""

from __future__ import annotations

import json
import re
from typing import Any

from citystack.errors import LoadError, Problem
from citystack.load.limits import MAX_DEPTH, MAX_NUMBER_CHARS
from citystack.load.located import UNREADABLE, Located, Path

__all__ = ["read_json", "read_json_fast"]

_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_scanstring: Any = getattr(json.decoder, "scanstring")  # noqa: B009 - untyped in typeshed
_LITERALS = {"true": True, "false": False, "null": None}


class _JsonError(Exception):
    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index
        self.message = message


def _string_message(error: json.JSONDecodeError) -> str:
    """The standard scanner's message, completed: it says "Invalid control character at" and stops."""
    if error.msg.startswith("Invalid control character") and error.pos < len(error.doc):
        code = ord(error.doc[error.pos])
        return f"control character U+{code:04X} inside a string"
    return error.msg


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.located = Located(data=None)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, index: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        lo, hi = 0, len(self._line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._line_starts[mid] <= index:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, index - self._line_starts[lo] + 1

    def skip(self, index: int) -> int:
        match = _WHITESPACE.match(self.text, index)
        return match.end() if match else index

    def value(self, index: int, path: Path, depth: int) -> tuple[Any, int]:
        index = self.skip(index)
        self.located.values[path] = self.position(index)
        if index >= len(self.text):
            raise _JsonError(index, "unexpected end of file")
        char = self.text[index]
        if char in "{[":
            if depth >= MAX_DEPTH:
                raise _JsonError(index, f"nesting deeper than {MAX_DEPTH} levels")
            if char == "{":
                return self.obj(index + 1, path, depth + 1)
            return self.array(index + 1, path, depth + 1)
        if char == '"':
            return self.string(index)
        for word, literal in _LITERALS.items():
            if self.text.startswith(word, index):
                return literal, index + len(word)
        match = _NUMBER.match(self.text, index)
        if match:
            number = match.group()
            if len(number) > MAX_NUMBER_CHARS:
                raise _JsonError(index, f"number longer than {MAX_NUMBER_CHARS} characters")
            if match.group(1) or match.group(2):
                return float(number), match.end()
            return int(number), match.end()
        if self.text.startswith(("NaN", "Infinity", "-Infinity"), index):
            raise _JsonError(index, "NaN and infinities are not allowed")
        raise _JsonError(index, f"unexpected character {char!r}")

    def string(self, index: int) -> tuple[str, int]:
        try:
            value, end = _scanstring(self.text, index + 1, True)
        except json.JSONDecodeError as error:
            raise _JsonError(error.pos, _string_message(error)) from None
        return str(value), int(end)

    def obj(self, index: int, path: Path, depth: int) -> tuple[dict[str, Any], int]:
        result: dict[str, Any] = {}
        index = self.skip(index)
        if self.text.startswith("}", index):
            return result, index + 1
        while True:
            index = self.skip(index)
            if not self.text.startswith('"', index):
                raise _JsonError(index, "expected a quoted key")
            key_index = index
            key, index = self.string(index)
            if key in result:
                raise _JsonError(key_index, f"duplicate key {key!r}")
            self.located.keys[(*path, key)] = self.position(key_index)
            index = self.skip(index)
            if not self.text.startswith(":", index):
                raise _JsonError(index, "expected ':'")
            result[key], index = self.value(index + 1, (*path, key), depth)
            index = self.skip(index)
            if self.text.startswith(",", index):
                index += 1
                continue
            if self.text.startswith("}", index):
                return result, index + 1
            raise _JsonError(index, "expected ',' or '}'")

    def array(self, index: int, path: Path, depth: int) -> tuple[list[Any], int]:
        result: list[Any] = []
        index = self.skip(index)
        if self.text.startswith("]", index):
            return result, index + 1
        while True:
            item, index = self.value(index, (*path, len(result)), depth)
            result.append(item)
            index = self.skip(index)
            if self.text.startswith(",", index):
                index += 1
                continue
            if self.text.startswith("]", index):
                return result, index + 1
            raise _JsonError(index, "expected ',' or ']'")


def read_json(text: str, file: str) -> Located:
    """Parse a JSON model file into located plain data, or raise ``LoadError``."""
    parser = _Parser(text)
    try:
        data, end = parser.value(0, (), 0)
        end = parser.skip(end)
        if end != len(text):
            raise _JsonError(end, "extra data after the JSON document")
    except _JsonError as error:
        line, column = parser.position(error.index)
        raise LoadError([Problem(file, line, column, "", error.message)]) from None
    parser.located.data = data
    return parser.located


class _Refused(Exception):
    """The fast parser met something the model format refuses; the positional parser says what."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Refused
    return result


def _refuse_constant(_: str) -> Any:
    raise _Refused


def _number(text: str) -> float | int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused
    return float(text) if any(c in text for c in ".eE") else int(text)


def _depth_within(data: Any, limit: int) -> bool:
    """Whether no list or mapping nests deeper than ``limit`` (an explicit stack: no recursion)."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > limit:
            return False
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return True


def read_json_fast(text: str) -> Any:
    """The plain data of a JSON model file, or ``UNREADABLE`` when ``read_json`` must say what is wrong."""
    try:
        data = json.loads(
            text,
            object_pairs_hook=_unique,
            parse_constant=_refuse_constant,
            parse_int=_number,
            parse_float=_number,
        )
    except (_Refused, ValueError, RecursionError):
        return UNREADABLE
    return data if _depth_within(data, MAX_DEPTH) else UNREADABLE
