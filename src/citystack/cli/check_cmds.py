"""Commands about checking: ``check`` runs the rules on model files, ``rules`` documents them.

Loading and the rules are imported when a command runs, not when ``--help`` is shown.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from citystack.cli.app import app, guarded
from citystack.cli.models_folder import models_folder
from citystack.cli.options import MAX_ELEMENTS, MAX_FILE_MB, MaxElementsOption, MaxFileMbOption, caps
from citystack.cli.output import write_output
from citystack.errors import UsageError

__all__ = ["check_command", "rules_command"]


class CheckFormat(StrEnum):
    """Formats a check report can be written in."""

    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"


@app.command("check")
@guarded
def check_command(  # noqa: PLR0917 - one parameter per command-line option
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Model files or folders (default: models/).", show_default=False, metavar="PATH"),
    ] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="Report format.")] = CheckFormat.text,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", metavar="CODES", help="Only these rule codes or prefixes (LAY,EVD001)."),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", metavar="CODES", help="Skip these rule codes or prefixes.")
    ] = None,
    sources: Annotated[
        Path | None,
        typer.Option("--sources", metavar="DIR", help="Folder of source texts (ID.txt or ID-*.txt) to find quotes in."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file.")
    ] = None,
    max_elements: MaxElementsOption = MAX_ELEMENTS,
    max_file_mb: MaxFileMbOption = MAX_FILE_MB,
) -> None:
    """Check models against every rule; exit 1 if any finding is an error, 2 on bad input.

    Files are loaded and checked one at a time, so a folder of large models needs the memory of
    its largest model only.
    """
    from citystack.load import discover, display_path, iter_models, missing_reason
    from citystack.rules import check_models, read_source_texts, select_rules
    from citystack.rules.formats import render_report
    from citystack.rules.formats.text_format import summary_line

    select_rules(select, ignore)  # a mistyped code is a usage error before anything loads
    targets = paths or [models_folder(None, give="the model files or folders to check: citystack check PATH")]
    missing = [f"{display_path(p)}: {reason}" for p in targets if (reason := missing_reason(p)) is not None]
    if missing:
        raise UsageError("\n".join(missing))
    texts = read_source_texts(sources) if sources is not None else None
    if not discover(targets):
        shown = ", ".join(display_path(p) for p in targets)
        sys.stderr.write(f"citystack check: no model files under {shown}; nothing to check.\n")
    report = check_models(iter_models(targets, caps(max_elements, max_file_mb)), select, ignore, texts)
    write_output(render_report(report, fmt.value).encode("utf-8"), output)
    if fmt is not CheckFormat.text or output is not None:
        sys.stderr.write(summary_line(report) + "\n")
    raise typer.Exit(1 if report.failed else 0)


@app.command("rules")
@guarded
def rules_command(
    code: Annotated[str | None, typer.Argument(metavar="CODE", help="A rule code: print its documentation.")] = None,
) -> None:
    """List every rule (code, severity, summary), or explain one rule."""
    from citystack.rules import all_rules, get_rule

    if code is not None:
        found = get_rule(code)
        sys.stdout.write(f"{found.code} ({found.name}) - {found.severity.value}\n\n{found.doc}\n")
        return
    for item in all_rules():
        sys.stdout.write(f"{item.code}  {item.severity.value:<7}  {item.summary}\n")
