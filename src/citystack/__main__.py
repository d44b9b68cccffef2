"""``python -m citystack``."""

from citystack.cli import main

main()
