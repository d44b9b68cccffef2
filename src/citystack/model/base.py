"""Shared pydantic building blocks: the frozen base class, ids and safe text types."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

__all__ = [
    "MAX_ITEMS",
    "Frozen",
    "Id",
    "LongText",
    "Name",
    "Quote",
    "Url",
    "filled_in",
    "safe_text",
]

#: Bound on the number of elements, relations, ... in one model: rejected before ``dot`` runs.
MAX_ITEMS = 2000

_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.-]{0,79}$"
# Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return, lone
# surrogates, U+FFFE, U+FFFF), C1 controls and DEL (they break terminals), and every Unicode
# noncharacter (U+FDD0-U+FDEF and the last two code points of each of the 17 planes): an SVG
# holding one is not XML, and no font or reader draws them.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")

_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
# ``&#58;`` or ``&colon;`` would turn into ``:`` wherever a URL is decoded as HTML.
_CHARACTER_REFERENCE = re.compile(r"&(#|[A-Za-z][A-Za-z0-9]*;)")


def _kind_of(character: str) -> str:
    code = ord(character)
    if 0xD800 <= code <= 0xDFFF:
        return "lone surrogate"
    if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
        return "Unicode noncharacter"
    return "control character"


def safe_text(value: str) -> str:
    """Reject control characters, NUL, lone surrogates and noncharacters: they break SVG (XML) and terminals."""
    match = _FORBIDDEN.search(value)
    if match:
        character = match.group()
        raise ValueError(
            f"{_kind_of(character)} U+{ord(character):04X} (at character {match.start() + 1} of the text) "
            "is not allowed"
        )
    return value


def _safe_url(value: str) -> str:
    """Allow only http, https, mailto, relative links and fragments: no ``javascript:``."""
    safe_text(value)
    stripped = value.strip()
    if stripped != value or any(ch.isspace() for ch in value):
        raise ValueError("a URL may not contain white space")
    match = _URL_SCHEME.match(value)
    if match and match.group(1).lower() not in _ALLOWED_SCHEMES:
        raise ValueError(f"URL scheme {match.group(1)!r} is not allowed (http, https, mailto, relative or #)")
    if value.startswith(("//", "/\\", "\\")) or "\\" in value:
        raise ValueError("scheme-relative URLs and backslashes are not allowed")
    if _CHARACTER_REFERENCE.search(value):
        raise ValueError("a URL may not contain HTML character references (&#58; &colon; ...)")
    return value


Id = Annotated[str, StringConstraints(pattern=_ID_PATTERN)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=160), AfterValidator(safe_text)]
LongText = Annotated[str, StringConstraints(max_length=4000), AfterValidator(safe_text)]
Quote = Annotated[str, StringConstraints(min_length=1, max_length=800), AfterValidator(safe_text)]
Url = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_safe_url)]


class Frozen(BaseModel):
    """Immutable, strict-shaped record: unknown fields, NaN and infinities are rejected."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        allow_inf_nan=False,
        validate_default=True,
        str_strip_whitespace=False,
    )


def _drop_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def filled_in(description: str) -> Any:
    """A text field a file may leave out because a validator fills it in (a relation's id...).

    Optional in the JSON Schema, with no default there: an editor completing the placeholder would
    write an empty text, which the loader refuses.
    """
    return Field(default="", validate_default=False, description=description, json_schema_extra=_drop_default)
