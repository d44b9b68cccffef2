"""``python -m citystack``."""

from citystack.cli import main

__all__: list[str] = []

main()
