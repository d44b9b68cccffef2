"""Labels that try to break DOT, SVG and Mermaid: each must be drawn literally."""

from citystack import Element, Evidence, Model, Relation, Source, View

SAID = (Evidence(source="s", quote="q"),)

#: Element names, by id; the render tests read them back from the SVG.
NAMES = {
    "quote": 'A "quoted" name',
    "brace": "Braces { } [ ] ; and a \\ backslash \\N \\l",
    "markup": "<b>not bold</b> & <script>alert(1)</script>",
    "entity": "Ampersand &amp; entity &#60; kept",
    "lines": "First line\nSecond line",
    "unicode": "Ürümqi 乌鲁木齐 — “smart” city",
    "html": "<<table><tr><td>x</td></tr></table>>",
}

model = Model(
    id="hostile",
    title="Hostile labels",
    vocabulary="smart-city-stack",
    sources=(Source(id="s", title="S"),),
    elements=(
        *(
            Element(id=element_id, name=name, kind="cctv_camera", layer="sensing", evidence=SAID)
            for element_id, name in NAMES.items()
        ),
        Element(id="net", name="Net", kind="fibre", layer="network", evidence=SAID),
    ),
    relations=(
        Relation(source="quote", target="net", kind="transmits", label='label "with" <angle> & {brace}', evidence=SAID),
        Relation(source="lines", target="net", kind="transmits", label="two\nlines", evidence=SAID),
    ),
    views=(
        View(
            id="all",
            title='Hostile "title" <&>',
            caption="Every label drawn literally.",
            alt_text='Alt text with <tags> & "quotes".',
            group_by="none",
        ),
    ),
)
