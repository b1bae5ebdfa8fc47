"""Write a glossary as TSV (OmegaT layout), CSV, TBX-Basic or TMX, atomically.

Source and target follow the documents' original language: for a report drafted in
English, English is the source column, as a translator into Chinese needs it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lxml import etree

from unbitext import __version__
from unbitext.fileio import atomic_output, write_text_atomic
from unbitext.glossary.model import Glossary, TermPair
from unbitext.tmx.units import TmxHeader, TranslationUnit, settings_props
from unbitext.tmx.writer import write_tmx

FORMATS = ("tsv", "csv", "tbx", "tmx")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CSV_COLUMNS = ("source", "target", "source_language", "target_language", "count", "score", "example", "method",
               "status")
# TBX administrativeStatus values (TBX-Basic picklist).
# TBX-Basic has no "proposed" status: a proposed pair is admitted there, and says so in its note.
ADMIN_STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
                "proposed": "admittedTerm-admn-sts",
                "deprecated": "deprecatedTerm-admn-sts", "avoid": "supersededTerm-admn-sts"}


def _ordered(glossary: Glossary, pair: TermPair) -> tuple[str, str]:
    return (pair.en, pair.zh) if glossary.source_language == "en" else (pair.zh, pair.en)


def _languages(glossary: Glossary, tags: dict[str, str]) -> tuple[str, str]:
    target = "zh" if glossary.source_language == "en" else "en"
    return tags[glossary.source_language], tags[target]


def _comment(pair: TermPair) -> str:
    status = "proposed, not reviewed; " if pair.status == "proposed" else ""
    return f"{status}{pair.count} aligned units; score {pair.score}; {pair.method}; e.g. {pair.example}"


def to_tsv(glossary: Glossary) -> str:
    """OmegaT's glossary layout: source<TAB>target<TAB>comment; OmegaT skips '#' lines.

    A term that is not simply preferred gets its status in a fourth column (proposed, as
    extraction writes it; deprecated, avoid), which OmegaT ignores and `unbitext check` reads."""
    lines = [f"# {key}: {value}" for key, value in glossary.settings.items()]
    for pair in glossary.pairs:
        source, target = _ordered(glossary, pair)
        columns = [source, target, _comment(pair)] + ([pair.status] if pair.status != "preferred" else [])
        lines.append("\t".join(_one_line(x) for x in columns))
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def to_csv(glossary: Glossary, tags: dict[str, str]) -> str:
    source_language, target_language = _languages(glossary, tags)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for pair in glossary.pairs:
        source, target = _ordered(glossary, pair)
        writer.writerow((source, target, source_language, target_language, pair.count, pair.score, pair.example,
                         pair.method, pair.status))
    return buffer.getvalue()


def to_tbx(glossary: Glossary, tags: dict[str, str]) -> bytes:
    """TBX-Basic (TBX v2, <martif>), with real xml:lang tags on both language sets."""
    source_language, target_language = _languages(glossary, tags)
    martif = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: source_language})
    header = etree.SubElement(martif, "martifHeader")
    file_description = etree.SubElement(header, "fileDesc")
    title = etree.SubElement(etree.SubElement(file_description, "titleStmt"), "title")
    title.text = f"unbitext {__version__} glossary"
    source_description = etree.SubElement(file_description, "sourceDesc")
    for key, value in glossary.settings.items():
        etree.SubElement(source_description, "p").text = f"{key}: {value}"
    etree.SubElement(etree.SubElement(header, "encodingDesc"), "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(martif, "text"), "body")
    for number, pair in enumerate(glossary.pairs, start=1):
        entry = etree.SubElement(body, "termEntry", id=f"c{number}")
        etree.SubElement(entry, "note").text = _comment(pair)
        source, target = _ordered(glossary, pair)
        for language, term in ((source_language, source), (target_language, target)):
            language_set = etree.SubElement(entry, "langSet", {XML_LANG: language})
            tig = etree.SubElement(language_set, "tig")
            etree.SubElement(tig, "term").text = term
            etree.SubElement(tig, "termNote", type="administrativeStatus").text = ADMIN_STATUS.get(
                pair.status, ADMIN_STATUS["preferred"])
    return etree.tostring(martif, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_glossary(glossary: Glossary, path: Path | str, output_format: str,
                   tags: dict[str, str] | None = None) -> None:
    tags = tags or {"zh": "zh-CN", "en": "en-US"}
    if output_format == "tsv":
        write_text_atomic(path, to_tsv(glossary))
    elif output_format == "csv":
        write_text_atomic(path, to_csv(glossary, tags))
    elif output_format == "tbx":
        with atomic_output(path) as temporary:
            temporary.write_bytes(to_tbx(glossary, tags))
    elif output_format == "tmx":
        source_language, _ = _languages(glossary, tags)
        header = TmxHeader(srclang=source_language, segtype="phrase", creationtoolversion=__version__,
                           props=settings_props(glossary.settings))
        order = ("en", "zh") if glossary.source_language == "en" else ("zh", "en")
        write_tmx(path, header, (
            TranslationUnit(tuple((tags[lang], getattr(pair, lang)) for lang in order),
                            (("x-term-count", str(pair.count)), ("x-term-score", str(pair.score)),
                             ("x-term-example", pair.example), ("x-term-method", pair.method)))
            for pair in glossary.pairs))
    else:
        raise ValueError(f"unknown glossary format {output_format!r}; one of {', '.join(FORMATS)}")
