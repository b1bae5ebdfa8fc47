"""Our TMX and glossaries in the real OmegaT (tests/omegat/README.md)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import example
from unbitext.align.model import BlockKind, Document
from unbitext.glossary.export import write_glossary
from unbitext.glossary.extract import extract
from unbitext.glossary.units import units_from_documents
from unbitext.pipeline import AlignOptions, align_files, write_alignment
from unbitext.tmx.merge import merge_tmx
from unbitext.tmx.reader import iter_units
from unbitext.tmx.validate import validate_tmx

OMEGAT_JAR = Path(os.environ.get("UNBITEXT_OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))
JAVA = shutil.which("java")
SCRIPT = Path(__file__).parent / "omegat" / "report.groovy"

pytestmark = pytest.mark.skipif(
    JAVA is None or not OMEGAT_JAR.is_file(),
    reason=f"OmegaT not installed (no java on PATH or no {OMEGAT_JAR}); apt-get install omegat default-jre-headless",
)

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en-US</source_lang>
    <target_lang>zh-CN</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def make_project(root: Path) -> Path:
    # Every folder must exist, or OmegaT says "Unable to read project file".
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "omegat.project").write_text(PROJECT, encoding="utf-8")
    return root


def run_omegat(project: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], str]:
    """(segments as (state, source, translation), glossary entries as (file, source, target), log)."""
    report = project.parent / "report.tsv"
    completed = subprocess.run(
        [JAVA, "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR), str(project), "--mode=console-translate",
         f"--config-dir={project.parent / 'omegat-config'}", "--disable-project-locking", "--no-team", "--quiet",
         f"--script={SCRIPT}"],
        capture_output=True, text=True, timeout=600, env={**os.environ, "UNBITEXT_OMEGAT_REPORT": str(report)},
        check=False,
    )
    log = completed.stdout + completed.stderr
    assert completed.returncode == 0, log
    # OmegaT exits 0 even when a memory fails to load: its log says so.
    assert "TF_TM_LOAD_ERROR" not in log and "Exception" not in log, log
    assert report.is_file(), f"the report script did not run:\n{log}"
    segments, glossary = [], []
    for line in report.read_text(encoding="utf-8").splitlines():
        kind, *fields = line.split("\t")
        (segments if kind == "SEGMENT" else glossary).append(tuple(fields + [""] * (3 - len(fields))))
    return segments, glossary, log


def render_source(document: Document) -> str:
    """The English document as a translator receives it: each block a paragraph with its
    label as printed, the extraction damage unbitext repairs (markdown bullets, glued
    footnote numbers, lines broken by the PDF) undone. Left out: the masthead (Distr.:
    General, the date, Original: English), which the Chinese version keeps in English, and
    the footnote reference marks (¹), which a word processor holds as fields, not text."""
    paragraphs = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADER:
            continue
        if not block.label or block.label == block.text or block.kind is BlockKind.FOOTNOTE:
            paragraphs.append(block.text)
        else:
            paragraphs.append(f"{block.label} {block.text}")
    return "\n\n".join(paragraphs) + "\n"


def has_words(text: str) -> bool:
    """Text to translate: a word of two letters or more that is not a Roman numeral (II.)."""
    return any(not re.fullmatch(r"[IVXLC]+", word) for word in re.findall(r"[A-Za-z]{2,}", text))


@pytest.mark.parametrize("name", ["wg4-2022", "udhr", "ga-res-ldc-poa"])
def test_omegat_fills_the_target_from_our_sentence_tmx(tmp_path: Path, name: str) -> None:
    project = make_project(tmp_path / "project")
    aligned = align_files(example(name, "zh"), example(name, "en"))
    memory = project / "tm" / "auto" / f"{name}.tmx"
    write_alignment(aligned, memory, AlignOptions(segment="sentence", source_lang="en"))
    (project / "source" / f"{name}-en.txt").write_text(render_source(aligned.en), encoding="utf-8")

    segments, _, _ = run_omegat(project)
    ours: dict[str, set[str]] = {}
    for unit in iter_units(memory):
        ours.setdefault(unit.text("en"), set()).add(unit.text("zh"))
    text_segments = [s for s in segments if has_words(s[1])]
    translated = [s for s in text_segments if s[0] == "T"]
    share = len(translated) / len(text_segments)
    untranslated = [s[1] for s in text_segments if s[0] != "T"]
    assert share >= 0.95, f"{len(translated)}/{len(text_segments)} translated; not: {untranslated}"
    for _, source, translation in translated:
        assert translation in ours[source], (source, translation)  # exactly our Chinese

    target = (project / "target" / f"{name}-en.txt").read_text(encoding="utf-8")
    for _, _, translation in translated[:20]:
        assert translation in target  # and it reached the translated document


def test_omegat_reads_every_entry_of_our_tsv_and_tbx_glossaries(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    glossary = extract([units_from_documents(example("wg4-2022", "zh"), example("wg4-2022", "en"))])
    write_glossary(glossary, project / "glossary" / "wg4-terms.utf8", "tsv")
    write_glossary(glossary, project / "glossary" / "wg4-terms.tbx", "tbx")
    (project / "source" / "empty.txt").write_text("Working Group\n", encoding="utf-8")

    _, entries, _ = run_omegat(project)
    expected = [(pair.en, pair.zh) for pair in glossary.pairs]  # source English, the original
    for file_name in ("wg4-terms.utf8", "wg4-terms.tbx"):
        read = [(source, target) for name, source, target in entries if name == file_name]
        if file_name.endswith(".tbx"):
            # One TBX concept holds a full form and its abbreviation: OmegaT offers every
            # source term of an entry with every target term, ours among them.
            assert set(expected) <= set(read), file_name
        else:
            assert read == expected, file_name


def test_merge_reads_the_tmx_omegat_exports(tmp_path: Path) -> None:
    """OmegaT writes <project>-omegat.tmx as TMX 1.1 (lang="EN-US"): merge must read it."""
    project = make_project(tmp_path / "project")
    aligned = align_files(example("ga-res-ldc-poa", "zh"), example("ga-res-ldc-poa", "en"))
    memory = project / "tm" / "auto" / "ga.tmx"
    write_alignment(aligned, memory, AlignOptions(segment="sentence", source_lang="en"))
    (project / "source" / "ga-en.txt").write_text(render_source(aligned.en), encoding="utf-8")
    run_omegat(project)
    exported = project / "project-omegat.tmx"
    assert 'version="1.1"' in exported.read_text(encoding="utf-8")[:300]
    counts = merge_tmx([memory, exported], tmp_path / "merged.tmx")
    ours = list(iter_units(memory))
    # OmegaT exported exactly the pairs it took from our memory: all are repeats.
    assert counts.read == len(ours) + counts.duplicates and counts.written == len(ours)
    assert list(validate_tmx(tmp_path / "merged.tmx")) == []
