"""A Mermaid flowchart of a scene, for Markdown hosts that draw Mermaid themselves."""

from __future__ import annotations

import re

from citystack.render.scene import Scene, SceneGroup

__all__ = ["mermaid_flowchart", "mermaid_id", "mermaid_text"]

# Inside a quoted label Mermaid gives meaning only to these: `"` ends the label, `#name;` or
# `#123;` is an entity code, and (HTML labels) `<` opens a tag before a letter, `/`, `!` or `?`,
# `&` a character reference. Exactly those become entity codes, the one escape Mermaid's grammar
# has; every other character, in any script, is kept as it is.
_SPECIAL = re.compile(r'"|#(?=\w+;)|<(?=[A-Za-z/!?])|&(?=#?\w+;)')
_ESCAPES = {'"': "#quot;", "#": "#35;", "<": "#lt;", "&": "#amp;"}
# Mermaid's entity pre-pass drops the last ";" of any line holding "style" or "classDef", then ":"
# and "#" (meant for style statements, it also hits labels such as "classDef red fill:#f00;"). Each
# statement with a label ends with Mermaid's optional ";" separator, so that one is what it drops.
_END = ";"

_SHAPES = {
    "ellipse": ('(["', '"])'),
    "oval": ('(["', '"])'),
    "circle": ('(("', '"))'),
    "cylinder": ('[("', '")]'),
    "hexagon": ('{{"', '"}}'),
    "diamond": ('{"', '"}'),
    "parallelogram": ('[/"', '"/]'),
    "trapezium": ('[/"', '"\\]'),
    "octagon": ('[["', '"]]'),
    "doubleoctagon": ('[["', '"]]'),
}
_ARROWS = {"solid": "-->", "bold": "==>", "dashed": "-.->", "dotted": "-.->"}
# A blocked relation (access that does not happen) ends in a cross instead of a head.
_BLOCKED_ARROWS = {"solid": "--x", "bold": "==x", "dashed": "-.-x", "dotted": "-.-x"}
_STATUS_CLASSES = (
    ("hedged", "stroke-dasharray: 12 3 2 3"),
    ("inferred", "stroke-dasharray: 6 4"),
    ("contested", "stroke-dasharray: 2 3"),
)


def mermaid_text(text: str) -> str:
    """Text inside a quoted Mermaid label: Unicode kept as is, only what Mermaid would read as entity codes.

    Line breaks become ``<br>``; a label that starts with a backtick (Mermaid's markdown string)
    has that backtick as an entity code.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    escaped = "<br>".join(_SPECIAL.sub(lambda match: _ESCAPES[match.group()], line) for line in lines)
    return "#96;" + escaped[1:] if escaped.startswith("`") else escaped


def mermaid_id(item_id: str, prefix: str = "n") -> str:
    """A Mermaid id from a model id (letters, digits, ``.``, ``_``, ``-``), one to one per prefix."""
    return f"{prefix}_" + item_id.replace("_", "__").replace(".", "_d").replace("-", "_h")


def _group_lines(
    group: SceneGroup, scene: Scene, children: dict[str | None, list[SceneGroup]], depth: int
) -> list[str]:
    pad = "    " * depth
    lines = [f'{pad}subgraph {mermaid_id(group.id, "g")}["{mermaid_text(group.label)}"]{_END}']
    for node in scene.nodes:
        if node.group == group.id:
            lines.append(pad + "    " + _node(node.id, node.label, node.shape))
    for child in children.get(group.id, []):
        lines.extend(_group_lines(child, scene, children, depth + 1))
    lines.append(f"{pad}end")
    return lines


def _node(node_id: str, label: str, shape: str) -> str:
    left, right = _SHAPES.get(shape, ('["', '"]'))
    return f"{mermaid_id(node_id)}{left}{mermaid_text(label)}{right}{_END}"


def mermaid_flowchart(scene: Scene) -> str:
    """The scene as a Mermaid ``flowchart``: clusters as subgraphs, kinds by shape, status by class."""
    lines = [f"flowchart {scene.direction}", f"    %% {mermaid_text(scene.title)}"]
    children: dict[str | None, list[SceneGroup]] = {}
    for group in scene.groups:
        children.setdefault(group.parent, []).append(group)
    for group in children.get(None, []):
        lines.extend(_group_lines(group, scene, children, 1))
    for node in scene.nodes:
        if node.group is None:
            lines.append("    " + _node(node.id, node.label, node.shape))
    for edge in scene.edges:
        arrow = (_BLOCKED_ARROWS if edge.blocked else _ARROWS).get(edge.line, "-->")
        text = f'|"{mermaid_text(edge.label)}"|' if edge.label else ""
        lines.append(f"    {mermaid_id(edge.source)} {arrow}{text} {mermaid_id(edge.target)}{_END}")
    for status, style in _STATUS_CLASSES:
        members = [mermaid_id(n.id) for n in scene.nodes if n.status == status]
        if members:
            lines.append(f"    classDef {status} {style}")
            lines.append(f"    class {','.join(members)} {status}")
    return "\n".join(lines) + "\n"
