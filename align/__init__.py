"""Reading UN documents and aligning their Chinese and English versions.

What this package provides, one module each:
- model:          Document and Block, the document model (frozen dataclasses)
- decode:         bytes to text (UTF-8, UTF-16, GB18030), language detection
- labels:         the label at the start of a line (一./I., A., 12., (a), ㈠, 第一条, ¹)
- furniture:      masthead and page furniture (Distr.: General, job numbers, page numbers)
- repair:         undoing extraction damage (glued footnote numbers, link residue, OCR, line joins)
- source:         what every format reader provides: an Extraction of lines
- reader:         read_document(path): the format told from the content, one module per format
- textreader:     plain text to lines
- docxreader:     Word (.docx) to lines; docx_numbering: Word automatic numbering labels
- pdfreader:      PDF to lines through pypdfium2; pdf_layout: page geometry to paragraphs
- htmlreader:     HTML to lines
- structure:      lines of any format to a Document (labels, paragraphs, items, masthead)
- paragraphs:     pairing blocks by number, then by order and length
- sentences:      splitting paragraphs into sentences
- anchors:        numbers, references, symbols and names shared by a translation pair
- sentence_align: aligning sentences inside a paragraph pair
- evaluation:     scoring sentence beads against a gold alignment
- report:         what an alignment paired and what it did not
"""
