"""Benchmark: comparing two generated stack models of 10,000 elements each (time and peak memory).

Self-contained so that any bench script can call it: ``compare_line()`` returns the line
``make bench`` prints. The models are 400 districts of a 25-element stack each; the second
model renames, re-kinds or drops some elements and adds others, so every alignment step and
every class of difference has work. They are built with ``Model.model_construct`` because a
model file may hold at most 2,000 elements (a loading limit, not one of ``compare``).
"""

from __future__ import annotations

import time
import tracemalloc

from citystack import Boundary, Element, Model, Relation, compare

ELEMENTS = 10_000
TARGET_SECONDS = 2.0
TARGET_MB = 500.0

# (suffix, name, kind, layer) of one district's stack, bottom first, and its relations.
_DISTRICT = (
    ("res", "Residents", "residents", "city"),
    ("infra", "Infrastructure", "infrastructure", "city"),
    ("cam1", "Surveillance camera north", "cctv_camera", "sensing"),
    ("cam2", "Surveillance camera south", "cctv_camera", "sensing"),
    ("plate", "Plate reader", "plate_camera", "sensing"),
    ("phone", "Phone numbers", "phone", "sensing"),
    ("loc", "Location data", "location", "sensing"),
    ("iot1", "Parking sensor", "iot_sensor", "sensing"),
    ("iot2", "Air quality sensor", "iot_sensor", "sensing"),
    ("fibre", "Optical fibre", "fibre", "network"),
    ("g5", "5G network", "mobile_network", "network"),
    ("cloud", "Vendor cloud", "cloud", "network"),
    ("fusion", "Data fusion platform", "data_fusion", "platform"),
    ("store", "Data centre", "data_centre", "platform"),
    ("track", "Tracking", "analytics", "analytics"),
    ("predict", "Prediction", "prediction", "analytics"),
    ("dash", "Operations dashboard", "dashboard", "analytics"),
    ("police", "Police", "police", "application"),
    ("traffic", "Traffic control", "traffic_control", "application"),
    ("egov", "E-government", "e_government", "application"),
    ("parking", "Parking service", "city_service", "application"),
    ("staff", "Operations staff", "operator", "operation"),
    ("manual", "Operating manual", "document", "operation"),
    ("state", "Supplier state", "supplier_state", "outside"),
    ("trust", "Data trust", "governance_body", "outside"),
)
_LINKS = (
    *(("res", s, "captures") for s in ("cam1", "cam2", "phone", "loc")),
    *(("infra", s, "captures") for s in ("plate", "iot1", "iot2")),
    *((s, "fibre", "transmits") for s in ("cam1", "cam2", "plate", "iot1", "iot2")),
    *((s, "g5", "transmits") for s in ("phone", "loc")),
    ("fibre", "cloud", "transmits"),
    ("g5", "cloud", "transmits"),
    ("cloud", "fusion", "transmits"),
    ("cloud", "store", "transmits"),
    *(("fusion", t, "feeds") for t in ("track", "predict", "dash")),
    ("track", "police", "feeds"),
    ("predict", "police", "feeds"),
    *(("dash", t, "feeds") for t in ("traffic", "egov", "parking")),
    ("police", "res", "controls"),
    *((a, "infra", "controls") for a in ("traffic", "parking")),
    ("egov", "res", "controls"),
    *(("staff", a, "controls") for a in ("police", "traffic", "egov", "parking")),
    ("staff", "manual", "relies_on"),
    ("state", "fusion", "accesses"),
    ("trust", "store", "governs"),
)


def _district_model(model_id: str, variant: bool) -> Model:
    """400 districts; the variant renames every 5th district's cameras, re-kinds its store, drops its state."""
    elements: list[Element] = []
    relations: list[Relation] = []
    members: list[str] = []
    for district in range(ELEMENTS // len(_DISTRICT)):
        changed = variant and district % 5 == 0
        ids: dict[str, str] = {}
        for suffix, base_name, base_kind, layer in _DISTRICT:
            if changed and suffix == "state":
                continue
            element_id, name, kind = f"d{district}_{suffix}", base_name, base_kind
            if changed and suffix.startswith("cam"):
                element_id, name = f"d{district}_street_{suffix}", f"Street {base_name.lower()}"
            if changed and suffix == "store":
                kind, name = "data_platform", "Urban data platform"
            ids[suffix] = element_id
            vendors = ("Acme",) if variant and layer == "network" else ("Hik", "Dah") if layer == "sensing" else ()
            elements.append(Element(id=element_id, name=f"{name} {district}", kind=kind, layer=layer, vendors=vendors))
            if layer != "outside":
                members.append(element_id)
        for source, target, kind in _LINKS:
            if source in ids and target in ids:
                relations.append(Relation(source=ids[source], target=ids[target], kind=kind))
        if variant and "store" in ids and "trust" in ids:
            relations.append(Relation(source=ids["store"], target=ids["trust"], kind="transmits"))
    return Model.model_construct(
        id=model_id,
        title=f"Generated stack {model_id}",
        vocabulary="smart-city-stack",
        elements=tuple(elements),
        relations=tuple(relations),
        boundaries=(Boundary.model_construct(id="net", name="Closed net", kind="closed_net", members=tuple(members)),),
    )


def compare_line() -> str:
    """Time and peak memory of ``compare`` on two generated 10,000-element models, as one line.

    The time is measured twice in one run: CPU time of this process (what the target means on a
    dedicated 2-core machine) and wall time (inflated when others share the machine). Peak memory
    is the peak of Python allocations traced during a second, traced run (tracing slows it down,
    so it is not timed).
    """
    a, b = _district_model("generated-a", False), _district_model("generated-b", True)
    wall, cpu = time.perf_counter(), time.process_time()
    result = compare(a, b)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tracemalloc.start()
    compare(a, b)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak_mb = peak / 1_000_000
    verdict = "ok" if cpu <= TARGET_SECONDS and peak_mb <= TARGET_MB else "OVER TARGET"
    return (
        f"compare {len(a.elements)} x {len(b.elements)} elements: {cpu:.2f} s CPU ({wall:.2f} s wall; target "
        f"{TARGET_SECONDS:g} s), peak {peak_mb:.0f} MB (target {TARGET_MB:g} MB), {len(result.matches)} matches, "
        f"{len(result.differences)} differences: {verdict}"
    )


if __name__ == "__main__":
    print(compare_line())
