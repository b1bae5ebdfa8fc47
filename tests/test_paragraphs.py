"""Paragraph alignment on the bundled real documents and on variants derived here.

Expected pairs were checked by hand against examples/*/zh.txt and en.txt.
"""

from __future__ import annotations

from tests.conftest import example
from unbitext.align.paragraphs import align_documents, comparable_lengths
from unbitext.align.reader import read_document
from unbitext.align.structure import parse_text


def aligned(name: str):
    return align_documents(read_document(example(name, "zh")), read_document(example(name, "en")))


def by_unit(alignment) -> dict:
    return {pair.unit: pair for pair in alignment.pairs}


def test_wg4_pairs_every_paragraph_heading_and_agenda_item_by_number() -> None:
    alignment = aligned("wg4-2022")
    pairs = by_unit(alignment)
    for n in range(1, 72):
        pair = pairs[f"paragraph {n}"]
        assert pair.by_key and pair.zh[0].label == pair.en[0].label == f"{n}."
    assert (pairs["heading I"].zh_text, pairs["heading I"].en_text) == ("引言", "Introduction")
    assert (pairs["heading II.C"].zh_text, pairs["heading II.C"].en_text) == ("出席情况", "Attendance")
    assert pairs["heading III.A.2"].en_text == (
        "Thematic discussion on challenges and good practices in anti-corruption awareness-raising, education, "
        "training and research")
    assert (pairs["item 13.2(a)(ii)"].zh[0].label, pairs["item 13.2(a)(ii)"].en[0].label) == ("(二)", "(ii)")
    assert (pairs["item 13.4"].zh_text, pairs["item 13.4"].en_text) == ("今后的优先事项。", "Future priorities.")
    assert pairs["footnote 2"].en_text.startswith("Agenda item 3 was discussed together with agenda item 6")
    assert pairs["paragraph 20"].en_text.endswith("That information formed the basis of the above-mentioned paper.")
    assert pairs["front matter 1"].zh_text == "联合国反腐败公约 缔约国会议"
    assert pairs["title"].en_text.startswith("Report on the meeting of the Open-ended Intergovernmental")
    assert len(alignment.pairs) == 103
    assert not alignment.unpaired and not alignment.duplicates and not alignment.out_of_order
    assert not alignment.suspicious


def test_ga_resolution_pairs_19_of_19() -> None:
    alignment = aligned("ga-res-ldc-poa")
    assert [p.unit for p in alignment.pairs] == [f"paragraph {n}" for n in range(1, 20)]
    assert all(p.by_key for p in alignment.pairs)
    assert alignment.pairs[18].zh_text.startswith("又请秘书长就进一步执行《行动纲领》的情况")
    assert alignment.pairs[18].en_text.startswith("Also requests the Secretary-General to submit an annual")
    assert not alignment.unpaired


def test_udhr_pairs_30_articles_and_merges_the_preamble_1_to_3() -> None:
    alignment = aligned("udhr")
    pairs = by_unit(alignment)
    for n in range(1, 31):
        assert pairs[f"article {n}"].by_key
    assert pairs["article 1"].zh_text == "第一条" and pairs["article 1"].en_text == "Article 1"
    merged = [p for p in alignment.pairs if len(p.zh) != len(p.en)]
    assert [p.unit for p in merged] == ["preamble +8"]
    assert merged[0].zh_text.startswith("因此现在,大会,发布这一世界人权宣言")
    assert [b.text for b in merged[0].en] [:2] == ["Now, therefore,", "The General Assembly"]
    assert merged[0].en[2].text.startswith("Proclaims this Universal Declaration of Human Rights")
    # Nothing after the merge is shifted: every article's text pairs with its own.
    assert pairs["article 1 +1"].en_text.startswith("All human beings are born free and equal")
    assert pairs["article 2 +2"].en_text.startswith("Furthermore, no distinction shall be made")
    assert pairs["article 16(iii)"].en_text.startswith("The family is the natural and fundamental group unit")
    assert pairs["article 30 +1"].zh_text.startswith("本宣言的任何条文")
    assert pairs["preamble +1"].en_text.startswith("Whereas recognition of the inherent dignity")
    assert not alignment.unpaired


def _without_paragraph(language: str, number: int) -> str:
    """The wg4 text of one language with paragraph `number` deleted (derived, never written back)."""
    lines = example("wg4-2022", language).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith(f"{number}. "))


def test_a_deleted_paragraph_is_reported_and_shifts_nothing() -> None:
    for deleted_side in ("en", "zh"):
        zh_text = _without_paragraph("zh", 30) if deleted_side == "zh" else example("wg4-2022", "zh").read_text()
        en_text = _without_paragraph("en", 30) if deleted_side == "en" else example("wg4-2022", "en").read_text()
        alignment = align_documents(parse_text(zh_text, "zh"), parse_text(en_text, "en"))
        pairs = by_unit(alignment)
        assert "paragraph 30" not in pairs
        for n in (*range(1, 30), *range(31, 72)):
            pair = pairs[f"paragraph {n}"]
            assert pair.by_key and pair.zh[0].label == pair.en[0].label == f"{n}."
        [missing] = alignment.unpaired
        assert missing.unit == "paragraph 30"
        assert missing.language == ("zh" if deleted_side == "en" else "en")


def test_a_duplicate_number_is_reported() -> None:
    en_text = example("wg4-2022", "en").read_text().replace("\n31. Several speakers", "\n30. Several speakers")
    alignment = align_documents(read_document(example("wg4-2022", "zh")), parse_text(en_text, "en"))
    assert [f.unit for f in alignment.duplicates] == ["paragraph 30"]
    pairs = by_unit(alignment)
    assert pairs["paragraph 29"].by_key and pairs["paragraph 32"].by_key
    # The two English "30." pair by order with Chinese 30 and 31.
    assert not pairs["paragraph 30"].by_key and pairs["paragraph 30"].en_text.startswith("Speakers reiterated")
    assert pairs["paragraph 31"].en[0].label == "30." and pairs["paragraph 31"].zh[0].label == "31."
    assert not alignment.unpaired


def test_a_pair_of_very_different_length_is_suspicious() -> None:
    en_text = example("wg4-2022", "en").read_text().replace(
        "45. The need for further specialized training for public officials and anti-corruption practitioners "
        "was emphasized.", "45. Noted.")
    alignment = align_documents(read_document(example("wg4-2022", "zh")), parse_text(en_text, "en"))
    assert [f.unit for f in alignment.suspicious] == ["paragraph 45"]
    assert "length ratio" in alignment.suspicious[0].problem


def test_shared_latin_tokens_do_not_count_as_length() -> None:
    assert comparable_lengths("报告（CAC/COSP/WG.4/2022/L.1）。", "the report (CAC/COSP/WG.4/2022/L.1).") == (5, 14)
