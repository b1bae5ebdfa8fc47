"""Paragraph alignment on the bundled real documents and on variants derived here.

Expected pairs were checked by hand against examples/*/zh.txt and en.txt.
"""

from __future__ import annotations

import pytest

from tests.conftest import example
from unbitext.align.content import comparable_lengths
from unbitext.align.paragraphs import align_documents
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


# --- any length, section numbers, annexes (issue 16) ------------------------------------------------------


def _numbered(language: str, numbers: list[str], texts: list[str]) -> str:
    return "\n".join(f"{number} {text}" for number, text in zip(numbers, texts, strict=False)) + "\n"


def test_paragraph_numbers_past_999_pair_by_number() -> None:
    zh_texts = [f"第{n}段的案文。" for n in range(1, 1201)]
    en_texts = [f"The text of paragraph {n}." for n in range(1, 1201)]
    numbers = [f"{n}." for n in range(1, 1201)]
    alignment = align_documents(parse_text(_numbered("zh", numbers, zh_texts), "zh"),
                                parse_text(_numbered("en", numbers, en_texts), "en"))
    assert [p.unit for p in alignment.pairs] == [f"paragraph {n}" for n in range(1, 1201)]
    assert all(p.by_key for p in alignment.pairs)


def test_budget_section_numbers_are_paragraph_keys() -> None:
    # The programme budget numbers paragraphs within each section: 15.1 … 15.3, then IS2.1 …
    numbers = ["15.1", "15.2", "15.3", "IS2.1", "IS2.2", "A.1", "A.2", "4.5.1", "4.5.2"]
    zh = parse_text(_numbered("zh", numbers, [
        "本节介绍拉丁美洲和加勒比经济委员会。", "委员会的任务来自大会第106(VI)号决议。", "下表列出所需资源。",
        "工作人员薪金税收入。", "收入估计数见下文。", "办公室的任务。", "办公室将继续工作。",
        "维持收到申请后14天内完成处理工作的时限。", "旅行支助的满意度。"]), "zh")
    en = parse_text(_numbered("en", numbers, [
        "This section covers the Economic Commission for Latin America and the Caribbean.",
        "The mandate of the Commission derives from General Assembly resolution 106 (VI).",
        "The resources required are shown in the table below.", "Income from staff assessment.",
        "The estimates of income are given below.", "The mandate of the Office.", "The Office will continue its work.",
        "Maintenance of 14 days for processing travel entitlement requests.", "Satisfaction with travel support."]),
        "en")
    alignment = align_documents(zh, en)
    assert [p.unit for p in alignment.pairs] == [f"paragraph {n}" for n in numbers]
    assert all(p.by_key for p in alignment.pairs)


def test_a_decimal_at_a_line_start_is_not_a_section_number() -> None:
    document = parse_text("1. The Group met.\n2. Costs rose by\n3.5 million dollars in all.\n3. It ended.\n", "en")
    assert [b.key for b in document.blocks if b.key] == ["paragraph 1", "paragraph 2", "paragraph 3"]
    assert "3.5 million dollars" in next(b.text for b in document.blocks if b.key == "paragraph 2")


def test_numbering_that_restarts_in_an_annex_is_keyed_under_the_annex() -> None:
    zh = parse_text("1. 第一段。\n2. 第二段。\n3. 第三段。\n\n附件一\n\n1. 附件第一段。\n2. 附件第二段。\n", "zh")
    en = parse_text("1. First.\n2. Second.\n3. Third.\n\nAnnex I\n\n1. Annex first.\n2. Annex second.\n", "en")
    alignment = align_documents(zh, en)
    assert [p.unit for p in alignment.pairs] == ["paragraph 1", "paragraph 2", "paragraph 3", "annex I",
                                                 "annex I paragraph 1", "annex I paragraph 2"]
    assert alignment.duplicates == () and alignment.unpaired == ()


def _gap_case(size: int, extras: int):
    from unbitext.align.model import Block, BlockKind, Document

    def block(text: str, key: str | None = None) -> Block:
        return Block(BlockKind.PARAGRAPH, "", key, text, (1,))

    lengths = [20 + (n * 37) % 90 for n in range(size)]  # lengths vary, as paragraphs do
    zh_blocks = [block("甲" * length + f"#{n}") for n, length in enumerate(lengths)]
    en_blocks = [block("w" * round(length * 3.9) + f"#{n}") for n, length in enumerate(lengths)]
    en_blocks[size // 2:size // 2] = [block("x" * 150 + "#extra") for _ in range(extras)]
    return (Document("zh", (block("开始", "paragraph 1"), *zh_blocks, block("结束", "paragraph 2"))),
            Document("en", (block("Start", "paragraph 1"), *en_blocks, block("End", "paragraph 2"))))


def test_the_banded_gap_aligner_finds_what_the_full_table_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    from unbitext.align import paragraphs

    zh, en = _gap_case(300, 10)
    banded = align_documents(zh, en)
    monkeypatch.setattr(paragraphs, "GAP_BAND", 10_000)  # every cell: the old full table
    full = align_documents(zh, en)
    assert banded.pairs == full.pairs and banded.unpaired == full.unpaired


def test_the_gap_aligner_is_linear_in_practice() -> None:
    """2,000 unnumbered blocks with 40 extra on one side: the full table (4 million cells)
    took 159 s on this machine, the banded one 5.5 s; this guards against the quadratic one."""
    import time

    zh, en = _gap_case(2000, 40)
    start = time.perf_counter()
    alignment = align_documents(zh, en)
    assert time.perf_counter() - start < 60
    assert sum(len(p.zh) for p in alignment.pairs) == 2002 and len(alignment.pairs) >= 1990


def test_the_fast_pair_cost_is_the_content_cost_of_the_evidence() -> None:
    from unbitext.align.content import Facts, content_cost, evidence_of, pair_cost

    zh = [b.text for b in read_document(example("wg4-2022", "zh")).blocks if b.key][:40]
    en = [b.text for b in read_document(example("wg4-2022", "en")).blocks if b.key][:40]
    for zh_text in zh:
        for en_text in en[:10]:
            facts = (Facts.of(zh_text, "zh"), Facts.of(en_text, "en"))
            assert pair_cost(*facts, 4.1, 0.11) == pytest.approx(content_cost(evidence_of(*facts, 4.1, 0.11)))
