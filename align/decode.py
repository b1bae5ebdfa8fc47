"""Bytes to text: the encodings UN text extractions arrive in."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from unbitext.align.script import han_count, latin_count
from unbitext.errors import DecodingError, LanguageError, UnreadableFileError
from unbitext.fileio import check_input_file

_BOMS = (  # UTF-32 before UTF-16: FF FE 00 00 starts with the UTF-16 LE mark
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TRADITIONAL = ("big5", "big5hkscs", "cp950")
_SIMPLIFIED = ("gb18030", "gbk", "gb2312", "hz")
_WIDE = {"utf_16": "utf-16", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be", "utf_32": "utf-32",
         "utf_32_le": "utf-32-le", "utf_32_be": "utf-32-be"}

# Only these break lines: str.splitlines() would also split at \f, \v and U+2028,
# which PDF extractions leave inside lines.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


# Larger than any UN document (the longest reports are a few MB as PDF): refused rather than
# read, since the model of a document takes several times its size in memory.
MAX_INPUT_BYTES = 100 * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a folder, a device, a pipe or an oversized file is refused first."""
    size = check_input_file(path)
    if size > MAX_INPUT_BYTES:
        raise UnreadableFileError(f"is {size / 2**20:.0f} MB, larger than any UN document "
                                  f"(limit {MAX_INPUT_BYTES // 2**20} MB): split it", path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(f"cannot read: {error.strerror}", path) from None


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding). A byte-order mark is obeyed; UTF-8 is tried next; anything
    else is identified by charset-normalizer and read only where that is safe:

    - GB18030 (and its subsets GBK, GB2312): the UN's Simplified Chinese before UTF-8;
    - UTF-16 or UTF-32 without a byte-order mark;
    - a Western single-byte code page (English saved by Word as "Plain text" on Windows):
      read as Windows-1252, the superset of Latin-1 that such files use, never as a
      Central European page (which would turn "São Tomé" into "Săo Tomé");
    - Big5 (Traditional Chinese) is refused: the UN's Chinese is Simplified, and a memory
      tagged zh-CN with Traditional text would mislead every tool that loads it.
    Anything else is refused rather than guessed.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodingError(f"invalid {encoding} at byte {error.start}", path) from None
    if b"\x00" in data:
        # Text has no NUL bytes, but UTF-16 and UTF-32 without a byte-order mark do.
        codec = _WIDE.get(_guess(data) or "")
        try:
            if codec:
                return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
        raise DecodingError("binary data (NUL bytes), not text in UTF-8, UTF-16, UTF-32 or GB18030", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    guess = _guess(data)
    if guess in _TRADITIONAL:
        raise DecodingError("Traditional Chinese (Big5) text: unbitext reads the UN's Simplified Chinese; convert it "
                            "first (for example 'opencc -c t2s') and save it as UTF-8", path)
    codec = "gb18030" if guess in _SIMPLIFIED else "cp1252" if guess and guess.startswith(
        ("cp125", "latin", "iso8859", "mac_")) else None
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    raise DecodingError(f"not UTF-8 (invalid byte at {first_bad}), UTF-16, GB18030 or Windows-1252 text"
                        + (f" (it looks like {guess})" if guess else "") + ": save it as UTF-8", path)


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported here: UTF-8 input never needs it

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def split_lines(text: str) -> list[str]:
    lines = LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def detect_language(text: str, path: Path | str = "<text>") -> str:
    """'zh' when Han characters are at least half as many as Latin letters, else 'en'.

    A Chinese UN text still carries Latin script (symbols, names, "Distr.: General"),
    and an English one may quote a Chinese name, hence the lopsided threshold.
    """
    han, latin = han_count(text), latin_count(text)
    if han == 0 and latin == 0:
        raise LanguageError("no Chinese or Latin-script text to tell the language from", path)
    return "zh" if han * 2 >= latin else "en"
