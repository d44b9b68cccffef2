"""Helpers for the rule tests: the clean fixtures, variants of them, and running chosen rules."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from citystack.load import load_model
from citystack.rules import Finding, SourceTexts, check_model, select_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MARK = "# <-"


@dataclass
class Kit:
    """Builds model texts from the clean fixtures and runs rules on them."""

    tmp_path: Path

    @property
    def stack(self) -> str:
        return (FIXTURES / "clean_stack.yaml").read_text(encoding="utf-8")

    @property
    def causal(self) -> str:
        return (FIXTURES / "clean_causal.yaml").read_text(encoding="utf-8")

    @staticmethod
    def variant(
        base: str,
        *,
        add: dict[str, list[str]] | None = None,
        drop: tuple[str, ...] = (),
        mark: tuple[str, ...] = (),
    ) -> str:
        """Drop the lines containing any of ``drop``, insert ``add[key]`` right after the line ``key``,
        and put the marker ``# <-`` on the lines containing any of ``mark``."""
        out: list[str] = []
        for line in base.splitlines():
            if any(text in line for text in drop):
                continue
            out.append(f"{line}  {MARK}" if any(text in line for text in mark) else line)
            for extra in (add or {}).get(line.strip(), []):
                out.append(extra)
        return "\n".join(out) + "\n"

    @staticmethod
    def marked(text: str) -> list[int]:
        """The 1-based numbers of the lines that carry the marker."""
        return [number for number, line in enumerate(text.splitlines(), start=1) if MARK in line]

    def write(self, text: str, name: str = "model.yaml") -> Path:
        path = self.tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    def run(
        self, text: str, select: str, *, name: str = "model.yaml", sources: SourceTexts | None = None
    ) -> list[Finding]:
        """The findings of the selected rules (codes or prefixes, comma-separated) on a model text."""
        loaded = load_model(self.write(text, name))
        return list(check_model(loaded, select_rules([select]), sources))

    def only(self, text: str, code: str, **kwargs: object) -> Finding:
        """The single finding of one rule (fails the test when there are none or several)."""
        found = [f for f in self.run(text, code, **kwargs) if f.code == code]  # type: ignore[arg-type]
        assert len(found) == 1, found
        return found[0]


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    """A fresh helper writing into the test's temporary folder."""
    return Kit(tmp_path)
