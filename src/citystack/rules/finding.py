"""The finding: an immutable record of one broken rule, placed at an item, a file and a line."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Finding", "Severity"]


class Severity(StrEnum):
    """How much a finding matters: only ``error`` makes ``citystack check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for notes: the order reports list them in."""
        return (Severity.ERROR, Severity.WARNING, Severity.INFO).index(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken rule: which rule, how bad, what is wrong, where, and how to fix it.

    ``item`` is the id of the element, relation, boundary, fact, claim or suppression the
    finding is about (``None`` for the whole model); ``line`` is 1-based, 0 when unknown.
    """

    code: str
    severity: Severity
    message: str
    item: str | None = None
    file: str = ""
    line: int = 0
    hint: str = ""
    model: str = ""

    def sort_key(self) -> tuple[str, str, int, str, str, str]:
        """Deterministic report order: by file, model, line, code, item, then message."""
        return (self.file, self.model, self.line, self.code, self.item or "", self.message)

    def to_dict(self) -> dict[str, str | int | None]:
        """Plain data for JSON output."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "item": self.item,
            "file": self.file,
            "line": self.line,
            "hint": self.hint,
            "model": self.model,
        }
