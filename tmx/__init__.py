"""TMX 1.4b translation memories.

What this package provides, one module each:
- units:    TranslationUnit, the in-memory form of a <tu> (segments by language, props)
- writer:   write_tmx(), streaming with lxml's incremental writer, atomic on disk
- reader:   read_header() and iter_units(), streaming with iterparse (TMX 1.4 and 1.1)
- validate: dtd_errors(), against the bundled TMX 1.4b DTD (tmx14.dtd)
"""

from tmx.units import TmxHeader, TranslationUnit, clean_segment

__all__ = ["TmxHeader", "TranslationUnit", "clean_segment"]
