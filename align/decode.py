"""Bytes to text: the encodings UN text extractions arrive in."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from align.script import han_count, latin_count
from unbitext.errors import DecodingError, LanguageError, UnreadableFileError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Only these break lines: str.splitlines() would also split at \f, \v and U+2028,
# which PDF extractions leave inside lines.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError("no such file", path) from None
    except IsADirectoryError:
        raise UnreadableFileError("is a directory, not a text file", path) from None
    except OSError as error:
        raise UnreadableFileError(f"cannot read: {error.strerror}", path) from None


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding): UTF-8 with or without BOM, UTF-16 with BOM, else GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodingError(f"invalid {encoding} at byte {error.start}", path) from None
    if b"\x00" in data:
        raise DecodingError("binary data (NUL bytes) and no UTF-16 byte-order mark", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise DecodingError(
                f"not UTF-8 (invalid byte at {utf8_error.start}), UTF-16 with BOM or GB18030 text", path
            ) from None


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
