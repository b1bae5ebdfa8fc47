"""Recognize the label that starts a line: 一. / I., A., 12., (a), (i), (一), ㈠, 第一条, Article 1, ¹.

Only the shape of the label is read here; whether "1." is a paragraph, a sub-heading or
an agenda item depends on its context and is decided by the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from unbitext.align.numerals import (
    CN_NUMERAL_CHARS,
    PARENTHESIZED_IDEOGRAPHS,
    chinese_to_int,
    int_to_roman,
    roman_to_int,
)
from unbitext.text import SUPERSCRIPT_DIGITS, superscript_to_ascii


class LabelType(str, Enum):
    CHAPTER = "chapter"  # 一. / I.
    SECTION = "section"  # A.
    NUMBER = "number"  # 12.
    LETTER = "letter"  # (a)
    ROMAN = "roman"  # (i), (一), ㈠
    ARTICLE = "article"  # 第一条 / Article 1
    FOOTNOTE = "footnote"  # ¹ at the start of a line
    PREAMBLE = "preamble"  # 序言 / Preamble
    SECTION_NUMBER = "section number"  # 15.54, IS2.2, A.1: paragraphs numbered within a budget section
    ANNEX = "annex"  # Annex I / 附件一: numbering may restart after it


@dataclass(frozen=True)
class Label:
    type: LabelType
    printed: str  # the label as it stands in the text, without list bullets
    value: str  # normalized: "I", "A", "12", "a", "i", "1"
    rest: str  # the text after the label


# Markdown list residue in front of list items: " - (a) ...".
_BULLET = re.compile(r"^\s*(?:[-*•·]\s+)?")
_CN_CHAPTER = re.compile(f"^([{CN_NUMERAL_CHARS}]+)[.．、]\\s*(.*)$")
# Chapters stay below XL; "C." and "D." are sections.
_ROMAN_CHAPTER = re.compile(r"^([IVX]+)\.\s+(.*)$")
_SECTION = re.compile(r"^([A-Z])[.．]\s+(.*)$")
# "12. text" but not "3.5 million"; any length (paragraph 1000 and on). Whether "2022." is a
# paragraph or a year that a line break put first is for the reader to decide.
_NUMBER = re.compile(r"^(\d{1,6})[.．](?!\d)\s*(.*)$")
# "15.54 The Commission …", "IS2.2 …", "A.1 …", "4.5.1 …": the number of a section, then the
# paragraph's number within it; what follows starts a sentence (not "3.5 million").
_SECTION_NUMBER = re.compile(r"^((?:IS|[A-Z])?\d{1,3}(?:\.\d{1,4})*|[A-Z])\.(\d{1,4})[.．]?\s+"
                             r"(?=[A-Z\"\u201c(\[\u300a\uff08\u3400-\u9fff\U00020000-\U0002fa1f])")
_ANNEX = re.compile(r"^(Annex|ANNEX|Appendix|APPENDIX|附件|附录)\s*([IVXL]{1,6}|\d{1,3}|[A-Z]|["
                    + CN_NUMERAL_CHARS + r"]{1,3})?\s*$")
_PAREN = re.compile(r"^[(（]([a-z]{1,2}|[ivx]{1,6}|[" + CN_NUMERAL_CHARS + r"]{1,3}|[-—－])[)）]\s*(.*)$")
_CIRCLED = re.compile("^([" + "".join(PARENTHESIZED_IDEOGRAPHS) + r"])\s*(.*)$")
_CN_ARTICLE = re.compile(f"^(第([{CN_NUMERAL_CHARS}]+|\\d+)条)\\s*(.*)$")
_EN_ARTICLE = re.compile(r"^(Article\s+(\d+))\s*(.*)$")
_FOOTNOTE = re.compile(f"^([{SUPERSCRIPT_DIGITS}]+)\\s*(.*)$")
_PREAMBLE = re.compile(r"^(序言|Preamble)\s*$")


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1)


def read_label(line: str) -> Label | None:
    """The label at the start of `line`, or None for running text."""
    text = strip_bullet(line).rstrip()
    if match := _PREAMBLE.match(text):
        return Label(LabelType.PREAMBLE, match.group(1), "preamble", "")
    if match := _CN_ARTICLE.match(text):
        number = chinese_to_int(match.group(2)) if not match.group(2).isdigit() else int(match.group(2))
        if number:
            return Label(LabelType.ARTICLE, match.group(1), str(number), match.group(3))
    if match := _EN_ARTICLE.match(text):
        return Label(LabelType.ARTICLE, match.group(1), match.group(2), match.group(3))
    if match := _FOOTNOTE.match(text):
        return Label(LabelType.FOOTNOTE, match.group(1), superscript_to_ascii(match.group(1)),
                     match.group(2))
    if match := _NUMBER.match(text):
        return Label(LabelType.NUMBER, match.group(1) + ".", str(int(match.group(1))), match.group(2))
    if match := _SECTION_NUMBER.match(text):
        printed = f"{match.group(1)}.{match.group(2)}"
        rest = text[len(printed):].lstrip(".．").strip()
        return Label(LabelType.SECTION_NUMBER, printed, f"{match.group(1)}.{int(match.group(2))}", rest)
    if match := _ANNEX.match(text):
        return Label(LabelType.ANNEX, text, _annex_number(match.group(2) or ""), "")
    if (match := _CN_CHAPTER.match(text)) and (number := chinese_to_int(match.group(1))):
        return Label(LabelType.CHAPTER, match.group(0)[: len(match.group(1)) + 1],
                     int_to_roman(number).upper(), match.group(2))
    if (match := _ROMAN_CHAPTER.match(text)) and match.group(2):
        return Label(LabelType.CHAPTER, match.group(1) + ".", match.group(1), match.group(2))
    if (match := _SECTION.match(text)) and match.group(2):
        return Label(LabelType.SECTION, match.group(1) + ".", match.group(1), match.group(2))
    if match := _PAREN.match(text):
        return _paren_label(text, match)
    if match := _CIRCLED.match(text):
        number = PARENTHESIZED_IDEOGRAPHS[match.group(1)]
        return Label(LabelType.ROMAN, match.group(1), int_to_roman(number), match.group(2))
    return None


def _annex_number(printed: str) -> str:
    """附件一 and Annex I are both "I"; Annex 2 is "2"; a lone "Annex" is ""."""
    if printed and (number := chinese_to_int(printed)):
        return int_to_roman(number).upper()
    return printed.upper()


def _paren_label(text: str, match: re.Match[str]) -> Label:
    inner, rest = match.group(1), match.group(2)
    printed = text[: text.index(inner) + len(inner) + 1]
    if inner in "-—－":  # OCR for (一)
        return Label(LabelType.ROMAN, printed, "i", rest)
    if (number := chinese_to_int(inner)) is not None:
        return Label(LabelType.ROMAN, printed, int_to_roman(number), rest)
    # List numbering stays below (xl), so (c), (d), (l) are letters; (i), (v), (x) may be
    # letters too, and the reader re-types them from the preceding sibling.
    if set(inner) <= set("ivx") and roman_to_int(inner) is not None:
        return Label(LabelType.ROMAN, printed, inner, rest)
    return Label(LabelType.LETTER, printed, inner, rest)
