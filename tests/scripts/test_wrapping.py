"""Script-aware wrapping: CJK between characters, spaced scripts between words, long tokens at safe places."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from uniseg.graphemecluster import grapheme_clusters

from citystack.render.dotlang import label_lines

WIDTH = 22


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_chinese_breaks_between_characters_within_the_width() -> None:
    lines = label_lines("雪亮工程平安城市智慧城市城市大脑视频监控网络", WIDTH)
    assert lines == ["雪亮工程平安城市智慧城", "市城市大脑视频监控网络"]


def test_spaced_scripts_break_only_between_words() -> None:
    for text in (
        "Integrated Joint Operations Platform for the whole city",
        "רשת סיבים אופטיים מהירה מאוד בעיר הגדולה",
        "مدينة ذكية كاميرات المراقبة في كل شارع",
        "Licence-plate recognition cameras on every street",
    ):
        words = set(text.split())
        lines = label_lines(text, WIDTH)
        assert len(lines) > 1 and " ".join(lines) == text
        assert all(word in words for line in lines for word in line.split()), lines


def test_a_hyphenated_word_that_fits_is_not_broken() -> None:
    assert label_lines("a well-known licence-plate camera", WIDTH) == ["a well-known", "licence-plate camera"]


def test_a_url_breaks_after_its_slashes() -> None:
    lines = label_lines("https://example.org/smart-city/camera-network/feeds", WIDTH)
    assert lines == ["https://example.org/", "smart-city/camera-", "network/feeds"]


def test_an_unbroken_id_is_cut_at_the_width_without_splitting_a_character() -> None:
    token = "e\u0301" * 30 + "x" * 40  # 30 accented letters (two code points each), then 40 letters
    lines = label_lines(token, WIDTH)
    assert "".join(lines) == token
    assert all(not line.startswith("\u0301") for line in lines)
    assert all(len(list(grapheme_clusters(line))) <= WIDTH for line in lines)


def test_an_emoji_sequence_is_never_split() -> None:
    family = "👨\u200d👩\u200d👧"
    lines = label_lines(family * 10, WIDTH)
    assert all(line.count(family) * len(family) == len(line) for line in lines)


WORDS = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=40)


@given(st.lists(WORDS, min_size=1, max_size=8))
def test_wrapping_loses_no_character_and_keeps_lines_narrow(words: list[str]) -> None:
    text = " ".join(words)
    lines = label_lines(text, WIDTH)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:  # too wide only when it is one grapheme cluster wider than a line
        assert _columns(line) <= WIDTH or len(list(grapheme_clusters(line))) == 1, lines
