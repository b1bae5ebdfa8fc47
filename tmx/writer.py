"""Write TMX 1.4b with lxml's incremental writer: memory stays flat in the number of units."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from unbitext.errors import OutputError
from unbitext.fileio import atomic_output
from unbitext.tmx.elements import CONTEXT_PROPS, XML_LANG
from unbitext.tmx.units import TmxHeader, TranslationUnit, clean_segment


def write_tmx(path: Path | str, header: TmxHeader, units: Iterable[TranslationUnit], atomic: bool = True) -> int:
    """Write `units` to `path`, atomically unless `path` is already a temporary file of an
    OutputSet (atomic=False); return how many <tu> were written.

    Segment text is cleaned (XML-illegal characters removed, whitespace runs folded);
    a unit left with fewer than two non-empty segments is not written.
    """
    with atomic_output(path) if atomic else contextlib.nullcontext(Path(path)) as target:
        try:
            return _write(target, header, units)
        except etree.SerialisationError as error:  # lxml's word for a write that failed (a full disk)
            reason = "No space left on device" if "ENOSPC" in str(error) else str(error)
            raise OutputError(f"cannot write: {reason}", path) from None


def _write(target: Path, header: TmxHeader, units: Iterable[TranslationUnit]) -> int:
    written = 0
    with etree.xmlfile(str(target), encoding="UTF-8") as xml:
        xml.write_declaration()
        with xml.element("tmx", version="1.4"):
            xml.write("\n", _header_element(header), "\n", pretty_print=True)
            with xml.element("body"):
                xml.write("\n")
                for unit in units:
                    element = _unit_element(unit)
                    if element is not None:
                        xml.write(element, pretty_print=True)
                        written += 1
            xml.write("\n")
    return written


def _header_element(header: TmxHeader) -> etree._Element:
    attributes = {
        "creationtool": header.creationtool,
        "creationtoolversion": header.creationtoolversion,
        "segtype": header.segtype,
        "o-tmf": header.o_tmf,
        "adminlang": header.adminlang,
        "srclang": header.srclang,
        "datatype": header.datatype,
    }
    if header.creationdate:
        attributes["creationdate"] = header.creationdate
    if header.creationid:
        attributes["creationid"] = header.creationid
    element = etree.Element("header", attributes)
    for kind, value in header.props:
        etree.SubElement(element, "prop", type=kind).text = clean_segment(value)
    return element


def _unit_element(unit: TranslationUnit) -> etree._Element | None:
    segments = [(tag, clean_segment(text)) for tag, text in unit.segments]
    segments = [(tag, text) for tag, text in segments if text]
    if len(segments) < 2:
        return None
    element = etree.Element("tu", dict(unit.attributes))
    for kind, value in unit.props:
        etree.SubElement(element, "prop", type=kind).text = clean_segment(value)
    for index, (tag, text) in enumerate(segments):
        variant = etree.SubElement(element, "tuv", {XML_LANG: tag})
        if index == 0:  # the source segment carries its context, as memoQ writes it
            for kind, context in zip(CONTEXT_PROPS, unit.context, strict=True):
                if context.strip():
                    etree.SubElement(variant, "prop", type=kind).text = f"<seg>{clean_segment(context)}</seg>"
        etree.SubElement(variant, "seg").text = text
    return element
