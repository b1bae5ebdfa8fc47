"""Term pairs a UN text spells out, with exact boundaries.

- "long form（short form）" = "long form (ACRONYM)" (glossary/acronyms.py): two pairs, the short
  form recorded as the abbreviation of the long one (one TBX concept entry holds both);
- 题为“…” = entitled "…": the titles of reports and agenda items, quoted in both languages;
- 《…》 titles (conventions, declarations, programmes): the Chinese has its brackets, the
  English a capitalized name; the English words linked to the bracketed Chinese, widened to
  the whole name they stand in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from unbitext.align.script import han_count
from unbitext.glossary import names
from unbitext.glossary.acronyms import defined_terms
from unbitext.glossary.english import opens_sentence
from unbitext.glossary.segment import Token
from unbitext.glossary.units import AlignedUnit
from unbitext.glossary.wordalign import Links

_ZH_ENTITLED = re.compile(r"题为“([^”]{2,120})”")
_EN_ENTITLED = re.compile(r"entitled\s+[“\"]([^”\"]{2,300})[”\"]")
_ZH_TITLE = re.compile(r"《([^》]{2,80})》")
_WORD = re.compile(r"[^\W_][\w’'\-]*")
_ROMAN = re.compile(r"[IVXLC]+")
_PHRASE_BREAK = re.compile(r"[,;:()\[\]“”\"]")
# Words that stand inside an English name written in capitals: "Convention against Corruption",
# "Economic and Social Council", "Côte de ...": every word a name runs on over, and these.
_NAME_INNER = names.NAME_LINK | frozenset("and the de la at".split())
# What a title is (its last Chinese word) and the English words that say so: a name that
# lacks them is a piece of the title ("Nuclear Safety" for 《核安全公约》, the Convention on
# Nuclear Safety) or another title (《妇女大宪章》 = "Women's EDGE Plan").
_TITLE_HEADS = {
    "公约": ("convention",), "条约": ("treaty",), "议定书": ("protocol",), "宣言": ("declaration",),
    "纲领": ("programme", "platform", "agenda"), "纲要": ("platform", "programme", "outline"),
    "法典": ("code",), "守则": ("code",), "宪章": ("charter",),
    "法": ("law", "act", "code"), "战略": ("strategy",), "计划": ("plan", "programme"),
    "方案": ("programme", "plan"), "规约": ("statute",), "协定": ("agreement",), "议程": ("agenda",),
    "框架": ("framework",), "报告": ("report",), "原则": ("principles",), "准则": ("guidelines", "principles"),
}
_TITLES_JOINED = re.compile(r"\s*(和|与|及|以及|或|、|，|,)\s*")
_ZH_LEADING_YEARS = re.compile(r"^(\d{4})(?:\s*[-–—至]\s*\d{4})?年")


@dataclass(frozen=True)
class SpelledOut:
    zh: str
    en: str
    method: str  # "long form (short form)", "entitled", "《》 title"
    unit_index: int
    short_of: str = ""  # for a short form: the Chinese long form it abbreviates


@dataclass(frozen=True)
class SegmentedUnit:
    unit: AlignedUnit
    zh: tuple[Token, ...]
    en: tuple[Token, ...]
    links: Links


def _english_name_around(text: str, start: int, end: int, elsewhere: frozenset[int] = frozenset(),
                         kinds: Sequence[str] = ()) -> tuple[int, int] | None:
    """Widen [start, end) over the capitalized words (and figures: "2030 Agenda") next to it and
    the "of", "for the", "on the" that join them ("Law on Prevention of Corruption", "Platform for
    Action") but not over a word linked to Chinese outside the title (offsets in `elsewhere`)
    nor over the word that opens the sentence unless it says what the title is (`kinds`: the
    "Convention" of a 公约); trim lower-case edge words; None unless the result is a name of
    capitalized words (not a chapter number "II", not a figure alone)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    texts = [text[s:e] for s, e in words]
    inside = [k for k, (s, e) in enumerate(words) if s < end and e > start]
    if not inside:
        return None
    first, last = inside[0], inside[-1]

    def word(k: int) -> str:
        return texts[k] if 0 <= k < len(texts) else ""

    def capitalized(k: int) -> bool:
        return 0 <= k < len(words) and (text[words[k][0]].isupper() or text[words[k][0]].isdigit())

    def joinable(k: int) -> bool:
        """A word the name may take in: capitalized, not linked to Chinese outside it, and not
        capitalized only because it opens the sentence ("Revision of | the UNCITRAL Notes on
        Organizing Arbitral Proceedings" for 《…说明》的修订)."""
        return capitalized(k) and words[k][0] not in elsewhere \
            and (not opens_sentence(texts, k) or _names(texts[k], kinds))

    def joined(k: int) -> bool:  # only a space between word k and the next: a comma ends a name
        return 0 <= k < len(words) - 1 and text[words[k][1] : words[k + 1][0]] == " "

    def run_on(k: int, step: int) -> int:
        """How many words the name runs on by from word k (names.run_on), where only spaces
        lie between the words it takes in."""
        taken = names.run_on(texts, k, step, joinable)
        return taken if all(joined(j) for j in range(min(k, k + taken * step), max(k, k + taken * step))) else 0

    while (step := run_on(first, -1)):
        first -= step
    while (step := run_on(last, 1)):
        last += step
    # Lower-case words at the edges are the sentence's, and so is a figure that no capitalized
    # word follows ("article 6.11 of the Code of Administrative Offences") or that a stop or a
    # bracket parts from the next word (the paragraph number of "80. The MERCOSUR handbook").
    while first <= last and (not capitalized(first)
                             or (word(first).isdigit() and not (capitalized(first + 1) and joined(first)))):
        first += 1
    while last >= first and (not capitalized(last)
                             or (last > first and "(" in text[words[last - 1][1] : words[last][0]])):
        last -= 1  # nor does "(2006-2015)" after it
    if first > last or _ROMAN.fullmatch(word(first)) \
            or not any(text[words[k][0]].isalpha() for k in range(first, last + 1)):
        return None  # "II of the Convention": a chapter number, not the start of a name
    if not all(capitalized(k) or texts[k].lower() in _NAME_INNER
               for k in range(first, last + 1)):
        return None
    return words[first][0], words[last][1]


def _without_leading_acronym(text: str, span: tuple[int, int], first_linked: int) -> tuple[int, int]:
    """A name widened over an acronym before the words linked to the title takes the
    organization that publishes it: 海事组织《港口接收设施综合手册》 = "IMO | Comprehensive Manual
    on Port Reception Facilities"; the title starts after it."""
    opening = _WORD.match(text, span[0])
    if opening and opening.end() <= first_linked and opening.group(0).isupper() and len(opening.group(0)) > 1:
        following = _WORD.search(text, opening.end())
        if following and following.start() <= first_linked:
            return following.start(), span[1]
    return span


def _one_phrase(en: Sequence[Token], text: str, linked: list[int]) -> list[int]:
    """The linked English words that stand in one phrase: where punctuation parts them
    ("Sexual Harassment Act, Act No. 18561"), the group holding three in four of them or more;
    none when the links are split more evenly (one title, two places: a poor alignment)."""
    groups = [[linked[0]]]
    for j in linked[1:]:
        between = text[en[groups[-1][-1]].end : en[j].start]
        if _PHRASE_BREAK.search(between):
            groups.append([j])
        else:
            groups[-1].append(j)
    largest = max(groups, key=len)
    return largest if 4 * len(largest) >= 3 * len(linked) else []


def _title_spans(unit: SegmentedUnit) -> list[tuple[re.Match[str], tuple[int, int] | None]]:
    """Each 《》 title of the unit with the English name its words are linked to (None: no name)."""
    matches = list(_ZH_TITLE.finditer(unit.unit.zh))
    linked_of = []
    for match in matches:
        inside = {k for k, t in enumerate(unit.zh) if t.start >= match.start(1) and t.end <= match.end(1)}
        linked_of.append(sorted({j for i, j in unit.links if i in inside}))
    found: list[tuple[re.Match[str], tuple[int, int] | None]] = []
    for number, (match, all_linked) in enumerate(zip(matches, linked_of, strict=True)):
        linked = _one_phrase(unit.en, unit.unit.en, all_linked) if all_linked else []
        others = {j for k, words in enumerate(linked_of) if k != number for j in words}
        if not linked or any(linked[0] <= j <= linked[-1] for j in others):
            # no links, or 《刑事诉讼法典》和《刑事执行法典》 with the links of the two interleaved
            found.append((match, None))
            continue
        start, end = unit.en[linked[0]].start, unit.en[linked[-1]].end
        # Words linked to Chinese outside the title belong to the sentence, unless that Chinese
        # word is one the title holds too ("Rights" linked to the sentence's other 人权 is still
        # the last word of 《世界人权宣言》 = Universal Declaration of Human Rights) or a function
        # word, a link eflomal makes for want of a better one ("Aviation" linked to 的 in some
        # runs cut 《国际航空公约》 to "Convention on International").
        elsewhere = frozenset(unit.en[j].start for i, j in unit.links
                              if not match.start(1) <= unit.zh[i].start < match.end(1)
                              and unit.zh[i].text not in match.group(1) and _content_word(unit.zh[i]))
        span = _english_name_around(unit.unit.en, start, end, elsewhere, _kinds(match.group(1)))
        if span:
            span = _without_leading_acronym(unit.unit.en, span, start)
        # The name must hold every linked word: "Abu Dhabi" of "Abu Dhabi declaration on
        # enhancing collaboration …" (a title in lower case) is not the title.
        found.append((match, span if span and span[0] <= start and span[1] >= end else None))
    # Titles named side by side (《A》和《B》) are named in the same order in English; when
    # the names come out the other way round, the links are wrong for both.
    for k in range(len(found) - 1):
        (left, left_span), (right, right_span) = found[k], found[k + 1]
        if left_span and right_span and left_span[0] > right_span[0] \
                and _TITLES_JOINED.fullmatch(unit.unit.zh[left.end() : right.start()]):
            found[k], found[k + 1] = (left, None), (right, None)
    return found


# jieba's tags of function words: particles (的), prepositions, conjunctions, punctuation,
# modal particles and interjections. A verb or a numeral may be a real link (执行 =
# Implementation, 年 = 2012), so those still count.
_FUNCTION_TAGS = ("u", "p", "c", "x", "w", "y", "e", "o")


def _content_word(token: Token) -> bool:
    return not token.pos.startswith(_FUNCTION_TAGS)


def _titles(unit: SegmentedUnit, index: int) -> Iterator[SpelledOut]:
    for match, span in _title_spans(unit):
        if span is None or not han_count(match.group(1)):
            continue  # 《El País》: a title the Chinese writes in Latin letters is not translated
        english = _title_proper(unit.unit.en[span[0] : span[1]], match.group(1))
        if " " not in english and (english.isupper() or han_count(match.group(1)) >= 4):
            # 《妇女大宪章》 = "MCW": the sentence uses the abbreviation, not the title; a long
            # title is not one word (《刑事诉讼法典》 = "Code": the links found part of it)
            continue
        if not _names_its_kind(match.group(1), english):
            continue
        if " and the " in english or ", the " in english:
            continue  # "Criminal Procedure and the Correctional Code", "Catalonia Health Survey
            # 2012, the Caritas Survey": two names side by side
        yield SpelledOut(_chinese_title_proper(match.group(1), english), english, "《》 title", index)


_LEADING_ARTICLE = re.compile(r"^The\s+(?=[A-Z])(?!Hague\b)")  # The Hague is a name
_LEADING_FIGURE = re.compile(r"^(\d+)\s+(?=[A-Z])")
# Where the widening ran back over "of" or "to" into the sentence: a chapter or an annex of
# the title ("Chapter VII of | the Charter", 《宪章》第七章; "[Annex] E to | the Convention")
# and an adverb that opens the sentence ("Similarly to | the Trafficking in Persons Protocol").
_LEADING_REFERENCE = re.compile(r"^(?:(?:Chapter|Annex|Article|Part|Section|Appendix)\s+)?([A-Z]|[IVXLC]+|\d+)"
                                r"\s+(?:of|to)\s+(?:the\s+)?(?=[A-Z])")
_LEADING_ADVERB = re.compile(r"^(?!Italy\b)[A-Z][a-z]+ly\s+(?:of|to|for)\s+(?:the\s+)?(?=[A-Z])")
# A year or a span of years after the name ("Millennium Development Goals Report 2012").
_TRAILING_YEARS = re.compile(r"(?:\s+of)?\s+(\d{4})(?:\s*[-–]\s*\d{4})?$")


def _title_proper(english: str, chinese: str) -> str:
    """The title without what the widening took from the sentence around it: the article that
    opens a sentence ("The Treaty of Rarotonga entered into force" = 《拉罗通加条约》), a chapter
    or an annex of it, an opening adverb, and a year the Chinese title does not hold ("1997
    Vienna Convention" = 1997年《维也纳公约》, "Millennium Development Goals Report 2012")."""
    english = _without_what_it_belongs_to(english, chinese)
    for taken_from_the_sentence in (_LEADING_ADVERB, _LEADING_REFERENCE, _LEADING_ARTICLE, _LEADING_FIGURE,
                                    _TRAILING_YEARS):
        english = _without(english, taken_from_the_sentence, chinese)
    return english


def _without(english: str, pattern: re.Pattern[str], chinese: str) -> str:
    """The English less what `pattern` finds, unless the Chinese title holds the pattern's
    group (the chapter number, the figure, the year) where it has one."""
    found = pattern.search(english)
    if not found or (pattern.groups and found.group(1) in chinese):
        return english
    return english[: found.start()] + english[found.end():]


def _without_what_it_belongs_to(english: str, chinese: str) -> str:
    """The title after "to the" where only that part names what the Chinese title is: "High
    Contracting Parties to the Fourth Geneva Convention" for 《日内瓦第四公约》 names the
    parties; "Protocol I to the Geneva Conventions" names a protocol and stays whole."""
    before, link, after = english.partition(" to the ")
    kinds = _kinds(chinese)
    if link and kinds and _names(after, kinds) and not _names(before, kinds):
        return after
    return english


def _kinds(chinese: str) -> tuple[str, ...]:
    """The English words for what a Chinese title is (公约: convention); () for a title of no
    listed kind."""
    return next((kinds for head, kinds in _TITLE_HEADS.items() if chinese.endswith(head)), ())


def _names(english: str, kinds: Sequence[str]) -> bool:
    lowered = [w.lower() for w in _WORD.findall(english)]
    return any(kind in {*lowered, *(w.rstrip("s") for w in lowered)} for kind in kinds)


def _names_its_kind(chinese: str, english: str) -> bool:
    """Does the English name hold the word for what the Chinese title is (公约: Convention)?"""
    kinds = _kinds(chinese)
    return not kinds or _names(english, kinds)  # "Programmes" names a programme too


def _chinese_title_proper(chinese: str, english: str) -> str:
    """The Chinese title without the years that open it when the English name does not hold
    them: 《2006-2015年国家妇女发展战略》 = "National Strategy for the Development of Women
    (2006-2015)" names the strategy 国家妇女发展战略."""
    years = _ZH_LEADING_YEARS.match(chinese)
    if years and years.group(1) not in english and len(chinese) - years.end() >= 2:
        return chinese[years.end():]
    return chinese


def spelled_out(units: Sequence[SegmentedUnit]) -> list[SpelledOut]:
    """Every spelled-out pair, in unit order (a pair found in several units occurs several times)."""
    found = []
    for index, unit in enumerate(units):
        for term in defined_terms(unit.unit.zh, unit.unit.en):
            found.append(SpelledOut(term.zh_long, term.en_long, "long form (short form)", index))
            found.append(SpelledOut(term.zh_short, term.en_short, "long form (short form)", index, term.zh_long))
        zh_titles = _ZH_ENTITLED.findall(unit.unit.zh)
        en_titles = _EN_ENTITLED.findall(unit.unit.en)
        if zh_titles and len(zh_titles) == len(en_titles):  # else: which goes with which?
            found.extend(SpelledOut(zh.strip(), en.strip().rstrip(",."), "entitled", index)
                         for zh, en in zip(zh_titles, en_titles, strict=True))
        found.extend(_titles(unit, index))
    return found
