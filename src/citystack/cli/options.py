"""Options shared by several commands, defined once: the size caps and the models folder.

``check``, ``render``, ``build`` and ``compare`` take the same ``--max-elements`` and
``--max-file-mb``; a command adds them with ``MaxElementsOption`` and ``MaxFileMbOption`` and
turns them into ``Caps`` with ``caps``. Nothing here imports more than ``citystack.caps``, so
``--help`` stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from citystack.caps import ELEMENTS_OPTION, FILE_MB_OPTION, MAX_ELEMENTS, MAX_FILE_MB, Caps
from citystack.render.limits import FIGURE_CAP_OPTION, MAX_NODES

__all__ = [
    "MAX_ELEMENTS",
    "MAX_FILE_MB",
    "MAX_NODES",
    "MaxElementsOption",
    "MaxFigureElementsOption",
    "MaxFileMbOption",
    "ModelsOption",
    "caps",
]

ModelsOption = Annotated[Path, typer.Option("--models", metavar="DIR", help="Folder of model files.")]
MaxElementsOption = Annotated[
    int,
    typer.Option(ELEMENTS_OPTION, metavar="N", min=1, help="Most elements, and most relations, one model may hold."),
]
MaxFileMbOption = Annotated[
    int, typer.Option(FILE_MB_OPTION, metavar="N", min=1, help="Largest model file read, in MiB.")
]
MaxFigureElementsOption = Annotated[
    int,
    typer.Option(
        FIGURE_CAP_OPTION,
        metavar="N",
        min=1,
        help="Most elements one figure draws (and four relations per element, at least 2000).",
    ),
]


def caps(max_elements: int, max_file_mb: int) -> Caps:
    """The caps the options ask for."""
    return Caps(max_elements=max_elements, max_file_mb=max_file_mb)
