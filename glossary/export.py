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
# The CSV (for memoQ and Excel) names its two term columns by language (en-US, zh-CN): memoQ's
# import maps a column to a language by its header; the other columns follow.
CSV_EXTRA_COLUMNS = ("status", "count", "score", "method", "example", "source context", "target context")
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


def _contexts(glossary: Glossary, pair: TermPair) -> tuple[str, str]:
    return (pair.en_context, pair.zh_context) if glossary.source_language == "en" else (pair.zh_context,
                                                                                         pair.en_context)


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
    """A header row naming the language columns, then one row a pair. Written with a BOM
    (write_glossary) so that Excel reads it as UTF-8."""
    source_language, target_language = _languages(glossary, tags)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow((source_language, target_language, *CSV_EXTRA_COLUMNS))
    for pair in glossary.pairs:
        source, target = _ordered(glossary, pair)
        writer.writerow((source, target, pair.status, pair.count, pair.score, pair.method, pair.example,
                         *(_one_line(c) for c in _contexts(glossary, pair))))
    return buffer.getvalue()


def _term_type(pair: TermPair, language: str) -> str:
    """TBX-Basic termType: the short form of a defined pair is an acronym (UNODC) or an
    abbreviation (毒品和犯罪问题办公室); its long form the full form."""
    if not pair.short_of:
        return "fullForm"
    if language == "en" and pair.en.replace("-", "").isupper():
        return "acronym"
    return "abbreviation"


def _concepts(glossary: Glossary) -> list[list[TermPair]]:
    """One concept a long form, its short form with it (联合国毒品和犯罪问题办公室 and 毒品和犯罪
    问题办公室 = United Nations Office on Drugs and Crime and UNODC); any other pair alone."""
    by_long: dict[str, list[TermPair]] = {}
    concepts: list[list[TermPair]] = []
    for pair in glossary.pairs:
        if not pair.short_of:
            by_long.setdefault(pair.zh, [])
            concepts.append([pair])
            by_long[pair.zh] = concepts[-1]
    for pair in glossary.pairs:
        if pair.short_of:
            if pair.short_of in by_long:
                by_long[pair.short_of].append(pair)
            else:
                concepts.append([pair])
    return concepts


def _tig(language_set: etree._Element, term: str, term_type: str, part_of_speech: str, status: str,
         context: str) -> None:
    # TBX-Basic order inside a tig: the term, its termNotes, then descrip.
    tig = etree.SubElement(language_set, "tig")
    etree.SubElement(tig, "term").text = term
    etree.SubElement(tig, "termNote", type="termType").text = term_type
    etree.SubElement(tig, "termNote", type="partOfSpeech").text = part_of_speech
    etree.SubElement(tig, "termNote", type="administrativeStatus").text = ADMIN_STATUS.get(
        status, ADMIN_STATUS["preferred"])
    if context:
        etree.SubElement(tig, "descrip", type="context").text = _one_line(context)


def to_tbx(glossary: Glossary, tags: dict[str, str]) -> bytes:
    """TBX-Basic (TBX v2, <martif>): one termEntry a concept (a full form with its abbreviation),
    real xml:lang tags, each term with termType, partOfSpeech, status and a context sentence."""
    source_language, _ = _languages(glossary, tags)
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
    order = ("en", "zh") if glossary.source_language == "en" else ("zh", "en")
    for number, concept in enumerate(_concepts(glossary), start=1):
        entry = etree.SubElement(body, "termEntry", id=f"c{number}")
        etree.SubElement(entry, "note").text = "; ".join(_comment(pair) for pair in concept)
        for language in order:
            language_set = etree.SubElement(entry, "langSet", {XML_LANG: tags[language]})
            for pair in concept:
                term = getattr(pair, language)
                # A name (capitalized English) is a proper noun in either language.
                part_of_speech = "properNoun" if pair.en[:1].isupper() else "noun"
                _tig(language_set, term, _term_type(pair, language), part_of_speech, pair.status,
                     getattr(pair, f"{language}_context"))
    return etree.tostring(martif, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_glossary(glossary: Glossary, path: Path | str, output_format: str,
                   tags: dict[str, str] | None = None) -> None:
    tags = tags or {"zh": "zh-CN", "en": "en-US"}
    if output_format == "tsv":
        write_text_atomic(path, to_tsv(glossary))
    elif output_format == "csv":
        write_text_atomic(path, "\ufeff" + to_csv(glossary, tags))
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
