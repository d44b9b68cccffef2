"""Output file names that say which figure they hold: ``figure-1-integrated-smart-city-management``."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from citystack.model import Model, View

__all__ = ["MAX_STEM", "figure_stem", "slug", "unique_stems"]

#: Longest file name stem; extensions and theme suffixes come on top.
MAX_STEM = 80


def slug(text: str, limit: int = MAX_STEM) -> str:
    """Lower-case ASCII letters and digits joined by ``-``, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or words[0][:limit] if words else out


def figure_stem(model: Model, view: View, theme: str = "default") -> str:
    """``figure-<n>-<title>`` for a numbered figure, else ``<model>-<view>``; plus ``-<theme>``."""
    if view.figure:
        number = re.sub(r"^\s*(fig(ure)?\.?)\s*", "", view.figure, flags=re.IGNORECASE)
        stem = slug(f"figure {number} {view.title}")
    else:
        stem = slug(f"{model.id} {view.id}")
    stem = stem or "figure"
    return stem if theme == "default" else f"{stem}-{theme}"


def unique_stems(stems: Sequence[str], fallbacks: Sequence[str]) -> list[str]:
    """Stems made unique: each clashing stem gets its fallback (``model-view``) appended."""
    counts = Counter(stems)
    result = []
    for stem, fallback in zip(stems, fallbacks, strict=True):
        result.append(stem if counts[stem] == 1 else slug(f"{stem} {fallback}", MAX_STEM * 2))
    if len(set(result)) != len(result):
        result = [f"{stem}-{index}" for index, stem in enumerate(result, start=1)]
    return result
