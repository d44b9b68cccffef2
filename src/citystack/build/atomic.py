"""Files written whole or not at all: a temporary file in the same folder, then ``os.replace``."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from citystack.errors import UsageError

__all__ = ["MAX_NAME", "safe_output_path", "write_atomic"]

#: Longest output file name (with its extension); well under every file system's limit.
MAX_NAME = 120
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def safe_output_path(folder: Path, relative: str) -> Path:
    """``folder/relative`` after checking each part's characters and length, resolved inside ``folder``."""
    parts = relative.split("/")
    for part in parts:
        if len(part) > MAX_NAME or not _SAFE_NAME.match(part) or part in (".", ".."):
            raise UsageError(f"refusing output name {relative!r} (letters, digits, . _ -)")
    root = folder.resolve()
    target = root.joinpath(*parts).resolve()
    if root not in target.parents:
        raise UsageError(f"refusing output name {relative!r}: it resolves outside {folder}")
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> bool:
    """Write ``data`` to ``path`` atomically; return False (and write nothing) when it is unchanged.

    ``durable`` flushes the data to disk before the rename (outputs); a cache entry, which is
    checked on every read, skips that wait.
    """
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return True
