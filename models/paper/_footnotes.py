"""The paper's footnote sources that ``_sources.py`` does not list (footnotes 1-3, 6, 9, 15 and 16).

Not a model (the name starts with ``_``). ``_sources.py`` lists the footnotes the figures rest
on; the deployment models and the register of the paper's facts cite the others too. Each entry
is the footnote as the paper prints it; nothing here was checked beyond the paper's own text.
"""

from citystack import Source

__all__ = ["MORE_FOOTNOTES"]

FN1_LEONARD_2023 = Source(
    id="fn1-leonard-2023",
    title="China Is Ready for a World of Disorder America Is Not",
    authors=("Mark Leonard",),
    publisher="Foreign Affairs, July/August 2023",
    date="2023-07",
    url="https://www.foreignaffairs.com/united-states/china-ready-world-disorder",
    note="Footnote 1; footnote 2 cites it again (Ibid.).",
)

FN3_BEROCHE_2023 = Source(
    id="fn3-beroche-2023",
    title="Geopolitics of Smart Cities: Expression of Soft Power and New Order",
    authors=("Hubert Beroche", "Ana Chubinidze", "Lina Goelzer"),
    publisher="Urban AI",
    date="2023-03",
    url="https://urbanai.fr/wp-content/uploads/2023/03/Geopolitics-of-Smart-Cities.pdf",
    note="Footnote 3.",
)

FN6_WALKER_2023 = Source(
    id="fn6-walker-2023",
    title="How China Exports Secrecy",
    authors=("Christopher Walker",),
    publisher="Foreign Affairs",
    date="2023-07-11",
    url="https://www.foreignaffairs.com/china/how-china-exports-secrecy",
    note="Footnote 6.",
)

FN9_MATIASHE_2023 = Source(
    id="fn9-matiashe-2023",
    title="Zimbabwe's Cyber City: Urban Utopia or Surveillance Menace?",
    authors=("Farai Shawn Matiashe",),
    publisher="Context",
    date="2023-02-20",
    url="https://www.context.news/surveillance/zimbabwes-cyber-city-urban-utopia-or-surveillance-menace",
    note="Footnote 9 (first of five sources).",
)

FN9_GLOBAL_VOICES_2023_FEB = Source(
    id="fn9-civic-media-observatory-2023",
    title=(
        "Undertones: Zimbabwe's Cyberpunk Cities Fueled by China. Interrogating the Narratives Behind Zimbabwe's "
        "Smart Cities"
    ),
    authors=("Civic Media Observatory",),
    publisher="Global Voices",
    date="2023-02-28",
    url="https://globalvoices.org/2023/02/28/undertones-zimbabwes-cyberpunk-cities-fueled-by-china/",
    note="Footnote 9 (second source).",
)

FN9_PRIVACY_INTERNATIONAL_2021 = Source(
    id="fn9-privacy-international-2021",
    title="Huawei and Surveillance in Zimbabwe",
    authors=("Privacy International",),
    publisher="Privacy International",
    date="2021-11-18",
    url="https://privacyinternational.org/long-read/4692/huawei-and-surveillance-zimbabwe",
    note="Footnote 9 (third source).",
)

FN9_ADF_2023 = Source(
    id="fn9-adf-2023",
    title="Zimbabwe Turns to Chinese Technology to Expand Surveillance of Citizens",
    authors=("ADF staff",),
    publisher="Africa Defense Forum DAILY NEWS",
    date="2023-01-17",
    url="https://adf-magazine.com/2023/01/zimbabwe-turns-to-chinese-technology-to-expand-surveillance-of-citizens/",
    note="Footnote 9 (fourth source).",
)

FN9_ADVOX_2023 = Source(
    id="fn9-advox-2023",
    title="How Zimbabwe Is Building a Big Brother Surveillance State",
    authors=("Advox",),
    publisher="Global Voices",
    date="2023-01-10",
    url="https://globalvoices.org/2023/01/10/how-zimbabwe-is-building-a-big-brother-surveillance-state/",
    note="Footnote 9 (fifth source).",
)

FN15_YU_2022 = Source(
    id="fn15-yu-2022",
    title="China Says NSA Used Multiple Cybersecurity Tools in Attacks Against Chinese University",
    authors=("Eileen Yu",),
    publisher="ZDNET",
    date="2022-09-13",
    url="https://www.zdnet.com/article/china-says-nsa-used-multiple-cybersecurity-tools-in-attacks-against-chinese-university/",
    note="Footnote 15 (first source).",
)

FN15_AFP_2023 = Source(
    id="fn15-afp-2023",
    title=(
        "U.S. CIA's Investigative Report on Cyber Attacks on Other Countries Released by Joint Chinese Public-Private "
        "Investigation Team"
    ),
    authors=("AFP",),
    publisher="AFPBB News",
    date="2023-05-08",
    url="https://www.afpbb.com/articles/-/3463067",
    note="Footnote 15 (second source).",
)

FN16_ZHANG_2023 = Source(
    id="fn16-zhang-2023",
    title="Gaming Public Opinion",
    authors=("Albert Zhang", "Tilla Hoja", "Jasmine Latimore"),
    publisher="Australian Strategic Policy Institute",
    date="2023-04-26",
    url="https://www.aspi.org.au/report/gaming-public-opinion",
    note="Footnote 16.",
)

#: The footnote sources of the footnotes ``_sources.FOOTNOTES`` leaves out (2 repeats 1).
MORE_FOOTNOTES: dict[int, tuple[Source, ...]] = {
    1: (FN1_LEONARD_2023,),
    2: (FN1_LEONARD_2023,),
    3: (FN3_BEROCHE_2023,),
    6: (FN6_WALKER_2023,),
    9: (
        FN9_MATIASHE_2023,
        FN9_GLOBAL_VOICES_2023_FEB,
        FN9_PRIVACY_INTERNATIONAL_2021,
        FN9_ADF_2023,
        FN9_ADVOX_2023,
    ),
    15: (FN15_YU_2022, FN15_AFP_2023),
    16: (FN16_ZHANG_2023,),
}
