"""Counts over a TMX file, read as a stream: units, languages, props, segment lengths."""

from __future__ import annotations

import statistics
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from unbitext.progress import Advance
from unbitext.tmx.elements import canonical_tag
from unbitext.tmx.reader import iter_units, read_header


@dataclass
class TmxStats:
    units: int = 0
    srclang: str = ""
    segtype: str = ""
    languages: Counter[str] = field(default_factory=Counter)
    props: Counter[str] = field(default_factory=Counter)
    # Segment lengths in characters, per language; an array of 4-byte integers, not objects.
    lengths: dict[str, array] = field(default_factory=dict)

    def length_summary(self, language: str) -> dict[str, float]:
        values = self.lengths[language]
        ordered = sorted(values)
        return {"segments": len(values), "min": ordered[0], "median": statistics.median(ordered),
                "p90": ordered[int(0.9 * (len(ordered) - 1))], "max": ordered[-1],
                "mean": round(sum(values) / len(values), 1)}


def tmx_stats(path: Path | str, advance: Advance | None = None) -> TmxStats:
    header = read_header(path)
    stats = TmxStats(srclang=header.srclang, segtype=header.segtype)
    for unit in iter_units(path, advance):
        stats.units += 1
        stats.props.update(kind for kind, _ in unit.props)
        for tag, text in unit.segments:
            language = canonical_tag(tag)
            stats.languages[language] += 1
            stats.lengths.setdefault(language, array("I")).append(len(text))
    return stats
