"""Masthead, metadata and page furniture: lines that are not text to translate."""

from __future__ import annotations

import re

# Anywhere in the text: PDF page furniture repeated on every page.
_SYMBOL = re.compile(r"^(?:[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]+)+)$")
_JOB_NUMBER = re.compile(r"^[A-Z]\.\d{2}-\d{4,6}(?:\s*\(\w\))?(?:\s+\*\d+\*)?$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}/\d{1,3}$")

# Only before the first heading or paragraph: the masthead block.
_MASTHEAD = re.compile(
    r"^(?:United Nations|联合国|Distr\.?\s*[:：].*|Limited|General|"
    r"Chinese|English|French|Spanish|Russian|Arabic|中文|英文|"
    r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$"
)
_ORIGINAL = re.compile(r"^(?:Original|原文)\s*[:：]\s*(\S+)$")
_LANGUAGE_NAMES = {"english": "en", "英文": "en", "chinese": "zh", "中文": "zh", "french": "fr",
                   "法文": "fr", "spanish": "es", "西班牙文": "es", "russian": "ru", "俄文": "ru",
                   "arabic": "ar", "阿拉伯文": "ar"}


def is_page_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(_SYMBOL.match(stripped) or _JOB_NUMBER.match(stripped) or _PAGE_NUMBER.match(stripped))


def document_symbol(line: str) -> str | None:
    stripped = line.strip()
    return stripped if _SYMBOL.match(stripped) else None


def original_language(line: str) -> str | None:
    """'en' for "Original: English" (or 原文：英文); None for any other line."""
    match = _ORIGINAL.match(line.strip())
    return _LANGUAGE_NAMES.get(match.group(1).lower()) if match else None


def is_masthead(line: str) -> bool:
    stripped = line.strip()
    return bool(_MASTHEAD.match(stripped) or _ORIGINAL.match(stripped)) or is_page_furniture(stripped)
