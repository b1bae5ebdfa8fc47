"""The library's main job, end to end: two files in; a TMX, a report, a review page and a
correction table out, all from one alignment result (align.result).

The CLI is a thin layer over these functions; tests call them directly too.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unbitext import __version__
from unbitext.align.model import Document
from unbitext.align.paragraphs import Alignment, align_documents
from unbitext.align.reader import read_document
from unbitext.align.report import build_report
from unbitext.align.result import AlignmentResult, MemoryUnit, build_result
from unbitext.align.sentence_align import CHARACTER_MODEL
from unbitext.errors import DifferentDocumentsError, LanguageError, UsageError
from unbitext.fileio import OutputSet, check_outputs
from unbitext.langtags import check_language_tag
from unbitext.review import write_review
from unbitext.table import write_table
from unbitext.tmx.units import (
    CONFIDENCE_FIELD,
    DOCUMENT_FIELD,
    FLAGS_FIELD,
    SENTENCE_FIELD,
    UNIT_FIELD,
    TmxHeader,
    TranslationUnit,
    settings_props,
)
from unbitext.tmx.writer import write_tmx

LANGUAGE_CODES = {"zh", "en", "chinese", "english", "zho", "eng", "cn"}


def default_author() -> str:
    """The user running unbitext, as CAT tools record who created a unit."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password database
        return "unbitext"


@dataclass(frozen=True)
class AlignOptions:
    source_lang: str | None = None  # "en" or "zh"; None: the documents' original language
    zh_tag: str = "zh-CN"
    en_tag: str = "en-US"
    segment: str = "sentence"  # "sentence" or "paragraph"
    creation_id: str = ""  # the author written on every unit; "" for the user running unbitext
    symbol: str | None = None  # the document's name where the files print no symbol
    force: bool = False  # write even when the files do not look like one document
    min_confidence: float = 0.0  # units below it are left out of the memory (and counted)

    def __post_init__(self) -> None:
        check_language_tag(self.zh_tag, "--zh-tag", "zh")
        check_language_tag(self.en_tag, "--en-tag", "en")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise UsageError(f"--min-confidence {self.min_confidence} is not between 0 and 1")


@dataclass(frozen=True)
class AlignedDocuments:
    zh: Document
    en: Document
    alignment: Alignment


def load_pair(first: Path | str, second: Path | str) -> tuple[Document, Document]:
    """Read two files in either order; return (Chinese, English)."""
    documents = [read_document(first), read_document(second)]
    languages = [d.language for d in documents]
    if languages[0] == languages[1]:
        raise LanguageError(f"both files are {'Chinese' if languages[0] == 'zh' else 'English'} "
                            f"(the other is {first}); give one Chinese and one English file", second)
    zh, en = sorted(documents, key=lambda d: d.language != "zh")
    return zh, en


def align_files(first: Path | str, second: Path | str) -> AlignedDocuments:
    zh, en = load_pair(first, second)
    return AlignedDocuments(zh, en, align_documents(zh, en))


def document_name(zh: Document, en: Document, symbol: str | None = None) -> str:
    """The symbol given, else the one either version prints, else the files' common stem.

    A stem that is only a language code (examples/wg4-2022/zh.txt) names nothing, so the
    folder name stands in for it.
    """
    if symbol or zh.symbol or en.symbol:
        return str(symbol or zh.symbol or en.symbol)
    path = Path(zh.path)
    stem = re.sub(r"[._-](zh|en|chinese|english|cn)$", "", path.stem, flags=re.IGNORECASE)
    if stem.lower() in LANGUAGE_CODES or not stem:
        return path.resolve().parent.name or stem
    return stem


def source_language(zh: Document, en: Document, override: str | None) -> tuple[str, str]:
    """(language, why): the option, else "Original: …" in either version, else English."""
    if override:
        return override, "set by --source-lang"
    for doc in (zh, en):
        if doc.original_language in ("zh", "en"):
            return str(doc.original_language), f"'Original:' line in {Path(doc.path).name}"
    return "en", "no 'Original:' line; UN documents are most often drafted in English"


@dataclass(frozen=True)
class UnitMetadata:
    """What every unit of one memory records besides its text (see the README's TMX table)."""

    document: str
    date: str  # YYYYMMDDThhmmssZ
    author: str


def align_result(aligned: AlignedDocuments, options: AlignOptions = AlignOptions()) -> AlignmentResult:
    """The one alignment result every writer reads; refuses two files that are not one document."""
    srclang, _ = source_language(aligned.zh, aligned.en, options.source_lang)
    result = build_result(aligned.zh, aligned.en, aligned.alignment, options.segment, srclang, options.force)
    if not result.verdict.same and not options.force:
        raise DifferentDocumentsError(result.verdict.reason + "; give --force to write the memory anyway, every "
                                      "unit marked low-confidence")
    return result


def tmx_units(units: list[MemoryUnit] | tuple[MemoryUnit, ...], name: str, tags: dict[str, str], srclang: str,
              metadata: UnitMetadata | None = None) -> list[TranslationUnit]:
    """The memory's units as TMX units: source language first, fields, and with `metadata` a
    tuid, dates, author and the source segments around each as context."""
    order = ("zh", "en") if srclang == "zh" else ("en", "zh")
    found = []
    for index, unit in enumerate(units):
        texts = {"zh": unit.zh, "en": unit.en}
        props = [(DOCUMENT_FIELD, name), (UNIT_FIELD, unit.unit)]
        if unit.sentence:
            props.append((SENTENCE_FIELD, unit.sentence))
        props.append((CONFIDENCE_FIELD, str(round(unit.confidence * 100))))
        if unit.flags:
            props.append((FLAGS_FIELD, "; ".join(unit.flags)))
        segments = tuple((tags[lang], texts[lang]) for lang in order)
        if metadata is None:
            found.append(TranslationUnit(segments, tuple(props)))
            continue
        before = getattr(units[index - 1], srclang) if index else ""
        after = getattr(units[index + 1], srclang) if index + 1 < len(units) else ""
        attributes = (("tuid", f"{metadata.document}:{index + 1}"), ("creationdate", metadata.date),
                      ("creationid", metadata.author), ("changedate", metadata.date), ("changeid", metadata.author))
        found.append(TranslationUnit(segments, tuple(props), attributes, (before, after)))
    return found


def _run_id(zh: Document, en: Document, settings: dict[str, Any], date: str) -> str:
    """A digest of what made the outputs: the two texts, the settings and the time."""
    digest = hashlib.sha256()
    for part in (*(b.text for b in zh.blocks), "\0", *(b.text for b in en.blocks), json.dumps(settings), date):
        digest.update(part.encode("utf-8"))
    return digest.hexdigest()[:16]


def _creation_date() -> str:
    # SOURCE_DATE_EPOCH makes the output reproducible byte for byte.
    seconds = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(seconds))


@dataclass(frozen=True)
class Memory:
    """One document pair's memory, ready for the writers: the TMX header and units, the
    report, and the alignment result the review page and table are drawn from."""

    header: TmxHeader
    units: tuple[TranslationUnit, ...]
    report: dict[str, Any]
    result: AlignmentResult
    settings: dict[str, Any]


def build_memory(aligned: AlignedDocuments, options: AlignOptions = AlignOptions()) -> Memory:
    """Everything `write_alignment` writes, computed without writing; a batch worker returns it."""
    result = align_result(aligned, options)
    zh, en = aligned.zh, aligned.en
    name = document_name(zh, en, options.symbol)
    srclang, basis = source_language(zh, en, options.source_lang)
    tags = {"zh": options.zh_tag, "en": options.en_tag}
    date = _creation_date()
    author = options.creation_id or default_author()
    settings = {
        # File names, not paths: a memory travels, and this machine's folders are nobody's business.
        "version": __version__, "document": name, "zh_file": Path(zh.path).name, "en_file": Path(en.path).name,
        "srclang": tags[srclang], "srclang_basis": basis, "segtype": options.segment,
        "alignment": "paragraph numbers, checked against content (length, numbers, symbols, names), then order "
                     "and length between them (beads 1-1 to 1-3, 2-2)",
        "length_ratio_en_zh": round(aligned.alignment.length_ratio, 3),
        "min_confidence": options.min_confidence,
    }
    if options.segment == "sentence":
        settings["sentence_alignment"] = (
            f"beads 1-1, 1-2, 2-1, 1-0, 0-1, 2-2; length in characters (ratio {CHARACTER_MODEL.ratio}, "
            f"variance {CHARACTER_MODEL.variance}) plus shared numbers, symbols and names; zh split at ； "
            "where the English splits")
    if result.forced:
        settings["forced"] = result.verdict.reason
    # The same in the TMX header and the report: a pair of outputs is known to come from one run.
    settings["run"] = _run_id(zh, en, settings, date)
    header = TmxHeader(
        srclang=tags[srclang], segtype=options.segment, creationtoolversion=__version__,
        adminlang="en-US", creationdate=date, creationid=author,
        props=settings_props(settings),
    )
    kept = [unit for unit in result.units if unit.confidence >= options.min_confidence]
    report = build_report(result, settings)
    report["left_out_below_min_confidence"] = len(result.units) - len(kept)
    units = tuple(tmx_units(kept, name, tags, srclang, UnitMetadata(name, date, author)))
    return Memory(header, units, report, result, settings)


def write_alignment(aligned: AlignedDocuments, output: Path | str, options: AlignOptions = AlignOptions(),
                    report_path: Path | str | None = None, review_path: Path | str | None = None,
                    table_path: Path | str | None = None) -> dict[str, Any]:
    """Write the TMX and whichever of the JSON report, the review page and the correction
    table are asked for: all of them or none. Return the report."""
    check_outputs([output, report_path, review_path, table_path], [aligned.zh.path, aligned.en.path])
    memory = build_memory(aligned, options)
    report = memory.report
    with OutputSet([output, report_path, review_path, table_path]) as outputs:
        report["units_written"] = write_tmx(outputs.temporary(output), memory.header, memory.units, atomic=False)
        if review_path is not None:
            write_review(memory.result, memory.settings, outputs.temporary(review_path))
        if table_path is not None:
            write_table(list(memory.units), memory.header, outputs.temporary(table_path), Path(table_path).suffix)
        if report_path is not None:
            outputs.temporary(report_path).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                                      encoding="utf-8")
    return report
