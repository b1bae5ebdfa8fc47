"""TMX 1.4b translation memories.

What this package provides, one module each:
- units:    TranslationUnit and TmxHeader, the in-memory forms of a <tu> and a <header>
- elements: reading elements: language tags of TMX 1.4 and 1.1, segment text
- writer:   write_tmx(), streaming with lxml's incremental writer, atomic on disk
- reader:   read_header() and iter_units(), streaming with iterparse (TMX 1.4 and 1.1)
- validate: validate_tmx(), the bundled TMX 1.4b DTD (tmx14.dtd) and our checks, streaming
- stats:    tmx_stats(), units, languages, props and segment lengths
- merge:    merge_tmx(), streaming, with de-duplication (digests: a compact digest set)
"""

from unbitext.tmx.units import TmxHeader, TranslationUnit, clean_segment

__all__ = ["TmxHeader", "TranslationUnit", "clean_segment"]
