"""DOT text from model words: labels escaped so they draw literally, shapes from an allow-list.

Graphviz gives meaning to a backslash (``\\N``, ``\\l``...), to ``&`` (entities), to a value
written ``<...>`` (an HTML-like label) and to a bare newline; a model's words must carry none of
them. Attributes that read files or inject markup (``fontname``, ``image``, ``URL``,
``stylesheet``...) are never taken from a model: back ends write them from constants only.
"""

from __future__ import annotations

import html
import unicodedata

import graphviz

__all__ = ["SAFE_SHAPES", "dot_id", "dot_label", "html_lines", "label_lines", "safe_shape"]

#: Node shapes a vocabulary may name; anything else (``custom``, ``epsf`` read files) is a box.
SAFE_SHAPES = frozenset(
    {
        "box",
        "box3d",
        "cds",
        "circle",
        "component",
        "cylinder",
        "diamond",
        "doublecircle",
        "doubleoctagon",
        "ellipse",
        "folder",
        "hexagon",
        "house",
        "invhouse",
        "invtrapezium",
        "note",
        "octagon",
        "oval",
        "parallelogram",
        "pentagon",
        "rect",
        "rectangle",
        "septagon",
        "square",
        "star",
        "tab",
        "trapezium",
        "tripleoctagon",
    }
)


def safe_shape(shape: str) -> str:
    """The shape if graphviz draws it from its own geometry, else ``box``."""
    return shape if shape in SAFE_SHAPES else "box"


def dot_label(text: str, *, wrap: int = 0, left: bool = False) -> str:
    """A label that graphviz draws exactly as written: escapes, entities and HTML disabled.

    ``wrap`` breaks long single lines (see :func:`label_lines`) so boxes keep a sensible width; ``left``
    left-justifies every line (graphviz's ``\\l`` line ends) instead of centring them.
    """
    escaped = [line.replace("\\", "\\\\").replace("&", "&amp;") for line in label_lines(text, wrap)]
    joined = "\\l".join(escaped) + "\\l" if left else "\\n".join(escaped)
    label: str = graphviz.nohtml(joined)
    return label


def html_lines(text: str, *, wrap: int = 0) -> str:
    """A model's words for the inside of an HTML-like label: escaped, lines joined by ``<BR/>``.

    This is the one way a model's text enters an HTML-like label; the table around it is
    written by the back end from constants.
    """
    lines = [html.escape(line, quote=True) for line in label_lines(text, wrap)]
    return "<BR/>".join(lines)


def label_lines(text: str, wrap: int = 0) -> list[str]:
    """The lines a label is drawn in: its own line breaks, then long lines wrapped where scripts allow.

    ``wrap`` is a width in columns (a CJK character counts two): spaced scripts break between
    words, CJK between characters, long tokens (URLs, ids) at a safe place (see ``_pieces``).
    """
    lines = text.replace("\r\n", "\n").replace("\t", " ").split("\n")
    if wrap:
        lines = [part for line in lines for part in _wrap(line, wrap)]
    return lines


def _columns(text: str) -> int:
    """How wide ``text`` is in columns: a wide (CJK) character counts two, any other one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pieces(word: str, width: int) -> list[str]:
    """A space-free word cut where it may break, for a line ``width`` columns wide.

    A word that fits and holds no wide character stays whole: a word of a spaced script is
    never broken. Otherwise the Unicode line-breaking algorithm (UAX #14, through uniseg) cuts
    it: between CJK characters, after a hyphen or a slash of a URL. A piece still too long (an
    id, a hash, a name with no break opportunity) is cut between grapheme clusters, so no
    accent, emoji sequence or syllable is split.
    """
    if _columns(word) <= width and all(_columns(ch) == 1 for ch in word):
        return [word]
    # loaded here, for the few words that need it: its Unicode tables would slow every start-up
    from uniseg.graphemecluster import grapheme_clusters
    from uniseg.linebreak import line_break_units

    pieces: list[str] = []
    for unit in line_break_units(word):
        if _columns(unit) <= width:
            pieces.append(unit)
            continue
        chunk = ""
        for cluster in grapheme_clusters(unit):
            if chunk and _columns(chunk + cluster) > width:
                pieces.append(chunk)
                chunk = ""
            chunk += cluster
        pieces.append(chunk)
    return pieces


def _wrap(line: str, width: int) -> list[str]:
    """One line filled greedily into lines of at most ``width`` columns, breaking only where allowed."""
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        for index, piece in enumerate(_pieces(word, width)):
            joined = f"{current} {piece}" if index == 0 and current else current + piece
            if current and _columns(joined) > width:
                out.append(current)
                current = piece
            else:
                current = joined
    out.append(current)
    return out


def dot_id(*parts: str) -> str:
    """A node, edge or cluster id for DOT and SVG: model ids joined, already safe by their syntax."""
    return "-".join(parts)
