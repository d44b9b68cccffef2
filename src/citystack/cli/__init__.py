"""The ``citystack`` command line."""

from citystack.cli.app import app, main

__all__ = ["app", "main"]
