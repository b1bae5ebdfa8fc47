"""Validate a TMX file against the TMX 1.4b DTD shipped with this package."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from unbitext.errors import TmxError

DTD_PATH = Path(__file__).with_name("tmx14.dtd")


@cache
def tmx14_dtd() -> etree.DTD:
    return etree.DTD(str(DTD_PATH))


def dtd_errors(path: Path | str) -> list[str]:
    """DTD violations as 'line N: message'; an empty list means the file is valid TMX 1.4b."""
    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except (OSError, etree.XMLSyntaxError) as error:
        raise TmxError(f"not well-formed XML: {error}", path) from None
    dtd = tmx14_dtd()
    if dtd.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in dtd.error_log.filter_from_errors()]
