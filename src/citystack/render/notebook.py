"""Figures in Jupyter: ``figure(model, view)`` displays itself, and models display their first view.

The model package must not know about rendering (its layering is tested), so nothing is added to
the model classes. Instead:

- ``figure(model, "view-id")`` returns a :class:`Figure`, which has ``_repr_svg_``: the way to
  show one view (a bare ``View`` holds ids only and cannot be drawn without its model);
- ``%load_ext citystack.render.notebook`` registers an ``image/svg+xml`` formatter with IPython
  for ``Model`` and ``LoadedModel``, so that a model at the end of a cell shows its first view.
  IPython's formatter registry is the hook it offers for types that cannot carry ``_repr_svg_``.
"""

from __future__ import annotations

from typing import Any

from citystack.load import LoadedModel
from citystack.model import Model, View
from citystack.render.pipeline import render_figure

__all__ = ["Figure", "figure", "load_ipython_extension", "model_svg"]


class Figure:
    """One view of a model, drawn on demand; Jupyter shows it as SVG."""

    def __init__(self, model: Model | LoadedModel, view: View | str | None = None, *, theme: str = "default") -> None:
        self.model = model
        self.view = view
        self.theme = theme

    def svg(self) -> str:
        """The SVG master of the figure, as text."""
        return render_figure(self.model, self.view, ["svg"], theme=self.theme).outputs["svg"].decode("utf-8")

    def _repr_svg_(self) -> str:
        return self.svg()

    def __repr__(self) -> str:
        model = self.model.model if isinstance(self.model, LoadedModel) else self.model
        view = self.view.id if isinstance(self.view, View) else self.view
        return f"Figure(model={model.id!r}, view={view!r}, theme={self.theme!r})"


def figure(model: Model | LoadedModel, view: View | str | None = None, *, theme: str = "default") -> Figure:
    """A displayable figure of one view (default: the model's first view)."""
    return Figure(model, view, theme=theme)


def model_svg(model: Model | LoadedModel) -> str:
    """The SVG of a model's first view (what a notebook shows for a model)."""
    return Figure(model).svg()


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext citystack.render.notebook``: models display as the SVG of their first view."""
    formatter = ipython.display_formatter.formatters["image/svg+xml"]
    formatter.for_type(Model, model_svg)
    formatter.for_type(LoadedModel, model_svg)
