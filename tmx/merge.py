"""Merge TMX files into one, as a stream, dropping units that repeat a pair already written.

Reads TMX 1.4 and 1.1, UTF-8 and UTF-16; language tags are written in BCP 47 case
(OmegaT's "ZH-CN" becomes "zh-CN"), so that units differing only in tag case are one unit.
A unit's props are those of its first occurrence. Only an 8-byte digest per unit written
is held in memory (tmx.digests).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from unbitext import __version__
from unbitext.langtags import check_language_tag
from unbitext.progress import Advance
from unbitext.tmx.digests import DigestSet, unit_digest
from unbitext.tmx.elements import canonical_tag
from unbitext.tmx.reader import iter_units, read_header
from unbitext.tmx.units import TmxHeader, TranslationUnit, clean_segment
from unbitext.tmx.writer import write_tmx


@dataclass
class MergeCounts:
    read: int = 0
    written: int = 0
    duplicates: int = 0


def _normalized(unit: TranslationUnit) -> TranslationUnit:
    return replace(unit, segments=tuple((canonical_tag(tag), clean_segment(text)) for tag, text in unit.segments))


def _unique_units(paths: list[Path], counts: MergeCounts, advance: Advance | None) -> Iterator[TranslationUnit]:
    seen = DigestSet()
    for path in paths:
        for unit in iter_units(path, advance):
            counts.read += 1
            unit = _normalized(unit)
            if not seen.add(unit_digest(unit.segments)):
                counts.duplicates += 1
                continue
            yield unit


def merge_tmx(paths: list[Path], output: Path | str, srclang: str | None = None,
              advance: Advance | None = None) -> MergeCounts:
    """Merge `paths` into `output`; `advance` is told how many input bytes were read."""
    if srclang is not None and srclang != "*all*":
        check_language_tag(srclang, "--srclang")
    headers = [read_header(path) for path in paths]  # fails early on a file that is not TMX
    segtypes = {h.segtype for h in headers}
    header = TmxHeader(
        srclang=canonical_tag(srclang or headers[0].srclang), creationtoolversion=__version__,
        segtype=segtypes.pop() if len(segtypes) == 1 else "block",
        props=(("x-unbitext-merged-from", "; ".join(str(p) for p in paths)),),
    )
    counts = MergeCounts()
    counts.written = write_tmx(output, header, _unique_units(paths, counts, advance))
    return counts
