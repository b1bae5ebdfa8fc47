"""Text normalization shared by the reader, the TMX writer and the glossary."""

from __future__ import annotations

import re

# Unicode whitespace, except the no-break spaces a typesetter put there on purpose.
_SPACE_RUN = re.compile(r"[^\S\u00a0\u202f]+")

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def fold_whitespace(text: str) -> str:
    """Runs of whitespace as one space, none at either end; no-break spaces kept."""
    return _SPACE_RUN.sub(" ", text).strip()


def superscript_to_ascii(text: str) -> str:
    """'¹²' -> '12': footnote reference marks as numbers."""
    return text.translate(_SUPERSCRIPT_TO_ASCII)
