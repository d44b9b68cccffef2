"""The whole-build shortcut: a build whose inputs are all unchanged is known to be up to date
without loading a model, importing the renderer or starting ``dot``.

After each build, the cache keeps a manifest under a key made of every file under the models
folder (its bytes: Python model files may import their neighbours), the options that change a
figure, the output folder and the environment (citystack's source, the drawing tools). It lists
every output file with its SHA-256, size and modification time, and the gallery's records. A
later build with the same key reads it, and when every listed output is still on disk as it
was written (same size and time; under ``--check``, same SHA-256) it is done. Anything else,
including a damaged manifest, falls through to the full build, which is itself cached per figure.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from citystack.build.cache import CachedOutput, FigureCache, entry_key
from citystack.build.options import BuildOptions, BuildResult
from citystack.render.scene import FigureRecord

__all__ = ["build_key", "recall", "remember"]


def _inputs_digest(models: Path) -> str | None:
    """SHA-256 of every file under the ``models`` folder (paths and bytes); None when one cannot be read."""
    if not models.is_dir():
        return None
    digest = hashlib.sha256()
    try:
        for path in sorted(p for p in models.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(models).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError:
        return None
    return digest.hexdigest()


def build_key(models: Path, out: Path, options: BuildOptions, title: str) -> str | None:
    """The manifest's key, or None when the inputs cannot all be read (then no shortcut)."""
    inputs = _inputs_digest(models)
    if inputs is None:
        return None
    settings = {
        "formats": list(options.formats),
        "theme": options.theme,
        "variants": list(options.variants),
        "caps": [options.caps.max_elements, options.caps.max_file_mb],
        "max_figure_elements": options.max_figure_elements,
        "out": os.path.abspath(out),
        "title": title,
        "inputs": inputs,
    }
    return entry_key(json.dumps(settings, sort_keys=True), model="", view="", theme="", fmt="build", dpi=options.dpi)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _record(fields: dict[str, Any]) -> FigureRecord:
    """A gallery record read back from JSON (its lists were tuples)."""
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
    return FigureRecord(**values)


def recall(cache: FigureCache, key: str | None, out: Path, *, check: bool) -> BuildResult | None:
    """The result of the build that made the manifest, when every output is still as it left it."""
    entry = cache.get(key) if key is not None else None
    if entry is None:
        return None
    try:
        manifest = json.loads(entry.data)
        outputs: dict[str, list[Any]] = manifest["outputs"]
        for relative, (sha256, size, mtime) in outputs.items():
            path = out / relative
            status = path.stat()
            if status.st_size != size or (_sha256(path) != sha256 if check else status.st_mtime_ns != mtime):
                return None
        records = [_record(record) for record in manifest["records"]]
        warnings = [str(w) for w in manifest["warnings"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return BuildResult(records=records, unchanged=sorted(outputs), warnings=warnings)


def remember(cache: FigureCache, key: str | None, out: Path, result: BuildResult) -> None:
    """Keep the manifest of a build that left every output up to date (nothing stale or missing)."""
    if key is None or result.stale or result.missing:
        return
    outputs = {}
    try:
        for relative in sorted({*result.written, *result.unchanged}):
            path = out / relative
            status = path.stat()
            outputs[relative] = [_sha256(path), status.st_size, status.st_mtime_ns]
    except OSError:
        return
    manifest = {"outputs": outputs, "records": [asdict(r) for r in result.records], "warnings": result.warnings}
    cache.put(key, CachedOutput(json.dumps(manifest, sort_keys=True).encode("utf-8")))
