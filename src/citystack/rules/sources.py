"""Reading the source texts given with ``--sources DIR``, each matched to the source it belongs to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from citystack.errors import UsageError
from citystack.rules.quotes import normalise

__all__ = ["SourceTexts", "read_source_texts"]

MAX_SOURCE_BYTES = 20_000_000


@dataclass(frozen=True)
class SourceTexts:
    """The normalised text of each file of a folder, looked up by source id.

    A file belongs to a source whose id equals the file's stem, or is a prefix of it followed by
    ``-`` (source ``ichida-2023`` owns ``ichida-2023-geopolitical-challenges.txt``); when several
    ids fit, the longest wins.
    """

    folder: str
    texts: dict[str, str] = field(default_factory=dict)  # file stem -> normalised text

    def text_for(self, source_id: str, known_ids: Iterable[str] = ()) -> str | None:
        """The text of the source, or None when the folder has no file for it."""
        others = [other for other in known_ids if other != source_id]
        parts = []
        for stem in sorted(self.texts):
            if not _owns(source_id, stem):
                continue
            if any(len(other) > len(source_id) and _owns(other, stem) for other in others):
                continue  # a more specific source owns this file
            parts.append(self.texts[stem])
        return "\n".join(parts) if parts else None


def _owns(source_id: str, stem: str) -> bool:
    return stem == source_id or stem.startswith(f"{source_id}-")


def read_source_texts(folder: Path) -> SourceTexts:
    """Read ``folder/*.txt`` as UTF-8; a missing folder or unreadable file is a usage error."""
    if not folder.is_dir():
        raise UsageError(f"--sources: {folder.as_posix()} is not a folder")
    texts: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        try:
            if path.stat().st_size > MAX_SOURCE_BYTES:
                raise UsageError(f"{path.as_posix()}: source text larger than {MAX_SOURCE_BYTES} bytes")
            texts[path.stem] = normalise(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as error:
            raise UsageError(f"{path.as_posix()}: not UTF-8 text ({error.reason} at byte {error.start})") from None
        except OSError as error:
            raise UsageError(f"{path.as_posix()}: cannot read: {error.strerror}") from None
    return SourceTexts(folder=folder.as_posix(), texts=texts)
