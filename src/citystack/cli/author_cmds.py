"""Commands for writing a model: ``vocab`` shows a vocabulary, ``init`` writes a starter model."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from citystack.cli.app import app, guarded
from citystack.cli.models_folder import DEFAULT_MODELS, ModelsOption
from citystack.errors import UsageError

if TYPE_CHECKING:
    from citystack.model import Vocabulary

__all__ = ["init_command", "vocab_command"]


class VocabFormat(StrEnum):
    """Formats a vocabulary reference can be written in."""

    text = "text"
    json = "json"
    md = "md"


def _vocabulary_named(name: str, models: Path | None) -> Vocabulary:
    """A shipped vocabulary by name, else the vocabulary of the model NAME (a file, or a model id)."""
    from citystack.load import MODEL_SUFFIXES, missing_reason, resolve_model
    from citystack.suggest import closest, did_you_mean
    from citystack.vocabularies import SHIPPED, resolve_vocabulary

    if name in SHIPPED:
        return SHIPPED[name]
    folder = models or DEFAULT_MODELS
    is_file = Path(name).suffix in MODEL_SUFFIXES or missing_reason(Path(name)) is None
    if is_file or (folder.is_dir() and not closest(name, SHIPPED)):
        return resolve_vocabulary(resolve_model(name, folder).model.vocabulary)
    raise UsageError(
        f"no vocabulary, model file or model id {name!r}{did_you_mean(name, SHIPPED, 'shipped vocabularies')}"
    )


@app.command("vocab")
@guarded
def vocab_command(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="A shipped vocabulary (smart-city-stack, market, causal), or a model file or id: its vocabulary. "
            "Default: every shipped vocabulary.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[VocabFormat, typer.Option("--format", "-f", help="Output format.")] = VocabFormat.text,
    models: ModelsOption = None,
) -> None:
    """Show a vocabulary: layers in order, element kinds per layer, relation kinds and where they may go."""
    from citystack.report.vocabulary_reference import vocabularies_markdown, vocabulary_markdown, vocabulary_text
    from citystack.vocabularies import SHIPPED

    vocabs = list(SHIPPED.values()) if name is None else [_vocabulary_named(name, models)]
    if fmt is VocabFormat.json:
        from citystack.report.vocabulary_reference import vocabulary_json

        text = "".join(vocabulary_json(vocab) for vocab in vocabs) if name else _json_list(vocabs)
    elif fmt is VocabFormat.md:
        text = vocabularies_markdown(vocabs) if name is None else vocabulary_markdown(vocabs[0])
    else:
        text = "\n".join(vocabulary_text(vocab) for vocab in vocabs)
    sys.stdout.write(text)


def _json_list(vocabs: list[Vocabulary]) -> str:
    from citystack.report.vocabulary_reference import vocabulary_json

    return "[\n" + ",\n".join(vocabulary_json(vocab).rstrip("\n") for vocab in vocabs) + "\n]\n"


@app.command("init")
@guarded
def init_command(
    folder: Annotated[
        Path,
        typer.Argument(metavar="[DIR]", help="Folder to start in (created if missing; default: the current folder)."),
    ] = Path("."),
) -> None:
    """Write a small commented starter model (models/starter-stack.yaml) and the schema its editor uses."""
    from citystack.build.atomic import write_atomic
    from citystack.load import display_path
    from citystack.serialize import model_schema_text
    from citystack.starter import SCHEMA_FILE, STARTER_FILE, STARTER_VOCABULARY, starter_model
    from citystack.vocabularies import SHIPPED

    target = folder / DEFAULT_MODELS / STARTER_FILE
    schema = folder / SCHEMA_FILE
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{display_path(folder)} is not a folder")
    for existing in (target, schema):
        if existing.exists():
            raise UsageError(f"{display_path(existing)} already exists; nothing written (move it away to start afresh)")
    schema_text = model_schema_text(SHIPPED[STARTER_VOCABULARY])
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(schema, schema_text.encode("utf-8"))
        write_atomic(target, starter_model().encode("utf-8"))
    except OSError as error:
        raise UsageError(f"cannot write in {display_path(folder)}: {error.strerror}") from None
    shown = display_path(target)
    sys.stderr.write(
        f"wrote {shown} and {display_path(schema)}\n"
        "next:\n"
        f"  citystack check {shown}\n"
        f"  citystack render {shown} -o starter-stack.svg\n"
        "  citystack vocab smart-city-stack     (the layers and kinds you can use)\n"
    )
