"""Term pairs and glossaries."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TermPair:
    zh: str
    en: str
    count: int  # aligned units containing both
    score: float  # higher is surer
    example: str  # id of one unit containing both: "wg4-2022:paragraph 29:2"
    method: str = "word alignment"  # or how the text spelled it out: "long form (short form)", "entitled" …
    status: str = "preferred"  # "proposed" for extracted pairs; "deprecated" or "avoid" mark forbidden terms
    note: str = ""
    zh_context: str = ""  # the example unit's sentences
    en_context: str = ""
    short_of: str = ""  # for an abbreviation: the Chinese full form it shortens (one concept with it)


@dataclass(frozen=True)
class Glossary:
    pairs: tuple[TermPair, ...]
    settings: dict[str, str] = field(default_factory=dict)
    source_language: str = "en"  # the documents' original language: the source column in TSV
