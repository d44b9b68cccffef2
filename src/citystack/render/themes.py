"""Themes: the colours, fonts and line widths of a figure, chosen by name and never by a model."""

from __future__ import annotations

from dataclasses import dataclass

from citystack.errors import UsageError

__all__ = ["THEME_NAMES", "Theme", "get_theme"]


@dataclass(frozen=True)
class Theme:
    """Every colour a back end may write; ``fills`` colour layers or boundaries by their rank.

    ``edges`` colour relation kinds by their position in the vocabulary. A theme with
    ``greys_only`` uses shape and line style alone to tell kinds apart.
    """

    name: str
    background: str
    foreground: str
    muted: str
    node_fill: str
    node_line: str
    cluster_line: str
    fills: tuple[str, ...]
    edges: tuple[str, ...]
    font: str = "DejaVu Sans"
    font_size: float = 11.0
    greys_only: bool = False

    def fill(self, rank: int) -> str:
        """The background of the cluster of rank ``rank`` (layers cycle through the palette)."""
        return self.fills[rank % len(self.fills)]

    def edge(self, rank: int) -> str:
        """The colour of the relation kind of rank ``rank``."""
        return self.edges[rank % len(self.edges)]


# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency. The cluster fills are light tints of the same hues.
_OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")

_THEMES = {
    "default": Theme(
        name="default",
        background="#FFFFFF",
        foreground="#1F2933",
        muted="#52606D",
        node_fill="#FFFFFF",
        node_line="#3E4C59",
        cluster_line="#9AA5B1",
        fills=("#EEF4FB", "#EEF7EE", "#FBF3E6", "#F3EEF8", "#E9F6F6", "#FBEEEE", "#F4F4E8", "#F2F2F2"),
        edges=("#2F6DB5", "#3C8D40", "#B5542F", "#7A4FA3", "#1F7F7F", "#A33A5B", "#7F6A1F"),
    ),
    "print": Theme(
        name="print",
        background="#FFFFFF",
        foreground="#000000",
        muted="#404040",
        node_fill="#FFFFFF",
        node_line="#000000",
        cluster_line="#808080",
        fills=("#F2F2F2", "#E6E6E6"),
        edges=("#000000", "#404040"),
        greys_only=True,
    ),
    "colorblind": Theme(
        name="colorblind",
        background="#FFFFFF",
        foreground="#000000",
        muted="#444444",
        node_fill="#FFFFFF",
        node_line="#222222",
        cluster_line="#999999",
        fills=("#E0EEF7", "#F9E6DA", "#DDF1EB", "#F5E8F0", "#FBF0DA", "#E4F2FB", "#EDEDED", "#FCFADC"),
        edges=_OKABE_ITO[:7],
    ),
    "dark": Theme(
        name="dark",
        background="#1B1F24",
        foreground="#E6EDF3",
        muted="#AAB4BE",
        node_fill="#2D333B",
        node_line="#C9D1D9",
        cluster_line="#57606A",
        fills=("#22303C", "#233329", "#3A2F22", "#2F2A3A", "#1F3536", "#3A2428", "#33331F", "#2A2A2A"),
        edges=("#79B8FF", "#85E89D", "#FFAB70", "#B392F0", "#56D4DD", "#F97583", "#E3C76B"),
    ),
}

#: The names ``--theme`` accepts.
THEME_NAMES: tuple[str, ...] = tuple(_THEMES)


def get_theme(name: str) -> Theme:
    """The theme called ``name``; a usage error names the known themes otherwise."""
    try:
        return _THEMES[name]
    except KeyError:
        raise UsageError(f"unknown theme {name!r} (themes: {', '.join(THEME_NAMES)})") from None
