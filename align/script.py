"""Character classes for telling Chinese from Latin-script text.

Ranges are written with \\U escapes: a four-digit \\u escape cannot reach the CJK
extension blocks beyond the Basic Multilingual Plane (sacrebleu's tokenizer reads
'\\u20000' as U+2000 followed by '0'), and 𠀀 (U+20000) is a real character.
"""

from __future__ import annotations

import re

HAN_RANGES = (
    "\U00002e80-\U00002fdf"  # radicals supplement, Kangxi radicals
    "\U00003005\U00003007"  # 々 and 〇 (ideographic zero)
    "\U00003021-\U00003029"  # Hangzhou numerals
    "\U00003400-\U00004dbf"  # extension A
    "\U00004e00-\U00009fff"  # unified ideographs
    "\U0000f900-\U0000faff"  # compatibility ideographs
    "\U00020000-\U0002ebef"  # extensions B to F (𠀀 is U+20000)
    "\U00030000-\U0003134f"  # extension G
)

HAN = re.compile(f"[{HAN_RANGES}]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

# Full-width and CJK punctuation: no space is written next to these when lines are joined.
CJK_PUNCTUATION = "，。、；：！？“”‘’《》〈〉「」『』（）【】〔〕…—·"


def is_cjk_char(char: str) -> bool:
    return bool(HAN.match(char)) or char in CJK_PUNCTUATION


def han_count(text: str) -> int:
    return len(HAN.findall(text))


def latin_count(text: str) -> int:
    return len(LATIN_LETTER.findall(text))
