"""Sentence splitting and sentence alignment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import example
from unbitext.align.anchors import anchor_tokens
from unbitext.align.evaluation import add, score_beads
from unbitext.align.sentence_align import align_sentences
from unbitext.align.sentences import split_sentences, split_zh
from unbitext.pipeline import align_files

GOLD = Path(__file__).parent / "data" / "sentence_gold.json"

# Tricky cases, taken from the bundled examples where they occur there.
EN_CASES = [
    # wg4 paragraph 20: a document symbol ends a sentence, another sits inside one.
    ("contained in conference room paper CAC/COSP/WG.4/2022/2. The representative thanked States parties.",
     ["contained in conference room paper CAC/COSP/WG.4/2022/2.", "The representative thanked States parties."]),
    # wg4 paragraph 43: "art." here is the word art ending a sentence.
    ("including the use of competitions, hackathons, educational videos and art. Several speakers noted that.",
     ["including the use of competitions, hackathons, educational videos and art.", "Several speakers noted that."]),
    # wg4 paragraph 24: list labels inside a sentence.
    ("The portals were used: (a) to file declarations; (b) to record reports; and (c) to monitor plans. She noted.",
     ["The portals were used: (a) to file declarations; (b) to record reports; and (c) to monitor plans.",
      "She noted."]),
    ("States reported, e.g. through surveys, i.e. online. Mr. Smith and Ms. Lee spoke. See No. 5 and para. 12.",
     ["States reported, e.g. through surveys, i.e. online.", "Mr. Smith and Ms. Lee spoke.",
      "See No. 5 and para. 12."]),
    ("The budget was $5.4 million. It was approved.", ["The budget was $5.4 million.", "It was approved."]),
    ("He said “Enough.” The Chair agreed.", ["He said “Enough.”", "The Chair agreed."]),
    ("In resolution 9/6, adopted in 2021. 2022 was the year.", ["In resolution 9/6, adopted in 2021.",
                                                                "2022 was the year."]),
    ("Proposed by J. Smith of the U.S. Government. Adopted.", ["Proposed by J. Smith of the U.S. Government.",
                                                               "Adopted."]),
]
ZH_CASES = [
    # wg4 paragraph 20: a symbol before 。, the full stop after it.
    ("材料载于会议室文件 CAC/COSP/WG.4/2022/2。该代表感谢缔约国。",
     ["材料载于会议室文件 CAC/COSP/WG.4/2022/2。", "该代表感谢缔约国。"]),
    # The closing quote stays with its sentence.
    ("他说：“够了。”主席同意。", ["他说：“够了。”", "主席同意。"]),
    ("这是为什么？原因如下！第一，5.4 万。", ["这是为什么？", "原因如下！", "第一，5.4 万。"]),
    # ； is not a sentence end for split_sentences (wg4 paragraph 10).
    ("会议由主席主持；其中有 5 场会议是联合举行的。", ["会议由主席主持；其中有 5 场会议是联合举行的。"]),
]


@pytest.mark.parametrize(("text", "sentences"), EN_CASES)
def test_english_splitting(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "en") == sentences


@pytest.mark.parametrize(("text", "sentences"), ZH_CASES)
def test_chinese_splitting(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "zh") == sentences


def test_chinese_semicolons_are_soft_boundaries() -> None:
    pieces = split_zh("会议由主席主持；其中有 5 场会议是联合举行的。第二句。")
    assert [(p.text, p.soft_end) for p in pieces] == [
        ("会议由主席主持；", True), ("其中有 5 场会议是联合举行的。", False), ("第二句。", False)]


def test_anchors_normalize_numbers_across_languages() -> None:
    zh = anchor_tokens("2022 年 6 月 15 日，第十三次会议，540 万美元，第 9/6 号决议，《公约》第九条，二〇二二年", "zh")
    en = anchor_tokens("15 June 2022, thirteenth meeting, $5.4 million, resolution 9/6, article 9", "en")
    assert {"num:2022", "num:6", "num:15", "num:13", "num:5400000", "ref:9/6", "num:9"} <= zh & en
    assert "num:55" in anchor_tokens("Fifty-five such clubs", "en")
    assert "num:2" in anchor_tokens("chapter II of the Convention", "en")


def _strip(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", ["wg4-2022", "udhr", "ga-res-ldc-poa"])
def test_no_text_lost_or_duplicated_in_any_example(name: str) -> None:
    aligned = align_files(example(name, "zh"), example(name, "en"))
    for pair in aligned.alignment.pairs:
        beads = align_sentences(pair.zh_text, pair.en_text)
        assert _strip("".join(b.zh_text for b in beads)) == _strip(pair.zh_text), pair.unit
        assert _strip("".join(b.en_text for b in beads)) == _strip(pair.en_text), pair.unit


sentence = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(sentence, max_size=8), st.lists(sentence, max_size=8))
def test_no_text_lost_on_random_sentence_lists(zh_sentences: list[str], en_sentences: list[str]) -> None:
    zh_text = "。".join(zh_sentences) + "。" if zh_sentences else ""
    en_text = ". ".join(en_sentences)
    beads = align_sentences(zh_text, en_text)
    assert _strip("".join(b.zh_text for b in beads)) == _strip(zh_text)
    assert _strip("".join(b.en_text for b in beads)) == _strip(en_text)
    numbers = [n for b in beads for n in b.en_numbers]
    assert numbers == sorted(numbers) and len(numbers) == len(set(numbers))


def test_f1_on_the_hand_checked_gold_is_at_least_097() -> None:
    """Gold checked by hand, see tests/data/SENTENCE-GOLD.md."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    pairs = {}
    for name in {entry["document"] for entry in gold}:
        for pair in align_files(example(name, "zh"), example(name, "en")).alignment.pairs:
            pairs[(name, pair.unit)] = pair
    scores = []
    for entry in gold:
        pair = pairs[(entry["document"], entry["unit"])]
        predicted = [(b.zh_text, b.en_text) for b in align_sentences(pair.zh_text, pair.en_text)]
        scores.append(score_beads(predicted, [(b["zh"], b["en"]) for b in entry["beads"]]))
    total = add(scores)
    assert total.expected == 178
    assert total.f1 >= 0.97


def test_a_chinese_semicolon_sentence_splits_where_english_has_full_stops() -> None:
    zh = "会议由主席主持，共有十名代表出席；会议通过了议程和工作安排。"
    en = "The meeting was chaired by the President and attended by ten representatives. It adopted its agenda."
    beads = align_sentences(zh, en)
    assert [(b.zh_text, b.en_text) for b in beads] == [
        ("会议由主席主持，共有十名代表出席；",
         "The meeting was chaired by the President and attended by ten representatives."),
        ("会议通过了议程和工作安排。", "It adopted its agenda.")]


def test_udhr_article_26_uses_1_2_and_2_1_beads() -> None:
    aligned = align_files(example("udhr", "zh"), example("udhr", "en"))
    pair = next(p for p in aligned.alignment.pairs if p.unit == "article 26(i)")
    beads = align_sentences(pair.zh_text, pair.en_text)
    assert [(len(b.zh), len(b.en)) for b in beads] == [(1, 2), (1, 1), (2, 1)]
    assert beads[0].en_numbers == (1, 2) and beads[2].zh_numbers == (3, 4)
