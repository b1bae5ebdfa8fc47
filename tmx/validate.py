"""Validate TMX files as a stream: the TMX 1.4b DTD, checked unit by unit, and our own checks.

The DTD shipped with this package (tmx14.dtd) is applied to the <header> and to each <tu>
as it is read, and the document's outline (tmx > header, body > tu*) is checked by hand, so
memory stays flat however large the file. Our own checks, each with a stable id:
- dtd: the element breaks the TMX 1.4b DTD
- srclang: a unit has no segment in the header's source language
- missing-language: a unit has fewer than two languages
- empty-segment: a segment is empty or only white space
- duplicate: a unit repeats an earlier unit's segments exactly
- too-long: a segment is over 2,000 characters (a limit of Trados Cloud)
- xml: the file is not well-formed XML (XML-illegal characters included)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from unbitext.errors import TmxError, UnreadableFileError
from unbitext.fileio import check_input_file
from unbitext.progress import Advance, CountingReader
from unbitext.tmx.digests import DigestSet, unit_digest
from unbitext.tmx.elements import language_of, segment_text

DTD_PATH = Path(__file__).with_name("tmx14.dtd")
MAX_SEGMENT = 2000


@dataclass(frozen=True)
class Problem:
    line: int
    check: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: [{self.check}] {self.message}"


@cache
def tmx14_dtd() -> etree.DTD:
    return etree.DTD(str(DTD_PATH))


# Validating one element, lxml copies it into a document of its own and declares the xml:
# prefix there; the DTD, written for whole files, does not know that declaration.
_COPY_ARTEFACT = "No declaration for attribute xmlns:xml"


def _dtd_problems(element: etree._Element) -> Iterator[Problem]:
    dtd = tmx14_dtd()
    if not dtd.validate(element):
        for error in dtd.error_log.filter_from_errors():
            if not error.message.startswith(_COPY_ARTEFACT):
                yield Problem(element.sourceline or 0, "dtd", error.message)


def _unit_problems(tu: etree._Element, srclang: str, seen: DigestSet) -> Iterator[Problem]:
    line = tu.sourceline or 0
    variants = [(language_of(tuv), segment_text(tuv.find("seg"))) for tuv in tu.findall("tuv")]
    languages = {lang.lower() for lang, _ in variants}
    listed = ", ".join(sorted(languages))
    if len(languages) < 2:
        yield Problem(line, "missing-language", f"unit has {len(languages)} language(s): {listed}")
    if srclang and srclang.lower() != "*all*" and srclang.lower() not in languages:
        yield Problem(line, "srclang", f"no segment in the source language {srclang} (has {listed})")
    for lang, text in variants:
        if not text.strip():
            yield Problem(line, "empty-segment", f"empty {lang} segment")
        elif len(text) > MAX_SEGMENT:
            yield Problem(line, "too-long", f"{lang} segment of {len(text)} characters (limit {MAX_SEGMENT})")
    if not seen.add(unit_digest(variants)):
        yield Problem(line, "duplicate", "repeats an earlier unit")


def validate_tmx(path: Path | str, advance: Advance | None = None) -> Iterator[Problem]:
    """Every problem in the file, in order; nothing means a valid TMX 1.4b file.

    `advance` is told how many bytes were read.
    """
    path = Path(path)
    check_input_file(path)
    if advance is None:  # lxml reads a file name natively, faster than through a Python file object
        yield from _problems(path, str(path))
        return
    with path.open("rb") as raw:
        yield from _problems(path, CountingReader(raw, advance))


def _problems(path: Path, source: object) -> Iterator[Problem]:
    srclang = ""
    seen = DigestSet()
    outline: list[str] = []
    try:
        for event, element in etree.iterparse(source, events=("start", "end"), resolve_entities=False,
                                              no_network=True, huge_tree=True):
            if event == "start":
                if len(outline) < 2:
                    outline.append(element.tag)
                    if outline == ["tmx"] and element.get("version") != "1.4":
                        yield Problem(element.sourceline or 0, "dtd",
                                      f"tmx version is {element.get('version')!r}, not '1.4'")
                    elif len(outline) == 1 and element.tag != "tmx":
                        yield Problem(element.sourceline or 0, "dtd", f"root element is <{element.tag}>, not <tmx>")
                continue
            parent = element.getparent()
            if element.tag == "header":
                srclang = element.get("srclang", "")
                yield from _dtd_problems(element)
            elif element.tag == "tu":
                yield from _dtd_problems(element)
                yield from _unit_problems(element, srclang, seen)
            elif parent is not None and parent.tag == "body":
                yield Problem(element.sourceline or 0, "dtd", f"<{element.tag}> in <body>, where only <tu> may stand")
            if parent is not None and parent.tag in ("body", "tmx"):
                element.clear()
                while element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as error:
        yield Problem(error.lineno or 0, "xml", f"not well-formed XML: {error.msg}")
    if outline[:2] != ["tmx", "header"]:
        yield Problem(1, "dtd", "a TMX file starts with <tmx> and its <header>")


def dtd_errors(path: Path | str) -> list[str]:
    """DTD and well-formedness problems only, as text; an empty list means valid TMX 1.4b."""
    try:
        return [str(p) for p in validate_tmx(path) if p.check in ("dtd", "xml")]
    except UnreadableFileError as error:
        raise TmxError(error.message, path) from None
