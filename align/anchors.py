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

from unbitext.align.numerals import CN_NUMERAL_CHARS, chinese_to_int, roman_to_int

# Not \b: a symbol glued to Chinese text (和CAC/COSP/...) has no word boundary before it.
SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+")
_FRACTION = re.compile(r"(?<![\d/])(\d{1,3}/\d{1,3})(?![\d/])")
_ARABIC = re.compile(r"(?<![\d.])(\d+(?:[.,]\d+)*)(\s*(?:万|亿|million|billion))?")
# A Chinese numeral counts where it is one: after 第, or before a measure word.
_CN_NUMBER = re.compile(
    f"第([{CN_NUMERAL_CHARS}]+)|([{CN_NUMERAL_CHARS}]+)(?=[次届条款项年月日个名场位国种份项])"
)
# Words with a numeral inside that are no numbers: 十年期 decade, 千年 millennium, 两年期
# biennium, 一些 some, 之一 one of, 一致 consistent, 统一 unified, 一般 general, 进一步 further, …
NOT_NUMBERS = re.compile(r"十年期?|千年|百年|两年期|一些|之一|一致|统一|一般|一切|一道|一起|一贯|一直|"
                         r"一体化|一级|进一步|万一|一再|一定|一系列|一方面|另一方面|三方|双方|多方|第三方")
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
            "ninety": 90}
# Only the words that can be anchors: capitalized ones and number words.
_EN_WORD = re.compile(
    r"\b(?:[A-Z][A-Za-z]*|" + "|".join(sorted({*_EN_NUMBER_WORDS, *_EN_TENS} - {""}, key=len, reverse=True))
    + r")(?:-[A-Za-z0-9]+)?\b"
)
_MONTHS = {name: i for i, name in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
# "chapter II of the Convention" = 《公约》第二章.
_EN_ROMAN_AFTER = re.compile(r"\b(?:[Cc]hapter|[Pp]art|[Aa]nnex|[Ss]ection)\s+([IVX]+)\b")
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
    for match in _ARABIC.finditer(rest):
        if (number := _number(match.group(1), match.group(2))) is not None:
            tokens.add(number)
    if language == "zh":
        if names:
            tokens.update(f"lat:{w}" for w in _LATIN_NAME.findall(rest) if len(w) > 1)
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
        elif lowered in _EN_NUMBER_WORDS and _EN_NUMBER_WORDS[lowered] != 1:
            # "one speaker" and "the first hub" are 一位 and 首个: no numeral to match in Chinese.
            tokens.add(f"num:{_EN_NUMBER_WORDS[lowered]}")
        elif word[0].isupper():
            if lowered in _MONTHS:
                tokens.add(f"num:{_MONTHS[lowered]}")
            if names and len(word) > 1:
                tokens.add(f"lat:{word}")
    tokens.update(f"num:{roman_to_int(r)}" for r in _EN_ROMAN_AFTER.findall(rest))
    return frozenset(tokens)
