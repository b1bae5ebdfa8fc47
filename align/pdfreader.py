"""PDF to lines: the text layer read with pypdfium2, laid out by align.pdf_layout.

pypdfium2 (PDFium, BSD/Apache) was chosen by measuring on the real 27-page A/80/590:
reading every glyph with its box and font size took 0.46 s with pypdfium2 and 3.0 s with
pdfplumber (pdfminer.six), before any layout work; PyMuPDF is AGPL and was not considered.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

from unbitext.align.pdf_layout import Glyph, Row, layout, rows_of_page
from unbitext.align.source import Extraction, Role, SourceLine
from unbitext.errors import InputError

# A page with fewer characters than this in its text layer is taken as an image.
_MIN_TEXT_CHARS = 20


def extract(data: bytes, path: Path) -> Extraction:
    import pypdfium2 as pdfium  # imported here: only PDF input pays for it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error)
        if "password" in message.lower():
            raise InputError("the PDF is password-protected: save an unprotected copy", path) from None
        raise InputError(f"not a readable PDF ({message})", path) from None
    try:
        pages = [_page_rows(document, index) for index in range(len(document))]
    finally:
        document.close()
    if sum(len(row.text) for rows in pages for row in rows) < _MIN_TEXT_CHARS * max(1, len(pages)):
        raise InputError("the PDF has no text layer (a scanned image): run OCR on it first (for example "
                         "'ocrmypdf --language chi_sim+eng IN.pdf OUT.pdf') or use the Word version", path)
    found = layout(pages)
    lines = [SourceLine(text, Role.MASTHEAD) for text in found.masthead]
    for index, paragraph in enumerate(found.paragraphs):
        if paragraph.cell:
            lines.append(SourceLine(paragraph.text, Role.CELL))
        else:
            lines.append(SourceLine(paragraph.text, Role.TITLE if index == found.title else Role.BODY))
    return Extraction("pdf", tuple(lines), whole_paragraphs=True, set_aside=tuple(sorted(found.set_aside.items())))


def _page_rows(document, index: int) -> list[Row]:
    import pypdfium2.raw as raw

    page = document[index]
    try:
        textpage = page.get_textpage()
        height = page.get_height()
        lines: list[list[Glyph]] = [[]]
        font = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        x, y = ctypes.c_double(), ctypes.c_double()
        for i in range(textpage.count_chars()):
            char = chr(raw.FPDFText_GetUnicode(textpage, i))
            generated = bool(raw.FPDFText_IsGenerated(textpage, i))
            if char in "\r\n":
                if lines[-1]:
                    lines.append([])
                continue
            left, _, right, _ = textpage.get_charbox(i, loose=True)
            raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
            raw.FPDFText_GetFontInfo(textpage, i, font, len(font), ctypes.byref(flags))
            lines[-1].append(Glyph(char, left, right, y.value, raw.FPDFText_GetFontSize(textpage, i),
                                   font.value.decode("utf-8", "replace"), generated))
        textpage.close()
        return rows_of_page(index, [line for line in lines if line], height)
    finally:
        page.close()
