"""Plain text (as extracted from PDF or Word by someone else) to lines: the simplest format."""

from __future__ import annotations

from pathlib import Path

from unbitext.align.decode import decode, split_lines
from unbitext.align.source import Extraction, SourceLine


def extract(data: bytes, path: Path) -> Extraction:
    """UTF-8 with or without BOM, UTF-16 with BOM, GB18030; any line ending."""
    text, encoding = decode(data, path)
    lines = tuple(SourceLine(line) for line in split_lines(text))
    return Extraction("text", lines, whole_paragraphs=False, encoding=encoding)
