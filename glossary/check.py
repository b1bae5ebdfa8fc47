"""Terminology and number consistency of a translation, unit by unit.

Checks, each with a stable id:
- term-missing: the source has a glossary source term, the target none of its accepted targets
- term-forbidden: the target uses a term the glossary marks deprecated or avoid
- inconsistent-target: one source segment, or one source term, rendered differently
- inconsistent-source: one target segment given for different source segments
- number-mismatch: a number, date, reference or symbol on one side only (Chinese numerals
  normalized: 十三 = 13, 540 万 = 5.4 million, 第九条 = article 9)

Terms are found with one Aho-Corasick pass per segment (pyahocorasick), whatever the size
of the glossary. English matching ignores case and plural endings ("State party" finds
"States parties"); Chinese matching is exact.
"""

from __future__ import annotations

import gc
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from unbitext.align.anchors import anchor_tokens, spelled_numbers
from unbitext.align.script import han_count
from unbitext.glossary.read import GlossaryTerm
from unbitext.glossary.termindex import TermIndex, fold_term
from unbitext.glossary.units import AlignedUnit

# "12. ", "112．", "15.54 ", "(a) ", "A. " at the start; not "3 December" or "2012 - 2013".
_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,4}[.．]|\d{1,3}(?:\.\d{1,3})+|\([a-z]{1,4}\)|[A-Z][.．])\s*(?=\S)")
# A footnote reference in brackets, as web pages print it: "planning.[23]".
_BRACKETED_NOTE = re.compile(r"\[\d{1,3}\]")
CHECKS = ("term-missing", "term-forbidden", "inconsistent-target", "inconsistent-source", "number-mismatch")
CONTEXT_CHARACTERS = 30
MAX_UNITS_LISTED = 10  # units named for each variant of an inconsistent segment



@dataclass(frozen=True)
class Finding:
    check: str
    file: str
    unit: str
    term: str
    expected: str
    found: str  # what the translation has instead, where something close can be found
    context: str  # a short stretch of the segment `file` holds, the term marked «like this»
    target_context: str = ""  # the other segment, what it has instead marked «like this»


_CHRF = None
_EDGE_WORDS = frozenset("the a an of to in on for and by with".split())
MIN_CLOSENESS = 40.0  # chrF under this: nothing in the segment looks like the expected term


def closest_rendering(text: str, expected: list[str], language: str) -> tuple[int, int] | None:
    return _closest(text, tuple(expected), language)


@lru_cache(maxsize=65536)
def _closest(text: str, expected: tuple[str, ...], language: str) -> tuple[int, int] | None:
    """Where `text` says what it says instead of an expected term: the span most like it.

    Spans of about the term's length (characters in Chinese, words in English) are scored by
    character n-gram F-score (chrF, sacrebleu's implementation) against each accepted form:
    "信息通信技术" for the glossary's "信息和通信技术". None when no span comes close.
    """
    global _CHRF
    if not any(_shares_a_bigram(text, term) for term in expected):
        return None  # nothing in common to start from: no need to score spans
    if _CHRF is None:
        from sacrebleu.metrics import CHRF  # imported here: only a term-missing finding needs it

        _CHRF = CHRF(char_order=4, word_order=0, beta=1)
    best: tuple[float, int, int] | None = None
    for term in expected:
        for start, end in _spans(text, term, language):
            score = _CHRF.sentence_score(text[start:end], [term]).score - abs((end - start) - len(term)) * 0.01
            if best is None or score > best[0]:
                best = (score, start, end)
    return (best[1], best[2]) if best and best[0] >= MIN_CLOSENESS else None


def _shares_a_bigram(text: str, term: str) -> bool:
    lowered = text.lower()
    return any(term[i:i + 2].lower() in lowered for i in range(len(term) - 1))


def _spans(text: str, term: str, language: str) -> Iterator[tuple[int, int]]:
    if language == "zh":
        # Spans that begin and end with a character of the term: where a variant of it can be.
        size, characters = len(term), set(term)
        for length in range(max(2, size - 2), size + 3):
            for start in range(0, len(text) - length + 1):
                if text[start] in characters and text[start + length - 1] in characters:
                    yield start, start + length
        return
    words = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[^\W_][\w’'\-]*", text)]
    size = len(term.split())
    for length in range(max(1, size - 1), size + 2):
        for first in range(0, len(words) - length + 1):
            chosen = words[first:first + length]
            if chosen[0][2] in _EDGE_WORDS or chosen[-1][2] in _EDGE_WORDS:
                continue
            if not any(word[:4] in term.lower() for _, _, word in chosen):
                continue
            yield chosen[0][0], chosen[-1][1]


def _mark_number(text: str, token: str, value: str) -> str:
    """The context of a number on one side only, marked where the text spells it."""
    for written in (value, value.replace(".", ","), f"{int(value):,}" if value.isdigit() else value):
        at = text.find(written)
        if at >= 0:
            return context(text, at, at + len(written))
    return text[: 2 * CONTEXT_CHARACTERS] + ("…" if len(text) > 2 * CONTEXT_CHARACTERS else "")


def context(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARACTERS)
    right = min(len(text), end + CONTEXT_CHARACTERS)
    return ("…" if left else "") + text[left:start] + "«" + text[start:end] + "»" + text[end:right] + (
        "…" if right < len(text) else "")


@dataclass(frozen=True)
class _Side:
    source: str  # "en" or "zh"
    target: str


def _sides(source_language: str) -> _Side:
    return _Side("zh", "en") if source_language == "zh" else _Side("en", "zh")


class Checker:
    def __init__(self, glossary: list[GlossaryTerm], source_language: str = "en",
                 checks: Iterable[str] = CHECKS, include_proposed: bool = False) -> None:
        self.side = _sides(source_language)
        self.checks = set(checks)
        english_source = self.side.source == "en"

        def source_key(term: GlossaryTerm) -> str:
            text = getattr(term, self.side.source)
            return fold_term(text) if english_source else text

        def target_key(text: str) -> str:
            return text if english_source else fold_term(text)

        accepted = [t for t in glossary if not t.forbidden]
        self.targets: dict[str, list[str]] = defaultdict(list)  # source key -> accepted target keys
        self.written: dict[str, str] = {}  # key -> a written form, for messages
        for term in accepted:
            key = source_key(term)
            target = getattr(term, self.side.target)
            if target_key(target) not in self.targets[key]:
                self.targets[key].append(target_key(target))
            self.written.setdefault(key, getattr(term, self.side.source))
            self.written.setdefault(target_key(target), target)
        forbidden = [getattr(t, self.side.target) for t in glossary if t.forbidden]
        for term in forbidden:
            self.written.setdefault(target_key(term), term)
        self.forbidden = {target_key(t) for t in forbidden}
        self.expected = {key: " / ".join(self.written.get(t, t) for t in targets)
                         for key, targets in self.targets.items()}
        # A proposed entry (what `glossary extract` writes) is a candidate nobody has approved: it
        # names no error when the translation does without it, unless asked (include_proposed).
        self.proposed = {source_key(t) for t in accepted if t.status == "proposed"} if not include_proposed else set()
        self.source_index = TermIndex([getattr(t, self.side.source) for t in accepted], english_source)
        self.target_index = TermIndex([getattr(t, self.side.target) for t in accepted] + forbidden,
                                      not english_source)

    def run(self, units: Iterable[AlignedUnit]) -> list[Finding]:
        # Hundreds of thousands of small objects and no cycles among them: the cyclic
        # garbage collector would only rescan the growing heap (about 15% of the time).
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._run(units)
        finally:
            if enabled:
                gc.enable()

    def _run(self, units: Iterable[AlignedUnit]) -> list[Finding]:
        findings: list[Finding] = []
        by_source: dict[str, Counter[str]] = defaultdict(Counter)
        by_target: dict[str, Counter[str]] = defaultdict(Counter)
        where: dict[tuple[str, str], list[AlignedUnit]] = defaultdict(list)
        # Per source term, per accepted target found: [count, first units...].
        renderings: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0]))
        for unit in units:
            source, target = getattr(unit, self.side.source), getattr(unit, self.side.target)
            findings.extend(self._terms(unit, source, target, renderings))
            if "number-mismatch" in self.checks:
                findings.extend(self._numbers(unit))
            source_key, target_key = " ".join(source.split()), " ".join(target.split())
            by_source[source_key][target_key] += 1
            by_target[target_key][source_key] += 1
            listed = where[(source_key, target_key)]
            if len(listed) < MAX_UNITS_LISTED:
                listed.append(unit)
        if "inconsistent-target" in self.checks:
            findings.extend(self._inconsistent("inconsistent-target", by_source, where, source_first=True))
            findings.extend(self._term_variants(renderings))
        if "inconsistent-source" in self.checks:
            findings.extend(self._inconsistent("inconsistent-source", by_target, where, source_first=False))
        return findings

    def _terms(self, unit: AlignedUnit, source: str, target: str,
               renderings: dict[str, dict[str, list]]) -> list[Finding]:
        findings = []
        # Every target term counts, nested ones too: 缔约国 is there inside 缔约国会议.
        target_keys = self.target_index.keys_in(target)
        if "term-forbidden" in self.checks and target_keys & self.forbidden:
            for key, start, end in self.target_index.find(target, longest_only=False):
                if key in self.forbidden:
                    findings.append(Finding("term-forbidden", unit.file_of(self.side.target), unit.unit,
                                            self.written.get(key, key), "a term the glossary accepts",
                                            target[start:end], context(target, start, end)))
        for key, start, end in self.source_index.find(source):
            accepted = self.targets.get(key, ())
            present = False
            for target_term in accepted:
                if target_term in target_keys:
                    present = True
                    seen = renderings[key][target_term]
                    seen[0] += 1
                    if len(seen) <= MAX_UNITS_LISTED:
                        seen.append(unit)
            if not present and accepted and "term-missing" in self.checks and key not in self.proposed:
                span = closest_rendering(target, [self.written.get(t, t) for t in accepted], self.side.target)
                instead = target[span[0]:span[1]] if span else ""
                findings.append(Finding("term-missing", unit.file_of(self.side.source), unit.unit, source[start:end],
                                        self.expected[key], instead, context(source, start, end),
                                        context(target, *span) if span else ""))
        return findings

    def _numbers(self, unit: AlignedUnit) -> list[Finding]:
        numeric = ("num:", "ref:", "sym:", "time:")
        # A paragraph number at the start is layout, and extractions keep it on one side only.
        texts = {side: _BRACKETED_NOTE.sub("", _LEADING_NUMBER.sub("", getattr(unit, side))) for side in ("zh", "en")}
        # A "Chinese" segment with no Chinese in it (a date line left in English) reads as English.
        zh_language = "zh" if han_count(texts["zh"]) else "en"
        zh = {t for t in anchor_tokens(texts["zh"], zh_language, names=False) if t.startswith(numeric)}
        en = {t for t in anchor_tokens(texts["en"], "en", names=False) if t.startswith(numeric)}
        findings: list[Finding] = []
        if zh == en:
            return findings
        spelled = {"zh": spelled_numbers(texts["zh"], zh_language), "en": spelled_numbers(texts["en"], "en")}
        for token in sorted(zh ^ en):
            present, absent = ("zh", "en") if token in zh else ("en", "zh")
            value = token.split(":", 1)[1]
            if token.startswith("num:") and value.isdigit() and int(value) in spelled[absent]:
                continue  # written in words on the other side: "one victim" = "1名受害者"
            if token.startswith("time:"):
                value = value.replace(":", ".") if present == "en" else value.replace(":", "时", 1) + "分"
            text = getattr(unit, present)
            shown = _mark_number(text, token, value)
            findings.append(Finding("number-mismatch", unit.file_of(present), unit.unit, value,
                                    f"{value} in the {absent} text too", f"only in the {present} text", shown,
                                    getattr(unit, absent)[: 2 * CONTEXT_CHARACTERS + 20]))
        return findings

    def _inconsistent(self, check: str, pairs: dict[str, Counter[str]],
                      where: dict[tuple[str, str], list[AlignedUnit]], source_first: bool) -> list[Finding]:
        findings = []
        for segment, variants in pairs.items():
            if len(variants) < 2:
                continue
            described = []
            for variant, count in variants.most_common():
                key = (segment, variant) if source_first else (variant, segment)
                units = ", ".join(u.unit for u in where[key])
                described.append(f"{variant[:40]!r} x{count} ({units})")
            first = where[(segment, variants.most_common(1)[0][0]) if source_first
                          else (variants.most_common(1)[0][0], segment)][0]
            findings.append(Finding(check, first.file, first.unit, segment[:60], "one rendering",
                                    "; ".join(described), segment[:2 * CONTEXT_CHARACTERS]))
        return findings

    def _term_variants(self, renderings: dict[str, dict[str, list]]) -> list[Finding]:
        findings = []
        for key, variants in renderings.items():
            if len(variants) < 2:
                continue
            described = "; ".join(f"{self.written.get(t, t)} x{seen[0]} ({', '.join(u.unit for u in seen[1:6])})"
                                  for t, seen in sorted(variants.items(), key=lambda kv: -kv[1][0]))
            first = next(iter(variants.values()))[1]
            findings.append(Finding("inconsistent-target", first.file, first.unit, self.written.get(key, key),
                                    "one rendering", described, ""))
        return findings
