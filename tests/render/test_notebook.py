"""Jupyter: a figure shows itself as SVG, and the extension shows a model as its first view."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from citystack.render.notebook import figure, load_ipython_extension

from .conftest import ICON_CITY, SVG, loaded, parse

pytestmark = pytest.mark.dot


def test_a_figure_displays_as_the_svg_master_of_its_view() -> None:
    shown = figure(loaded(ICON_CITY), "layers", theme="print")
    root = parse(shown._repr_svg_().encode("utf-8"))
    assert root.find(f"{SVG}title").text == "Icon city by layer"
    assert repr(shown) == "Figure(model='icon-city', view='layers', theme='print')"


def test_the_extension_shows_a_model_as_its_first_view() -> None:
    registered: dict[type, object] = {}

    class Formatter:
        def for_type(self, kind: type, function: object) -> None:
            registered[kind] = function

    shell = SimpleNamespace(display_formatter=SimpleNamespace(formatters={"image/svg+xml": Formatter()}))
    load_ipython_extension(shell)
    item = loaded(ICON_CITY)
    assert set(registered) == {type(item), type(item.model)}
    svg = registered[type(item)](item)
    first = item.model.views[0].title
    assert parse(svg.encode("utf-8")).find(f"{SVG}title").text == first
