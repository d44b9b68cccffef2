"""The typer application and the one place where errors become messages and exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

import typer

from citystack.errors import CitystackError

__all__ = ["app", "guarded", "main"]

app = typer.Typer(
    name="citystack",
    help="Model smart-city stacks as data, check them with rules, compare two stacks, and draw them as figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

P = ParamSpec("P")
R = TypeVar("R")


def fail(error: CitystackError) -> None:
    """Print an error on stderr, one problem a line, and exit with its code."""
    sys.stderr.write(f"{error}\n")
    raise typer.Exit(error.exit_code)


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Turn citystack's own errors into a message and an exit code, never a traceback."""

    @wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except CitystackError as error:
            fail(error)
            raise  # unreachable: fail() always exits

    return wrapper


def main() -> None:
    """Console entry point: unexpected failures are reported briefly unless CITYSTACK_DEBUG is set."""
    from citystack.cli import commands  # noqa: F401  (registers the commands)

    try:
        app()
    except (KeyboardInterrupt, BrokenPipeError):
        raise SystemExit(130) from None
    except Exception as error:
        if os.environ.get("CITYSTACK_DEBUG"):
            raise
        sys.stderr.write(f"citystack: internal error: {type(error).__name__}: {error}\n")
        sys.stderr.write("Set CITYSTACK_DEBUG=1 to see the traceback, and please report it.\n")
        raise SystemExit(70) from None
