"""Whole pipeline, random documents: every character of the body text reaches exactly one unit
of the memory, or a report line that says it was left out. Nothing lost silently, nothing doubled."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unbitext.align.paragraphs import align_documents
from unbitext.align.result import build_result
from unbitext.align.structure import parse_text

# Chinese characters (one beyond the Basic Multilingual Plane), Latin words, digits and
# the punctuation that splits sentences in each language.
_ZH_WORD = st.sampled_from(["缔约国会议", "工作组", "秘书处", "报告", "决定", "第3/2号决议", "2022年", "𠀀", "信息",
                            "技术", "UNODC", "和", "在"])
_EN_WORD = st.sampled_from(["Conference", "Working Group", "Secretariat", "report", "decided", "resolution 3/2",
                            "2022", "information", "technology", "UNODC", "and", "in", "Côte d'Ivoire"])


@st.composite
def _sentence(draw: st.DrawFn, language: str) -> str:
    words = draw(st.lists(_ZH_WORD if language == "zh" else _EN_WORD, min_size=2, max_size=9))
    if language == "zh":
        return "".join(words) + draw(st.sampled_from(["。", "；", "。"]))
    return " ".join(words).capitalize() + draw(st.sampled_from([".", ";", "."]))


@st.composite
def _documents(draw: st.DrawFn) -> tuple[str, str]:
    count = draw(st.integers(min_value=3, max_value=12))
    zh_lines, en_lines = [], []
    for number in range(1, count + 1):
        zh_sentences = draw(st.lists(_sentence("zh"), min_size=1, max_size=4))
        en_sentences = draw(st.lists(_sentence("en"), min_size=1, max_size=4))
        zh_lines.append(f"{number}. " + "".join(zh_sentences))
        en_lines.append(f"{number}. " + " ".join(en_sentences))
        if draw(st.booleans()):  # now and then an unnumbered block after a blank line
            zh_lines += ["", draw(_sentence("zh"))]
            en_lines += ["", draw(_sentence("en"))]
    return "\n".join(zh_lines) + "\n", "\n".join(en_lines) + "\n"


def _characters(text: str) -> Counter[str]:
    return Counter(char for char in text if not char.isspace())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents(), st.sampled_from(["sentence", "paragraph"]))
def test_every_character_reaches_one_unit_or_a_dropped_line(documents: tuple[str, str], segment: str) -> None:
    zh = parse_text(documents[0], "zh")
    en = parse_text(documents[1], "en")
    result = build_result(zh, en, align_documents(zh, en), segment, "en", force=True)
    for language, document in (("zh", zh), ("en", en)):
        body = _characters("".join(b.text for b in document.blocks if b.kind.value != "header"))
        in_units = _characters("".join(getattr(unit, language) for unit in result.units))
        dropped = _characters("".join(d.text for d in result.dropped if d.language == language))
        assert in_units + dropped == body, language
