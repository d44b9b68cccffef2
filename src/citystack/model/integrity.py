"""Cross-reference checks that make a model loadable: every id resolves, every id is unique.

These are load errors (exit 2), not rule findings: a model with a dangling reference cannot be
drawn or checked at all. The checks read plain data (what a model file holds, or a model dumped
to it) and tolerate items of the wrong shape, so that one run can report shape errors and
reference errors together. Each problem comes with the path of the offending field, so the
loader can point at its file, line and column.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from citystack.model.vocabulary import Vocabulary
from citystack.suggest import closest, did_you_mean
from citystack.vocabularies import UnknownVocabulary, resolve_vocabulary

__all__ = ["Loc", "integrity_problems"]

Loc = tuple[str | int, ...]
Problems = Iterator[tuple[Loc, str]]


def _items(data: dict[str, Any], field: str) -> list[tuple[int, dict[str, Any]]]:
    """The mapping items of a list field, with their index; anything else is pydantic's to report."""
    value = data.get(field)
    if not isinstance(value, list | tuple):
        return []
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)]


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return value if isinstance(value, str) else None


def _texts(item: dict[str, Any], key: str) -> list[tuple[int, str]]:
    value = item.get(key)
    if not isinstance(value, list | tuple):
        return []
    return [(index, ref) for index, ref in enumerate(value) if isinstance(ref, str)]


def _ids(data: dict[str, Any], field: str) -> set[str]:
    return {item_id for _, item in _items(data, field) if (item_id := _text(item, "id"))}


def _duplicates(fields: Iterable[str], data: dict[str, Any], what: str) -> Problems:
    seen: dict[str, Loc] = {}
    for field in fields:
        for index, item in _items(data, field):
            item_id = _text(item, "id")
            if item_id is None:
                continue
            if item_id in seen:
                first = ".".join(str(part) for part in seen[item_id])
                yield (
                    (field, index, "id"),
                    f"duplicate {what} id {item_id!r} (first defined at {first}); give each one its own id",
                )
            else:
                seen[item_id] = (field, index)


def _unknown(ref: str, known: set[str], what: str) -> str:
    """``unknown element 'camra'; did you mean 'camera'?`` (no list: a model may have hundreds)."""
    near = closest(ref, known)
    hint = "; did you mean " + " or ".join(repr(name) for name in near) + "?" if near else ""
    return f"unknown {what} {ref!r}{hint}"


def _refs(item: dict[str, Any], loc: Loc, key: str, known: set[str], what: str) -> Problems:
    """Every reference in ``item[key]`` (one id or a list of ids) that is not in ``known``."""
    if isinstance(item.get(key), str):
        ref = item[key]
        if ref not in known:
            yield (*loc, key), _unknown(ref, known, what)
        return
    for index, ref in _texts(item, key):
        if ref not in known:
            yield (*loc, key, index), _unknown(ref, known, what)


def _evidence(item: dict[str, Any], loc: Loc, sources: set[str]) -> Problems:
    for index, evidence in _items(item, "evidence"):
        yield from _refs(evidence, (*loc, "evidence", index), "source", sources, "source")
        yield from _refs(evidence, (*loc, "evidence", index), "competing", sources, "source")


def _vocabulary(data: dict[str, Any]) -> Vocabulary | str | None:
    """The model's vocabulary, an error message, or None when its shape is pydantic's to report."""
    ref = data.get("vocabulary")
    if isinstance(ref, Vocabulary):
        return ref
    if isinstance(ref, dict):
        try:
            return Vocabulary.model_validate(ref)
        except ValidationError:
            return None
    if isinstance(ref, str):
        try:
            return resolve_vocabulary(ref)
        except UnknownVocabulary as error:
            return str(error)
    return None


def _element_problems(data: dict[str, Any], vocab: Vocabulary, sources: set[str]) -> Problems:
    layer_ids = {layer.id for layer in vocab.layers}
    for index, element in _items(data, "elements"):
        loc: Loc = ("elements", index)
        layer, kind_id = _text(element, "layer"), _text(element, "kind")
        if layer is not None and layer not in layer_ids:
            yield (*loc, "layer"), f"unknown layer {layer!r}{did_you_mean(layer, layer_ids, 'layers')}"
        kind = vocab.kind(kind_id) if kind_id is not None else None
        if kind_id is not None and kind is None:
            known = {k.id for k in vocab.kinds}
            yield (*loc, "kind"), f"unknown element kind {kind_id!r}{did_you_mean(kind_id, known, 'kinds')}"
        elif kind is not None and layer in layer_ids and layer not in kind.layers:
            yield (*loc, "layer"), _misplaced(vocab, kind.id, kind.layers, str(layer))
        yield from _evidence(element, loc, sources)


def _misplaced(vocab: Vocabulary, kind: str, allowed: tuple[str, ...], layer: str) -> str:
    """A kind in a layer that does not allow it: the layers it may use, and the kinds the layer takes."""
    here = sorted(k.id for k in vocab.kinds if layer in k.layers)
    message = f"kind {kind!r} may not sit in layer {layer!r}: use layer: {' or '.join(allowed)}"
    return message + (f", or a kind of layer {layer!r} ({', '.join(here)})" if here else "")


def _relation_problems(data: dict[str, Any], vocab: Vocabulary, elements: set[str], sources: set[str]) -> Problems:
    kinds = {k.id for k in vocab.relation_kinds}
    for index, relation in _items(data, "relations"):
        loc: Loc = ("relations", index)
        yield from _refs(relation, loc, "source", elements, "element")
        yield from _refs(relation, loc, "target", elements, "element")
        kind = _text(relation, "kind")
        if kind is not None and kind not in kinds:
            yield (*loc, "kind"), f"unknown relation kind {kind!r}{did_you_mean(kind, kinds, 'relation kinds')}"
        yield from _evidence(relation, loc, sources)


def _boundary_problems(data: dict[str, Any], elements: set[str], sources: set[str]) -> Problems:
    boundaries = _ids(data, "boundaries")
    for index, boundary in _items(data, "boundaries"):
        loc: Loc = ("boundaries", index)
        yield from _refs(boundary, loc, "members", elements, "element")
        yield from _refs(boundary, loc, "gateways", elements, "element")
        members = {ref for _, ref in _texts(boundary, "members")}
        for g_index, ref in _texts(boundary, "gateways"):
            if ref in elements and ref not in members:
                yield (*loc, "gateways", g_index), f"gateway {ref!r} is not a member of the boundary"
        if boundary.get("parent") is not None:
            yield from _refs(boundary, loc, "parent", boundaries, "boundary")
        yield from _evidence(boundary, loc, sources)
    yield from _shared_members(data)


def _ancestors(parents: dict[str, str | None], boundary_id: str) -> set[str]:
    """The boundaries that hold ``boundary_id`` (its parent, their parents...); stops at a cycle."""
    found: set[str] = set()
    current = parents.get(boundary_id)
    while current is not None and current not in found and current != boundary_id:
        found.add(current)
        current = parents.get(current)
    return found


def _shared_members(data: dict[str, Any]) -> Problems:
    """An element in two boundaries neither of which holds the other.

    A figure draws boundaries as nested frames, so such an element could be drawn inside only
    one of them and the other would silently lose it; the rules, meanwhile, would count it in
    both. Boundaries that share an element must nest (one the ``parent`` of the other).
    """
    parents: dict[str, str | None] = {}
    for _, boundary in _items(data, "boundaries"):
        boundary_id = _text(boundary, "id")
        if boundary_id is not None:
            parents[boundary_id] = _text(boundary, "parent")
    first_holder: dict[str, list[str]] = {}
    for index, boundary in _items(data, "boundaries"):
        boundary_id = _text(boundary, "id")
        if boundary_id is None:
            continue
        for m_index, ref in _texts(boundary, "members"):
            holders = first_holder.setdefault(ref, [])
            apart = [
                other
                for other in holders
                if other != boundary_id
                and other not in _ancestors(parents, boundary_id)
                and boundary_id not in _ancestors(parents, other)
            ]
            if apart:
                yield (
                    ("boundaries", index, "members", m_index),
                    f"element {ref!r} is also a member of boundary {apart[0]!r}, and neither boundary holds "
                    f"the other: a figure could draw it in only one of them (make one boundary the parent "
                    f"of the other, or keep the element in one)",
                )
            holders.append(boundary_id)


def _other_problems(data: dict[str, Any], vocab: Vocabulary, elements: set[str], sources: set[str]) -> Problems:
    layers = {layer.id for layer in vocab.layers}
    boundaries = _ids(data, "boundaries")
    facts = _ids(data, "facts")
    for index, fact in _items(data, "facts"):
        loc: Loc = ("facts", index)
        yield from _refs(fact, loc, "about", elements | boundaries, "element")
        yield from _evidence(fact, loc, sources)
        for a_index, alternative in _items(fact, "alternatives"):
            yield from _refs(alternative, (*loc, "alternatives", a_index), "source", sources, "source")
    for index, view in _items(data, "views"):
        loc = ("views", index)
        yield from _refs(view, loc, "layers", layers, "layer")
        yield from _refs(view, loc, "elements", elements, "element")
        yield from _refs(view, loc, "exclude", elements, "element")
        yield from _refs(view, loc, "facts", facts, "fact")
    relation_kinds = {k.id for k in vocab.relation_kinds}
    for index, claim in _items(data, "claims"):
        loc = ("claims", index)
        yield from _refs(claim, loc, "subject", elements, "element")
        yield from _refs(claim, loc, "objects", elements | layers, "element or layer")
        yield from _refs(claim, loc, "via", relation_kinds, "relation kind")
        yield from _evidence(claim, loc, sources)
    for index, counterpart in _items(data, "counterparts"):
        yield from _refs(counterpart, ("counterparts", index), "element", elements, "element")
    targets = elements | boundaries | facts | _ids(data, "relations") | _ids(data, "claims")
    for index, suppression in _items(data, "suppressions"):
        if suppression.get("target") is not None:
            yield from _refs(suppression, ("suppressions", index), "target", targets, "item")


def integrity_problems(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    """Every dangling reference, duplicate id and vocabulary mismatch in a model's data."""
    vocab = _vocabulary(data)
    if isinstance(vocab, str):
        return [(("vocabulary",), vocab)]
    problems: list[tuple[Loc, str]] = []
    problems += _duplicates(("sources",), data, "source")
    problems += _duplicates(("elements", "boundaries"), data, "element or boundary")
    for field, what in (("relations", "relation"), ("facts", "fact"), ("views", "view"), ("claims", "claim")):
        problems += _duplicates((field,), data, what)
    if vocab is None:
        return problems
    elements, sources = _ids(data, "elements"), _ids(data, "sources")
    problems += _element_problems(data, vocab, sources)
    problems += _relation_problems(data, vocab, elements, sources)
    problems += _boundary_problems(data, elements, sources)
    problems += _other_problems(data, vocab, elements, sources)
    return problems
