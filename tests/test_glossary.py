"""Term extraction and glossary export, on wg4-2022 (gold: tests/data/GLOSSARY-GOLD.md)."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tbx as toolkit_tbx
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.cli import app
from unbitext.glossary.acronyms import defined_terms
from unbitext.glossary.background import KEPT_OUT
from unbitext.glossary.export import CSV_EXTRA_COLUMNS, write_glossary
from unbitext.glossary.extract import ExtractOptions, extract
from unbitext.glossary.model import Glossary, TermPair
from unbitext.glossary.phrases import phrase_pairs
from unbitext.glossary.read import read_glossary
from unbitext.glossary.segment import en_tokens, zh_tokens
from unbitext.glossary.termindex import TermIndex, fold_term
from unbitext.glossary.units import units_from_documents, units_from_tmx
from unbitext.glossary.wordalign import grow_diag_final_and
from unbitext.tmx.reader import iter_units
from unbitext.tmx.validate import dtd_errors

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def wg4_glossary():
    return extract([units_from_documents(example("wg4-2022", "zh"), example("wg4-2022", "en"))])


def _gold(path: Path) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            zh, en = line.split("\t")[:2]
            rows.append((zh, en.split("|")))
    return rows


def test_gold_pairs_occur_in_both_texts() -> None:
    zh_text = example("wg4-2022", "zh").read_text(encoding="utf-8")
    en_text = example("wg4-2022", "en").read_text(encoding="utf-8").lower()
    gold = _gold(DATA / "glossary_gold.tsv")
    assert len(gold) == 73  # the pairs listed by reading the texts, none taken from extractor output
    for zh, ens in gold:
        assert zh in zh_text, zh
        assert any(en.lower() in en_text for en in ens), ens


def test_the_required_pairs_come_out(wg4_glossary) -> None:
    pairs = {(p.zh, p.en) for p in wg4_glossary.pairs}
    assert ("毒品和犯罪问题办公室", "UNODC") in pairs
    assert ("联合国毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime") in pairs
    # Pairs found by word alignment. eflomal samples (seeded from /dev/urandom, no seed option):
    # in about 3 runs in 100, its samplers settle on linking 缔约国 to "parties" alone (counted
    # by rerunning the extraction of wg4-2022: 缔约国 = States parties then held by 3-5 units
    # instead of 25-29, under the least score). One of them may be missing, not two.
    aligned = [("工作组", "Working Group"), ("缔约国", "States parties"),
               ("信息和通信技术", "information and communications technologies")]
    assert sum(pair in pairs for pair in aligned) >= len(aligned) - 1, [p for p in aligned if p not in pairs]
    unodc = next(p for p in wg4_glossary.pairs if p.en == "UNODC")
    assert unodc.method == "long form (short form)" and unodc.count == 16 and unodc.status == "proposed"
    assert unodc.short_of == "联合国毒品和犯罪问题办公室"
    assert "(UNODC)" in unodc.en_context and "（毒品和犯罪问题办公室）" in unodc.zh_context
    # Not a term: a coordination of two terms that each stand alone, a fragment of a longer term.
    assert ("培训和研究", "training and research") not in pairs
    assert ("通信技术", "communications technologies") not in pairs
    assert len(wg4_glossary.pairs) <= 100  # the default size a person reviews


def _judged(name: str) -> dict[tuple[str, str], str]:
    verdicts = {}
    for line in (DATA / "glossary-judgements" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            zh, en, verdict = line.split("\t")[:3]
            verdicts[(zh, fold_term(en))] = verdict
    return verdicts


def test_precision_at_50_judged_by_hand(wg4_glossary) -> None:
    """Against verdicts a person gave pair by pair (tests/data/glossary-judgements); a pair not
    judged counts as wrong. wg4-2022 is the tuning document (0.94 over 3 runs in the fifth
    round, scripts/eval_glossary.py). eflomal samples, so the bounds leave room for a few
    pairs' change."""
    verdicts = _judged("wg4-2022")
    top = wg4_glossary.pairs[:50]
    assert sum(verdicts.get((p.zh, fold_term(p.en))) == "correct" for p in top) >= 43


@pytest.mark.parametrize(("name", "least"), [("npt-2015", 0.78), ("cedaw-2015", 0.75)])
def test_precision_on_the_kept_out_sets_tuned_on(name: str, least: float) -> None:
    """The development-set families kept out of the shipped background: NPT 2015 (held out in
    round 3 at 0.78, tuned on from round 4) and CEDAW 2015 (held out in round 4 at 0.66, tuned
    on in round 5: 0.87 over 3 runs). The families held out now are judged by
    scripts/eval_glossary.py only, so that no test is written looking at them."""
    from unbitext.glossary.units import AlignedUnit, UnitSource

    devset = Path(__file__).parents[1] / "examples" / "unv1-devset"
    lines = [(devset / f"{part}.txt").read_text(encoding="utf-8").splitlines() for part in ("zh", "en", "ids")]
    units = tuple(AlignedUnit(f"{i}:line {n}", zh, en) for n, (zh, en, i) in enumerate(zip(*lines, strict=True), 1)
                  if i.startswith(KEPT_OUT[name]))
    glossary = extract([UnitSource(units, "en", name)], ExtractOptions(top=50))
    verdicts = _judged(name)
    correct = sum(verdicts.get((p.zh, fold_term(p.en))) == "correct" for p in glossary.pairs)
    # Sixteenth round (two alignments averaged, floor 0.8, background 312 pairs), six runs each:
    # CEDAW 19-23 pairs, precision 0.80-0.95 (one pair is 0.05); NPT 41-46 pairs, 0.95-0.98
    # (eleventh round, floor 0.7: 26-32 and 50).
    assert len(glossary.pairs) >= 15 and correct >= least * len(glossary.pairs)


def _candidate(zh: str, en: str, probability: float, units: frozenset[int] = frozenset({0, 1})):
    from unbitext.glossary.extract import Candidate

    return Candidate(zh, fold_term(en), en, units, _evidence(zh, en, units=len(units)), probability)


def test_a_pair_one_alignment_alone_yields_falls_under_the_floor() -> None:
    """Two alignments (eflomal samples each anew): a pair's probability is the mean over both,
    0 where one did not yield it; its evidence is the first alignment's that yielded it."""
    from unbitext.glossary.extract import averaged
    from unbitext.glossary.scoring import MIN_PROBABILITY

    first = [_candidate("工作组", "Working Group", 0.95), _candidate("重点关注", "how States", 0.9)]
    second = [_candidate("工作组", "Working Group", 0.75, frozenset({0, 1, 2})),
              _candidate("缔约国", "States parties", 0.99)]
    found = {(c.zh, c.written): c for c in averaged([first, second])}
    assert found[("工作组", "Working Group")].probability == 0.85
    assert found[("工作组", "Working Group")].units == frozenset({0, 1})
    assert found[("重点关注", "how States")].probability == 0.45 < MIN_PROBABILITY
    assert found[("缔约国", "States parties")].probability == 0.495 < MIN_PROBABILITY
    assert [c.probability for c in averaged([first])] == [0.95, 0.9]  # one alignment: as scored


def test_the_alignments_are_a_recorded_setting(tmp_path: Path) -> None:
    from unbitext.errors import UsageError

    out = tmp_path / "terms.utf8"
    result = CliRunner().invoke(app, ["glossary", "extract", str(example("ga-res-ldc-poa", "zh")),
                                      str(example("ga-res-ldc-poa", "en")), "-o", str(out), "-q",
                                      "--alignments", "1"])
    assert result.exit_code == 0, result.output
    assert "# alignments: 1 (" in out.read_text(encoding="utf-8")
    with pytest.raises(UsageError, match="at least 1"):
        extract([units_from_documents(example("udhr", "zh"), example("udhr", "en"))], ExtractOptions(alignments=0))


def test_defined_terms_pattern() -> None:
    zh = ("他建议，联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）"
          "或许能够通过其反腐败执法机关全球业务工作网（全球网）")
    en = ("He suggested that the United Nations Office on Drugs and Crime (UNODC) might, through its Global "
          "Operational Network of Anti-Corruption Law Enforcement Authorities (GlobE Network)")
    assert [(t.zh_long, t.zh_short, t.en_long, t.en_short) for t in defined_terms(zh, en)] == [
        ("联合国毒品和犯罪问题办公室", "毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime", "UNODC"),
        ("反腐败执法机关全球业务工作网", "全球网",
         "Global Operational Network of Anti-Corruption Law Enforcement Authorities", "GlobE Network")]
    # A list of names: the commas of "Educational, Scientific and Cultural" stay inside.
    zh = "联合国贸易和发展会议、联合国开发计划署（开发计划署）和联合国教育、科学及文化组织（教科文组织）"
    en = ("United Nations Conference on Trade and Development, United Nations Development Programme (UNDP) and "
          "United Nations Educational, Scientific and Cultural Organization (UNESCO)")
    assert [(t.zh_long, t.en_long) for t in defined_terms(zh, en)] == [
        ("联合国开发计划署", "United Nations Development Programme"),
        ("联合国教育、科学及文化组织", "United Nations Educational, Scientific and Cultural Organization")]
    # The words before a name are not the name's (read on the ninth round's held-out sets): a
    # conjunction the English has no "and" for joins two names, a particle or preposition opens
    # the name, the initials of "Member States of the" do not start ASEAN.
    for zh, en, pair in [
        ("毒品和犯罪问题办公室与世界卫生组织和联合国开发计划署（开发计划署）联合发布了报告。",
         "UNODC published the report jointly with the World Health Organization and the United Nations "
         "Development Programme (UNDP).", ("联合国开发计划署", "United Nations Development Programme")),
        ("得到了联合国促进性别平等和增强妇女权能署（妇女署）的赞助。",
         "sponsored by the United Nations Entity for Gender Equality and the Empowerment of Women (UN Women).",
         ("联合国促进性别平等和增强妇女权能署",
          "United Nations Entity for Gender Equality and the Empowerment of Women")),
        ("关于东南亚国家联盟（东盟）成员国的讲习班", "workshop for Member States of the Association of Southeast "
         "Asian Nations (ASEAN)", ("东南亚国家联盟", "Association of Southeast Asian Nations")),
        ("包括联合国和平行动部（维和部）", "including the United Nations Department of Peace Operations (DPO)",
         ("联合国和平行动部", "United Nations Department of Peace Operations")),  # 和平 is no 和
    ]:
        assert [(t.zh_long, t.en_long) for t in defined_terms(zh, en)] == [pair]
    # An explanation in brackets is not a short form.
    assert defined_terms("法域（这在一些法域是强制性的）", "jurisdictions (mandatory in some)") == []


def test_chinese_words_keep_offsets_beyond_the_basic_plane() -> None:
    sentence = "𠀀缔约国会议 在维也纳举行"
    tokens = zh_tokens(sentence)
    assert all(sentence[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:3] == ["𠀀", "缔约国", "会议"]
    assert [t.text for t in en_tokens("the anti-corruption bodies, COVID-19")] == [
        "the", "anti-corruption", "bodies", ",", "COVID-19"]


def test_grow_diag_final_and() -> None:
    # Both directions agree on 0-0 and 2-2; 1-1 and 3-3, proposed by one, neighbour them
    # diagonally and link unlinked words: grown. 2-1 links two words already linked: left out.
    forward, reverse = {(0, 0), (1, 1), (2, 2), (3, 3)}, {(0, 0), (2, 2), (2, 1)}
    assert grow_diag_final_and(forward, reverse, 4, 4) == {(0, 0), (1, 1), (2, 2), (3, 3)}
    links = grow_diag_final_and({(0, 0), (1, 1)}, {(0, 0)}, 2, 2)
    assert links == {(0, 0), (1, 1)}
    assert grow_diag_final_and({(0, 1)}, {(1, 0)}, 2, 2) == {(0, 1), (1, 0)}  # final-and: both unlinked
    assert grow_diag_final_and({(0, 0), (5, 5)}, {(0, 0)}, 2, 2) == {(0, 0)}  # out of range dropped


def test_phrase_pairs_obey_the_alignment_and_the_term_boundaries() -> None:
    zh = zh_tokens("缔约国会议在维也纳举行")  # 缔约国 会议 在 维也纳 举行
    en = en_tokens("The Conference of the States Parties met in Vienna")
    words = [t.text for t in zh]
    links = frozenset({(words.index("缔约国"), 4), (words.index("缔约国"), 5), (words.index("会议"), 1),
                       (words.index("维也纳"), 8), (words.index("举行"), 6), (words.index("在"), 7)})
    found = {("".join(t.text for t in zh[p.zh[0] : p.zh[1]]), " ".join(t.text for t in en[p.en[0] : p.en[1]]))
             for p in phrase_pairs(zh, en, links)}
    assert ("缔约国会议", "Conference of the States Parties") in found
    assert ("维也纳", "Vienna") in found
    # No preposition (在) or verb (举行) at a Chinese edge, no "in" at an English edge.
    assert not any(z.startswith("在") or z.endswith("举行") or e.startswith("in ") for z, e in found)


@pytest.mark.parametrize(("zh", "en", "expected"), [
    ("在题为“今后的优先事项”的项目下", "under the item entitled “Future priorities”",
     ("今后的优先事项", "Future priorities", "entitled")),
    ("联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）", "the United Nations Office on Drugs and Crime (UNODC)",
     ("毒品和犯罪问题办公室", "UNODC", "long form (short form)")),
])
def test_spelled_out_pairs(zh: str, en: str, expected: tuple[str, str, str]) -> None:
    from unbitext.glossary.units import AlignedUnit, UnitSource

    units = tuple(AlignedUnit(f"d:{n}", zh, en) for n in range(2))
    glossary = extract([UnitSource(units, "en", "test")], ExtractOptions(top=0))
    assert expected in {(p.zh, p.en, p.method) for p in glossary.pairs}


def test_references_and_carried_over_latin_are_not_terms() -> None:
    from unbitext.glossary.boundaries import zh_term_span

    for text in ("第九条第二款", "第70/1号决议", "号决议", "第二章", "论坛第十届会议", "工作组第十三次会议",
                 "大会第七十届会"):  # a body's session or meeting is a reference too
        assert not zh_term_span(zh_tokens(text)), text
    assert zh_term_span(zh_tokens("缔约方会议"))  # ... not the body itself


def test_un_words_and_resolution_verbs() -> None:
    """Read on the eighth and ninth rounds' sets (tuned on since): 与 joins two nouns inside a
    term as 和 does; 多 opens one as multi- does; jieba's pieces of 利益攸关方 and 多年期 are one
    word; the verbs that open a resolution's paragraphs are no terms in either language."""
    from unbitext.glossary.boundaries import en_term_span, zh_term_span

    for term in ("国际和平与安全", "多金属结核", "多年期工作方案", "利益攸关方"):
        assert zh_term_span(zh_tokens(term)), term
    assert [t.text for t in zh_tokens("所有利益攸关方")][-1] == "利益攸关方"
    for verb in ("强调指出", "吁请", "深表关切"):
        assert not zh_term_span(zh_tokens(verb)), verb
    for verb in ("Stressing", "Noting with concern", "Welcoming the report"):
        assert not en_term_span(en_tokens(verb)), verb
    assert not zh_term_span(zh_tokens("同会员国"))  # 同 stays a preposition
    assert zh_term_span(zh_tokens("预算外资源")) and zh_term_span(zh_tokens("透明度"))
    assert not zh_term_span(zh_tokens("提供技术援助"))  # a clause verb first


def test_english_edges_no_adjective_or_modifier_of_the_moment() -> None:
    from unbitext.glossary.boundaries import en_term_span

    # Errors read in the NPT 2015 output (the set tuned on in the fourth round).
    assert not en_term_span(en_tokens("transfer of nuclear"))  # an adjective no ending gives away
    assert not en_term_span(en_tokens("former OPANAL Secretary-General"))  # a person's past title
    assert en_term_span(en_tokens("nuclear weapons")) and en_term_span(en_tokens("Secretary-General"))


def _evidence(zh: str, english: str, units: int = 2, zh_words: int = 1, **changed: float):
    """A candidate seen in `units` units, extracted wherever either side occurs, rare in UN text."""
    from unbitext.glossary.scoring import PairEvidence

    fields = {"zh": zh, "extracted": units, "zh_units": units, "en_units": units, "both_units": units,
              "zh_words": zh_words, "english": english, "zh_share": 0.0006, "en_share": 0.0006,
              "zh_fixed_neighbour": 0.0, "en_fixed_neighbour": 0.0, "name_runs_on": 0.0,
              "zh_head_share": 0.0006, "en_head_share": 0.0006}
    return PairEvidence(**{**fields, **changed})


def test_the_fitted_scorer_weighs_evidence_as_a_terminologist_would() -> None:
    """glossary/scoring.py's weights were fitted on hand verdicts (scripts/fit_glossary_scorer.py);
    a refit that inverted any of these would be wrong, whatever its figures."""
    from unbitext.glossary.scoring import MIN_PROBABILITY, probability

    # One word for one word is vocabulary (婚姻 = marriage), a phrase or a name is a term.
    assert probability(_evidence("婚姻", "marriage")) < MIN_PROBABILITY
    assert probability(_evidence("农村妇女", "rural women", zh_words=2)) >= MIN_PROBABILITY
    assert probability(_evidence("格陵兰", "Greenland")) >= MIN_PROBABILITY
    # A name that runs on into a longer one in every unit is a piece of it: "Economic and Social
    # Affairs" of "Department of Economic and Social Affairs".
    whole = _evidence("经济和社会事务", "Economic and Social Affairs", units=4, zh_words=4)
    piece = _evidence("经济和社会事务", "Economic and Social Affairs", units=4, zh_words=4, name_runs_on=0.8)
    assert probability(piece) < probability(whole) - 0.15 and probability(whole) >= MIN_PROBABILITY
    # A pair the word alignment gives in only some units where its sides occur is less sure.
    assert probability(_evidence("人口红利", "demographic dividend", units=2, zh_words=2, zh_units=6, en_units=6,
                                 both_units=6)) < probability(_evidence("人口红利", "demographic dividend",
                                                                        units=2, zh_words=2))
    # All else equal, a compound far rarer in UN text than its head word is a free one (供水公司 =
    # water companies); one that makes up much of its head's use is fixed (技术援助 = technical
    # assistance).
    free = _evidence("供水公司", "water companies", zh_words=2, zh_share=0.0, en_share=0.0,
                     zh_head_share=0.003, en_head_share=0.003)
    fixed = _evidence("技术援助", "technical assistance", zh_words=2, zh_share=0.01, en_share=0.01,
                      zh_head_share=0.03, en_head_share=0.03)
    assert probability(free) < probability(fixed)
    # "A和B" = "A and B" is two terms more often than one.
    assert probability(_evidence("男孩和女孩", "boys and girls", zh_words=3)) < probability(
        _evidence("男孩女孩", "boys girls", zh_words=2))


def test_neighbours_and_names_running_on() -> None:
    from unbitext.glossary.extract import _en_neighbours, _name_runs_on, _zh_neighbours
    from unbitext.glossary.scoring import fixed_neighbour

    en = en_tokens("the Department of Economic and Social Affairs")
    assert _name_runs_on(en, 3, 7)  # "Department of" | "Economic and Social Affairs"
    assert _name_runs_on(en, 5, 7)  # "Economic and" | "Social Affairs"
    assert not _name_runs_on(en, 1, 7)  # the whole name: "the" before it, the sentence's end after
    assert not _name_runs_on(en_tokens("reported to the Economic and Social Council."), 3, 7)
    assert not _name_runs_on(en_tokens("the States parties to the Convention"), 1, 3)  # not a name
    assert _name_runs_on(en_tokens("the Panel of Experts said"), 3, 4)  # "Experts": a piece
    # "and the" joins two names, not two pieces of one.
    two_names = en_tokens("the Department of Economic and Social Affairs and the Economic and Social Council")
    assert not _name_runs_on(two_names, 9, 13)
    assert list(_en_neighbours(en_tokens("public finance management reform"), 1, 3)) == ["L:public", "R:reform"]
    # Function words and punctuation are no neighbours; a character beyond the BMP is Han.
    zh = zh_tokens("在𠀀缔约国会议，")
    start = next(i for i, t in enumerate(zh) if t.text.startswith("缔约国"))
    assert all("在" not in n and "，" not in n for n in _zh_neighbours(zh, start, start + 1))
    assert fixed_neighbour(Counter({"L:department": 4}), 4) == 0.8
    assert fixed_neighbour(Counter(), 4) == 0.0


def test_one_rule_for_where_a_name_runs_on() -> None:
    from unbitext.glossary.names import PIECE_LINK, run_on

    words = "the Convention on the Rights of the Child and the Protocol of 2015".split()

    def capital(k: int) -> bool:
        return words[k][:1].isupper() or words[k][:1].isdigit()

    assert run_on(words, 1, 1, capital) == 3  # Convention | on the | Rights
    assert run_on(words, 4, 1, capital) == 3  # Rights | of the | Child
    assert run_on(words, 7, 1, capital) == 0  # Child | and the Protocol: two names
    assert run_on(words, 7, 1, capital, link_words=PIECE_LINK) == 0  # not even for a piece
    assert run_on(words, 10, 1, capital) == 0  # Protocol | of 2015: no figure after a link word
    assert run_on(words, 4, -1, capital) == 3  # leftwards, in reading order: Convention on the | Rights
    assert run_on(words, 4, -1, capital, links=lambda k: k != 2) == 0  # the caller's own test of a link
    words = "Economic and Social".split()
    assert run_on(words, 2, -1, capital, link_words=PIECE_LINK) == 2
    assert run_on(words, 2, -1, capital) == 0


def test_no_clause_pronoun_preposition_or_copula_inside_a_term() -> None:
    from unbitext.glossary.boundaries import en_term_span, zh_term_span

    # Errors read in the CEDAW 2015 output (tuned on in the fifth round).
    assert not en_term_span(en_tokens("Committee recommends that the State party"))
    assert not en_term_span(en_tokens("countries and their development partners"))
    assert not zh_term_span(zh_tokens("生活在农村地区"))  # living in rural areas
    assert not zh_term_span(zh_tokens("特别是妇女"))  # in particular women
    assert en_term_span(en_tokens("Conference of the States Parties to the Convention"))


@pytest.mark.parametrize("chinese", ["特别报告员", "最不发达国家", "可持续发展目标", "千年发展目标", "非政府组织"])
def test_terms_that_open_with_a_prefix_or_a_split_word(chinese: str) -> None:
    from unbitext.glossary.boundaries import zh_term_span

    # jieba tags 特别, 最 and 不 as adverbs, 可 as a verb, 千年 as a numeral, ends 非政府组织
    # with the verb 组织: none of these terms could be proposed before the fifth round.
    assert zh_term_span(zh_tokens(chinese))


@pytest.mark.parametrize(("sentence", "linked", "name"), [
    ("the Law on Prevention of Corruption, which required", "Prevention", "Law on Prevention of Corruption"),
    ("the Beijing Declaration and Platform for Action in its efforts", "Declaration and Platform",
     "Beijing Declaration and Platform for Action"),
    ("the National Strategy for the Development of Women (2006-2015) includes", "Strategy for the Development of "
     "Women (2006", "National Strategy for the Development of Women"),
    ("article 6.11 of the Code of Administrative Offences", "11 of the Code", "Code of Administrative Offences"),
    ("the Convention on the Rights of the Child and", "Rights", "Convention on the Rights of the Child"),
])
def test_a_title_name_runs_on_over_of_and_for_and_stops_at_brackets(sentence: str, linked: str, name: str) -> None:
    from unbitext.glossary.patterns import _english_name_around

    start = sentence.index(linked)
    span = _english_name_around(sentence, start, start + len(linked))
    assert span is not None and sentence[span[0] : span[1]] == name


def test_a_title_name_does_not_run_on_over_a_word_linked_elsewhere() -> None:
    from unbitext.glossary.patterns import _english_name_around

    sentence = "implemented the Strategy in Mexico"
    start = sentence.index("Strategy")
    mexico = frozenset({sentence.index("Mexico")})  # linked to 墨西哥, outside the title
    assert _english_name_around(sentence, start, start + 8) == (start, len(sentence))
    assert _english_name_around(sentence, start, start + 8, mexico) == (start, start + 8)


def _unit_with_links(zh: str, en: str, pairs: list[tuple[str, str]]):
    from unbitext.glossary.patterns import SegmentedUnit
    from unbitext.glossary.units import AlignedUnit

    zh_words, en_words = zh_tokens(zh), en_tokens(en)
    links = frozenset((next(i for i, t in enumerate(zh_words) if t.text == z and t.start >= zh.index(z)),
                       next(j for j, t in enumerate(en_words) if t.start == en.index(e)))
                      for z, e in pairs)
    return SegmentedUnit(AlignedUnit("u:1", zh, en), zh_words, en_words, links)


def test_titles_named_side_by_side_keep_their_order() -> None:
    from unbitext.glossary.patterns import _titles

    zh = "对《刑事诉讼法典》和《刑事执行法典》进行修改"
    en = "amendments to the Code of Criminal Procedure and the Correctional Code mentioned"
    # Links as eflomal gave them once (CEDAW 2015): each title linked to the other's name.
    swapped = _unit_with_links(zh, en, [("刑事诉讼法", "Correctional"), ("执行", "Criminal Procedure")])
    assert list(_titles(swapped, 0)) == []
    right = _unit_with_links(zh, en, [("刑事诉讼法", "Criminal Procedure"), ("执行", "Correctional")])
    assert [(t.zh, t.en) for t in _titles(right, 0)] == [("刑事诉讼法典", "Code of Criminal Procedure"),
                                                         ("刑事执行法典", "Correctional Code")]


def test_a_title_linked_over_a_list_of_titles_is_no_title() -> None:
    from unbitext.glossary.patterns import _titles

    zh = "根据《2012年加泰罗尼亚健康状况调查》、《2013年明爱会调查》等一些统计数据"
    en = "According to some statistical data such as the Catalonia Health Survey 2012, the Caritas Survey 2013 and"
    # Links as eflomal gave them in round 13 (CSW 2015): the first title linked over the comma
    # into the second.
    unit = _unit_with_links(zh, en, [("加泰罗尼亚", "Catalonia"), ("健康状况", "Health"), ("年", ","),
                                     ("健康状况", "Caritas")])
    assert [t.en for t in _titles(unit, 0) if t.zh.endswith("加泰罗尼亚健康状况调查")] == []


def test_a_word_linked_to_the_titles_own_chinese_elsewhere_stays_in_the_title() -> None:
    """Read on the tuned sets in round 10: "Rights", linked to the sentence's other 人权, is still
    the last word of 《世界人权宣言》; "Secretariat", linked to 秘书处 outside 《巴塞尔公约》, is not
    the Convention's."""
    from unbitext.glossary.patterns import SegmentedUnit, _titles
    from unbitext.glossary.units import AlignedUnit

    zh = "人权维护者依据《世界人权宣言》开展工作"
    en = "human rights defenders work under the Universal Declaration of Human Rights"
    # jieba: 人权 | 维护者 | 依据 | 《 | 世界人权宣言 | 》 …; the title word is linked to Universal
    # Declaration ... Human, and the sentence's 人权 (word 0) to both "rights" and "Rights".
    links = frozenset({(0, 1), (4, 6), (4, 7), (4, 9), (0, 10)})
    unit = SegmentedUnit(AlignedUnit("u:1", zh, en), zh_tokens(zh), en_tokens(en), links)
    assert [(t.zh, t.en) for t in _titles(unit, 0)] == [("世界人权宣言", "Universal Declaration of Human Rights")]
    # A link to a function word outside the title is no evidence (eflomal, 《国际航空公约》, read
    # on a round-10 held-out set): jieba's 的 is a particle.
    zh = "根据《国际航空公约》的第3条进行"
    en = "carried out under article 3 of the Convention on International Aviation"
    tokens = zh_tokens(zh)
    title = next(i for i, t in enumerate(tokens) if t.text.startswith("国际"))
    outside = next(i for i, t in enumerate(tokens) if t.text == "的")
    en_words = en_tokens(en)
    links = frozenset({(title, en_words.index(next(t for t in en_words if t.text == "International"))),
                       (title + 1 if tokens[title + 1].text == "公约" else title,
                        en_words.index(next(t for t in en_words if t.text == "Convention"))),
                       (outside, len(en_words) - 1)})
    unit = SegmentedUnit(AlignedUnit("u:1", zh, en), tokens, en_words, links)
    assert [(t.zh, t.en) for t in _titles(unit, 0)] == [("国际航空公约", "Convention on International Aviation")]
    zh = "《巴塞尔公约》秘书处编写了说明"
    en = "the Basel Convention Secretariat prepared a note"
    unit = _unit_with_links(zh, en, [("巴塞尔", "Basel"), ("公约", "Convention"), ("秘书处", "Secretariat")])
    assert [(t.zh, t.en) for t in _titles(unit, 0)] == [("巴塞尔公约", "Basel Convention")]


@pytest.mark.parametrize(("chinese", "english", "kept"), [
    ("核安全公约", "Nuclear Safety", False),  # a piece of the Convention on Nuclear Safety
    ("妇女大宪章", "Women's EDGE Plan", False),  # a neighbouring title
    ("预防腐败法", "Law on Prevention of Corruption", True),
    ("北京宣言和行动纲要", "Beijing Declaration and Platform for Action", True),
])
def test_a_title_name_says_what_the_title_is(chinese: str, english: str, kept: bool) -> None:
    from unbitext.glossary.patterns import _names_its_kind

    assert _names_its_kind(chinese, english) is kept


def test_years_the_english_name_lacks_leave_the_chinese_title() -> None:
    from unbitext.glossary.patterns import _chinese_title_proper

    strategy = "National Strategy for the Development of Women"
    assert _chinese_title_proper("2006-2015年国家妇女发展战略", strategy) == "国家妇女发展战略"
    assert _chinese_title_proper("1992年个人身份法", "Personal Status Law of 1992") == "1992年个人身份法"


@pytest.mark.parametrize(("english", "chinese", "title"), [
    ("The Treaty of Rarotonga", "拉罗通加条约", "Treaty of Rarotonga"),  # the sentence's article
    ("1997 Vienna Convention", "维也纳公约", "Vienna Convention"),  # 1997年《维也纳公约》
    ("2030 Agenda for Sustainable Development", "2030年可持续发展议程", "2030 Agenda for Sustainable Development"),
    ("The Hague Convention", "海牙公约", "The Hague Convention"),  # The Hague is the name
    # Read in round 13 on the tuned documents' lists: a chapter, an annex, an opening adverb, a
    # year after the name.
    ("Chapter VII of the Charter of the United Nations", "联合国宪章", "Charter of the United Nations"),
    ("E to the Convention", "公约", "Convention"),
    ("Similarly to the Trafficking in Persons Protocol", "人口贩运议定书", "Trafficking in Persons Protocol"),
    ("Millennium Development Goals Report 2012", "千年发展目标报告", "Millennium Development Goals Report"),
    ("Human Development Reports 1995-2004", "人类发展报告", "Human Development Reports"),
    ("Personal Status Law of 1992", "1992年个人身份法", "Personal Status Law of 1992"),
    ("Chicago Convention of 1944", "芝加哥公约", "Chicago Convention"),
    ("Parties to the Fourth Geneva Convention", "日内瓦第四公约", "Fourth Geneva Convention"),
    ("Protocol I to the Geneva Conventions", "日内瓦四公约第一附加议定书", "Protocol I to the Geneva Conventions"),
])
def test_a_title_keeps_only_what_the_chinese_title_says(english: str, chinese: str, title: str) -> None:
    from unbitext.glossary.patterns import _title_proper

    assert _title_proper(english, chinese) == title


@pytest.mark.parametrize(("sentence", "linked", "kinds", "name"), [
    # 《贸易法委员会关于安排仲裁程序的说明》的修订: "Revision" opens the item, its capital is the
    # sentence's (read on round 15's held-out set, where all six lists took it into the title).
    ("5. Revision of the UNCITRAL Notes on Organizing Arbitral Proceedings.",
     "UNCITRAL Notes on Organizing Arbitral Proceedings", (), "UNCITRAL Notes on Organizing Arbitral Proceedings"),
    # ... but an opening word that says what the title is stays (公约: Convention).
    ("Convention on the Rights of the Child states that", "Rights of the Child", ("convention",),
     "Convention on the Rights of the Child"),
    # Inside a sentence a capital is the name's.
    ("under the Review of the UNCITRAL Notes", "UNCITRAL Notes", (), "Review of the UNCITRAL Notes"),
    # A paragraph number linked into the title is no part of it (a link seen in round 16 on CEDAW's
    # 80. 《南共市指南》); a figure joined to the name by a space is ("2030 Agenda").
    ("80. The MERCOSUR handbook seeks", "80. The MERCOSUR", (), "The MERCOSUR"),
    ("the 2030 Agenda for Sustainable Development", "2030 Agenda", (), "2030 Agenda for Sustainable Development"),
])
def test_a_title_takes_in_no_word_capitalized_only_because_it_opens_the_sentence(
        sentence: str, linked: str, kinds: tuple[str, ...], name: str) -> None:
    from unbitext.glossary.patterns import _english_name_around

    start = sentence.index(linked)
    span = _english_name_around(sentence, start, start + len(linked), kinds=kinds)
    assert span is not None and sentence[span[0]:span[1]] == name


def test_a_name_and_its_lower_case_writing_are_one_term() -> None:
    # Both writings fold to one key; the name, sorted first, used to take the shared form and
    # hide every lower-case occurrence (wg4-2022: anti-corruption education counted in 2 units of 10).
    index = TermIndex(["Anti-Corruption Education", "anti-corruption education"], english=True)
    assert index.keys_in("We support anti-corruption education.") == {"anti-corruption education"}
    assert TermIndex(["Anti-Corruption Education"], english=True).keys_in("anti-corruption education") == set()


def test_a_pair_whose_english_never_stands_alone_is_a_fragment() -> None:
    from unbitext.glossary.extract import _Evidence, _without_fragments

    evidence = {("核试验", "nuclear-test-ban"): _Evidence({1, 2}), ("核武器", "nuclear weapon"): _Evidence({1, 3})}
    longer = {*evidence, ("全面禁止核试验条约", "comprehensive nuclear-test-ban treaty"),
              ("核武器国家", "nuclear weapon state")}
    # 核试验 stands alone (unit 5) but its English only ever inside the treaty's name; 核武器
    # and "nuclear weapons" both stand alone (units 3 and 4).
    zh_units = {"核试验": {1, 2, 5}, "全面禁止核试验条约": {1, 2}, "核武器": {1, 3}, "核武器国家": {1}}
    en_units = {"nuclear-test-ban": {1, 2}, "comprehensive nuclear-test-ban treaty": {1, 2},
                "nuclear weapon": {1, 3, 4}, "nuclear weapon state": {1}}
    kept = _without_fragments(evidence, longer, defaultdict(set, zh_units), defaultdict(set, en_units))
    assert set(kept) == {("核武器", "nuclear weapon")}


@pytest.mark.parametrize("output_format", ["tsv", "csv", "tbx", "tmx"])
def test_every_export_reads_back(tmp_path: Path, wg4_glossary, output_format: str) -> None:
    path = tmp_path / f"terms.{output_format}"
    write_glossary(wg4_glossary, path, output_format)
    expected = [(p.zh, p.en) for p in wg4_glossary.pairs]
    if output_format == "tsv":
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# ")  # the settings, which OmegaT skips as comments
        rows = list(csv.reader((line for line in lines if not line.startswith("#")), delimiter="\t"))
        assert [(row[1], row[0]) for row in rows] == expected  # source = English, the original
        # source, target, comment as OmegaT reads them; the status a fourth column OmegaT ignores
        assert all(len(row) == 4 and row[3] == "proposed" and row[2].startswith("proposed") for row in rows)
    elif output_format == "csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so that Excel reads UTF-8
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        # The header names the language columns (OmegaT would read a "source,target" row as a term).
        assert tuple(rows[0]) == ("en-US", "zh-CN", *CSV_EXTRA_COLUMNS)
        assert [(row["zh-CN"], row["en-US"]) for row in rows] == expected
        assert {row["status"] for row in rows} == {"proposed"} and all(row["target context"] for row in rows)
    elif output_format == "tbx":
        root = etree.parse(str(path)).getroot()
        assert root.tag == "martif" and root.get("type") == "TBX-Basic"
        languages = {ls.get("{http://www.w3.org/XML/1998/namespace}lang") for ls in root.iter("langSet")}
        assert languages == {"en-US", "zh-CN"}
        _check_tbx_basic(root)
        # One concept for a full form and its abbreviation: UNODC with its long form.
        entries = [[t.text for t in entry.iter("term")] for entry in root.iter("termEntry")]
        assert any({"UNODC", "United Nations Office on Drugs and Crime", "毒品和犯罪问题办公室",
                    "联合国毒品和犯罪问题办公室"} == set(terms) for terms in entries)
        assert len(entries) < len(expected)
        store = toolkit_tbx.tbxfile.parsefile(str(path))  # an independent TBX reader
        assert len(store.units) == len(entries)
    else:
        assert dtd_errors(path) == []
        assert [(u.text("zh"), u.text("en")) for u in iter_units(path)] == expected
    if output_format in ("tsv", "csv"):
        assert [(t.zh, t.en) for t in read_glossary(path)] == expected
    elif output_format == "tbx":
        assert set(expected) <= {(t.zh, t.en) for t in read_glossary(path)}


# TBX-Basic picklists (TBX-Basic specification, data categories termType, partOfSpeech,
# administrativeStatus) and its order inside a tig: term, termNote*, then descrip.
TBX_BASIC_PICKLISTS = {
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "partOfSpeech": {"noun", "verb", "adjective", "adverb", "properNoun", "other"},
    "administrativeStatus": {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                             "supersededTerm-admn-sts"},
}


def _check_tbx_basic(root) -> None:
    for tig in root.iter("tig"):
        tags = [child.tag for child in tig]
        assert tags[0] == "term" and tags == sorted(tags, key=["term", "termNote", "descrip"].index)
        notes = {note.get("type"): note.text for note in tig.iter("termNote")}
        assert set(notes) == set(TBX_BASIC_PICKLISTS)
        for kind, value in notes.items():
            assert value in TBX_BASIC_PICKLISTS[kind], (kind, value)
        assert [d.get("type") for d in tig.iter("descrip")] == ["context"]


def test_extraction_from_a_tmx_reads_the_same_units(tmp_path: Path) -> None:
    memory = tmp_path / "wg4.tmx"
    runner = CliRunner()
    assert runner.invoke(app, ["align", str(example("wg4-2022", "zh")), str(example("wg4-2022", "en")),
                               "-o", str(memory)]).exit_code == 0
    from_documents = units_from_documents(example("wg4-2022", "zh"), example("wg4-2022", "en"))
    assert [(u.zh, u.en) for u in units_from_tmx(memory).units] == [(u.zh, u.en) for u in from_documents.units]


def test_a_short_form_without_its_long_form_is_a_concept_of_its_own(tmp_path: Path) -> None:
    glossary = Glossary((TermPair("开发署", "UNDP", 3, 21.0, "d:1", "long form (short form)", "proposed",
                                  short_of="联合国开发计划署"),), {}, "en")
    write_glossary(glossary, tmp_path / "t.tbx", "tbx")
    root = etree.parse(str(tmp_path / "t.tbx")).getroot()
    assert [t.text for t in root.iter("term")] == ["UNDP", "开发署"]
    assert [n.text for n in root.iter("termNote") if n.get("type") == "termType"] == ["acronym", "abbreviation"]


def test_glossary_cli(tmp_path: Path) -> None:
    out = tmp_path / "terms.tbx"
    result = CliRunner().invoke(app, ["glossary", "extract", str(example("wg4-2022", "zh")),
                                      str(example("wg4-2022", "en")), "-o", str(out), "--top", "40"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "40 term pairs" in result.output and "(tbx)" in result.output
    assert "aligned units, score" in result.output and "(1 units" not in result.output
    assert len({(t.zh, t.en) for t in read_glossary(out)}) >= 40
    # OmegaT reads tab-separated glossaries named .utf8, .txt or .tab only: a .tsv is warned about.
    for name, warned in (("terms.tsv", True), ("terms.utf8", False)):
        result = CliRunner().invoke(app, ["glossary", "extract", str(example("ga-res-ldc-poa", "zh")),
                                          str(example("ga-res-ldc-poa", "en")), "-o", str(tmp_path / name), "-q"])
        assert result.exit_code == 0, result.output
        assert ("terms.utf8 to use it there" in result.stderr) is warned
    result = CliRunner().invoke(app, ["glossary", "extract", str(example("wg4-2022", "zh")), "-o",
                                      str(tmp_path / "x.tsv")])
    assert result.exit_code == 2 and "no partner" in result.stderr
    assert not (tmp_path / "x.tsv").exists()


def test_names_run_on_over_of_and_from_and_drop_a_publishers_acronym() -> None:
    """Seventh round: extents found wrong on the sixth round's held-out families (now tuned on)."""
    from unbitext.glossary.patterns import _english_name_around, _without_leading_acronym
    from unbitext.glossary.phrases import _widen_name

    # Word alignment: 妇女 found no link, so "Commission on the Status" stopped short of its name.
    en = en_tokens("the Commission on the Status of Women met")
    assert _widen_name(en, {1: [0], 2: [0], 3: [0], 4: [0]}, 1, 4) == (1, 6)
    assert _widen_name(en, {1: [0], 2: [0], 3: [0], 4: [0], 6: [1]}, 1, 4) == (1, 4)  # Women linked elsewhere
    # A 《》 title: "from Ships" is the Convention's.
    text = "wastes covered by the International Convention for the Prevention of Pollution from Ships, 1973"
    start = text.index("Convention")
    span = _english_name_around(text, start, start + len("Convention"))
    assert span is not None and text[span[0]:span[1]] == (
        "International Convention for the Prevention of Pollution from Ships")
    # 海事组织《港口接收设施综合手册》: the IMO is the publisher, not part of the title.
    text = "the revised version of the IMO Comprehensive Manual on Port Reception Facilities, which"
    span = (text.index("IMO"), text.index(", which"))
    trimmed = _without_leading_acronym(text, span, text.index("Comprehensive"))
    assert text[trimmed[0]:trimmed[1]] == "Comprehensive Manual on Port Reception Facilities"
    assert _without_leading_acronym(text, span, span[0]) == span  # the acronym linked into the title stays


def test_latin_titles_and_ad_hoc_are_not_term_pairs() -> None:
    """Eighth round: errors read on the seventh round's held-out families (now tuned on)."""
    from unbitext.glossary.boundaries import en_term_span
    from unbitext.glossary.patterns import SegmentedUnit, spelled_out
    from unbitext.glossary.units import AlignedUnit

    zh, en = "其中包括《El País》（西班牙）和《金融时报》。", "including El País (Spain) and the Financial Times."
    zh_words, en_words = zh_tokens(zh), en_tokens(en)
    # Every word linked to the English word spelled the same, or to its translation.
    links = {(i, j) for i, t in enumerate(zh_words) for j, w in enumerate(en_words)
             if t.text == w.text or (t.text, w.text) in {("金融时报", "Financial"), ("金融时报", "Times")}}
    found = [(p.zh, p.en) for p in spelled_out([SegmentedUnit(AlignedUnit("u", zh, en), zh_words, en_words,
                                                              frozenset(links))])]
    assert ("金融时报", "Financial Times") in found and not any("País" in e for _, e in found)
    assert not en_term_span(en_tokens("ad hoc")) and en_term_span(en_tokens("ad hoc committee"))



def test_a_capital_that_opens_the_sentence_is_no_name() -> None:
    """"Participants noted ..." is the word participants: the form written inside sentences
    decides whether a term is a name, and so whether the name weight applies."""
    from unbitext.glossary.extract import _opens_unit, _phrase_evidence, _written_form
    from unbitext.glossary.patterns import SegmentedUnit
    from unbitext.glossary.units import AlignedUnit

    assert _opens_unit(en_tokens("5. (a) Participants noted that"), 5)
    assert _opens_unit(en_tokens("IV. Evaluation of results"), 2)
    assert not _opens_unit(en_tokens("1. Welcomes the Group of Experts"), 3)

    def evidence(*texts: tuple[str, str, tuple[int, int]]) -> str:
        units = [SegmentedUnit(AlignedUnit(f"u{k}", zh, en, f"u{k}", "test"), zh_tokens(zh), en_tokens(en),
                               frozenset({link}))
                 for k, (zh, en, link) in enumerate(texts)]
        return _written_form(_phrase_evidence(units)[("与会者", "participant")])

    opening = ("与会者指出", "Participants noted", (0, 0))
    assert evidence(opening, opening, ("感谢与会者", "thanked the participants", (1, 2))) == "participants"
    assert evidence(opening, opening) == "Participants"  # never seen inside a sentence


@pytest.mark.parametrize(("chinese", "english", "free"), [
    # Wrong in the Security Council sets (tenth and eleventh rounds' verdicts, tuned on since).
    ("叙利亚领土", "Syrian territory", True), ("土耳其国旗", "Turkish flag", True),
    ("南朝鲜当局", "south Korean authorities", True), ("叙利亚", "Syrian", True),
    ("刚果民主共和国政府", "Government of the Democratic Republic of the Congo", True),
    ("几内亚比绍当局", "authorities of Guinea-Bissau", True), ("霍姆斯省", "Homs", True),
    ("顿涅茨克州", "Donetsk", True), ("西欧", "Western European", True),
    ("黎巴嫩", "Lebanese", True), ("伊拉克", "Iraqi", True),  # jieba tags these nr and nrt, not ns
    ("苏丹政府", "Government of Sudan", True), ("澳大利亚政府", "Australian Government", True),  # read in round 13
    ("阿根廷", "Argentine", True), ("地方政府", "local government", False),
    ("塞浦路斯共和国领空", "national airspace of the Republic of Cyprus", True),  # read in round 14
    # Judged correct: a country, a region, a name holding an adjective, a place's own thing.
    ("中非共和国", "Central African Republic", False), ("南太平洋", "South Pacific", False),
    ("非洲国家", "African States", False), ("英国王室", "British Crown", False),
    ("利比亚局势", "situation in Libya", False), ("日本", "Japan", False), ("苏丹", "Sudan", False),
    ("拉丁美洲和加勒比禁止核武器条约",
     "Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean", False),
    ("中东和平进程", "Middle East peace process", False), ("霍姆斯省", "Homs governorate", False),
    ("黎巴嫩武装部队", "Lebanese Armed Forces", False),  # a body's name, unlike 叙利亚武装部队 = Syrian armed forces
    ("阿卜耶伊临时安全部队", "Interim Security Force for Abyei", False),
    ("叙利亚武装部队", "Syrian armed forces", True),
])
def test_a_place_with_what_every_country_has_is_a_free_compound(chinese: str, english: str, free: bool) -> None:
    from unbitext.glossary.places import free_compound

    tags = [t.pos for t in zh_tokens(chinese)]
    assert free_compound(chinese, tags, english) is free


def test_words_that_judge_do_not_open_a_term() -> None:
    from unbitext.glossary.boundaries import en_term_span, zh_term_span

    for phrase in ("有关决议", "必要措施", "具体目标", "总体目标"):
        assert not zh_term_span(zh_tokens(phrase)), phrase
    for phrase in ("relevant resolutions", "necessary measures", "effective leadership", "overall objective"):
        assert not en_term_span(en_tokens(phrase)), phrase
    assert en_term_span(en_tokens("Independent Expert"))  # a UN title
    # Round 14: a lower-case word in -ic ends no term ("global geodetic"); the nouns in -ic do.
    assert not en_term_span(en_tokens("global geodetic")) and en_term_span(en_tokens("AIDS epidemic"))
    assert zh_term_span(zh_tokens("独立专家"))


def test_clauses_read_in_security_council_letters_are_not_terms() -> None:
    from unbitext.glossary.boundaries import zh_term_span

    for clause in ("经例行协商", "见附件", "着重指出", "决议所设委员会", "祝愿伤者早日康复", "愿意与美国",
                   "大会请秘书长", "委员会建议缔约国"):
        assert not zh_term_span(zh_tokens(clause)), clause
    assert zh_term_span(zh_tokens("经济及社会理事会"))  # 经济 is a word of its own, not 经
