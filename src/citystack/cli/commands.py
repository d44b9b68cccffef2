"""Imports every command module so that each registers its command on the application."""

from citystack.cli import (  # noqa: F401
    author_cmds,
    check_cmds,
    compare_cmds,
    model_cmds,
    render_cmds,
    table_cmds,
)

__all__: list[str] = []
