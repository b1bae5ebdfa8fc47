from __future__ import annotations

import pytest

from unbitext.align.labels import LabelType, read_label

# Every label shape found in the bundled examples, as printed there.
CASES = [
    ("一. 引言", LabelType.CHAPTER, "一.", "I", "引言"),
    ("六. 通过报告", LabelType.CHAPTER, "六.", "VI", "通过报告"),
    ("二、会议安排", LabelType.CHAPTER, "二、", "II", "会议安排"),
    ("IV. Future priorities", LabelType.CHAPTER, "IV.", "IV", "Future priorities"),
    ("A. 会议开幕", LabelType.SECTION, "A.", "A", "会议开幕"),
    ("C. Attendance", LabelType.SECTION, "C.", "C", "Attendance"),
    ("12. 主席在宣布会议开幕时", LabelType.NUMBER, "12.", "12", "主席在宣布会议开幕时"),
    (" - (a) 会议开幕；", LabelType.LETTER, "(a)", "a", "会议开幕；"),
    (" - (一) 关于促进", LabelType.ROMAN, "(一)", "i", "关于促进"),
    (" - (ii) Thematic discussion", LabelType.ROMAN, "(ii)", "ii", "Thematic discussion"),
    ("㈢ 家庭是天然的", LabelType.ROMAN, "㈢", "iii", "家庭是天然的"),
    ("第二十一条", LabelType.ARTICLE, "第二十一条", "21", ""),
    ("Article 30", LabelType.ARTICLE, "Article 30", "30", ""),
    ("¹ 题为", LabelType.FOOTNOTE, "¹", "1", "题为"),
    ("² Agenda item 3", LabelType.FOOTNOTE, "²", "2", "Agenda item 3"),
    ("序言", LabelType.PREAMBLE, "序言", "preamble", ""),
    ("(-) OCR", LabelType.ROMAN, "(-)", "i", "OCR"),
]


@pytest.mark.parametrize(("line", "kind", "printed", "value", "rest"), CASES)
def test_labels_of_the_examples(line: str, kind: LabelType, printed: str, value: str, rest: str) -> None:
    label = read_label(line)
    assert label is not None
    assert (label.type, label.printed, label.value, label.rest) == (kind, printed, value, rest)


@pytest.mark.parametrize(
    "line",
    ["2022年6月15日至17日在维也纳举行", "3.5 million", "In its resolution 3/2", "CAC/COSP/WG.4/2022/2",
     "United Nations", "Distr.: General"],
)
def test_running_text_has_no_label(line: str) -> None:
    assert read_label(line) is None


def test_c_and_d_are_section_letters_not_roman_chapters() -> None:
    assert read_label("C. 出席情况").type is LabelType.SECTION
    assert read_label("D. Other matters").type is LabelType.SECTION
    assert read_label("(c) item").type is LabelType.LETTER
