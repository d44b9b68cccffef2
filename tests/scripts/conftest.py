"""Helpers for the every-script tests: small models written as JSON, and the poppler tools."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from citystack import load_model
from citystack.load import LoadedModel

SAID = [{"source": "s", "status": "inferred", "reason": "a test model"}]


def element(
    element_id: str, name: str, kind: str = "operator", layer: str = "operation", **extra: Any
) -> dict[str, Any]:
    """One element of a test model, with inferred evidence."""
    return {"id": element_id, "name": name, "kind": kind, "layer": layer, "evidence": SAID, **extra}


def relation(source: str, target: str, kind: str) -> dict[str, Any]:
    """One relation of a test model, with inferred evidence."""
    return {"source": source, "target": target, "kind": kind, "evidence": SAID}


def model_data(elements: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A smart-city-stack model holding ``elements`` (and whatever else is given)."""
    return {
        "id": "scripts",
        "title": "Every script",
        "vocabulary": "smart-city-stack",
        "sources": [{"id": "s", "title": "A source"}],
        "elements": elements,
        **extra,
    }


def write_model(folder: Path, data: dict[str, Any], name: str = "model.json") -> Path:
    """The model written as JSON (literal Unicode), ready for ``citystack`` or ``load_model``."""
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def load(folder: Path, data: dict[str, Any]) -> LoadedModel:
    """The model written and loaded."""
    return load_model(write_model(folder, data))


def tool(name: str, *args: str) -> str:
    """The stdout of a poppler tool (installed by `make setup`)."""
    found = shutil.which(name)
    assert found, f"{name} is missing: `make setup` installs poppler-utils"
    return subprocess.run([found, *args], capture_output=True, text=True, check=True, timeout=60).stdout


def opaque(png: bytes) -> Image.Image:
    """A PNG laid on white, in greys."""
    drawn = Image.open(io.BytesIO(png)).convert("RGBA")
    return Image.alpha_composite(Image.new("RGBA", drawn.size, "white"), drawn).convert("L")


SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Drawing:
    """A figure's PNG (on white, in greys) with its SVG master, and how SVG units map to pixels."""

    image: Image.Image
    root: ET.Element
    scale: float
    dx: float
    dy: float

    def pixels(self, x: float, y: float) -> tuple[int, int]:
        """The pixel at SVG point (x, y) of the figure's coordinates (before its translate)."""
        return round((x + self.dx) * self.scale), round((y + self.dy) * self.scale)


def drawing(outputs: dict[str, bytes]) -> Drawing:
    """The PNG and SVG of a rendered figure, lined up."""
    image = opaque(outputs["png"])
    root = ET.fromstring(outputs["svg"])
    graph = root.find(f"{SVG}g")
    assert graph is not None
    dx, dy = (float(v) for v in re.findall(r"translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform", ""))[0])
    return Drawing(image, root, image.width / float(root.get("viewBox", "0 0 1 1").split()[2]), dx, dy)
