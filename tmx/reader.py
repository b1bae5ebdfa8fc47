"""Read TMX as a stream of units with iterparse: memory stays flat whatever the file size.

Reads TMX 1.4 (xml:lang) and TMX 1.1 (lang, as OmegaT still writes in places), in any
encoding the XML declaration or byte-order mark announces (UTF-8, UTF-16).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from unbitext.errors import TmxError
from unbitext.fileio import check_input_file
from unbitext.progress import Advance, CountingReader
from unbitext.tmx.elements import CONTEXT_PROPS, TU_ATTRIBUTES, context_text, language_of, segment_text
from unbitext.tmx.units import TmxHeader, TranslationUnit

# Elements a body may hold besides units (or hold against the rules): freed as the units are.
_ALSO_FREED = ("note",)


def _open(path: Path | str, tags: tuple[str, ...], advance: Advance | None = None
          ) -> Iterator[tuple[str, etree._Element]]:
    path = Path(path)
    check_input_file(path)
    with path.open("rb") as raw:
        # lxml reads a file name natively, a Python file object through Python calls: only a
        # progress bar is worth the slower road.
        source = CountingReader(raw, advance) if advance else str(path)
        try:
            for _, element in etree.iterparse(source, events=("end",), tag=(*tags, *_ALSO_FREED),
                                              resolve_entities=False, no_network=True, huge_tree=True):
                if element.tag in tags:
                    yield element.tag, element
                parent = element.getparent()
                if parent is not None and parent.tag in ("body", "tmx"):
                    # Free what has been read, units and whatever else the body holds: a file of
                    # <note> after its units must not grow the tree either.
                    element.clear()
                    while element.getprevious() is not None:
                        del parent[0]
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
            datatype=element.get("datatype", ""), creationdate=element.get("creationdate"),
            creationid=element.get("creationid"), props=props,
        )
    raise TmxError("no <header> element: not a TMX file", path)


def iter_units(path: Path | str, advance: Advance | None = None) -> Iterator[TranslationUnit]:
    """The units of a TMX file in order; `advance` is told how many bytes were read."""
    for _, element in _open(path, ("tu",), advance):
        props = tuple((p.get("type", ""), p.text or "") for p in element.findall("prop"))
        segments = []
        context = ["", ""]
        for variant in element.findall("tuv"):
            seg = variant.find("seg")
            segments.append((language_of(variant), "" if seg is None else segment_text(seg)))
            for prop in variant.findall("prop"):
                if prop.get("type") in CONTEXT_PROPS:
                    context[CONTEXT_PROPS.index(prop.get("type", ""))] = context_text(prop.text or "")
        attributes = tuple((name, element.get(name, "")) for name in TU_ATTRIBUTES if element.get(name) is not None)
        yield TranslationUnit(tuple(segments), props, attributes, (context[0], context[1]))
