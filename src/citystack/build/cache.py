"""A content-addressed cache of drawn figures, so a rebuild redraws only what changed.

An entry's key is the SHA-256 of everything its bytes depend on: the scene (the model's content
as the view shows it), the model and view ids, the theme, the format, the dpi (PNG only) and
the environment (citystack's version and source, the versions of the Python packages that draw,
and which ``dot`` and converter binaries are on PATH). Nothing is ever looked up by file name or
date, so an entry is never stale: it is found, or it is not.

Each entry is one file, ``<folder>/v1/<key[:2]>/<key>``: a JSON header line (the SHA-256 of the
body and dot's warnings) and the body. A read checks the body against the header; an entry
that is truncated, overwritten or unreadable is removed and counts as a miss, so a damaged
cache costs a redraw and never a wrong figure. Writes are atomic.

The folder is the user's cache folder (``$XDG_CACHE_HOME/citystack`` on Linux, found by
platformdirs on every platform) unless ``--cache-dir`` names another.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from citystack.build.atomic import write_atomic

__all__ = ["CACHE_LAYOUT", "CachedOutput", "FigureCache", "default_cache_dir", "entry_key", "environment_digest"]

#: Bumped when the entry format changes; old entries are then simply never found.
CACHE_LAYOUT = "v1"
#: Python packages whose version can change a drawing.
_DRAWING_PACKAGES = ("citystack", "graphviz", "diagrams", "pikepdf", "uniseg", "defusedxml")
#: Programs whose build can change a drawing; identified by path, size and time, without running them.
_DRAWING_PROGRAMS = ("dot", "rsvg-convert")
_PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def default_cache_dir() -> Path:
    """The user's cache folder for citystack (``$XDG_CACHE_HOME/citystack``, or the platform's)."""
    from platformdirs import user_cache_path

    return Path(user_cache_path("citystack", appauthor=False))


def _source_digest(root: Path) -> str:
    """SHA-256 of citystack's own files (code, icons, data), so a changed renderer misses the cache."""
    digest = hashlib.sha256()
    for folder, dirs, files in sorted(os.walk(root)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = Path(folder, name)
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            with contextlib.suppress(OSError):
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _program_identity(name: str) -> str:
    """Where a program is and its size and modification time: a new Graphviz is a new identity."""
    found = shutil.which(name)
    if found is None:
        return f"{name}:absent"
    try:
        real = os.path.realpath(found)
        status = os.stat(real)
    except OSError:
        return f"{name}:{found}"
    return f"{name}:{real}:{status.st_size}:{status.st_mtime_ns}"


def _package_version(name: str) -> str:
    try:
        return f"{name}=={version(name)}"
    except PackageNotFoundError:
        return f"{name}:absent"


@lru_cache(maxsize=1)
def environment_digest() -> str:
    """SHA-256 of what, besides the figure itself, decides its bytes (see the module docstring)."""
    parts = [CACHE_LAYOUT, _source_digest(_PACKAGE_ROOT)]
    parts += [_package_version(name) for name in _DRAWING_PACKAGES]
    parts += [_program_identity(name) for name in _DRAWING_PROGRAMS]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def entry_key(scene_json: str, *, model: str, view: str, theme: str, fmt: str, dpi: int) -> str:
    """The key of one format of one figure: SHA-256 of its scene, ids, theme, format, dpi and environment."""
    header = {
        "environment": environment_digest(),
        "model": model,
        "view": view,
        "theme": theme,
        "format": fmt,
        "dpi": dpi if fmt == "png" else None,  # only the PNG depends on it
    }
    digest = hashlib.sha256(json.dumps(header, sort_keys=True).encode("utf-8") + b"\0")
    digest.update(scene_json.encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class CachedOutput:
    """One format of one figure as the cache holds it: its bytes and dot's warnings."""

    data: bytes
    warnings: str = ""


@dataclass(frozen=True)
class FigureCache:
    """Entries under ``folder``; a cache without a folder finds nothing and keeps nothing."""

    folder: Path | None

    def _path(self, key: str) -> Path | None:
        if self.folder is None or len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            return None
        return self.folder / CACHE_LAYOUT / key[:2] / key

    def get(self, key: str) -> CachedOutput | None:
        """The entry for ``key`` if it is there and intact; a damaged entry is removed and missed."""
        path = self._path(key)
        if path is None:
            return None
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        header_line, newline, body = raw.partition(b"\n")
        try:
            header = json.loads(header_line) if newline else None
            intact = (
                isinstance(header, dict)
                and header.get("sha256") == hashlib.sha256(body).hexdigest()
                and isinstance(header.get("warnings", ""), str)
            )
        except ValueError:
            intact = False
        if not intact or not isinstance(header, dict):
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        return CachedOutput(data=body, warnings=header.get("warnings", ""))

    def put(self, key: str, output: CachedOutput) -> None:
        """Keep an entry; a cache folder that cannot be written is left alone (the build goes on)."""
        path = self._path(key)
        if path is None:
            return
        header = json.dumps({"sha256": hashlib.sha256(output.data).hexdigest(), "warnings": output.warnings})
        with contextlib.suppress(OSError):
            write_atomic(path, header.encode("utf-8") + b"\n" + output.data, durable=False)
