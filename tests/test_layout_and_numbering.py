"""The pure halves of the Word and PDF readers: Word's list counting, and page geometry."""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import etree

from unbitext.align.docx_numbering import NumberingState, W, format_number, parse_numbering
from unbitext.align.pdf_layout import Row, layout

# --- Word automatic numbering --------------------------------------------------------------

NUMBERING = f"""<w:numbering xmlns:w="{W}">
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>
      <w:suff w:val="space"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/>
      <w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="10"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="11"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="12"><w:abstractNumId w:val="1"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="30"/></w:lvlOverride></w:num>
  <w:num w:numId="20"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="30"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>"""


@pytest.fixture
def state() -> NumberingState:
    return NumberingState(parse_numbering(etree.fromstring(NUMBERING)))


def test_levels_count_and_restart_below_the_level_used(state: NumberingState) -> None:
    labels = [state.label("10", level)[0] for level in (0, 1, 1, 2, 2, 1, 0, 1)]
    assert labels == ["1.", "(a)", "(b)", "(i)", "(ii)", "(c)", "2.", "(a)"]
    assert state.label("10", 1)[1] == "space" and state.label("10", 0)[1] == "tab"


def test_lists_sharing_a_definition_count_on_unless_a_start_is_overridden(state: NumberingState) -> None:
    assert [state.label("10", 0)[0], state.label("11", 0)[0], state.label("10", 0)[0]] == ["1.", "2.", "3."]
    assert [state.label("12", 0)[0], state.label("12", 0)[0]] == ["30.", "31."]


def test_legal_numbering_chinese_counting_and_no_restart(state: NumberingState) -> None:
    assert state.label("20", 0)[0] == "一."
    assert state.label("20", 1)[0] == "1.1"  # w:isLgl: the Chinese first level printed in decimal
    assert state.label("20", 0)[0] == "二."
    assert state.label("20", 1)[0] == "2.2"  # w:lvlRestart 0: the second level never restarts


def test_bullets_and_unknown_lists_give_no_label(state: NumberingState) -> None:
    assert state.label("30", 0) == ("", "")
    assert state.label("99", 0) == ("", "")
    assert state.label("0", 0) == ("", "")


@pytest.mark.parametrize("value, number_format, printed", [
    (3, "upperRoman", "III"), (27, "lowerLetter", "aa"), (13, "chineseCounting", "十三"),
    (105, "chineseCountingThousand", "一百零五"), (3, "ideographEnclosedCircle", "㈢"), (7, "decimalZero", "07")])
def test_number_formats(value: int, number_format: str, printed: str) -> None:
    assert format_number(value, number_format) == printed


# --- PDF geometry --------------------------------------------------------------------------------

HEIGHT = 800.0


def row(page: int, y: float, *cells: str, size: float = 10.0, x1: float = 500.0, font: str = "Times",
        x0: float = 100.0) -> Row:
    return Row(page, y, list(cells), x0, x1, size, font, HEIGHT)


def pages_of(rows: list[Row]) -> list[list[Row]]:
    count = max(r.page for r in rows) + 1
    return [[r for r in rows if r.page == p] for p in range(count)]


def test_running_heads_page_numbers_and_barcodes_are_set_aside() -> None:
    rows = [row(0, 760, "United Nations", "A/1/2"), row(0, 740, "Distr.: General"),
            row(0, 600, "1. The first paragraph runs on and on to the margin of"),
            row(0, 588, "the page and ends here.", x1=300), row(0, 30, "*99001*", font="Barcode 3 of 9"),
            row(0, 45, "99-00001 (E)"),
            row(1, 770, "A/1/2", size=8), row(1, 600, "2. The second paragraph.", x1=250), row(1, 30, "2/3"),
            row(2, 770, "A/1/2", size=8), row(2, 600, "3. The third paragraph.", x1=250), row(2, 30, "3/3")]
    found = layout(pages_of(rows))
    assert found.masthead == ["United Nations", "A/1/2", "Distr.: General"]
    assert [p.text for p in found.paragraphs] == [
        "1. The first paragraph runs on and on to the margin of the page and ends here.",
        "2. The second paragraph.", "3. The third paragraph."]
    assert found.set_aside == Counter({"running head line": 2, "footer line": 3, "barcode": 1})


def test_a_paragraph_crosses_the_page_only_from_a_full_row_and_its_footnote_waits() -> None:
    rows = [row(0, 700, "4. A paragraph that fills its rows to the right margin and"),
            row(0, 688, "goes on past the bottom of the page where it is cut by"),
            row(0, 120, "¹ A footnote in smaller type.", size=8, x1=300),
            row(1, 700, "the page break¹ and ends here.", x1=300),
            row(1, 680, "5. A new paragraph that is short.", x1=300),
            row(1, 668, "6. Another one, after a short row.", x1=300)]
    found = layout(pages_of(rows))
    assert [p.text for p in found.paragraphs] == [
        "4. A paragraph that fills its rows to the right margin and goes on past the bottom of the page "
        "where it is cut by the page break¹ and ends here.",
        "¹ A footnote in smaller type.", "5. A new paragraph that is short.", "6. Another one, after a short row."]


def test_footnotes_below_a_separator_and_a_table_row_that_is_not_one() -> None:
    rows = [row(0, 700, "7. Text with a reference.¹", x1=300),
            row(0, 200, "1 July 2024", "190", "–", size=8),
            row(0, 150, "__________________", x1=200),
            row(0, 140, "1", "Resolution 9/3, entitled \u201cFollow-up\u201d, which runs on to the", size=8),
            row(0, 130, "next row of the footnote.", size=8, x1=200)]
    found = layout(pages_of(rows))
    texts = [p.text for p in found.paragraphs]
    assert "¹ Resolution 9/3, entitled \u201cFollow-up\u201d, which runs on to the next row of the footnote." in texts
    assert [p.text for p in found.paragraphs if p.cell] == ["1 July 2024"]
    assert found.set_aside["footnote separator"] == 1


@pytest.mark.parametrize("first, second, joined", [
    ("the imple-", "mentation of it. Implementation matters.", "the implementation of it. Implementation matters."),
    ("in anti-", "corruption work; anti-corruption again.", "in anti-corruption work; anti-corruption again."),
    ("troop-", "and police-contributing countries.", "troop- and police-contributing countries."),
    ("co\u2010", "operation, as in co\u2010operation.", "co\u2010operation, as in co\u2010operation."),
])
def test_hyphens_at_row_ends_follow_the_documents_own_words(first: str, second: str, joined: str) -> None:
    rows = [row(0, 700, "8. " + first), row(0, 688, second, x1=300)]
    assert [p.text for p in layout(pages_of(rows)).paragraphs] == ["8. " + joined]


def test_chinese_rows_join_without_spaces_even_inside_latin_words() -> None:
    rows = [row(0, 700, "10. 会议由缔约国会议主席 Hassan A"), row(0, 688, "bdelshafy（埃及）主持。", x1=300)]
    joined = "10. 会议由缔约国会议主席 Hassan Abdelshafy（埃及）主持。"
    assert [p.text for p in layout(pages_of(rows)).paragraphs] == [joined]
