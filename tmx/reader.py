"""Read TMX as a stream of units with iterparse: memory stays flat whatever the file size.

Reads TMX 1.4 (xml:lang) and TMX 1.1 (lang, as OmegaT still writes in places), in any
encoding the XML declaration or byte-order mark announces (UTF-8, UTF-16).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from tmx.elements import language_of, segment_text
from tmx.units import TmxHeader, TranslationUnit
from unbitext.errors import TmxError, UnreadableFileError


def _open(path: Path | str, tags: tuple[str, ...]) -> Iterator[tuple[str, etree._Element]]:
    path = Path(path)
    if not path.is_file():
        raise UnreadableFileError("no such file", path)
    try:
        for _, element in etree.iterparse(str(path), events=("end",), tag=tags, resolve_entities=False,
                                          no_network=True, huge_tree=True):
            yield element.tag, element
    except etree.XMLSyntaxError as error:
        raise TmxError(f"not well-formed XML: {error.msg} (line {error.lineno})", path) from None


def read_header(path: Path | str) -> TmxHeader:
    for _, element in _open(path, ("header",)):
        props = tuple((p.get("type", ""), p.text or "") for p in element.iter("prop"))
        return TmxHeader(
            srclang=element.get("srclang", ""), segtype=element.get("segtype", ""),
            creationtool=element.get("creationtool", ""),
            creationtoolversion=element.get("creationtoolversion", ""),
            o_tmf=element.get("o-tmf", ""), adminlang=element.get("adminlang", ""),
            datatype=element.get("datatype", ""), creationdate=element.get("creationdate"), props=props,
        )
    raise TmxError("no <header> element: not a TMX file", path)


def iter_units(path: Path | str) -> Iterator[TranslationUnit]:
    for _, element in _open(path, ("tu",)):
        props = tuple((p.get("type", ""), p.text or "") for p in element.findall("prop"))
        segments = []
        for variant in element.findall("tuv"):
            seg = variant.find("seg")
            segments.append((language_of(variant), "" if seg is None else segment_text(seg)))
        yield TranslationUnit(tuple(segments), props)
        # Free what has been read: the tree would otherwise grow with the file.
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]
