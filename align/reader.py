"""One entry point for every format: `read_document(path)` -> Document.

The format is recognised from the content (a .docx is a zip with word/document.xml, a PDF
starts with %PDF-, HTML with a tag), not from the extension alone, so a file saved with
the wrong name still reads. Each format has one module that returns an
align.source.Extraction; align.structure builds the same Document from any of them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from unbitext.align.decode import detect_language, read_bytes
from unbitext.align.model import Document
from unbitext.align.source import Extraction
from unbitext.align.structure import build_document
from unbitext.errors import InputError, StructureError

FORMATS = ("text", "docx", "pdf", "html")

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, and other old Office files


def sniff_format(data: bytes, path: Path) -> str:
    """'docx', 'pdf', 'html' or 'text'; an InputError for what no reader takes."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            raise InputError("a damaged zip archive, not a readable .docx", path) from None
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            raise InputError("an OpenDocument file (.odt): save it as .docx (Word) and read that", path)
        raise InputError("a zip archive that is not a Word .docx (no word/document.xml)", path)
    if data.startswith(_OLE2):
        raise InputError("a Word 97-2003 .doc file, which is not read: save it as .docx in Word, or run "
                         "'libreoffice --headless --convert-to docx FILE'", path)
    if data.startswith(b"{\\rtf"):
        raise InputError("an RTF file, which is not read: save it as .docx and read that", path)
    if _looks_like_html(data, path):
        return "html"
    return "text"


def _looks_like_html(data: bytes, path: Path) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    return path.suffix.lower() in (".html", ".htm", ".xhtml") and head.startswith(b"<")


def _extractor(name: str) -> Callable[[bytes, Path], Extraction]:
    # Imported on demand: reading plain text never loads the PDF or Word libraries.
    if name == "docx":
        from unbitext.align.docxreader import extract as docx_extract
        return docx_extract
    if name == "pdf":
        from unbitext.align.pdfreader import extract as pdf_extract
        return pdf_extract
    if name == "html":
        from unbitext.align.htmlreader import extract as html_extract
        return html_extract
    from unbitext.align.textreader import extract as text_extract
    return text_extract


def read_extraction(path: Path | str) -> Extraction:
    path = Path(path)
    data = read_bytes(path)
    return _extractor(sniff_format(data, path))(data, path)


def read_document(path: Path | str, language: str | None = None) -> Document:
    """Read a UN document in any supported format into the document model."""
    path = Path(path)
    extraction = read_extraction(path)
    document = build_document(extraction, language or detect_language(extraction.text, path), str(path))
    if not any(b.key and b.kind.value not in ("title", "table") for b in document.blocks):
        raise StructureError(f"no numbered paragraphs, articles or headings found in this {extraction.format} "
                             "file", path)
    return document
