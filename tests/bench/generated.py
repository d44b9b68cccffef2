"""Generated smart-city stacks of any size, clean under every rule: what the benchmark and the cap tests load.

A model is a ring of units of ten elements (residents, two sensors, two networks, a data
platform, two analytics, two applications), each joined to itself and to the next two units by
thirty relations, three per element, so that data flows up and control comes down through the
whole ring: every reachability rule has real work to do, and none finds anything.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["UNIT", "generated_model", "write_generated"]

#: Element key, kind and layer of each element of a unit.
UNIT = (
    ("r", "residents", "city"),
    ("c", "cctv_camera", "sensing"),
    ("p", "phone", "sensing"),
    ("f", "fibre", "network"),
    ("m", "mobile_network", "network"),
    ("d", "data_fusion", "platform"),
    ("x", "prediction", "analytics"),
    ("a", "analytics", "analytics"),
    ("o", "police", "application"),
    ("t", "traffic_control", "application"),
)
#: (source, kind, target, unit offset of the target): ten relations inside a unit, the rest to the next ones.
_RELATIONS = (
    ("r", "captures", "c", 0),
    ("r", "captures", "p", 0),
    ("c", "transmits", "f", 0),
    ("p", "transmits", "m", 0),
    ("f", "transmits", "d", 0),
    ("m", "transmits", "d", 0),
    ("d", "feeds", "x", 0),
    ("d", "feeds", "a", 0),
    ("x", "feeds", "o", 0),
    ("a", "feeds", "t", 0),
    ("o", "controls", "r", 0),
    ("t", "controls", "r", 0),
    ("o", "controls", "c", 0),
    ("t", "controls", "p", 0),
    ("x", "feeds", "a", 0),
    ("f", "transmits", "m", 0),
    ("r", "captures", "c", 1),
    ("r", "captures", "p", 2),
    ("c", "transmits", "f", 1),
    ("p", "transmits", "m", 1),
    ("f", "transmits", "f", 1),
    ("m", "transmits", "d", 1),
    ("f", "transmits", "d", 2),
    ("d", "feeds", "d", 1),
    ("d", "feeds", "x", 1),
    ("x", "feeds", "o", 1),
    ("a", "feeds", "t", 1),
    ("a", "feeds", "a", 1),
    ("o", "controls", "r", 1),
    ("t", "controls", "c", 1),
)
_EVIDENCE = [{"source": "generator", "status": "inferred", "reason": "Generated to measure citystack."}]


def generated_model(elements: int) -> dict[str, Any]:
    """A model of ``elements`` elements (a multiple of ten, at least 30) and three relations each."""
    units = elements // len(UNIT)
    if units * len(UNIT) != elements or units < 3:
        raise ValueError(f"{elements} elements: give a multiple of {len(UNIT)}, at least {3 * len(UNIT)}")
    return {
        "id": f"generated-{elements}",
        "title": f"A generated stack of {elements} elements",
        "vocabulary": "smart-city-stack",
        "sources": [{"id": "generator", "title": "citystack's model generator"}],
        "elements": [
            {"id": f"{key}{unit}", "name": f"{kind} {unit}", "kind": kind, "layer": layer, "evidence": _EVIDENCE}
            for unit in range(units)
            for key, kind, layer in UNIT
        ],
        "relations": [
            {
                "source": f"{source}{unit}",
                "target": f"{target}{(unit + step) % units}",
                "kind": kind,
                "evidence": _EVIDENCE,
            }
            for unit in range(units)
            for source, kind, target, step in _RELATIONS
        ],
    }


def write_generated(folder: Path, elements: int) -> Path:
    """Write the generated model of ``elements`` elements as ``generated-<elements>.json`` in ``folder``."""
    path = folder / f"generated-{elements}.json"
    path.write_text(json.dumps(generated_model(elements)), encoding="utf-8")
    return path
