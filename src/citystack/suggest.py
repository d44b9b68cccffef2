""" "Did you mean" for names a user mistyped: the closest known names by edit distance (rapidfuzz).

The distance counts a swap of two neighbouring letters as one edit (``nte`` is one from ``net``).
Used wherever a name must be one of a known set (layers, kinds, relation kinds, element and view
ids, vocabularies, icons), so every such message offers the fix the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = ["closest", "did_you_mean"]

#: How many edits a suggestion may be away, for a name of this many characters at most.
_MAX_EDITS = ((3, 1), (6, 2), (12, 3))
_MAX_EDITS_LONG = 4


def _allowed_edits(name: str) -> int:
    return next((edits for length, edits in _MAX_EDITS if len(name) <= length), _MAX_EDITS_LONG)


def closest(name: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """The known names within a few edits of ``name`` (case ignored), nearest first, ties by name.

    >>> closest("cctv_camrea", ["cctv_camera", "plate_camera", "phone"])
    ['cctv_camera']
    """
    choices = sorted(set(known))
    edits = _allowed_edits(name)
    found = process.extract(
        name.lower(),
        {choice: choice.lower() for choice in choices},
        scorer=OSA.distance,
        score_cutoff=edits,
        limit=None,
    )
    ranked = sorted((distance, choice) for _, distance, choice in found)
    return [choice for _, choice in ranked[:limit]]


def did_you_mean(name: str, known: Iterable[str], what: str) -> str:
    """``"; did you mean 'cctv_camera'?"``, or the whole list of known names when none is close.

    ``what`` names the set in the plural ("kinds", "layers") for the fallback list.
    """
    names = sorted(set(known))
    near = closest(name, names)
    if near:
        return "; did you mean " + " or ".join(repr(n) for n in near) + "?"
    return f" ({what}: {', '.join(names)})" if names else ""
