"""The citystack icon set: 48 px grey vector icons drawn for the project, released under CC0-1.0."""

from __future__ import annotations

import base64
import difflib
import functools
import pathlib
from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["ICON_NAMES", "UnknownIcon", "icon_data_uri", "icon_path", "icon_svg"]

ICON_NAMES: tuple[str, ...] = (
    "cctv_camera",
    "closed_net",
    "command_centre",
    "company",
    "data_centre",
    "data_fusion",
    "e_government",
    "fibre",
    "government",
    "infrastructure",
    "location",
    "operator",
    "phone",
    "plate_camera",
    "police",
    "prediction",
    "residents",
    "social_media",
    "supplier_state",
    "tower_5g",
    "traffic_control",
    "vendor_staff",
)

_KNOWN = frozenset(ICON_NAMES)


class UnknownIcon(KeyError):
    """A name that is not in the icon set; only names of the set resolve, so no path can escape it."""

    def __init__(self, name: str) -> None:
        self.name = name
        close = difflib.get_close_matches(str(name), ICON_NAMES, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known icons: {', '.join(ICON_NAMES)}"
        self.message = f"unknown icon {name!r}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        """The plain message (KeyError would quote it)."""
        return self.message


def _resource(name: str) -> Traversable:
    if not isinstance(name, str) or name not in _KNOWN:
        raise UnknownIcon(name)
    return resources.files(__name__).joinpath(f"{name}.svg")


def icon_path(name: str) -> pathlib.Path:
    """The SVG file of an icon, for tools (such as Graphviz ``image``) that need a file on disk."""
    resource = _resource(name)
    if not isinstance(resource, pathlib.Path):
        raise FileNotFoundError(f"icon {name!r} is inside an archive, not a file on disk: install citystack unzipped")
    return resource


def _svg_bytes(name: str) -> bytes:
    _resource(name)  # validate before the cache sees the name
    return _read(name)


@functools.cache
def _read(name: str) -> bytes:
    return _resource(name).read_bytes()


def icon_svg(name: str) -> str:
    """The SVG text of an icon, starting with its XML declaration, to inline in a figure."""
    return _svg_bytes(name).decode("utf-8")


def icon_data_uri(name: str) -> str:
    """The icon as a ``data:image/svg+xml;base64,`` URI, so a figure carries it and links no file."""
    return "data:image/svg+xml;base64," + base64.b64encode(_svg_bytes(name)).decode("ascii")
