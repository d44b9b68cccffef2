"""citystack.icons resolves only names of the set, and hands out each icon as a path, text or data URI."""

from __future__ import annotations

import base64
import io
import subprocess
from importlib import resources
from pathlib import Path

import cairocffi
import pytest

from citystack import icons
from citystack.icons import ICON_NAMES, UnknownIcon, icon_data_uri, icon_path, icon_svg

# The icons the rendering issue asks for, by name.
REQUIRED = {
    "cctv_camera", "plate_camera", "phone", "social_media", "location", "fibre", "tower_5g", "closed_net",
    "data_centre", "data_fusion", "prediction", "police", "traffic_control", "e_government", "command_centre",
    "operator", "vendor_staff", "residents", "infrastructure", "supplier_state", "company", "government",
}  # fmt: skip
FOLDER = Path(str(resources.files("citystack.icons")))
NOT_ICONS = [
    "../x",
    "../../pyproject",
    "..",
    "",
    "police.svg",
    "POLICE",
    " police",
    "police/../police",
    "/etc/passwd",
    "__init__",
    "LICENSE",
    "./police",
    "police\x00",
]


def test_names_are_the_required_set_sorted_without_duplicates() -> None:
    assert set(ICON_NAMES) == REQUIRED
    assert list(ICON_NAMES) == sorted(set(ICON_NAMES))
    assert isinstance(ICON_NAMES, tuple)


def test_public_names() -> None:
    assert sorted(icons.__all__) == ["ICON_NAMES", "UnknownIcon", "icon_data_uri", "icon_path", "icon_svg"]


@pytest.mark.parametrize("name", ICON_NAMES)
def test_path_is_the_shipped_svg_file(name: str) -> None:
    path = icon_path(name)
    assert isinstance(path, Path)
    assert path.is_file()
    assert path.name == f"{name}.svg"
    assert path.parent.resolve() == FOLDER.resolve()


@pytest.mark.parametrize("name", ICON_NAMES)
def test_svg_is_the_file_text(name: str) -> None:
    text = icon_svg(name)
    assert text == icon_path(name).read_text(encoding="utf-8")
    assert text.startswith("<?xml")
    assert text.rstrip().endswith("</svg>")


@pytest.mark.parametrize("name", ICON_NAMES)
def test_data_uri_carries_the_exact_bytes(name: str) -> None:
    uri = icon_data_uri(name)
    prefix = "data:image/svg+xml;base64,"
    assert uri.startswith(prefix)
    assert base64.b64decode(uri[len(prefix) :], validate=True) == icon_path(name).read_bytes()


@pytest.mark.parametrize("name", NOT_ICONS)
@pytest.mark.parametrize("function", [icon_path, icon_svg, icon_data_uri])
def test_a_name_outside_the_set_is_unknown(function, name: str) -> None:
    with pytest.raises(UnknownIcon) as caught:
        function(name)
    assert isinstance(caught.value, KeyError)
    assert caught.value.name == name
    assert str(caught.value).startswith(f"unknown icon {name!r}")


def test_unknown_icon_suggests_a_close_name() -> None:
    with pytest.raises(UnknownIcon, match=r"did you mean 'tower_5g'\?"):
        icon_svg("tower5g")


def test_unknown_icon_lists_the_set_when_nothing_is_close() -> None:
    with pytest.raises(UnknownIcon) as caught:
        icon_path("../x")
    assert all(name in str(caught.value) for name in ICON_NAMES)


def test_unknown_icon_is_caught_as_key_error() -> None:
    with pytest.raises(KeyError):
        icon_data_uri("submarine")


def test_a_figure_embedding_the_data_uri_draws_every_icon(tmp_path: Path) -> None:
    """The way a figure inlines an icon: an <image> whose href is the data URI, drawn by rsvg-convert."""
    images = "".join(
        f'<image x="{48 * i}" y="0" width="48" height="48" href="{icon_data_uri(name)}"/>'
        for i, name in enumerate(ICON_NAMES)
    )
    width = 48 * len(ICON_NAMES)
    figure = tmp_path / "figure.svg"
    figure.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="48">'
        f'<rect width="{width}" height="48" fill="#ffffff"/>{images}</svg>',
        encoding="utf-8",
    )
    result = subprocess.run(["rsvg-convert", str(figure)], capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    surface = cairocffi.ImageSurface.create_from_png(io.BytesIO(result.stdout))
    assert (surface.get_width(), surface.get_height()) == (width, 48)
    data, stride = bytes(surface.get_data()), surface.get_stride()
    for i, name in enumerate(ICON_NAMES):
        dark = sum(
            1 for y in range(48) for x in range(48 * i, 48 * i + 48) if data[y * stride + 4 * x + 1] < 128
        )  # the green channel of ARGB32 pixels: dark where the ink is
        assert dark >= 48 * 48 // 20, f"{name} is missing from the figure ({dark} dark pixels)"
