"""The ``diagrams`` back end, the only module that imports ``diagrams``, wrapped against its traps.

``diagrams`` gives nodes random ids unless ``nodeid=`` is passed, opens a viewer unless
``show=False``, renders files and deletes one named like the diagram in ``Diagram.__exit__``
(even after an error), keeps the current diagram in a module-level context variable, and links
its icons by absolute path. Here a diagram is built inside a fresh ``contextvars.Context`` and
never entered or exited as a context manager, every node gets its id from the model, nothing is
written, and only ``diagram.dot`` (a ``graphviz.Digraph``) is taken; citystack lays it out.

Icons are citystack's own vector set. A model may name a ``diagrams`` provider icon such as
``aws.iot.IotCore``: it is resolved only inside an allow-listed provider package, by module and
class name (no attribute paths, no files outside the package). Those icons are the providers'
low-resolution PNG artwork, shipped by ``diagrams`` without a licence of their own for print:
they appear as raster images in the PDF and belong in sketches, not publications.
"""

from __future__ import annotations

import contextlib
import contextvars
import importlib
import importlib.util
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import diagrams
import graphviz

from citystack.errors import UsageError
from citystack.render.dot_backend import add_body, add_legend, graph_attrs
from citystack.render.icons import IconFile
from citystack.render.scene import Scene
from citystack.render.themes import Theme

__all__ = ["PROVIDERS", "diagrams_digraph", "provider_icon"]

#: Providers of ``diagrams`` whose icons a model may name (``provider.module.Class``).
PROVIDERS = frozenset(
    {
        "alibabacloud",
        "aws",
        "azure",
        "digitalocean",
        "elastic",
        "firebase",
        "gcp",
        "generic",
        "ibm",
        "k8s",
        "oci",
        "onprem",
        "openstack",
        "outscale",
        "saas",
    }
)
_PROVIDER_ICON = re.compile(r"^([a-z0-9]+)\.([a-z0-9_]+)\.([A-Z][A-Za-z0-9]*)$")


def provider_icon(name: str) -> IconFile:
    """The PNG of a ``diagrams`` provider icon such as ``aws.iot.IotCore`` (see the licence caveat above)."""
    match = _PROVIDER_ICON.match(name)
    if match is None or match.group(1) not in PROVIDERS:
        raise UsageError(
            f"icon {name!r} is neither a citystack icon nor provider.module.Class of an allowed diagrams provider "
            f"({', '.join(sorted(PROVIDERS))})"
        )
    provider, module_name, class_name = match.groups()
    qualified = f"diagrams.{provider}.{module_name}"
    if importlib.util.find_spec(qualified) is None:
        raise UsageError(f"icon {name!r}: diagrams has no module {qualified}")
    module = importlib.import_module(qualified)
    node_class = getattr(module, class_name, None)
    is_node = isinstance(node_class, type) and issubclass(node_class, diagrams.Node)
    icon_dir, icon = getattr(node_class, "_icon_dir", None), getattr(node_class, "_icon", None)
    if not is_node or not isinstance(icon_dir, str) or not isinstance(icon, str):
        raise UsageError(f"icon {name!r}: {qualified} has no icon class {class_name}")
    package_root = Path(diagrams.__file__).resolve().parent.parent
    path = (package_root / icon_dir / icon).resolve()
    if package_root not in path.parents or path.suffix != ".png" or not path.is_file():
        raise UsageError(f"icon {name!r}: its image is missing from the diagrams package")
    return IconFile(name=name, filename=f"provider-{name}.png", data=path.read_bytes(), mime="image/png")


class _DiagramsCanvas:
    """Nodes, clusters and edges made through ``diagrams``, each with its id from the model."""

    def __init__(self, diagram: diagrams.Diagram, scene: Scene) -> None:
        self.diagram = diagram
        self.scene = scene
        self.made: dict[str, diagrams.Node] = {}

    def node(self, container: graphviz.Digraph, node_id: str, attrs: dict[str, str]) -> None:
        """A plain ``diagrams.Node`` (in the open cluster): the icon is in its HTML-like label."""
        attrs = dict(attrs)
        label = attrs.pop("label")
        self.made[node_id] = diagrams.Node(label, nodeid=node_id, **attrs)

    @contextlib.contextmanager
    def cluster(self, container: graphviz.Digraph, name: str, attrs: dict[str, str]) -> Iterator[graphviz.Digraph]:
        """A ``diagrams.Cluster``; its own context only attaches its subgraph, it writes no file."""
        attrs = dict(attrs)
        # diagrams sets pencolor and bgcolor on every cluster, which would win over color/fillcolor
        attrs.update({"pencolor": attrs["color"], "bgcolor": attrs["fillcolor"]})
        cluster = diagrams.Cluster(label="", direction=self.scene.direction, graph_attr=attrs)
        cluster.dot.name = name
        with cluster:
            yield cluster.dot

    def edge(self, graph: graphviz.Digraph, tail: str, head: str, attrs: dict[str, str]) -> None:
        """A ``diagrams.Edge`` between two nodes made before (``dir=back`` becomes ``reverse``)."""
        attrs = dict(attrs)
        back = attrs.pop("dir", "forward") == "back"
        arrow = diagrams.Edge(forward=not back, reverse=back, **attrs)
        self.diagram.connect(self.made[tail], self.made[head], arrow)


def _build(scene: Scene, theme: Theme, icons: Mapping[str, IconFile]) -> graphviz.Digraph:
    attrs = graph_attrs(scene, theme)
    attrs.update({"label": "", "splines": "spline"})
    diagram = diagrams.Diagram(
        name="",
        filename=scene.figure_id,
        direction=scene.direction,
        curvestyle="curved",
        outformat="dot",
        show=False,
        graph_attr=attrs,
        node_attr={
            "fontname": theme.font,
            "fontcolor": theme.foreground,
            "fontsize": f"{theme.font_size:g}",
            # back to graphviz's defaults, which diagrams changes for every node
            "shape": "box",
            "style": "solid",
            "fixedsize": "false",
            "width": "0.75",
            "height": "0.5",
            "labelloc": "c",
            "imagescale": "false",
        },
        edge_attr={"color": theme.cluster_line},
    )
    diagram.dot.name = scene.figure_id
    diagrams.setdiagram(diagram)  # only inside the private Context this runs in
    add_body(diagram.dot, scene, theme, icons, _DiagramsCanvas(diagram, scene))
    add_legend(diagram.dot, scene, theme, icons)
    return diagram.dot


def diagrams_digraph(scene: Scene, theme: Theme, icons: Mapping[str, IconFile]) -> graphviz.Digraph:
    """The icon figure of a scene, built with ``diagrams`` without any of its side effects."""
    return contextvars.Context().run(_build, scene, theme, icons)
