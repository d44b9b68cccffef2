"""The fonts figures are measured and drawn with, and which characters no installed font covers.

``dot`` measures every label with Pango and fontconfig; ``rsvg-convert`` draws the SVG master
with the same Pango and the same fontconfig file (``fontconfig/citystack-fonts.conf``: the
system's fonts less colour fonts), so a label fills the box ``dot`` made for it. The SVG's font
stack names the faces that cover the scripts the models use, in the order fontconfig falls back
to them from DejaVu Sans, so other SVG readers pick the same faces where they have them.
"""

from __future__ import annotations

import bisect
import functools
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable
from importlib import resources

__all__ = ["FONT_STACK", "font_environment", "fontconfig_file", "missing_glyph_warning", "uncovered_characters"]

#: The CSS ``font-family`` of every text in the SVG master (Debian packages in ``.ci/debian/fonts.txt``).
FONT_STACK = (
    "'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans Arabic', 'Noto Sans Hebrew', "
    "'Symbola', 'Noto Color Emoji', sans-serif"
)
# Characters drawn without a glyph of their own: spaces, line and paragraph separators, controls,
# and format characters (joiners, variation selectors, bidirectional marks).
_NO_GLYPH = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def fontconfig_file() -> str:
    """The path of citystack's fontconfig file (a real file inside the installed package)."""
    return str(resources.files("citystack.render") / "fontconfig" / "citystack-fonts.conf")


def font_environment() -> dict[str, str]:
    """Environment variables that give a child process (dot, rsvg-convert, fc-list) citystack's fonts."""
    return {"FONTCONFIG_FILE": fontconfig_file()}


def _parse_charset(text: str) -> list[tuple[int, int]]:
    """fontconfig's charset notation (``20-7e a0 ...``, hexadecimal) as inclusive ranges."""
    ranges = []
    for item in text.split():
        low, _, high = item.partition("-")
        try:
            ranges.append((int(low, 16), int(high or low, 16)))
        except ValueError:
            continue
    return ranges


@functools.cache
def _covered() -> tuple[tuple[int, int], ...] | None:
    """Every code point some installed font covers, as sorted merged ranges; None without fc-list."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        listed = subprocess.run(
            [fc_list, "--format", "%{charset}\\n"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
            env={**os.environ, **font_environment()},
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    ranges = sorted(r for line in listed.splitlines() for r in _parse_charset(line))
    merged: list[tuple[int, int]] = []
    for low, high in ranges:
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return tuple(merged)


def _is_covered(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    index = bisect.bisect_right(ranges, (code, 0x10FFFF + 1)) - 1
    return index >= 0 and ranges[index][0] <= code <= ranges[index][1]


def uncovered_characters(text: str) -> list[str]:
    """The characters of ``text`` that need a glyph and that no installed font has, in order, once each.

    Empty when fontconfig's ``fc-list`` is not there to ask (nothing can be said then).
    """
    ranges = _covered()
    if ranges is None:
        return []
    missing: list[str] = []
    for character in text:
        if character in missing or unicodedata.category(character) in _NO_GLYPH:
            continue
        if not _is_covered(ord(character), ranges):
            missing.append(character)
    return missing


def _name(character: str) -> str:
    fallback = "PRIVATE USE CHARACTER" if unicodedata.category(character) == "Co" else "UNASSIGNED CHARACTER"
    return unicodedata.name(character, fallback)


def missing_glyph_warning(texts: Iterable[str]) -> str:
    """A warning naming each character of ``texts`` that no installed font draws, or empty.

    Such a character comes out as an empty box (the .notdef glyph) in every drawn format.
    """
    missing: list[str] = []
    for text in texts:
        missing += [ch for ch in uncovered_characters(text) if ch not in missing]
    if not missing:
        return ""
    named = ", ".join(f"U+{ord(ch):04X} {_name(ch)} ({ch!r})" for ch in missing[:20])
    more = f" and {len(missing) - 20} more" if len(missing) > 20 else ""
    return (
        f"no installed font has a glyph for {named}{more}: they are drawn as empty boxes "
        "(install a font that covers them; `make setup` installs the fonts of .ci/debian/fonts.txt)"
    )
