"""The library's main job, end to end: two files in, a TMX and a report out.

The CLI is a thin layer over these functions; tests call them directly too.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unbitext import __version__
from unbitext.align.model import Block, BlockKind, Document
from unbitext.align.paragraphs import AlignedPair, Alignment, align_documents
from unbitext.align.reader import read_document
from unbitext.align.report import build_report
from unbitext.align.sentence_align import CHARACTER_MODEL, align_sentences
from unbitext.errors import LanguageError
from unbitext.fileio import OutputSet, check_outputs
from unbitext.langtags import check_language_tag
from unbitext.tmx.units import TmxHeader, TranslationUnit
from unbitext.tmx.writer import write_tmx

LANGUAGE_CODES = {"zh", "en", "chinese", "english", "zho", "eng", "cn"}
# Unit fields in the form Trados Studio exports and maps (x-Name:Type, "SDL TM8 Format");
# our readers and OmegaT read them as x-document, x-unit, x-sentence (tmx.units.field_name).
DOCUMENT_FIELD = "x-Document:SingleString"
UNIT_FIELD = "x-Unit:SingleString"
SENTENCE_FIELD = "x-Sentence:SingleString"


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

    def __post_init__(self) -> None:
        check_language_tag(self.zh_tag, "--zh-tag", "zh")
        check_language_tag(self.en_tag, "--en-tag", "en")


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


def _item_label(blocks: tuple[Block, ...]) -> str:
    """The label a CAT tool keeps in the segment: (a), (i), (一), ㈠ — not "1.", which it splits off."""
    if blocks and blocks[0].kind is BlockKind.ITEM and not blocks[0].label.endswith("."):
        return blocks[0].label
    return ""


def _labelled(label: str, text: str) -> str:
    return f"{label} {text}" if label and text else text


def pair_texts(pair: AlignedPair) -> dict[str, str]:
    """The segment texts of a paragraph-level unit.

    A list item keeps its label, "(a) Assist the Conference" = "(a) 协助缔约国会议": CAT tools
    keep it inside the segment (unlike a paragraph number, which they split off), so only
    a labelled unit can match exactly.
    """
    return {"zh": _labelled(_item_label(pair.zh), pair.zh_text), "en": _labelled(_item_label(pair.en), pair.en_text)}


@dataclass(frozen=True)
class UnitMetadata:
    """What every unit of one memory records besides its text (see the README's TMX table)."""

    document: str
    date: str  # YYYYMMDDThhmmssZ
    author: str


def tmx_units(aligned: AlignedDocuments, name: str, tags: dict[str, str], srclang: str,
              segment: str = "paragraph", metadata: UnitMetadata | None = None) -> list[TranslationUnit]:
    """One unit per paragraph pair, or per sentence bead inside each paragraph pair.

    A sentence unit's x-Sentence gives its position among the source-language sentences
    of the paragraph: "2", or "2-3" for a bead of two sentences. With `metadata`, units get
    a tuid, dates and author, and the source segments around them as context.
    """
    order = ("zh", "en") if srclang == "zh" else ("en", "zh")
    found: list[tuple[dict[str, str], tuple[tuple[str, str], ...]]] = []
    for pair in aligned.alignment.pairs:
        unit_props = ((DOCUMENT_FIELD, name), (UNIT_FIELD, pair.unit))
        if segment == "paragraph":
            found.append((pair_texts(pair), unit_props))
            continue
        labels = {"zh": _item_label(pair.zh), "en": _item_label(pair.en)}
        for bead in align_sentences(pair.zh_text, pair.en_text):
            texts = {"zh": _labelled(labels["zh"] if 1 in bead.zh_numbers else "", bead.zh_text),
                     "en": _labelled(labels["en"] if 1 in bead.en_numbers else "", bead.en_text)}
            numbers = bead.zh_numbers if srclang == "zh" else bead.en_numbers
            if not numbers:
                continue  # nothing on the source side: no unit to write
            position = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"
            found.append((texts, (*unit_props, (SENTENCE_FIELD, position))))
    units = []
    for index, (texts, props) in enumerate(found):
        segments = tuple((tags[lang], texts[lang]) for lang in order)
        if metadata is None:
            units.append(TranslationUnit(segments, props))
            continue
        before = found[index - 1][0][srclang] if index else ""
        after = found[index + 1][0][srclang] if index + 1 < len(found) else ""
        attributes = (("tuid", f"{metadata.document}:{index + 1}"), ("creationdate", metadata.date),
                      ("creationid", metadata.author), ("changedate", metadata.date), ("changeid", metadata.author))
        units.append(TranslationUnit(segments, props, attributes, (before, after)))
    return units


def _creation_date() -> str:
    # SOURCE_DATE_EPOCH makes the output reproducible byte for byte.
    seconds = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(seconds))


def write_alignment(aligned: AlignedDocuments, output: Path | str, options: AlignOptions = AlignOptions(),
                    report_path: Path | str | None = None) -> dict[str, Any]:
    """Write the TMX (and the JSON report if asked), both or neither; return the report."""
    check_outputs([output, report_path], [aligned.zh.path, aligned.en.path])
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
        "alignment": "paragraph numbers, then order and length between them (beads 1-1 to 1-3, 2-2)",
        "length_ratio_en_zh": round(aligned.alignment.length_ratio, 3),
    }
    if options.segment == "sentence":
        settings["sentence_alignment"] = (
            f"beads 1-1, 1-2, 2-1, 1-0, 0-1, 2-2; length in characters (ratio {CHARACTER_MODEL.ratio}, "
            f"variance {CHARACTER_MODEL.variance}) plus shared numbers, symbols and names; zh split at ； "
            "where the English splits")
    header = TmxHeader(
        srclang=tags[srclang], segtype=options.segment, creationtoolversion=__version__,
        adminlang="en-US", creationdate=date, creationid=author,
        props=tuple((f"x-unbitext-{key.replace('_', '-')}", str(value)) for key, value in settings.items()),
    )
    report = build_report(zh, en, aligned.alignment, settings)
    units = tmx_units(aligned, name, tags, srclang, options.segment, UnitMetadata(name, date, author))
    with OutputSet([output, report_path]) as outputs:
        report["units_written"] = write_tmx(outputs.temporary(output), header, units)
        if report_path is not None:
            outputs.temporary(report_path).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                                      encoding="utf-8")
    return report
