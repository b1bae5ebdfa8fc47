"""The plain-text reader on the bundled real documents.

Expected keys, labels and texts below were checked by hand against examples/*/zh.txt and
en.txt (line numbers given where it helps to look them up).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import example
from unbitext.align.model import BlockKind
from unbitext.align.reader import read_document
from unbitext.align.structure import parse_text
from unbitext.errors import StructureError

WG4_AGENDA = ["item 13.1", "item 13.1(a)", "item 13.1(b)", "item 13.2", "item 13.2(a)", "item 13.2(a)(i)",
              "item 13.2(a)(ii)", "item 13.2(b)", "item 13.3", "item 13.4", "item 13.5"]
WG4_HEADINGS = ["heading I", "heading II", "heading II.A", "heading II.B", "heading II.C", "heading III",
                "heading III.A", "heading III.A.1", "heading III.A.2", "heading III.B", "heading IV",
                "heading V", "heading VI"]


def keys(path: Path, prefix: str) -> list[str]:
    return [b.key for b in read_document(path).blocks if b.key and b.key.startswith(prefix)]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_wg4_structure(language: str) -> None:
    path = example("wg4-2022", language)
    assert keys(path, "paragraph") == [f"paragraph {n}" for n in range(1, 72)]
    assert keys(path, "heading") == WG4_HEADINGS
    assert keys(path, "item 13") == WG4_AGENDA
    assert keys(path, "item 2") == ["item 2(a)", "item 2(b)", "item 2(c)", "item 2(d)"]
    assert keys(path, "footnote") == ["footnote 1", "footnote 2"]
    document = read_document(path)
    assert document.original_language == "en"
    assert document.language == language


def test_wg4_zh_details() -> None:
    document = read_document(example("wg4-2022", "zh"))
    by_key = {b.key: b for b in document.blocks if b.key}
    assert by_key["heading I"].label == "一." and by_key["heading I"].text == "引言"
    assert by_key["heading III.A.1"].text == "关于促进利用信息和通信技术实施《公约》的专题讨论"
    assert by_key["item 13.2(a)(i)"].label == "(一)"
    assert by_key["item 13.2"].text == "缔约国会议有关决议的执行情况："
    assert by_key["item 13.2"].footnote_refs == ("1",)
    assert by_key["title"].text == "2022年6月15日至17日在维也纳举行的预防腐败问题不限成员名额政府间工作组会议报告"
    # Paragraph 20 is cut by a page break (lines 83 and 85): one block, both halves.
    paragraph_20 = by_key["paragraph 20"]
    assert paragraph_20.lines == (83, 85)
    assert paragraph_20.text.endswith("会议室文件 CAC/COSP/WG.4/2022/2。该代表感谢缔约国在会前提供资料，"
                                      "其内容侧重于利用信息和通信技术促进公共采购和公共财政管理中的廉正（《公约》第九条）、"
                                      "推进公共报告（《公约》第十条）和促进社会参与（《公约》第十三条）。上述文件即以这些资料为基础。")
    assert "page-break-merge" in [r.kind for r in paragraph_20.repairs]
    # OCR (-) for (一) in paragraph 19; link residue unwrapped in paragraph 71.
    assert "项目 2(a)(一)" in by_key["paragraph 19"].text
    assert "[" not in by_key["paragraph 71"].text and "(#)" not in by_key["paragraph 71"].text
    masthead = [b.text for b in document.blocks if b.kind is BlockKind.HEADER]
    assert masthead == ["Distr.: General", "27 July 2022", "Chinese", "Original: English"]


def test_ga_resolution_zh_lines_are_rejoined_and_footnotes_unglued() -> None:
    document = read_document(example("ga-res-ldc-poa", "zh"))
    assert [b.key for b in document.blocks] == [f"paragraph {n}" for n in range(1, 20)]
    paragraph_2 = document.blocks[1]
    assert paragraph_2.lines == (2, 3, 4, 5, 6, 7)
    assert paragraph_2.text == (
        "欢迎直到《2001-2010 十年期支援最不发达国家行动纲领》执行情况全球综合中期审查之时所作的贡献，包括制定"
        "《进一步执行 2001-2010 十年期支援最不发达国家行动纲领科托努战略》，这是一项由最不发达国家掌控和主导的倡议；")
    assert paragraph_2.footnote_refs == ("2", "7")
    # Line 8/9 break inside the word 执行: "执\n行情况".
    assert "《2001-2010 十年期支援最不发达国家行动纲领》执行情况全球综合中期审查高级别会议" in document.blocks[2].text
    assert document.blocks[12].footnote_refs == ("1",)  # 《布鲁塞尔宣\n言》1


@pytest.mark.parametrize("language", ["zh", "en"])
def test_no_footnote_digit_stays_glued_in_the_ga_resolution(language: str) -> None:
    glued = re.compile(r"[》；，;,][0-9](?![0-9])|[a-z][0-9]\b|\d{4}-\d{5}")
    for block in read_document(example("ga-res-ldc-poa", language)).blocks:
        assert not glued.search(block.text), (block.key, glued.search(block.text))


def test_page_furniture_inside_a_paragraph_is_set_aside() -> None:
    """A page break inside paragraph 2 of the GA resolution, with the furniture a PDF repeats
    on every page (symbol, job number, page number), derived here from the real text."""
    lines = example("ga-res-ldc-poa", "zh").read_text(encoding="utf-8").split("\n")
    broken = "\n".join([*lines[:2], "", "A/RES/61/211", "", "V.06-12345", "", "3/12", "", *lines[2:]])
    document = parse_text(broken, "zh")
    original = read_document(example("ga-res-ldc-poa", "zh"))
    assert [b.text for b in document.blocks if b.kind is not BlockKind.HEADER] == [b.text for b in original.blocks]
    assert [b.text for b in document.blocks if b.kind is BlockKind.HEADER] == ["A/RES/61/211", "V.06-12345", "3/12"]


def test_ga_resolution_en_footnotes() -> None:
    blocks = read_document(example("ga-res-ldc-poa", "en")).blocks
    assert [b.footnote_refs for b in blocks[:3]] == [("6",), ("2", "7"), ("8",)]
    assert blocks[2].text.startswith("Reaffirms its commitment to the Declaration adopted by Heads of State")


def test_udhr_structure() -> None:
    zh = read_document(example("udhr", "zh"))
    en = read_document(example("udhr", "en"))
    for document in (zh, en):
        articles = [b.key for b in document.blocks if b.key and re.fullmatch(r"article \d+", b.key)]
        assert articles == [f"article {n}" for n in range(1, 31)]
        assert document.blocks[0].key == "title" and document.blocks[1].key == "preamble"
    assert [b.key for b in zh.blocks if b.key and b.key.startswith("article 16(")] == [
        "article 16(i)", "article 16(ii)", "article 16(iii)"]
    # The English UDHR text has untagged list items: plain unnumbered paragraphs.
    assert not [b for b in en.blocks if b.kind is BlockKind.ITEM]
    assert zh.blocks[9].text.startswith("因此现在,大会,发布这一世界人权宣言")


def test_a_text_without_structure_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "letter.txt"
    plain.write_text("Dear colleague,\nthank you for your letter.\n", encoding="utf-8")
    with pytest.raises(StructureError, match=r"letter\.txt: no numbered paragraphs"):
        read_document(plain)


def test_deleted_paragraph_does_not_stop_the_numbering() -> None:
    lines = example("wg4-2022", "en").read_text(encoding="utf-8").splitlines()
    without_30 = "\n".join(line for line in lines if not line.startswith("30. "))
    document = parse_text(without_30, "en")
    numbers = [b.key for b in document.blocks if b.key and b.key.startswith("paragraph")]
    assert numbers == [f"paragraph {n}" for n in range(1, 72) if n != 30]


def test_a_year_at_a_line_start_is_not_a_paragraph_or_heading() -> None:
    text = ("1. The Working Group met in Vienna in June\n2021. It adopted its report and decided to meet again.\n"
            "2. The Chair closed the meeting.\n3. Done.\n")
    document = parse_text(text, "en")
    assert [b.key for b in document.blocks] == ["paragraph 1", "paragraph 2", "paragraph 3"]
    assert document.blocks[0].text == (
        "The Working Group met in Vienna in June 2021. It adopted its report and decided to meet again.")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "1. 一", "2. x:", " - (a) y", "(i) z", "一. 引言", "A. B", "第一条", "¹ n", "Article 2",
                     "序言", "Original: English", "CAC/COSP/1", "13. text", "   ", "(一) 项", "㈠ 人", "\x0c"]),
), max_size=30))
def test_reader_never_crashes_and_keeps_every_line_once(lines: list[str]) -> None:
    text = "\n".join(lines)
    for language in ("zh", "en"):
        document = parse_text(text, language)
        seen = [n for block in document.blocks for n in block.lines]
        physical = re.split(r"\r\n|\r|\n", text)
        if physical and physical[-1] == "":
            physical.pop()
        non_blank = [n for n, line in enumerate(physical, start=1) if line.strip()]
        assert sorted(seen) == non_blank  # every non-blank line in exactly one block
