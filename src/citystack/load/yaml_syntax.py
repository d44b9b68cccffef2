"""PyYAML's syntax errors said for people: what is wrong on the line, and how to fix it.

The parser's own words (``mapping values are not allowed here``, ``expected <block end>, but
found '?'``) name its internals. Most come from three mistakes: a tab, a key indented out of line
with its neighbours, and a value holding ``: `` without quotes. Each is recognised from the
error's position and the text around it; anything else keeps the parser's words, made shorter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

__all__ = ["SyntaxMessage", "explain_yaml_error"]

_KEY = re.compile(r"^(?P<indent> *)(?P<dashes>(?:- +)*)(?P<key>[^\s#:][^:#]*?|\"[^\"]*\"|'[^']*')\s*:(?:\s|$)")
_ITEM = re.compile(r"^(?P<indent> *)- ")
_OPENERS = {"flow sequence": "[", "flow mapping": "{"}
_CLOSERS = {"flow sequence": "]", "flow mapping": "}"}


@dataclass(frozen=True)
class SyntaxMessage:
    """Where a syntax error is (1-based line and column) and what to do about it."""

    line: int
    column: int
    message: str


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    key: str | None  # the mapping key the line starts, if any
    column: int  # 0-based column of the key, or of the first character
    dash: int | None  # 0-based column of a leading "- ", if the line is a list item


def _parse_line(number: int, text: str) -> _Line | None:
    """The shape of one line, or None for a blank or comment line."""
    stripped = text.strip()
    if not stripped or stripped.startswith("#"):
        return None
    match = _KEY.match(text)
    item = _ITEM.match(text)
    dash = len(item.group("indent")) if item else None
    if match:
        column = len(match.group("indent")) + len(match.group("dashes"))
        return _Line(number, match.group("key").strip("'\""), column, dash)
    return _Line(number, None, len(text) - len(text.lstrip(" ")), dash)


def _content_lines(text: str) -> list[_Line]:
    lines = [_parse_line(number, line) for number, line in enumerate(text.splitlines(), start=1)]
    return [line for line in lines if line is not None]


_TAB = "indentation must use spaces, not tabs: replace the tab with spaces"


def _quoted_colon(text_line: str, column: int) -> bool:
    """The error points at a second ``: `` on a line whose key already had one."""
    first = text_line.find(": ")
    if first < 0:
        first = text_line.find(":")
    return 0 <= first < column


def _misplaced(lines: list[_Line], number: int) -> str | None:
    """Which key (or list item) is out of line, with its neighbour and its parent, or None."""
    here = next((line for line in lines if line.number == number), None)
    if here is None:
        return None
    above = [line for line in lines if line.number < number]
    if not above:
        return None
    previous = above[-1]
    what = f"key {here.key!r}" if here.key else "this line"
    if here.dash is not None and here.key is not None and here.column == here.dash + 2:
        what = f"list item '- {here.key}'"
    start = here.dash if here.dash is not None else here.column
    if here.dash is not None:
        items = [line for line in above if line.dash is not None]
        if items and items[-1].dash != start:
            sibling = items[-1]
            return (
                f"{what} starts at column {start + 1}, but the list item above it (line {sibling.number}) "
                f"starts at column {(sibling.dash or 0) + 1}: line the '-' up with it"
            )
    if start > previous.column:
        name = f"{previous.key!r}" if previous.key else "the line above"
        return (
            f"{what} is indented deeper than {name} (line {previous.number}), so it reads as part of the "
            f"value of {name}: line it up with {name} at column {previous.column + 1}"
        )
    parent = next((line for line in reversed(above) if line.column < start and line.key), None)
    under = f" (under {parent.key!r}, line {parent.number})" if parent is not None else ""
    return (
        f"{what}{under} is misplaced: at column {start + 1} it lines up with no key above it; "
        f"line it up with {previous.key or 'the line above'!r} (line {previous.number}, column {previous.column + 1})"
    )


def _unclosed(error: yaml.MarkedYAMLError) -> str | None:
    context = error.context or ""
    mark = error.context_mark
    for name, opener in _OPENERS.items():
        if name in context and mark is not None:
            return (
                f"the {opener!r} opened on line {mark.line + 1}, column {mark.column + 1} is not closed "
                f"before this point: close it with {_CLOSERS[name]!r}, or put the text in quotes"
            )
    if "quoted scalar" in context and mark is not None:
        where = f"line {mark.line + 1}, column {mark.column + 1}"
        return f"the quoted text opened on {where} is never closed: add its closing quote"
    return None


def _plain_words(error: yaml.MarkedYAMLError) -> str:
    """The parser's message without its internal names, for the mistakes not recognised above."""
    words = " ".join(str(part) for part in (error.context, error.problem) if part)
    words = words.replace("<block end>", "the end of the block").replace("<block mapping start>", "a new key")
    words = words.replace("<block sequence start>", "a new list").replace("'?'", "a key")
    return f"YAML syntax error: {words}"


def explain_yaml_error(text: str, error: yaml.MarkedYAMLError) -> SyntaxMessage:
    """The error placed at its line and column (1-based), said as the fix where it can be."""
    mark = error.problem_mark
    if mark is None:
        return SyntaxMessage(0, 0, _plain_words(error))
    line, column = mark.line + 1, mark.column + 1
    problem = str(error.problem or "")
    text_lines = text.splitlines()
    text_line = text_lines[mark.line] if mark.line < len(text_lines) else ""
    if "'\\t'" in problem:
        return SyntaxMessage(line, column, _TAB)
    unclosed = _unclosed(error)
    if unclosed is not None:
        return SyntaxMessage(line, column, unclosed)
    if "mapping values are not allowed" in problem and _quoted_colon(text_line, mark.column):
        return SyntaxMessage(
            line,
            column,
            "a value that contains ': ' must be put in quotes (for example key: \"a: b\")",
        )
    if "mapping values are not allowed" in problem or "expected <block end>" in problem:
        lines = _content_lines(text)
        misplaced = _misplaced(lines, line)
        here = next((item for item in lines if item.number == line), None)
        if misplaced is not None and here is not None:
            return SyntaxMessage(line, (here.dash if here.dash is not None else here.column) + 1, misplaced)
    return SyntaxMessage(line, column, _plain_words(error))
