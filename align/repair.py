"""Pure functions that undo extraction damage in one line or one block of text."""

from __future__ import annotations

import re

from unbitext.align.script import is_cjk_char
from unbitext.text import SUPERSCRIPT_DIGITS, superscript_to_ascii

# [CAC/COSP/WG.4/2022/L.1](#): a link whose target was lost in conversion to text.
_LINK_RESIDUE = re.compile(r"\[([^\[\]\n]+)\]\((?:#[^()\s]*)?\)")

# A superscript glued to the text before it is a footnote reference.
_SUPERSCRIPT_REF = re.compile(f"(?<=\\S)[{SUPERSCRIPT_DIGITS}]+")

# English: "Secretary-General;6", "Declaration8 adopted", "2001-2010,2 including".
# Not after a capital ("G20"), a hyphen ("COVID-19"), a slash or a point ("WG.4").
# "for the Decade 2001-20107 as": a footnote glued to a year range.
_EN_GLUED_REF = re.compile(
    r"(?:(?<=[a-z)\]”’;])|(?<=\d,)|(?<=[12]\d{3}[-–][12]\d{3}))(\d{1,2})(?=[\s,;.:)]|$)"
)
# Chinese: "报告；6", "行动纲领》2", "战略》，7". Only after closing punctuation: a digit
# after a Han character is ordinary text (第3/2号, 6月15日). After a comma or full stop
# only at the end of a line, where a number cannot be the start of a phrase (，3 名).
_ZH_GLUED_REF = re.compile(
    r"(?:(?<=[》；）”;])(\d{1,2})(?![\d年月日号条款项次届%％/.\-])|(?<=[，。：,])(\d{1,2})$)"
)

# OCR reads the list tag (一) as (-) or (—).
_ZH_OCR_ONE = re.compile(r"\((?:-|—|－)\)")


def strip_link_residue(text: str) -> tuple[str, int]:
    return _LINK_RESIDUE.subn(r"\1", text)


def strip_footnote_refs(text: str, language: str, glued_digits: bool = True) -> tuple[str, list[str]]:
    """Remove footnote reference numbers glued to words; return the text and the numbers.

    Superscript digits are always references. Plain digits glued to a word ("报告；6") are
    guessed only where the format lost the superscript (`glued_digits`): Word, PDF and HTML
    readers mark real references as superscripts, and there "m3" or "WG.4" stay as they are.
    """
    refs: list[str] = []

    def take(match: re.Match[str]) -> str:
        refs.append(superscript_to_ascii(match.group(0)))
        return ""

    text = _SUPERSCRIPT_REF.sub(take, text)
    if glued_digits:
        text = (_ZH_GLUED_REF if language == "zh" else _EN_GLUED_REF).sub(take, text)
    return text, refs


def fix_ocr(text: str, language: str) -> tuple[str, int]:
    if language != "zh":
        return text, 0
    return _ZH_OCR_ONE.subn("(一)", text)


def join_lines(before: str, after: str) -> str:
    """Join a line broken by the PDF extractor: no space where either side is Chinese."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return before + after
    if is_cjk_char(before[-1]) or is_cjk_char(after[0]):
        return before + after
    return f"{before} {after}"
