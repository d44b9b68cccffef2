"""A vocabulary as a reference a model author can read: text for the terminal, JSON, Markdown.

Layers come in stack order (bottom first), the element kinds under each layer they may sit in,
then the relation kinds with their meaning, direction, the layer pairs they may join and their
reading both ways. ``docs/vocabularies.md`` is :func:`vocabularies_markdown` of the shipped ones.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from citystack.model import ElementKind, Layer, RelationKind, Vocabulary
from citystack.report.escape import collapse_whitespace, escape_markdown

__all__ = ["vocabularies_markdown", "vocabulary_json", "vocabulary_markdown", "vocabulary_text"]

_DIRECTIONS = {
    "up": "up the stack (towards later layers)",
    "down": "down the stack (towards earlier layers)",
    "same": "within one layer",
    "any": "any way",
}
_NONE = "-"


def _kinds_in(vocab: Vocabulary, layer: Layer) -> list[ElementKind]:
    return [kind for kind in vocab.kinds if layer.id in kind.layers]


def _direction(kind: RelationKind) -> str:
    text = _DIRECTIONS[kind.direction]
    if kind.max_step is not None and kind.direction in ("up", "down"):
        text += f", at most {kind.max_step} layer{'' if kind.max_step == 1 else 's'} per arrow"
    return text


def _pairs(kind: RelationKind) -> list[str]:
    """``["city > sensing", ...]``; empty when the kind may join any two layers."""
    return [f"{pair.source} > {pair.target}" for pair in kind.pairs]


def _traits(kind: RelationKind) -> list[str]:
    """What the rules make of the kind, in words: data flow, control, intended cycles."""
    flags = (
        (kind.carries_data, "Carries data."),
        (kind.controls, "Part of the control loop."),
        (kind.feedback, "A feedback loop: cycles are intended."),
        (kind.blocked, "Blocked: drawn so the absence shows, never a path for any check."),
    )
    return [text for on, text in flags if on]


def _drawn(kind: ElementKind) -> str:
    return f"icon {kind.icon}, shape {kind.shape}" if kind.icon else f"no icon, shape {kind.shape}"


def vocabulary_json(vocab: Vocabulary) -> str:
    """The vocabulary as JSON: the same fields an inline ``vocabulary:`` takes, readings filled in."""
    return json.dumps(vocab.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _one_line(text: str) -> str:
    return collapse_whitespace(text) or _NONE


def vocabulary_text(vocab: Vocabulary) -> str:
    """The vocabulary as plain text for a terminal (no colour, no markup)."""
    lines = [f"{vocab.id}: {_one_line(vocab.name)}"]
    if vocab.description:
        lines.append(_one_line(vocab.description))
    lines += ["", "Layers, bottom of the stack first:"]
    width = max(len(layer.id) for layer in vocab.layers)
    for rank, layer in enumerate(vocab.layers, start=1):
        place = f"{rank:>2}" if layer.stacked else " -"
        beside = " (beside the stack)" if not layer.stacked else ""
        lines.append(f"  {place}  {layer.id:<{width}}  {_one_line(layer.name)}{beside}: {_one_line(layer.description)}")
    lines += ["", "Element kinds (kind: name [how it is drawn]: meaning), by layer:"]
    for layer in vocab.layers:
        lines.append(f"  {layer.id}")
        for element_kind in _kinds_in(vocab, layer):
            name, meaning = _one_line(element_kind.name), _one_line(element_kind.description)
            lines.append(f"    {element_kind.id}: {name} [{_drawn(element_kind)}]: {meaning}")
    lines += ["", "Relation kinds (read: SOURCE reading TARGET / TARGET reverse reading SOURCE):"]
    for kind in vocab.relation_kinds:
        lines.append(f"  {kind.id}: {_one_line(kind.description)}")
        lines.append(f"      reads: A {kind.reading} B / B {kind.reverse_reading} A")
        lines.append(f"      direction: {_direction(kind)}")
        lines.append(f"      joins: {', '.join(_pairs(kind)) or 'any two layers'}")
        traits = _traits(kind)
        if traits:
            lines.append(f"      {' '.join(traits)}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text escaped for one Markdown table cell (pipes and newlines cannot break the row)."""
    return str(escape_markdown(text)) or _NONE


def _code(text: str) -> str:
    return f"`{text}`" if text else _NONE


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def vocabulary_markdown(vocab: Vocabulary) -> str:
    """One vocabulary as a Markdown section (a level-2 heading and three tables)."""
    lines = [f"## `{vocab.id}`: {escape_markdown(vocab.name)}", ""]
    if vocab.description:
        lines += [str(escape_markdown(vocab.description)), ""]
    lines += ["Layers, bottom of the stack first:", ""]
    lines += _table(
        ("#", "layer", "name", "meaning"),
        (
            (str(rank) if layer.stacked else "beside", _code(layer.id), _cell(layer.name), _cell(layer.description))
            for rank, layer in enumerate(vocab.layers, start=1)
        ),
    )
    lines += ["", "Element kinds, by layer:", ""]
    lines += _table(
        ("layer", "kind", "name", "icon", "shape", "meaning"),
        (
            (
                _code(layer.id),
                _code(kind.id),
                _cell(kind.name),
                _code(kind.icon or ""),
                _code(kind.shape),
                _cell(kind.description),
            )
            for layer in vocab.layers
            for kind in _kinds_in(vocab, layer)
        ),
    )
    lines += ["", "Relation kinds (`A reading B`, and `B reverse reading A`):", ""]
    lines += _table(
        ("kind", "meaning", "reading", "reverse reading", "direction", "layer pairs (source > target)"),
        (
            (
                _code(kind.id),
                _cell(" ".join([kind.description, *_traits(kind)])),
                _cell(kind.reading),
                _cell(kind.reverse_reading),
                _cell(_direction(kind)),
                ", ".join(_code(pair) for pair in _pairs(kind)) or "any two layers",
            )
            for kind in vocab.relation_kinds
        ),
    )
    return "\n".join(lines) + "\n"


def vocabularies_markdown(vocabs: Iterable[Vocabulary]) -> str:
    """``docs/vocabularies.md``: an introduction, then one section per vocabulary."""
    intro = [
        "# Vocabularies",
        "",
        "<!-- Generated by `citystack vocab --format md`; do not edit by hand (a test keeps it current). -->",
        "",
        "A model names its vocabulary with `vocabulary: NAME` (or gives one inline). The vocabulary",
        "says which layers there are, which element kinds each layer allows, and which relation kinds",
        "may join which layers. `citystack vocab NAME` prints the same reference in the terminal,",
        "`citystack vocab MODEL` the vocabulary a model uses, and `citystack schema --vocabulary NAME`",
        "a JSON Schema with these names for editors to complete.",
        "",
    ]
    return "\n".join(intro) + "\n" + "\n".join(vocabulary_markdown(vocab) for vocab in vocabs)
