"""The sidecar JSON, the public names of citystack.report, and its templates shipped as package data."""

from __future__ import annotations

import json
from importlib import resources

import jinja2
import pytest

import citystack.report as report
from citystack.report import figure_sidecar_json
from citystack.report.templating import html_env, latex_env, markdown_env

TEMPLATES = {
    "figure.md.j2": markdown_env,
    "figure.tex.j2": latex_env,
    "figure.html.j2": html_env,
    "gallery.md.j2": markdown_env,
}


def test_sidecar_holds_caption_alt_sources_and_files(make_record) -> None:
    record = make_record(alt_text="Line one\nline two <&>", files={"pdf": "a.pdf", "dot": "a.dot", "svg": "a.svg"})
    text = figure_sidecar_json(record)
    data = json.loads(text)
    assert data["schema"] == "citystack.figure/1"
    assert data["alt_text"] == "Line one line two <&>"
    assert data["caption"] == record.caption
    assert data["sources"] == list(record.sources)
    assert data["files"] == record.files
    assert (data["figure_id"], data["model_id"], data["view_id"], data["figure"]) == (
        "paper-fig1-main",
        "paper-fig1",
        "main",
        "Figure 1",
    )
    assert "“" in text  # Unicode kept, not \u-escaped
    assert text.endswith("}\n")
    assert figure_sidecar_json(make_record(files=dict(reversed(list(record.files.items()))))) == figure_sidecar_json(
        make_record(files=record.files)
    )


def test_public_names() -> None:
    assert sorted(report.__all__) == [
        "figure_sidecar_json",
        "gallery_markdown",
        "snippet_html",
        "snippet_latex",
        "snippet_markdown",
    ]
    for name in report.__all__:
        assert callable(getattr(report, name))


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_templates_are_package_data(name: str) -> None:
    folder = resources.files("citystack.report") / "templates"
    assert (folder / name).is_file()
    assert isinstance(TEMPLATES[name]().get_template(name), jinja2.Template)


def test_html_environment_autoescapes_every_template() -> None:
    env = html_env()
    assert env.from_string("{{ x }}").render(x="<b>&") == "&lt;b&gt;&amp;"


def test_markdown_and_latex_templates_escape_what_they_are_not_told_is_markup() -> None:
    assert markdown_env().from_string("{{ x }}").render(x="*a*") == r"\*a\*"
    assert latex_env().from_string("<< x >>").render(x="50%") == r"50\%"
    with pytest.raises(jinja2.UndefinedError):
        markdown_env().from_string("{{ missing }}").render()
    with pytest.raises(TypeError, match="printed None"):
        latex_env().from_string("<< x >>").render(x=None)
