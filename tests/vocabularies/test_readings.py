"""Every relation kind reads both ways: shipped kinds in their own words, inline ones by default."""

from __future__ import annotations

import pytest

from citystack.model import RelationKind
from citystack.model.vocabulary import default_reverse_reading
from citystack.vocabularies import SHIPPED

SHIPPED_KINDS = [(vocab.id, kind) for vocab in SHIPPED.values() for kind in vocab.relation_kinds]


@pytest.mark.parametrize(("vocab_id", "kind"), SHIPPED_KINDS, ids=[f"{v}:{k.id}" for v, k in SHIPPED_KINDS])
def test_every_shipped_kind_gives_both_readings_in_its_own_words(vocab_id: str, kind: RelationKind) -> None:
    assert kind.reading.strip() == kind.reading and kind.reading
    assert kind.reverse_reading != default_reverse_reading(kind.name), f"{vocab_id}: {kind.id} has no reverse reading"
    assert kind.reverse_reading != kind.reading


def test_the_stack_reads_captures_both_ways() -> None:
    captures = SHIPPED["smart-city-stack"].relation_kind("captures")
    assert captures is not None
    assert (captures.reading, captures.reverse_reading) == ("captures", "is captured by")


def test_an_inline_kind_without_readings_reads_as_its_name_and_a_neutral_reverse() -> None:
    kind = RelationKind.model_validate({"id": "watches", "name": "watches over"})
    assert kind.reading == "watches over"
    assert kind.reverse_reading == "is the target of 'watches over' from"


def test_an_inline_kind_keeps_readings_it_gives() -> None:
    kind = RelationKind.model_validate(
        {"id": "watches", "name": "watches", "reading": "keeps watch on", "reverse_reading": "is watched by"}
    )
    assert (kind.reading, kind.reverse_reading) == ("keeps watch on", "is watched by")


def test_an_empty_reading_is_refused_not_replaced() -> None:
    with pytest.raises(ValueError, match="reading"):
        RelationKind.model_validate({"id": "watches", "name": "watches", "reverse_reading": ""})


@pytest.mark.parametrize("vocab_id", sorted(SHIPPED))
def test_every_shipped_element_kind_and_layer_says_what_it_means(vocab_id: str) -> None:
    vocab = SHIPPED[vocab_id]
    assert all(kind.description for kind in vocab.kinds), [k.id for k in vocab.kinds if not k.description]
    assert all(layer.description for layer in vocab.layers)
    assert all(kind.description for kind in vocab.relation_kinds)
