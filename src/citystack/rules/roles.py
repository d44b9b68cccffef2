"""What each layer and relation kind of a vocabulary is for, read from the vocabulary's own fields.

The rules never name the layers of one vocabulary: they derive the roles below from the
relation kinds' ``pairs``, ``direction``, ``carries_data``, ``controls`` and ``feedback`` and
from ``Layer.stacked``, so a new vocabulary is checked by the same rules.

- stacked layers: the layers of the stack in order; ``stacked=False`` layers stand beside it.
- sensing layers: where data enters the stack, i.e. the targets of data-carrying pairs that
  leave the bottom layer (``city>sensing`` makes ``sensing`` one).
- control layers: the sources of control pairs (applications and operators act on layers below).
- application layers: control layers fed with data by a layer that is not itself a control layer.
- operator layers: control layers that control another control layer.
- feeding layers: stacked layers that pass something on to another stacked layer.
- causal vocabularies: those that declare a feedback kind, so that every intended cycle is declared.
- blocked kinds: kinds that draw access a source says does not happen; they are never a path
  and play no other role.
"""

from __future__ import annotations

from dataclasses import dataclass

from citystack.model import RelationKind, Vocabulary

__all__ = ["Roles", "kind_pairs"]


def kind_pairs(kind: RelationKind, vocab: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The (source layer, target layer) pairs a kind joins; an empty table means every pair."""
    if kind.pairs:
        return tuple((pair.source, pair.target) for pair in kind.pairs)
    layers = [layer.id for layer in vocab.layers]
    return tuple((source, target) for source in layers for target in layers)


@dataclass(frozen=True)
class Roles:
    """The roles of a vocabulary's layers and kinds, derived once per model."""

    stacked: tuple[str, ...]
    data_kinds: frozenset[str]
    control_kinds: frozenset[str]
    feedback_kinds: frozenset[str]
    sensing: frozenset[str]
    control: frozenset[str]
    application: frozenset[str]
    operator: frozenset[str]
    feeding: frozenset[str]
    blocked_kinds: frozenset[str] = frozenset()

    @property
    def causal(self) -> bool:
        """A vocabulary with feedback kinds says every cycle it means must be declared as one."""
        return bool(self.feedback_kinds)

    def rank(self, layer: str) -> int:
        """The position of a stacked layer (0 is the bottom); -1 for layers beside the stack."""
        return self.stacked.index(layer) if layer in self.stacked else -1

    @classmethod
    def of(cls, vocab: Vocabulary) -> Roles:
        """Derive the roles of a vocabulary (see the module docstring)."""
        stacked = tuple(layer.id for layer in vocab.layers if layer.stacked)
        blocked = frozenset(k.id for k in vocab.relation_kinds if k.blocked)
        kinds = tuple(k for k in vocab.relation_kinds if not k.blocked)
        data = frozenset(k.id for k in kinds if k.carries_data)
        controls = frozenset(k.id for k in kinds if k.controls)
        feedback = frozenset(k.id for k in kinds if k.feedback)
        bottom = stacked[0] if stacked else None
        sensing = {
            target
            for kind in kinds
            if kind.carries_data and not kind.feedback
            for source, target in kind_pairs(kind, vocab)
            if source == bottom and target != bottom and target in stacked
        }
        control = {
            source for kind in kinds if kind.controls for source, _ in kind_pairs(kind, vocab) if source in stacked
        }
        application = {
            target
            for kind in kinds
            if kind.carries_data and not kind.feedback
            for source, target in kind_pairs(kind, vocab)
            if target in control and source in stacked and source not in control
        }
        operator = {
            source
            for kind in kinds
            if kind.controls
            for source, target in kind_pairs(kind, vocab)
            if source in control and target in control and target != source
        }
        feeding = {
            source
            for kind in kinds
            if not kind.feedback and (kind.carries_data or kind.direction == "up")
            for source, target in kind_pairs(kind, vocab)
            if source in stacked and target in stacked and target != source
        }
        return cls(
            stacked=stacked,
            data_kinds=data,
            control_kinds=controls,
            feedback_kinds=feedback,
            sensing=frozenset(sensing),
            control=frozenset(control),
            application=frozenset(application),
            operator=frozenset(operator),
            feeding=frozenset(feeding),
            blocked_kinds=blocked,
        )
