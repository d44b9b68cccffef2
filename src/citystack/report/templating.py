"""The jinja2 environments of the report: HTML autoescaped, Markdown and LaTeX escaped by default too."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import jinja2

from .escape import Verbatim, escape_latex, escape_markdown, latex_label, latex_path, markdown_url

__all__ = ["html_env", "latex_env", "markdown_env"]

_PACKAGE = "citystack.report"
_FOLDER = "templates"


def _common() -> dict[str, Any]:
    """Settings every environment shares: templates from the package, undefined names are errors."""
    return {
        "loader": jinja2.PackageLoader(_PACKAGE, _FOLDER),
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "auto_reload": False,
    }


def _finalizer(escape: Callable[[str], str]) -> Callable[[object], str]:
    """Escape every printed value unless it is already ``Verbatim`` markup (the opposite of ``|safe``)."""

    def finalize(value: object) -> str:
        if isinstance(value, Verbatim):
            return value
        if value is None:
            raise TypeError("a template printed None; pass text or leave the value out")
        return escape(str(value))

    return finalize


@cache
def html_env() -> jinja2.Environment:
    """HTML with autoescape always on, whatever the template's name."""
    return jinja2.Environment(autoescape=True, **_common())


@cache
def markdown_env() -> jinja2.Environment:
    """Markdown: every ``{{ value }}`` is escaped for inline text unless a filter made it ``Verbatim``."""
    env = jinja2.Environment(autoescape=False, finalize=_finalizer(escape_markdown), **_common())
    env.filters["md_url"] = markdown_url
    return env


@cache
def latex_env() -> jinja2.Environment:
    """LaTeX: ``<< value >>`` and ``<% block %>`` delimiters, so that TeX braces need no quoting."""
    env = jinja2.Environment(
        autoescape=False,
        finalize=_finalizer(escape_latex),
        block_start_string="<%",
        block_end_string="%>",
        variable_start_string="<<",
        variable_end_string=">>",
        comment_start_string="<#",
        comment_end_string="#>",
        **_common(),
    )
    env.filters["tex_path"] = latex_path
    env.filters["tex_label"] = latex_label
    return env
