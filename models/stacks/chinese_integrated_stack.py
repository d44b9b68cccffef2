"""The Chinese integrated smart-city stack, for comparison: the Figure 1 model, loaded, under its own id.

Loaded rather than copied, so that every correction of Figure 1 (models/paper/figure1.py) reaches
the comparison at once and the two can never drift apart: the same elements, relations, closed
net, evidence and claims. Only the id, title and description differ, and the figure's views are
left to Figure 1 (the comparison draws this stack beside the Western one).
"""

from pathlib import Path

from citystack import Model, load_model

FIGURE1 = load_model(Path(__file__).resolve().parent.parent / "paper" / "figure1.py").model

model = Model.model_validate(
    {
        **dict(FIGURE1),
        "id": "chinese-integrated-stack",
        "title": "The Chinese integrated smart-city stack (after Ichida 2023, Figure 1)",
        "description": (
            "The security-first stack the paper describes ('governance systems that prioritize safety'), exactly as "
            "reconstructed for Figure 1: residents, data sources fused, networks inside a city-by-city closed net, "
            "data fusion, tracking and prediction, police, traffic and e-government, vendor staff operating it, and "
            "the supplier state's access. Compare it with western-business-first-stack."
        ),
        "views": (),
    }
)
