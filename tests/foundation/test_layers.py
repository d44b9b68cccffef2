"""The package's layers: data flows down, so the model imports nothing from the layers above it."""

from __future__ import annotations

import ast
from pathlib import Path

import citystack

PACKAGE = Path(citystack.__file__).resolve().parent

#: For each lower layer, the packages it must never import.
FORBIDDEN = {
    "citystack.model": ("load", "rules", "render", "compare", "report", "build", "cli", "icons"),
    "citystack.vocabularies": ("load", "rules", "render", "compare", "report", "build", "cli", "icons"),
    "citystack.load": ("rules", "render", "compare", "report", "build", "cli"),
    "citystack.rules": ("render", "compare", "report", "build", "cli"),
    "citystack.compare": ("load", "render", "report", "build", "cli", "icons"),
    # render draws a finished Comparison (the side-by-side figure) but computes none: it may read
    # the compare package's records, never the rules.
    "citystack.render": ("rules", "cli"),
    "citystack.report": ("rules", "render.dot", "cli", "build"),
    "citystack.vendors": ("load", "rules", "render", "compare", "report", "build", "cli"),
    "citystack.dataset": ("load", "rules", "render", "compare", "report", "build", "cli"),
}


def imported_modules(source: str, module: str) -> set[str]:
    """Absolute names of everything a module's source imports (relative imports resolved)."""
    names: set[str] = set()
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def violations(package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        module = "citystack." + ".".join(path.relative_to(package).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        for lower, banned in FORBIDDEN.items():
            if module != lower and not module.startswith(lower + "."):
                continue
            for name in sorted(imported_modules(path.read_text(encoding="utf-8"), module)):
                for layer in banned:
                    target = f"citystack.{layer}"
                    if name == target or name.startswith(target + "."):
                        found.append(f"{module} imports {name}")
    return found


def test_the_package_respects_its_layers() -> None:
    assert violations() == []


def test_the_layer_check_catches_model_importing_render(tmp_path: Path) -> None:
    fake = tmp_path / "citystack"
    (fake / "model").mkdir(parents=True)
    (fake / "model" / "bad.py").write_text("from citystack.render import scene\n", encoding="utf-8")
    (fake / "model" / "lazy.py").write_text("def f():\n    import citystack.render.dot\n", encoding="utf-8")
    assert violations(fake) == [
        "citystack.model.bad imports citystack.render",
        "citystack.model.bad imports citystack.render.scene",
        "citystack.model.lazy imports citystack.render.dot",
    ]


def test_the_layer_check_catches_compare_rendering_or_loading(tmp_path: Path) -> None:
    fake = tmp_path / "citystack"
    (fake / "compare").mkdir(parents=True)
    (fake / "compare" / "bad.py").write_text(
        "from citystack.load import load_model\nimport citystack.render.svg\n", encoding="utf-8"
    )
    assert violations(fake) == [
        "citystack.compare.bad imports citystack.load",
        "citystack.compare.bad imports citystack.load.load_model",
        "citystack.compare.bad imports citystack.render.svg",
    ]
