"""Anchor evidence: what a Chinese sentence and its English translation both carry.

Numbers (Chinese numerals converted: 十三 -> 13, 二〇二二 -> 2022, 540 万 -> 5400000 and
"$5.4 million" -> 5400000), months (6 月 = June), resolution references (9/6), document
symbols (CAC/COSP/WG.4/2022/2) and Latin-script names and acronyms (COVID-19, INTERPOL).
Each text gives a set of normalized tokens; comparing the sets of two texts tells whether
they can be translations of each other.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

import ahocorasick

from unbitext.align.numerals import CN_NUMERAL_CHARS, PARENTHESIZED_IDEOGRAPHS, chinese_to_int, roman_to_int
from unbitext.align.script import HAN_RANGES

# Not \b: a symbol glued to Chinese text (和CAC/COSP/...) has no word boundary before it.
SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+")
# Patterns that start at a digit say so first: the regular-expression engine then skips to
# the next digit instead of trying every lookbehind at every character. The lookahead names
# the digits UN texts use, ASCII and full-width: a range is tested faster than \d's category.
_DIGIT_AHEAD = "(?=[0-9\uff10-\uff19])"
_FRACTION = re.compile(_DIGIT_AHEAD + r"(?<![\d/])(\d{1,3}/\d{1,3})(?![\d/])")
# "s.10.103" (section 10.103) is a number; the 5 of 10.5 is not one of its own.
# Digits glued to letters are codes (B2C, G20, km2), not numbers, but "10th" is ten.
# Nor are the digits of a name such as COVID-19, G-77, 铀-235 (U-235) or 全球环境展望-5 (GEO-5);
# but after a unit they are the end of a range: 9月-10月 = September-October.
# 200多万 is "more than 2 million": the 多 (or 余) before 万 is "more than".
_ARABIC = re.compile(_DIGIT_AHEAD + r"(?<!\d)(?<!\d\.)(?<![A-Z]-)"
                     r"(?:(?<=[年月日时号条段项页章节]-)|(?<![" + HAN_RANGES + r"]-))"
                     r"(?:(?<=Euro)|(?<=\$A)|(?<![A-Za-z]))(\d+(?:[.,]\d+)*)(?!\d)"
                     r"(?:(?![A-Za-z])|(?=(?:st|nd|rd|th|s)\b))(\s*(?:[多余]?[万亿]|million|billion))?")
# Thousands grouped by spaces, as UN Chinese (and French) write them: "1 996 800美元".
_GROUPED = re.compile(_DIGIT_AHEAD + r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)")
# Written as a character class, not \d: the engine then scans for the class's characters
# (twice as fast; this test runs on every segment).
_GROUPED_HINT = re.compile(r"[0-9\uff10-\uff19][ \u00a0\u202f\u2009][0-9\uff10-\uff19]")
# Times: 10.15 a.m. = 上午10时15分, 3.05 p.m. = 下午3时05分, 1050 hours.
_EN_TIME = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.\s?m\.|\b([01]\d|2[0-3])([0-5]\d)(?:\s+hours\b|Z\b)|"
                      r"(?<=\b[Aa]t )([01]\d|2[0-3])([0-5]\d)\b|"
                      r"\b([01]\d|2[0-3])([0-5]\d)(?=\s+(?:and|to|-)\s+(?:[01]\d|2[0-3])[0-5]\d\s+hours\b)")
_ZH_TIME = re.compile(r"(上午|下午|中午|晚上|凌晨)?\s*(\d{1,2})\s*时(?:\s*(\d{1,2})\s*分)?")
# A Chinese numeral counts where it is one: after 第, or before a measure word.
_CN_NUMBER = re.compile(
    f"(?:第|附件)([{CN_NUMERAL_CHARS}]+)|([{CN_NUMERAL_CHARS}]+)(?=[次届条款项年月日个名场位国种份项周])"
)
# ㈠ … ㈩ (U+3220-U+3229), looked for with a search in C rather than a set test per character.
_PARENTHESIZED = re.compile("[" + "".join(PARENTHESIZED_IDEOGRAPHS) + "]")
_CN_LARGE = re.compile(f"([{CN_NUMERAL_CHARS}]+)([万亿])")
# Words with a numeral inside that are no numbers: 十年期 decade, 千年 millennium, 两年期
# biennium, 一些 some, 之一 one of, 一致 consistent, 统一 unified, 一般 general, 进一步 further, …
_AFTER_NUMERAL = "(?<![一二三四五六七八九十百])"  # 七十年 is seventy years, 十年 alone a decade
# The lookahead names the first character of every word below: the engine skips to the
# next such character instead of trying every word at every position (four times faster).
NOT_NUMBERS = re.compile("(?=[十千百两一之唯统进万另三双多第数几上成])(?:"
                         + _AFTER_NUMERAL + r"十年期|" + _AFTER_NUMERAL + r"[十千百]年(?!代)|两年期|"
                         r"一些|(?<!分)之一|唯一|一致|统一|一般|一切|一道|一起|一贯|一直|"
                         r"一体化|一级|进一步|万一|一再|一定|一系列|一方面|另一方面|三方|双方|多方|第三方|"
                         r"[数几上][十百千万](?!分之)|成千上万|千百万|数以[十百千万亿]+计)")
# 三分之一 = one third (1/3); 百分之七十五 = 75 per cent, also 百分之[六十五] in a draft.
_CN_FRACTION = re.compile(f"([{CN_NUMERAL_CHARS}]+)分之\\[?([{CN_NUMERAL_CHARS}]+)")
# "2019 冠状病毒病" is COVID-19: its year is the name's, not a number of the text.
_NAMED_YEAR = re.compile(r"\d{4}\s*冠状病毒病")
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:-\d+)?\b|\b[A-Z]{2,}\b")

_EN_NUMBER_WORDS = {
    word: value for value, words in enumerate([
        "", "one first", "two second", "three third", "four fourth", "five fifth", "six sixth",
        "seven seventh", "eight eighth", "nine ninth", "ten tenth", "eleven eleventh", "twelve twelfth",
        "thirteen thirteenth", "fourteen fourteenth", "fifteen fifteenth", "sixteen sixteenth",
        "seventeen seventeenth", "eighteen eighteenth", "nineteen nineteenth", "twenty twentieth",
    ]) for word in words.split()
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
            "eightieth": 80, "ninetieth": 90}
# Only the words that can be anchors: capitalized ones and number words.
_EN_WORD = re.compile(
    r"\b(?:[A-Z][A-Za-z]*|" + "|".join(sorted({*_EN_NUMBER_WORDS, *_EN_TENS} - {""}, key=len, reverse=True))
    + r")(?:-[A-Za-z0-9]+)?\b"
)
_MONTH_NAMES = "january february march april may june july august september october november december".split()
_MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
_EN_MONTH = re.compile(r"(?=[ADFJMNOS])\b(?:" + "|".join(m.capitalize() for m in _MONTH_NAMES) + r")\b")
_EN_CAPITALIZED = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)?\b")
_EN_NUMBER_WORD_SET = frozenset({*_EN_NUMBER_WORDS, *_EN_TENS} - {""})
# "chapter II of the Convention" = 《公约》第二章.
_ROMAN_LEADS = frozenset("chapter part annex section article articles volume title".split())
_EN_ROMAN_AFTER = re.compile(
    r"\b(?:[Cc]hapter|[Pp]art|[Aa]nnex|[Ss]ection|[Aa]rticles?|[Vv]olume|[Tt]itle)\s+([IVX]+)\b")
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_EN_NUMBER_ALTERNATIVES = "|".join(sorted({*_EN_NUMBER_WORDS, *_EN_TENS, *_EN_SCALES} - {""}, key=len, reverse=True))
# Number words in a row ("one hundred and eleven", "sixty five"), and "N decades" = N x 10 years.
_EN_NUMBER_PHRASE = re.compile(
    rf"\b((?:{_EN_NUMBER_ALTERNATIVES})(?:(?:[\s-]+|\s+and\s+)(?:{_EN_NUMBER_ALTERNATIVES}))*)\b(\s+decades\b)?",
    re.IGNORECASE)
_EN_PHRASE_WORDS = _EN_NUMBER_WORD_SET | _EN_SCALES.keys()
_KEYWORDS = ahocorasick.Automaton()
for _keyword in (*_EN_PHRASE_WORDS, *_MONTHS, *_ROMAN_LEADS):
    _KEYWORDS.add_word(_keyword, _keyword)
_KEYWORDS.make_automaton()
_PHRASE_JOINS = frozenset({"", "and", "in", "of", "out of"})
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5}
_PHRASE_HINTS = ("decades", *_DENOMINATORS)
# "one third" = 三分之一, "two thirds" = 三分之二; "a third" only as "a third of" (a third party is 第三方).
_EN_FRACTION = re.compile(r"\b(one|two|three|four|a(?=[\s-](?:third|quarter)\s+of\b))[\s-]"
                          r"(half|thirds?|quarters?|fifths?)\b", re.IGNORECASE)
# "one in three" = 三分之一, "three in five" = 五分之三.
_EN_ONE_IN = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
                        r"(two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000, "million": _EN_SCALES["million"], "billion": _EN_SCALES["billion"]}


def _number(text: str, multiplier: str | None) -> str | None:
    if not multiplier and text.isdigit():
        return f"num:{int(text)}"  # most numbers; Decimal is for the rest
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    if multiplier:
        value *= _MULTIPLIERS[multiplier.strip().lstrip("多余")]
    return f"num:{value.normalize():f}"


def anchor_tokens(text: str, language: str, names: bool = True, words: bool = True) -> frozenset[str]:
    """Anchor tokens of `text`; with names=False only numbers, references and symbols; with
    words=False not the numbers written in words (两个, 第四, three, one hundred and eleven)."""
    tokens: set[str] = set()
    rest = text
    if "/" in text:
        tokens.update(f"sym:{s.rstrip('.')}" for s in SYMBOL.findall(text))
        rest = SYMBOL.sub(" ", rest)
        tokens.update(f"ref:{f}" for f in _FRACTION.findall(rest))
        rest = _FRACTION.sub(" ", rest)
    if language == "zh":
        if "冠状病毒病" in rest:
            rest = _NAMED_YEAR.sub(" 冠状病毒病", rest)
        rest = NOT_NUMBERS.sub(" ", rest)
    if _GROUPED_HINT.search(rest):
        rest = _GROUPED.sub(lambda m: re.sub(r"\s", "", m.group(0)), rest)
    if _may_hold_a_time(rest, language):
        tokens.update(_times(rest, language))
        rest = (_ZH_TIME if language == "zh" else _EN_TIME).sub(" ", rest)
    for match in _ARABIC.finditer(rest):
        if (number := _number(match.group(1), match.group(2))) is not None:
            tokens.add(number)
    if language == "zh":
        _chinese_tokens(rest, tokens, names, words)
    else:
        _english_tokens(rest, tokens, names, words)
    return frozenset(tokens)


def _chinese_tokens(rest: str, tokens: set[str], names: bool, words: bool) -> None:
    if names:
        tokens.update(f"lat:{w}" for w in _LATIN_NAME.findall(rest) if len(w) > 1)
    if not words:
        return
    if "万" in rest or "亿" in rest:
        for match in _CN_LARGE.finditer(rest):  # 一百万 = 1 million
            if (value := chinese_to_int(match.group(1))) is not None:
                tokens.add(f"num:{value * _MULTIPLIERS[match.group(2)]}")
        rest = _CN_LARGE.sub(" ", rest)
    if "分之" in rest:
        for match in _CN_FRACTION.finditer(rest):
            denominator, numerator = chinese_to_int(match.group(1)), chinese_to_int(match.group(2))
            if denominator == 100 and numerator is not None:
                tokens.add(f"num:{numerator}")  # 百分之七十五 = 75 per cent
            elif denominator and numerator:
                tokens.add(f"ref:{numerator}/{denominator}")  # 三分之一 = one third = 1/3
        rest = _CN_FRACTION.sub(" ", rest)
    if _PARENTHESIZED.search(rest):
        tokens.update(f"num:{PARENTHESIZED_IDEOGRAPHS[c]}" for c in _PARENTHESIZED.findall(rest))
    for match in _CN_NUMBER.finditer(rest):
        value = chinese_to_int(match.group(1) or match.group(2))
        # 一个, 一项, 一位 are "a", not "one": English says "a" and has no number there.
        if value is not None and not (value == 1 and match.group(2)):
            tokens.add(f"num:{value}")


def _english_tokens(rest: str, tokens: set[str], names: bool, words: bool) -> None:
    # Which number words, months and words before a Roman numeral the sentence holds: set
    # tests that spare most sentences the patterns for them.
    hits = _english_keywords(rest.lower())
    present = {keyword for _, _, keyword in hits}
    words = words and not _EN_NUMBER_WORD_SET.isdisjoint(present)
    # Phrases need number words in a row ("sixty five", "two million", "one in three"), or
    # one with "decades" or a fraction ("a third of", "one quarter").
    if words and (_words_in_a_row(rest.lower(), hits) or any(hint in rest for hint in _PHRASE_HINTS)):
        rest = _english_number_phrases(rest, tokens)
    if not _MONTHS.keys().isdisjoint(present):  # also in a range: "July-August" = 7-8月
        tokens.update(f"num:{_MONTHS[month.lower()]}" for month in _EN_MONTH.findall(rest))
    if not _ROMAN_LEADS.isdisjoint(present):
        tokens.update(f"num:{roman_to_int(r)}" for r in _EN_ROMAN_AFTER.findall(rest))
    if not (words or names):
        return
    # One pass over the words for names and number words.
    for word in (_EN_WORD if words else _EN_CAPITALIZED).findall(rest):
        lowered = word.lower()
        tens, _, unit = lowered.partition("-")
        if tens in _EN_TENS and (not unit or unit in _EN_NUMBER_WORDS):
            if words:
                tokens.add(f"num:{_EN_TENS[tens] + (_EN_NUMBER_WORDS[unit] % 10 if unit else 0)}")  # fifty-five
        elif tens in _EN_NUMBER_WORDS and _EN_NUMBER_WORDS[tens] != 1:
            # "one speaker" and "the first hub" are 一位 and 首个: no numeral to match in Chinese.
            # "two-State solution" is 两个国家: the number leads the hyphenated word.
            if words:
                tokens.add(f"num:{_EN_NUMBER_WORDS[tens]}")
        elif names and word[0].isupper() and len(word) > 1:
            tokens.add(f"lat:{word}")


def _english_keywords(lowered: str) -> list[tuple[int, int, str]]:
    """(start, end, keyword) of the keywords (_KEYWORDS) standing as whole words in lower-cased
    text, in order: one Aho-Corasick pass in C, then a look at the letters either side."""
    found = []
    for last, keyword in _KEYWORDS.iter(lowered):
        start, end = last - len(keyword) + 1, last + 1
        if (start == 0 or not lowered[start - 1].isalpha()) and (end == len(lowered) or not lowered[end].isalpha()):
            found.append((start, end, keyword))
    return found


def _words_in_a_row(lowered: str, hits: list[tuple[int, int, str]]) -> bool:
    """Whether two number words (or scales: hundred, million) stand next to each other or with
    "and", "in", "of" or "out of" between ("one hundred and eleven", "one in three", "three
    out of five"): where a phrase can be."""
    numbers = [(start, end) for start, end, keyword in hits if keyword in _EN_PHRASE_WORDS]
    return any(" ".join(lowered[end:start].replace("-", " ").split()) in _PHRASE_JOINS
               for (_, end), (start, _) in itertools.pairwise(numbers))


def _english_number_phrases(text: str, tokens: set[str]) -> str:
    """Numbers of several words and fractions, as tokens; `text` returned without them.

    "One hundred and eleven" = 111, "[sixty five] per cent" = 65, "five decades" = 五十年
    (50), "one third" = 三分之一 = 1/3. A single number word is left to the word pass.
    """
    if any(word in text for word in _DENOMINATORS):
        for match in _EN_FRACTION.finditer(text):
            numerator = 1 if match.group(1).lower() in ("a", "one") else _EN_NUMBER_WORDS[match.group(1).lower()]
            tokens.add(f"ref:{numerator}/{_DENOMINATORS[match.group(2).lower().rstrip('s')]}")
        text = _EN_FRACTION.sub(" ", text)
    if " in " in text or " out of " in text:
        for match in _EN_ONE_IN.finditer(text):
            numerator, denominator = (_EN_NUMBER_WORDS[group.lower()] for group in match.groups())
            tokens.add(f"ref:{numerator}/{denominator}")
        text = _EN_ONE_IN.sub(" ", text)

    def phrase(match: re.Match[str]) -> str:
        parts = re.findall(r"[a-z]+", match.group(1).lower())
        decades = bool(match.group(2))
        if len(parts) == 1 and not decades:
            return match.group(0)
        value = _phrase_value(parts)
        if value is None:
            return match.group(0)
        tokens.add(f"num:{value * 10 if decades else value}")
        return " "

    return _EN_NUMBER_PHRASE.sub(phrase, text)


def _phrase_value(words: list[str]) -> int | None:
    """["one", "hundred", "and", "eleven"] -> 111; None where the words are no one number
    ("first and second", "five six")."""
    total, current, previous = 0, 0, ""
    for word in words:
        if word == "and":
            if previous not in _EN_SCALES:
                return None
        elif word in _EN_SCALES:
            scale = _EN_SCALES[word]
            if scale == 100:
                if not 0 < current < 10:
                    return None
                current *= 100
            elif current == 0:
                return None
            else:
                total, current = total + current * scale, 0
        else:
            value = _EN_TENS.get(word) or _EN_NUMBER_WORDS[word]
            below_hundred = current % 100
            if value >= 10 and below_hundred:  # "twenty eleven", "five sixty"
                return None
            if value < 10 and below_hundred and (below_hundred < 20 or below_hundred % 10):  # "ten five"
                return None
            current += value
        previous = word
    return None if previous == "and" else total + current


def _may_hold_a_time(text: str, language: str) -> bool:
    """A cheap test before the time patterns: most sentences hold no time of day."""
    if language == "zh":
        return "时" in text
    return "m." in text or "hours" in text or "Z" in text or "t 0" in text or "t 1" in text or "t 2" in text


def _times(text: str, language: str) -> set[str]:
    """Times of day as time:H:MM on a 24-hour clock, the same token in both languages."""
    found = set()
    if language == "zh":
        period, last_end = "", -10
        for match in _ZH_TIME.finditer(text):
            # "下午3时至6时": the second time is in the afternoon too.
            joined = text[last_end:match.start()].strip() in ("至", "到", "-", "－", "—")
            period = match.group(1) or (period if joined else "")
            hour, minute = int(match.group(2)), int(match.group(3) or 0)
            if period in ("下午", "晚上") and hour < 12:
                hour += 12
            found.add(f"time:{hour}:{minute:02d}")
            last_end = match.end()
        return found
    for match in _EN_TIME.finditer(text):
        clock = next(((match.group(k), match.group(k + 1)) for k in (4, 6, 8) if match.group(k)), None)
        if clock:  # 1050 hours, 2359Z, at 0300, between 1100 and 1200 hours
            found.add(f"time:{int(clock[0])}:{clock[1]}")
            continue
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if match.group(3) == "p" and hour < 12:
            hour += 12
        found.add(f"time:{hour}:{minute:02d}")
    return found


# Small numbers spelled out: "two (2)", "first" = 第一, "both" = 两, "three-year" = 三年.
_EN_SPELLED = {**_EN_NUMBER_WORDS, "both": 2, "twice": 2, "double": 2, "dual": 2, "single": 1, "once": 1,
               "triple": 3, "threefold": 3}
_ZH_SPELLED = re.compile(f"[{CN_NUMERAL_CHARS}]+|[首单]|[双两]")


def spelled_numbers(text: str, language: str) -> set[int]:
    """The numbers up to twenty a text writes in words, wherever they stand.

    A number check asks this before calling a small number one-sided: "one victim" is
    "1名受害者", "the first and second tunnels" is "第一和第二隧道", "Two (2)" is "两(2)".
    """
    if language == "en":
        words = re.findall(r"[a-z]+", text.lower())
        return {_EN_SPELLED[w] for w in words if w in _EN_SPELLED}
    found = set()
    for run in _ZH_SPELLED.findall(text):
        if run in "首单":
            found.add(1)
        elif run in "双两":
            found.add(2)
        elif (value := chinese_to_int(run)) is not None and value <= 20:
            found.add(value)
    return found
