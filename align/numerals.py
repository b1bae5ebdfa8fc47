"""Chinese and Roman numerals as they appear in UN headings, articles and list labels."""

from __future__ import annotations

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS)

# ㈠ … ㈩ (U+3220–U+3229): parenthesized ideographs used as list tags.
PARENTHESIZED_IDEOGRAPHS = {chr(0x3220 + i): i + 1 for i in range(10)}

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def chinese_to_int(text: str) -> int | None:
    """十三 -> 13, 二十一 -> 21, 一百零五 -> 105, 二〇二二 -> 2022; None if not a numeral."""
    if not text or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in text):
        return None
    if not any(c in _CN_UNITS for c in text):
        # Digit-by-digit form used for years: 二〇二二.
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    total, digit, last_unit = 0, None, 10_000
    for char in text:
        if char in _CN_UNITS:
            unit = _CN_UNITS[char]
            if unit >= last_unit:  # 十十, 十百: units only ever fall
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        elif _CN_DIGITS[char] == 0:
            digit = None  # 零 only marks a skipped place: 一百零五
        elif digit is not None:
            return None
        else:
            digit = _CN_DIGITS[char]
    return total + (digit or 0)


def int_to_roman(number: int) -> str:
    """13 -> 'xiii' (lower case; callers upper-case chapter numbers)."""
    if number <= 0:
        raise ValueError(f"no Roman numeral for {number}")
    parts = []
    for value, symbol in _ROMAN:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def roman_to_int(text: str) -> int | None:
    """'XIII' or 'xiii' -> 13; None unless text is a well-formed Roman numeral."""
    lowered = text.lower()
    if not lowered or any(c not in "ivxlcdm" for c in lowered):
        return None
    values = {symbol: value for value, symbol in _ROMAN if len(symbol) == 1}
    total = 0
    for here, after in zip(lowered, [*lowered[1:], ""], strict=True):
        value = values[here]
        total += -value if after and values[after] > value else value
    return total if int_to_roman(total) == lowered else None


def int_to_chinese(number: int) -> str:
    """13 -> 十三, 21 -> 二十一, 105 -> 一百零五: the counting form Word and UN Chinese lists print."""
    if not 0 < number < 10_000:
        raise ValueError(f"no Chinese counting numeral for {number}")
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, unit)
        if digit:
            # 十三, not 一十三, when ten is the highest place
            parts.append(("" if unit == 10 and not parts and digit == 1 else digits[digit]) + name)
        elif parts and number and parts[-1] != "零":
            parts.append("零")  # a skipped place: 一百零五
    return "".join(parts)
