"""Where ``--models`` points when it is not given: ``models/`` in the current folder, or a usage error."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from citystack.errors import UsageError

__all__ = ["DEFAULT_MODELS", "ModelsOption", "models_folder"]

DEFAULT_MODELS = Path("models")

ModelsOption = Annotated[
    Path | None,
    typer.Option(
        "--models",
        metavar="DIR",
        help="Folder of model files (default: models/ in the current folder).",
        show_default=False,
    ),
]


def models_folder(option: Path | None, give: str = "--models DIR (a folder of model files)") -> Path:
    """``--models`` as given, else ``models/`` of the current folder; a usage error naming both when absent.

    ``give`` is what the message suggests instead (``check`` takes paths, not ``--models``).
    """
    from citystack.load import display_path, missing_reason  # not at import: ``--help`` loads no model

    if option is not None:
        reason = missing_reason(option)
        if reason is None:
            return option  # a folder, or one model file
        where = f"--models {display_path(option)}: {reason}"
    elif DEFAULT_MODELS.is_dir():
        return DEFAULT_MODELS
    else:
        where = f"no models/ folder in {Path.cwd()}"
    raise UsageError(f"{where}; give {give}, or run `citystack init` to start one here")
