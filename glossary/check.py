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
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from unbitext.align.anchors import anchor_tokens, spelled_numbers
from unbitext.align.script import HAN, HAN_RANGES
from unbitext.glossary.read import GlossaryTerm
from unbitext.glossary.termindex import TermIndex, fold_term
from unbitext.glossary.units import AlignedUnit

# "12. ", "112．", "15.54 ", "(a) ", "A. " at the start; not "3 December" or "2012 - 2013".
_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,4}[.．]|\d{1,3}(?:\.\d{1,3})+|\([a-z]{1,4}\)|[A-Z][.．])\s*(?=\S)")
# A footnote reference in brackets, as web pages print it: "planning.[23]".
_BRACKETED_NOTE = re.compile(r"\[\d{1,3}\]")
# A note mark: a footnote's one or two digits glued to the word or punctuation before them,
# with no unit after ("活动1。", "报告；1", "ranges"18"), or a note's own number at its start
# ("6 克罗地亚…"). Extractions keep marks on one side only; a number seen only there is no finding.
_NOTE_MARK = {
    "zh": re.compile(rf"^\s*\d{{1,2}}\s+(?=[{HAN_RANGES}])|(?<=[{HAN_RANGES}）)”\x22；;，,。、])\d{{1,2}}"
                     r"(?![\d.%％个名年月日时分秒岁号次届条款项段章节页卷期位人家国种份多余万亿千百元倍成周天])"),
    "en": re.compile(r"(?<=[A-Za-z\"”’;:,.)\]])\d{1,2}(?![\d%])(?![.,]\d)(?![A-Za-z])"),
}
CHECKS = ("term-missing", "term-forbidden", "inconsistent-target", "inconsistent-source", "number-mismatch")
CONTEXT_CHARACTERS = 30
MAX_UNITS_LISTED = 10  # units named for each variant of an inconsistent segment



# The columns of a finding in a report (Finding.record).
COLUMNS = ("check", "file", "unit", "term", "expected", "found", "context", "target_context")


class Finding(NamedTuple):
    """One finding. Where it is is kept as the segment and a span in it; the excerpts a
    report shows (context, target_context) are cut from them when asked for: a large check
    makes many findings and shows few. Immutable like the model's frozen dataclasses, but a
    named tuple: a check can make hundreds of thousands of findings, and a frozen
    dataclass's __init__ costs ten times a tuple's (2.4 against 0.24 us, 12 fields)."""

    check: str
    file: str
    unit: str
    term: str
    expected: str
    found: str  # what the translation has instead, where something close can be found
    segment: str = ""  # the segment `file` holds
    start: int = -1  # the term's place in it, marked in the context; -1: the beginning is shown
    end: int = -1
    other_segment: str = ""  # the other language's segment, where it helps to see it
    other_start: int = -1  # what it has instead; -1: the beginning is shown
    other_end: int = -1

    @property
    def context(self) -> str:
        """A short stretch of the segment, the term marked «like this»."""
        return excerpt(self.segment, self.start, self.end)

    @property
    def target_context(self) -> str:
        """The other segment, what it has instead marked «like this»."""
        return excerpt(self.other_segment, self.other_start, self.other_end)

    def record(self) -> dict[str, str]:
        """The finding as a report shows it, one entry per column of COLUMNS."""
        return {"check": self.check, "file": self.file, "unit": self.unit, "term": self.term,
                "expected": self.expected, "found": self.found, "context": self.context,
                "target_context": self.target_context}


_CHRF = None
_EDGE_WORDS = frozenset("the a an of to in on for and by with".split())
MIN_CLOSENESS = 40.0  # chrF under this: nothing in the segment looks like the expected term


@lru_cache(maxsize=65536)
def closest_rendering(text: str, expected: tuple[str, ...], language: str) -> tuple[int, int] | None:
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


def _number_span(text: str, value: str) -> tuple[int, int]:
    """Where `text` writes a number on one side only, or (-1, -1) where it spells it otherwise."""
    for written in (value, value.replace(".", ","), f"{int(value):,}" if value.isdigit() else value):
        at = text.find(written)
        if at >= 0:
            return at, at + len(written)
    return -1, -1


def _without_layout(text: str) -> str:
    if (number := _LEADING_NUMBER.match(text)) is not None:
        text = text[number.end():]
    return _BRACKETED_NOTE.sub("", text) if "[" in text else text


def excerpt(text: str, start: int, end: int) -> str:
    """text[start:end] marked «like this» in some context; with start -1, text's beginning."""
    if not text:
        return ""
    if start < 0:
        return text[: 2 * CONTEXT_CHARACTERS] + ("…" if len(text) > 2 * CONTEXT_CHARACTERS else "")
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
        # Per source key, its accepted targets as written: what a finding names, and where
        # the closest rendering is looked for.
        self.accepted_forms = {key: tuple(self.written.get(t, t) for t in targets)
                               for key, targets in self.targets.items()}
        self.expected = {key: " / ".join(forms) for key, forms in self.accepted_forms.items()}
        # A proposed entry (what `glossary extract` writes) is a candidate nobody has approved: it
        # names no error when the translation does without it, unless asked (include_proposed).
        self.proposed = {source_key(t) for t in accepted if t.status == "proposed"} if not include_proposed else set()
        self.source_index = TermIndex([getattr(t, self.side.source) for t in accepted], english_source)
        # A Chinese target term is there when its characters are (a substring test, in C); an
        # English one needs the index, which folds case and plural.
        self.target_index = TermIndex([getattr(t, self.side.target) for t in accepted], True) if not english_source \
            else None
        self.forbidden_index = TermIndex(forbidden, not english_source)

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
        # Per (source, target) segment pair, whitespace aside: the first units that have it.
        where: dict[tuple[str, str], list[AlignedUnit]] = {}
        count: Counter[tuple[str, str]] = Counter()
        # Per source term, per accepted target found: [count, first units...].
        renderings: dict[str, dict[str, list]] = defaultdict(dict)
        check_numbers = "number-mismatch" in self.checks
        check_terms = not self.checks.isdisjoint(("term-missing", "term-forbidden", "inconsistent-target"))
        for unit in units:
            source, target = getattr(unit, self.side.source), getattr(unit, self.side.target)
            if check_terms:
                self._terms(unit, source, target, renderings, findings)
            if check_numbers:
                self._numbers(unit, findings)
            pair = (" ".join(source.split()), " ".join(target.split()))
            count[pair] += 1
            listed = where.setdefault(pair, [])
            if len(listed) < MAX_UNITS_LISTED:
                listed.append(unit)
        by_source: dict[str, Counter[str]] = defaultdict(Counter)
        by_target: dict[str, Counter[str]] = defaultdict(Counter)
        for (source_key, target_key), times in count.items():
            by_source[source_key][target_key] = times
            by_target[target_key][source_key] = times
        if "inconsistent-target" in self.checks:
            findings.extend(self._inconsistent("inconsistent-target", by_source, where, source_first=True))
            findings.extend(self._term_variants(renderings))
        if "inconsistent-source" in self.checks:
            findings.extend(self._inconsistent("inconsistent-source", by_target, where, source_first=False))
        return findings

    def _terms(self, unit: AlignedUnit, source: str, target: str,
               renderings: dict[str, dict[str, list]], findings: list[Finding]) -> None:
        """Adds the term findings of one unit to `findings` (a list per unit would cost more)."""
        if "term-forbidden" in self.checks and not self.forbidden_index.empty:
            for key, start, end in self.forbidden_index.find(target, longest_only=False):
                findings.append(Finding("term-forbidden", unit.file_of(self.side.target), unit.unit,
                                        self.written.get(key, key), "a term the glossary accepts",
                                        target[start:end], target, start, end))
        # Every target term counts, nested ones too: 缔约国 is there inside 缔约国会议.
        target_keys: set[str] | str = target if self.target_index is None else self.target_index.keys_in(target)
        check_missing = "term-missing" in self.checks
        source_file, language, proposed = unit.file_of(self.side.source), self.side.target, self.proposed
        for key, start, end in self.source_index.find(source):
            accepted = self.targets.get(key)
            if not accepted:
                continue
            found = False
            for target_term in accepted:
                if target_term in target_keys:
                    found = True
                    seen = renderings[key].setdefault(target_term, [0])
                    seen[0] += 1
                    if len(seen) <= MAX_UNITS_LISTED:
                        seen.append(unit)
            if not found and check_missing and key not in proposed:
                span = closest_rendering(target, self.accepted_forms[key], language)
                # _make takes the fields as one tuple: half the cost of Finding(...), whose
                # generated __new__ is a Python function (a check can make 800,000 of these).
                findings.append(Finding._make((
                    "term-missing", source_file, unit.unit, source[start:end], self.expected[key],
                    target[span[0]:span[1]] if span else "", source, start, end,
                    *((target, *span) if span else ("", -1, -1)))))

    def _numbers(self, unit: AlignedUnit, findings: list[Finding]) -> None:
        # A paragraph number at the start is layout, and extractions keep it on one side only.
        zh_text, en_text = _without_layout(unit.zh), _without_layout(unit.en)
        # A "Chinese" segment with no Chinese in it (a date line left in English) reads as English.
        zh_language = "zh" if HAN.search(zh_text) else "en"
        # Without names, anchor tokens are numbers, references, symbols and times only.
        zh = anchor_tokens(zh_text, zh_language, names=False)
        en = anchor_tokens(en_text, "en", names=False)
        if zh == en:
            return
        texts = {"zh": zh_text, "en": en_text}
        languages = {"zh": zh_language, "en": "en"}
        one_sided = {"zh": zh - en, "en": en - zh}
        spelled = {side: spelled_numbers(texts[side], languages[side]) for side in languages}
        for present, absent in (("zh", "en"), ("en", "zh")):
            quiet = self._wording(texts[present], languages[present], one_sided[present], bool(one_sided[absent]))
            for token in sorted(one_sided[present] - quiet):
                value = token.split(":", 1)[1]
                if token.startswith("num:") and value.isdigit() and int(value) in spelled[absent]:
                    continue  # written in words on the other side: "one victim" = "1名受害者"
                if token.startswith("time:"):
                    value = value.replace(":", ".") if present == "en" else value.replace(":", "时", 1) + "分"
                text = getattr(unit, present)
                findings.append(Finding("number-mismatch", unit.file_of(present), unit.unit, value,
                                        f"{value} in the {absent} text too", f"only in the {present} text", text,
                                        *_number_span(text, value), getattr(unit, absent)))

    @staticmethod
    def _wording(text: str, language: str, one_sided: AbstractSet[str], other_side_has_its_own: bool) -> set[str]:
        """The one-sided numbers that are wording, not errors: numbers written only in words
        (两个委员会 = the committees, 第四委员会 = the Committee, "every five years" where the
        Chinese says 定期) unless the other side has a number of its own this one may be a
        mistranslation of (三项 against "two"), and note marks (活动1。)."""
        quiet = set()
        if not other_side_has_its_own:
            in_figures = anchor_tokens(text, language, names=False, words=False)
            quiet |= {t for t in one_sided if t not in in_figures}
        notes = _NOTE_MARK[language]
        if (remaining := one_sided - quiet) and notes.search(text):
            without_notes = anchor_tokens(notes.sub(" ", text), language, names=False)
            quiet |= {t for t in remaining if t not in without_notes}
        return quiet

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
                                    "; ".join(described), segment))
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
                                    "one rendering", described))
        return findings
