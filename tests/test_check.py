"""`unbitext check`: terminology and numbers, on wg4-2022 and on a copy with seeded errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.cli import app
from unbitext.glossary.check import Checker
from unbitext.glossary.read import GlossaryTerm, read_glossary
from unbitext.glossary.termindex import TermIndex, english_variants, fold_term, singular
from unbitext.glossary.units import AlignedUnit, units_from_documents

GLOSSARY = Path(__file__).parent / "data" / "wg4-check-glossary.tsv"
runner = CliRunner()

# Seeded into the Chinese text of wg4-2022 (paragraph, old, new, check), derived in the
# test, never written back: 10 terminology errors and 5 number errors.
TERM_SEEDS = [
    (4, "并请秘书处", "并请书记处", "term-missing"),
    (11, "工作组与实施情况审议组", "工作小组与实施情况审议组", "term-missing"),
    (31, "感谢毒品和犯罪问题办公室", "感谢毒罪办", "term-missing"),
    (45, "对公职人员和", "对政府官员和", "term-missing"),
    (46, "提高公职人员对", "提高政府官员对", "term-missing"),
    (67, "提供技术援助", "提供技术支助", "term-missing"),
    (30, "最高审计机关之间", "最高审计机构之间", "term-missing"),
    (29, "资产申报和利益冲突", "资产申报和利害冲突", "term-missing"),
    (15, "欧洲联盟", "欧盟", "term-forbidden"),
    (38, "民间社会", "公民社会", "term-forbidden"),
]
NUMBER_SEEDS = [
    (9, "15 日至 17 日", "16 日至 17 日", "number-mismatch"),
    (12, "第 3/2 号决议", "第 3/3 号决议", "number-mismatch"),
    (10, "共举行了 6 场会议", "共举行了 7 场会议", "number-mismatch"),
    (7, "第十三次会议", "第十二次会议", "number-mismatch"),
    (40, "55 个", "45 个", "number-mismatch"),
]


def seeded_copy(folder: Path) -> Path:
    lines = example("wg4-2022", "zh").read_text(encoding="utf-8").split("\n")
    for paragraph, old, new, _ in TERM_SEEDS + NUMBER_SEEDS:
        index = next(i for i, line in enumerate(lines) if line.startswith(f"{paragraph}. "))
        assert old in lines[index], (paragraph, old)
        lines[index] = lines[index].replace(old, new, 1)
    path = folder / "zh.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def findings_for(zh: Path):
    source = units_from_documents(zh, example("wg4-2022", "en"))
    return Checker(read_glossary(GLOSSARY), source.source_language).run(source.units)


def paragraph_of(unit: str) -> int | None:
    return int(unit.split()[1].rstrip(",")) if unit.startswith("paragraph ") else None


def test_all_seeded_errors_are_reported_at_their_units_and_nothing_else(tmp_path: Path) -> None:
    clean = findings_for(example("wg4-2022", "zh"))
    seeded = findings_for(seeded_copy(tmp_path))
    clean_keys = {(f.check, f.unit, f.term) for f in clean}
    new = [f for f in seeded if (f.check, f.unit, f.term) not in clean_keys]
    seeds = TERM_SEEDS + NUMBER_SEEDS
    for paragraph, _, new_text, check in seeds:
        assert any(f.check == check and paragraph_of(f.unit) == paragraph for f in new), (paragraph, new_text)
    seeded_paragraphs = {paragraph for paragraph, *_ in seeds}
    assert {paragraph_of(f.unit) for f in new} == seeded_paragraphs  # nothing anywhere else
    by_paragraph = {paragraph_of(f.unit): f for f in new if f.check == "number-mismatch"}
    assert {by_paragraph[p].term for p in (9, 12, 10, 7, 40)} <= {"15", "16", "3/2", "3/3", "6", "7", "13", "12",
                                                                 "55", "45"}
    forbidden = [f for f in new if f.check == "term-forbidden"]
    assert sorted(f.found for f in forbidden) == ["公民社会", "欧盟"]


def test_the_clean_document_reports_only_what_is_explained() -> None:
    findings = findings_for(example("wg4-2022", "zh"))
    # Paragraph 22 names COVID-19 "2019 冠状病毒病": the year belongs to the name (align.anchors),
    # so the clean document gives no finding at all.
    assert [(f.check, f.unit, f.term) for f in findings] == []


def test_english_matching_ignores_case_and_plurals_but_not_names() -> None:
    assert singular("parties") == "party" and singular("States") == "state" and singular("processes") == "process"
    assert fold_term("State party") == fold_term("States parties") == "state party"
    index = TermIndex(["State party", "Conference"], english=True)
    text = "All States Parties attended; the conference room paper was read by the Conference."
    found = [(key, text[s:e]) for key, s, e in index.find(text)]
    assert found == [("state party", "States Parties"), ("conference", "Conference")]
    assert english_variants("State party") >= {"state party", "states parties", "state parties"}
    assert TermIndex(["corruption"], english=True).find("anti-corruption bodies") == []


def test_numbers_are_normalized_across_languages() -> None:
    checker = Checker([], "en", ["number-mismatch"])
    pairs = [("第十三次会议", "thirteenth meeting"), ("二〇二二年", "in 2022"), ("540 万美元", "$5.4 million"),
             ("《公约》第九条", "article 9 of the Convention"), ("第 9/6 号决议", "resolution 9/6"),
             ("2022 年 6 月 15 日至 17 日", "15 to 17 June 2022"), ("一位发言者", "One speaker")]
    for zh, en in pairs:
        assert checker.run([AlignedUnit("x", zh, en, "u", "f")]) == [], (zh, en)
    [finding] = checker.run([AlignedUnit("x", "540 万美元", "$5.5 million", "u", "f")])[:1]
    assert finding.check == "number-mismatch"


def test_inconsistencies_and_several_accepted_targets() -> None:
    glossary = [GlossaryTerm("缔约国", "State party"), GlossaryTerm("缔约方", "State party")]
    units = [AlignedUnit("1", "缔约国报告。", "States parties reported.", "paragraph 1", "f"),
             AlignedUnit("2", "缔约方报告。", "States parties reported.", "paragraph 2", "f"),
             AlignedUnit("3", "缔约方报告。", "The parties reported.", "paragraph 3", "f")]
    findings = Checker(glossary, "en").run(units)
    checks = sorted(f.check for f in findings)
    # Both targets are accepted (no term-missing), but the term and the segment vary.
    assert checks == ["inconsistent-source", "inconsistent-target", "inconsistent-target"]
    variants = next(f for f in findings if f.check == "inconsistent-target" and f.term == "State party")
    assert "缔约国 x1 (paragraph 1)" in variants.found and "缔约方 x1 (paragraph 2)" in variants.found


def test_cli_exit_codes_and_json(tmp_path: Path) -> None:
    seeded = seeded_copy(tmp_path)
    result = runner.invoke(app, ["check", "--glossary", str(GLOSSARY), str(seeded), str(example("wg4-2022", "en")),
                                 "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["schema"] == "unbitext-check/1"
    assert report["counts"]["term-forbidden"] == 2 and report["counts"]["number-mismatch"] >= 5
    assert set(report["findings"][0]) == {"check", "file", "unit", "term", "expected", "found", "context",
                                          "target_context"}
    only_terms = runner.invoke(app, ["check", "-g", str(GLOSSARY), str(example("wg4-2022", "zh")),
                                     str(example("wg4-2022", "en")), "--checks", "term-missing,term-forbidden"])
    assert only_terms.exit_code == 0 and "no findings" in only_terms.stdout
    text = runner.invoke(app, ["check", "-g", str(GLOSSARY), str(seeded), str(example("wg4-2022", "en"))])
    assert text.exit_code == 1 and "== term-missing" in text.stdout and "«" in text.stdout
    bad = runner.invoke(app, ["check", "-g", str(GLOSSARY), "--checks", "spelling", str(seeded),
                              str(example("wg4-2022", "en"))])
    assert bad.exit_code == 2
    missing = runner.invoke(app, ["check", "-g", str(tmp_path / "none.tsv"), str(seeded),
                                  str(example("wg4-2022", "en"))])
    assert missing.exit_code == 2 and "none.tsv: no such file" in missing.stderr


@pytest.mark.parametrize("suffix", ["tsv", "csv", "tbx"])
def test_glossary_formats_give_the_same_findings(tmp_path: Path, suffix: str) -> None:
    from unbitext.glossary.export import write_glossary
    from unbitext.glossary.model import Glossary, TermPair

    terms = read_glossary(GLOSSARY)
    glossary = Glossary(tuple(TermPair(t.zh, t.en, 0, 0.0, "", status=t.status) for t in terms))
    path = tmp_path / f"g.{suffix}"
    write_glossary(glossary, path, suffix)
    assert [(t.zh, t.en, t.forbidden) for t in read_glossary(path)] == [(t.zh, t.en, t.forbidden) for t in terms]


def test_term_missing_shows_what_the_translation_used_instead_and_the_right_file(tmp_path: Path) -> None:
    glossary = tmp_path / "g.utf8"
    glossary.write_text("information and communications technologies\t信息和通信技术\n", encoding="utf-8")
    unit = AlignedUnit("d:paragraph 6", "缔约国会议请附属机构讨论如何利用信息通信技术实施《公约》。",
                       "The Conference requested its subsidiary bodies to discuss how to use information and "
                       "communications technologies for the implementation of the Convention.",
                       "paragraph 6", "pair", zh_file="zh.docx", en_file="en.pdf")
    [finding] = Checker(read_glossary(glossary), "en").run([unit])
    assert finding.check == "term-missing" and finding.found == "信息通信技术"
    assert finding.file == "en.pdf"  # the English the context shows, not the Chinese file
    assert "«information and communications technologies»" in finding.context
    assert "«信息通信技术»" in finding.target_context


def test_proposed_entries_name_no_missing_term_unless_asked(tmp_path: Path) -> None:
    glossary = tmp_path / "g.utf8"
    glossary.write_text("Working Group\t工作组\tcount 40\tproposed\n", encoding="utf-8")
    unit = AlignedUnit("d:p1", "该小组举行了会议。", "The Working Group met.", "paragraph 1", "pair")
    assert Checker(read_glossary(glossary), "en").run([unit]) == []
    assert [f.check for f in Checker(read_glossary(glossary), "en", include_proposed=True).run([unit])] == [
        "term-missing"]
