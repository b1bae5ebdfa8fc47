"""Term extraction and glossary export, on wg4-2022 (gold: tests/data/GLOSSARY-GOLD.md)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tbx as toolkit_tbx
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.cli import app
from unbitext.glossary.acronyms import defined_terms
from unbitext.glossary.english import candidates as english_candidates
from unbitext.glossary.export import CSV_COLUMNS, write_glossary
from unbitext.glossary.extract import extract
from unbitext.glossary.read import read_glossary
from unbitext.glossary.units import units_from_documents, units_from_tmx
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
    assert len(gold) >= 60
    assert len(_gold(DATA / "glossary_rejected.tsv")) >= 50
    for zh, ens in gold:
        assert zh in zh_text, zh
        assert any(en.lower() in en_text for en in ens), ens


def test_the_required_pairs_come_out(wg4_glossary) -> None:
    pairs = {(p.zh, p.en) for p in wg4_glossary.pairs}
    assert ("缔约国会议", "Conference of the States Parties") in pairs
    assert ("毒品和犯罪问题办公室", "UNODC") in pairs
    assert ("联合国毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime") in pairs
    assert ("最高审计机关", "supreme audit institutions") in pairs
    unodc = next(p for p in wg4_glossary.pairs if p.en == "UNODC")
    assert unodc.method == "defined" and unodc.count == 16 and unodc.example == "wg4-2022:paragraph 29:2"


def test_precision_at_50_on_the_gold(wg4_glossary) -> None:
    gold = {zh: {e.lower() for e in ens} for zh, ens in _gold(DATA / "glossary_gold.tsv")}
    correct = sum(p.en.lower() in gold.get(p.zh, ()) for p in wg4_glossary.pairs[:50])
    # Measured 45/50 (scripts/eval_glossary.py), the target of 0.9.
    assert correct >= 45


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
    # An explanation in brackets is not a short form.
    assert defined_terms("法域（这在一些法域是强制性的）", "jurisdictions (mandatory in some)") == []


def test_english_candidates_skip_stop_word_edges_and_name_pieces() -> None:
    texts = ["The Implementation Review Group met.", "The Implementation Review Mechanism works.",
             "the technical assistance of the Group", "more technical assistance was given"] * 2
    scores, _ = english_candidates(texts)
    assert "technical assistance" in scores
    assert "implementation review" not in scores  # always followed by Group or Mechanism
    assert not any(key.split()[0] in ("the", "of") or key.split()[-1] in ("the", "of") for key in scores)


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
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert tuple(rows[0]) == CSV_COLUMNS
        assert [(row["target"], row["source"]) for row in rows] == expected
        assert {row["source_language"] for row in rows} == {"en-US"}
    elif output_format == "tbx":
        root = etree.parse(str(path)).getroot()
        assert root.tag == "martif" and root.get("type") == "TBX-Basic"
        languages = {ls.get("{http://www.w3.org/XML/1998/namespace}lang") for ls in root.iter("langSet")}
        assert languages == {"en-US", "zh-CN"}
        store = toolkit_tbx.tbxfile.parsefile(str(path))  # an independent TBX reader
        assert [(u.target, u.source) for u in store.units] == expected
    else:
        assert dtd_errors(path) == []
        assert [(u.text("zh"), u.text("en")) for u in iter_units(path)] == expected
    if output_format != "tmx":
        assert [(t.zh, t.en) for t in read_glossary(path)] == expected


def test_extraction_from_a_tmx_equals_extraction_from_the_documents(tmp_path: Path, wg4_glossary) -> None:
    memory = tmp_path / "wg4.tmx"
    runner = CliRunner()
    assert runner.invoke(app, ["align", str(example("wg4-2022", "zh")), str(example("wg4-2022", "en")),
                               "-o", str(memory)]).exit_code == 0
    from_tmx = extract([units_from_tmx(memory)])
    assert [(p.zh, p.en, p.count) for p in from_tmx.pairs] == [(p.zh, p.en, p.count) for p in wg4_glossary.pairs]


def test_glossary_cli(tmp_path: Path) -> None:
    out = tmp_path / "terms.tbx"
    result = CliRunner().invoke(app, ["glossary", "extract", str(example("wg4-2022", "zh")),
                                      str(example("wg4-2022", "en")), "-o", str(out), "--top", "40"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "40 term pairs" in result.output and "(tbx)" in result.output
    assert len(read_glossary(out)) == 40
    result = CliRunner().invoke(app, ["glossary", "extract", str(example("wg4-2022", "zh")), "-o",
                                      str(tmp_path / "x.tsv")])
    assert result.exit_code == 2 and "no partner" in result.stderr
    assert not (tmp_path / "x.tsv").exists()
