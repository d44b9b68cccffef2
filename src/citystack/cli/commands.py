"""Imports every command module so that each registers its command on the application."""

from citystack.cli import check_cmds  # noqa: F401
from citystack.cli import model_cmds  # noqa: F401

__all__: list[str] = []
