"""Escaping for Markdown, LaTeX and URLs, so that no caption or alt text can break the markup around it."""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = [
    "Verbatim",
    "code_fence",
    "collapse_whitespace",
    "escape_latex",
    "escape_markdown",
    "latex_label",
    "latex_path",
    "markdown_url",
    "url_for",
]


class Verbatim(str):
    """Text that is already markup in the target language: the templates print it unchanged.

    Any other string reaching a Markdown or LaTeX template is escaped, so forgetting a filter
    leaves text too escaped rather than open to injection.
    """

    __slots__ = ()


def collapse_whitespace(text: str) -> str:
    """Join every run of whitespace (newlines included) into one space and strip the ends.

    A newline or blank line inside a caption would end a Markdown paragraph or a LaTeX
    ``\\caption`` argument, so every snippet keeps its text on one line.
    """
    return " ".join(text.split())


# Characters that are significant anywhere in CommonMark/GFM inline text. `$` is escaped because
# GitHub renders `$...$` as math; `&` because it would start an entity such as `&lt;`.
_MD_INLINE = frozenset("\\`*_[]<>|~$&")
# What a line may start with to become a heading, quote, list item or thematic break.
_MD_LINE_START = re.compile(r"^(?:([#>+=-])|(\d{1,9})([.)]))")


def escape_markdown(text: str) -> Verbatim:
    """Escape ``text`` so that CommonMark renders it literally, inside a paragraph or an image's alt text.

    Whitespace is collapsed first; a leading ``#``, ``>``, ``-``, ``+``, ``=`` or ``1.`` is escaped
    too so that the text cannot open a block of its own.
    """
    flat = collapse_whitespace(text)
    escaped = "".join("\\" + ch if ch in _MD_INLINE else ch for ch in flat)
    match = _MD_LINE_START.match(escaped)
    if match:
        if match.group(1):
            escaped = "\\" + escaped
        else:
            digits = match.group(2)
            escaped = digits + "\\" + escaped[len(digits) :]
    return Verbatim(escaped)


_LATEX_MAP = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    # These three print as other glyphs in the default OT1 font encoding.
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}


def escape_latex(text: str) -> Verbatim:
    """Escape ``text`` for LaTeX text mode, keeping Unicode as is (for a UTF-8 document).

    Whitespace is collapsed because a blank line inside ``\\caption`` is an error.
    """
    return Verbatim("".join(_LATEX_MAP.get(ch, ch) for ch in collapse_whitespace(text)))


def url_for(base: str, path: str) -> str:
    """The URL of a file of the output folder: ``base`` as given, then ``path`` percent-encoded.

    ``path`` is a file path (``%`` or a space in it is a character, not an escape); ``base`` is the
    caller's URL prefix such as ``figures/`` or ``https://example.org/figs/`` and is kept.
    """
    return base + quote(path.replace("\\", "/"), safe="/-._~+")


def markdown_url(url: str) -> Verbatim:
    """Percent-encode what would end a Markdown link destination early (space, parentheses, ``<>``)."""
    return Verbatim("".join(ch if ch.isprintable() and ch not in " ()<>\\" else quote(ch, safe="") for ch in url))


_LATEX_PATH = re.compile(r"^[A-Za-z0-9._/:+=-]+$")
_LATEX_LABEL = re.compile(r"^[A-Za-z0-9._:/+-]+$")


def latex_path(path: str) -> Verbatim:
    """Check a file path for ``\\includegraphics``: escaping would change the file name, so refuse instead.

    The build names its files from ids with a safe character set; anything else is a bug worth a
    clear message.
    """
    if not _LATEX_PATH.match(path):
        raise ValueError(f"cannot use {path!r} in \\includegraphics: only letters, digits and ._/:+=- are allowed")
    return Verbatim(path)


def latex_label(figure_id: str) -> Verbatim:
    """The ``\\label`` key of a figure, ``fig:<figure_id>``; ids with other characters are refused."""
    if not _LATEX_LABEL.match(figure_id):
        raise ValueError(f"cannot use figure id {figure_id!r} in a LaTeX label")
    return Verbatim("fig:" + figure_id)


def code_fence(content: str) -> Verbatim:
    """A backtick fence longer than any backtick run in ``content``, so the block cannot close early."""
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    return Verbatim("`" * max(3, longest + 1))
