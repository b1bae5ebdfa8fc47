"""Anchor evidence: what a Chinese sentence and its English translation both carry.

Numbers (Chinese numerals converted: 十三 -> 13, 二〇二二 -> 2022, 540 万 -> 5400000 and
"$5.4 million" -> 5400000), months (6 月 = June), resolution references (9/6), document
symbols (CAC/COSP/WG.4/2022/2) and Latin-script names and acronyms (COVID-19, INTERPOL).
Each text gives a set of normalized tokens; comparing the sets of two texts tells whether
they can be translations of each other.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from unbitext.align.numerals import CN_NUMERAL_CHARS, PARENTHESIZED_IDEOGRAPHS, chinese_to_int, roman_to_int

# Not \b: a symbol glued to Chinese text (和CAC/COSP/...) has no word boundary before it.
SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+")
_FRACTION = re.compile(r"(?<![\d/])(\d{1,3}/\d{1,3})(?![\d/])")
# Digits glued to letters are codes (B2C, G20, km2), not numbers, but "10th" is ten.
# Nor are the digits of a name such as COVID-19 or G-77.
_ARABIC = re.compile(r"(?<![\d.])(?<![A-Z]-)(?:(?<=Euro)|(?<=\$A)|(?<![A-Za-z]))(\d+(?:[.,]\d+)*)(?!\d)"
                     r"(?:(?![A-Za-z])|(?=(?:st|nd|rd|th|s)\b))(\s*(?:万|亿|million|billion))?")
# Thousands grouped by spaces, as UN Chinese (and French) write them: "1 996 800美元".
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)")
# Times: 10.15 a.m. = 上午10时15分, 3.05 p.m. = 下午3时05分, 1050 hours.
_EN_TIME = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.\s?m\.|\b([01]\d|2[0-3])([0-5]\d)(?:\s+hours\b|Z\b)|"
                      r"(?<=\b[Aa]t )([01]\d|2[0-3])([0-5]\d)\b|"
                      r"\b([01]\d|2[0-3])([0-5]\d)(?=\s+(?:and|to|-)\s+(?:[01]\d|2[0-3])[0-5]\d\s+hours\b)")
_ZH_TIME = re.compile(r"(上午|下午|中午|晚上|凌晨)?\s*(\d{1,2})\s*时(?:\s*(\d{1,2})\s*分)?")
# A Chinese numeral counts where it is one: after 第, or before a measure word.
_CN_NUMBER = re.compile(
    f"(?:第|附件)([{CN_NUMERAL_CHARS}]+)|([{CN_NUMERAL_CHARS}]+)(?=[次届条款项年月日个名场位国种份项周])"
)
_CN_LARGE = re.compile(f"([{CN_NUMERAL_CHARS}]+)([万亿])")
# Words with a numeral inside that are no numbers: 十年期 decade, 千年 millennium, 两年期
# biennium, 一些 some, 之一 one of, 一致 consistent, 统一 unified, 一般 general, 进一步 further, …
_AFTER_NUMERAL = "(?<![一二三四五六七八九十百])"  # 七十年 is seventy years, 十年 alone a decade
NOT_NUMBERS = re.compile(_AFTER_NUMERAL + r"十年期|" + _AFTER_NUMERAL + r"[十千百]年(?!代)|两年期|"
                         r"一些|之一|唯一|一致|统一|一般|一切|一道|一起|一贯|一直|"
                         r"一体化|一级|进一步|万一|一再|一定|一系列|一方面|另一方面|三方|双方|多方|第三方|"
                         r"[数几上]十|[数几上]百|[数几上]千|[数几上]万|成千上万|千百万")
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
_MONTHS = {name: i for i, name in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
# "chapter II of the Convention" = 《公约》第二章.
_EN_ROMAN_AFTER = re.compile(
    r"\b(?:[Cc]hapter|[Pp]art|[Aa]nnex|[Ss]ection|[Aa]rticles?|[Vv]olume|[Tt]itle)\s+([IVX]+)\b")
_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000, "million": 1_000_000, "billion": 1_000_000_000}


def _number(text: str, multiplier: str | None) -> str | None:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    if multiplier:
        value *= _MULTIPLIERS[multiplier.strip()]
    return f"num:{value.normalize():f}"


def anchor_tokens(text: str, language: str, names: bool = True) -> frozenset[str]:
    """Anchor tokens of `text`; with names=False only numbers, references and symbols."""
    tokens: set[str] = set()
    rest = text
    if "/" in text:
        tokens.update(f"sym:{s.rstrip('.')}" for s in SYMBOL.findall(text))
        rest = SYMBOL.sub(" ", rest)
        tokens.update(f"ref:{f}" for f in _FRACTION.findall(rest))
        rest = _FRACTION.sub(" ", rest)
    if language == "zh":
        rest = NOT_NUMBERS.sub(" ", _NAMED_YEAR.sub(" 冠状病毒病", rest))
    rest = _GROUPED.sub(lambda m: re.sub(r"\s", "", m.group(0)), rest)
    if _may_hold_a_time(rest, language):
        tokens.update(_times(rest, language))
        rest = (_ZH_TIME if language == "zh" else _EN_TIME).sub(" ", rest)
    for match in _ARABIC.finditer(rest):
        if (number := _number(match.group(1), match.group(2))) is not None:
            tokens.add(number)
    if language == "zh":
        if names:
            tokens.update(f"lat:{w}" for w in _LATIN_NAME.findall(rest) if len(w) > 1)
        for match in _CN_LARGE.finditer(rest):  # 一百万 = 1 million
            if (value := chinese_to_int(match.group(1))) is not None:
                tokens.add(f"num:{value * _MULTIPLIERS[match.group(2)]}")
        rest = _CN_LARGE.sub(" ", rest)
        tokens.update(f"num:{PARENTHESIZED_IDEOGRAPHS[c]}" for c in rest if c in PARENTHESIZED_IDEOGRAPHS)
        for match in _CN_NUMBER.finditer(rest):
            value = chinese_to_int(match.group(1) or match.group(2))
            # 一个, 一项, 一位 are "a", not "one": English says "a" and has no number there.
            if value is not None and not (value == 1 and match.group(2)):
                tokens.add(f"num:{value}")
        return frozenset(tokens)
    # English: one pass over the words for names, number words and months.
    for word in _EN_WORD.findall(rest):
        lowered = word.lower()
        tens, _, unit = lowered.partition("-")
        if tens in _EN_TENS and (not unit or unit in _EN_NUMBER_WORDS):
            tokens.add(f"num:{_EN_TENS[tens] + (_EN_NUMBER_WORDS[unit] % 10 if unit else 0)}")  # fifty-five
        elif tens in _EN_NUMBER_WORDS and _EN_NUMBER_WORDS[tens] != 1:
            # "one speaker" and "the first hub" are 一位 and 首个: no numeral to match in Chinese.
            # "two-State solution" is 两个国家: the number leads the hyphenated word.
            tokens.add(f"num:{_EN_NUMBER_WORDS[tens]}")
        elif word[0].isupper():
            # Months, also in a range: "July-August" = 7-8月.
            tokens.update(f"num:{_MONTHS[part]}" for part in lowered.split("-") if part in _MONTHS)
            if names and len(word) > 1:
                tokens.add(f"lat:{word}")
    tokens.update(f"num:{roman_to_int(r)}" for r in _EN_ROMAN_AFTER.findall(rest))
    return frozenset(tokens)


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
