"""Where a command's result goes: stdout, or one file given with ``-o``, written whole or not at all."""

from __future__ import annotations

import sys
from pathlib import Path

from citystack.build.atomic import write_atomic
from citystack.errors import UsageError

__all__ = ["write_output"]


def write_output(data: bytes, output: Path | None) -> None:
    """Write to stdout, or atomically to ``output``; a missing folder or a folder as target is refused."""
    from citystack.load import display_path

    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"-o: folder {display_path(folder)} does not exist")
    if output.is_dir():
        raise UsageError(f"-o: {display_path(output)} is a folder")
    try:
        write_atomic(output, data)
    except OSError as error:
        raise UsageError(f"-o: cannot write {display_path(output)}: {error.strerror}") from None
