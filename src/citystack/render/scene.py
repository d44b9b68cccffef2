"""The scene: what one view of a model shows, as plain sorted records that any back end can draw.

A scene is computed from a model and a view and knows nothing of graphviz; the back ends turn it
into DOT. Everything in it is sorted by id so that two builds give the same bytes.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

__all__ = [
    "DatasetRecord",
    "FigureRecord",
    "LegendEntry",
    "Scene",
    "SceneEdge",
    "SceneGroup",
    "SceneNode",
    "scene_json",
]


@dataclass(frozen=True, order=True)
class SceneNode:
    """A box: ``icon`` names an icon of the shipped set; ``group`` the cluster it sits in.

    ``annotation`` is a smaller line under the name (a vendor view's suppliers and operator).
    """

    id: str
    label: str
    kind: str
    kind_name: str
    layer: str
    shape: str = "box"
    icon: str | None = None
    group: str | None = None
    status: str = "asserted"
    tooltip: str = ""
    url: str | None = None
    layer_rank: int = 0
    gateway: bool = False
    stacked: bool = True
    annotation: str = ""


@dataclass(frozen=True, order=True)
class SceneEdge:
    """An arrow between two scene nodes, drawn in the relation kind's line style.

    ``blocked`` marks access that does not happen (a relation of a blocked kind): a bar ends it.
    """

    id: str
    source: str
    target: str
    kind: str
    kind_name: str
    label: str = ""
    line: str = "solid"
    status: str = "asserted"
    tooltip: str = ""
    kind_rank: int = 0
    blocked: bool = False


@dataclass(frozen=True, order=True)
class SceneGroup:
    """A cluster: a layer band or a boundary (city, closed net, country).

    A layer band inside a boundary (``group_by="layer"`` with boundaries) has the boundary as
    ``parent`` and its layer's rank; ``layer`` names the layer a band stands for.
    """

    id: str
    label: str
    kind: str
    parent: str | None = None
    rank: int = 0
    stacked: bool = True
    layer: str | None = None


@dataclass(frozen=True, order=True)
class LegendEntry:
    """One line of a legend: an element kind or a relation kind that the figure really uses."""

    category: str  # "kind", "relation" or "status"
    id: str
    label: str
    shape: str = "box"
    line: str = "solid"
    icon: str | None = None
    rank: int = 0
    blocked: bool = False


@dataclass(frozen=True)
class Scene:
    """Everything a back end needs to draw one figure, and a writer needs to caption it."""

    figure_id: str
    title: str
    caption: str
    alt_text: str
    direction: str
    nodes: tuple[SceneNode, ...]
    edges: tuple[SceneEdge, ...]
    groups: tuple[SceneGroup, ...] = ()
    legend: tuple[LegendEntry, ...] = ()
    notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    backend: str = "graphviz"
    model_id: str = ""
    view_id: str = ""
    figure: str | None = None
    group_by: str = "layer"
    warnings: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        """How every message names the figure: ``figure 'model-view' (Title)``."""
        return f"figure {self.figure_id!r} ({self.title})"


@dataclass(frozen=True)
class FigureRecord:
    """A built figure as the gallery and the embedding snippets see it.

    ``files`` maps a format (``svg``, ``png``, ``pdf``, ``dot``...) to the file's path relative to
    the output folder; ``sources`` are full citations, ready to print.
    """

    figure_id: str
    model_id: str
    view_id: str
    title: str
    caption: str
    alt_text: str
    figure: str | None = None
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    files: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DatasetRecord:
    """A built dataset as the gallery lists it: title, caption, its columns and row count, its files by format."""

    dataset_id: str
    title: str
    caption: str
    columns: tuple[str, ...]
    rows: int
    files: dict[str, str] = field(default_factory=dict)


def scene_json(scene: Scene) -> str:
    """The scene as JSON: stable key order, literal Unicode (also what the figure cache keys on)."""
    return json.dumps(dataclasses.asdict(scene), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
