"""Uganda's deployment as the paper describes it (Ichida 2023, footnote 8): Huawei's surveillance and other systems."""

from _deployments import (
    ACCESS_ALT,
    PROLIFERATION,
    authorities_access,
    chinese_authorities,
    flows_not_given,
    inferred,
    said,
    sources_for,
    vendor_view,
)

from citystack import Element, Model

INSTALLED = "Huawei's surveillance and other systems have been installed in Uganda"

model = Model(
    id="deployment-uganda",
    title="Uganda",
    description="Uganda as the paper describes it: Huawei's surveillance and other systems, installed.",
    vocabulary="smart-city-stack",
    sources=sources_for(8),
    elements=(
        Element(
            id="huawei_surveillance",
            name="Huawei surveillance systems",
            kind="surveillance_system",
            layer="application",
            vendors=("Huawei",),
            evidence=said(INSTALLED, PROLIFERATION, fn=8),
        ),
        Element(
            id="other_systems",
            name="Other Huawei systems",
            kind="city_service",
            layer="application",
            vendors=("Huawei",),
            description="The paper does not say what they are.",
            evidence=said(INSTALLED, PROLIFERATION, fn=8)
            + inferred(
                "The paper names 'other systems' without saying what they do; the model files them with the "
                "applications, beside the surveillance systems they are named with.",
                PROLIFERATION,
            ),
        ),
        *chinese_authorities(("Huawei surveillance systems",)),
    ),
    relations=(authorities_access("huawei_surveillance"),),
    views=(
        vendor_view(
            "Uganda",
            "Uganda, reconstructed from the text of Ichida (2023): one sentence, 'Huawei's surveillance and other "
            "systems have been installed in Uganda'; which layer the other systems belong to is the model's guess.",
            "A diagram in two bands. Applications: Huawei surveillance systems, vendor Huawei, and other Huawei "
            "systems, vendor Huawei, drawn dashed as inferred. Outside: the Chinese authorities, with "
            f"{ACCESS_ALT}, to the surveillance systems.",
        ),
    ),
    suppressions=flows_not_given("CON001", "CON003", "CON004", "CON005"),
)
