"""Build Word, PDF and HTML versions of the bundled examples, the way the UN makes them.

    python scripts/make_format_examples.py [--out tests/data/formats] [--no-pdf]

For each example (wg4-2022, ga-res-ldc-poa, udhr) and language this writes
    {lang}.docx       UN styles of the real A/80/590 Word file (tests/data/a-80-590/en.docx, used
                      as the template), literal numbers ("12." + tab), the masthead in a table
                      in the first-page header, running heads and footers with PAGE fields,
                      footnotes as real Word footnotes;
    {lang}-auto.docx  the same with Word automatic numbering (w:numPr) for paragraphs,
                      chapters and (a)/(i) items, restarting per list; plus a tracked insertion
                      and deletion, a comment, a soft hyphen and a no-break space in paragraph 1;
    {lang}.pdf        {lang}.docx converted by LibreOffice headless (fonts: SimSun mapped to
                      Noto Serif CJK SC by scripts/fonts.conf);
    {lang}.html       block elements, with a script, a style sheet and navigation to be dropped.

What is not in the source text is not invented: a footnote reference whose footnote text the
example does not hold (ga-res-ldc-poa) is left out; the masthead prints a symbol only where
the example's SOURCE.md gives one; job numbers are visibly fictional (99-0000N).
"""

from __future__ import annotations

import argparse
import copy
import html
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from unbitext.align.model import Block, BlockKind, Document  # noqa: E402
from unbitext.align.reader import read_document  # noqa: E402

TEMPLATE = ROOT / "tests" / "data" / "a-80-590" / "en.docx"
FONTS_CONF = ROOT / "scripts" / "fonts.conf"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Masthead:
    symbol: str  # "" where the example's SOURCE.md gives none
    organ: str
    date: str
    job: str  # fictional


MASTHEADS = {
    "wg4-2022": Masthead("CAC/COSP/WG.4/2022/2", "", "27 July 2022", "99-00001"),
    "ga-res-ldc-poa": Masthead("", "General Assembly", "", "99-00002"),
    "udhr": Masthead("A/RES/217(III)", "General Assembly", "10 December 1948", "99-00003"),
}
STYLES = {"paragraph": "__Single Txt", "chapter": "_ H _Ch", "section": "_ H_1", "heading": "_ H_2/3",
          "title": "Title_H_CH", "other": "Normal"}


def line_of(block: Block) -> str:
    """The block as it is printed: its label, a tab, its text."""
    if not block.label or block.text == block.label:
        return block.text or block.label
    return f"{block.label}\t{block.text}"


def style_of(block: Block) -> str:
    if block.kind is BlockKind.TITLE:
        return STYLES["title"]
    if block.kind is BlockKind.HEADING and block.key:
        depth = block.key.removeprefix("heading ").count(".")
        if block.key.startswith(("article", "preamble")):
            return STYLES["heading"]
        return (STYLES["chapter"], STYLES["section"], STYLES["heading"])[min(depth, 2)]
    if block.kind is BlockKind.OTHER:
        return STYLES["other"]
    return STYLES["paragraph"]


# --- Word ---------------------------------------------------------------------------------


def _body_from_template(template: Path):
    document = docx.Document(str(template))
    body = document.element.body
    children = list(body)
    # Keep the first paragraph (it carries the section with the first-page header) and the
    # final section properties; everything between is the real report's text.
    for child in children[1:-1]:
        body.remove(child)
    return document


def _set_fonts(document, language: str) -> None:
    """SimSun for East Asian text, as UN Chinese files have it; the language of the text."""
    styles = document.styles.element
    for rfonts in styles.iter(qn("w:rFonts")):
        for theme in ("w:eastAsiaTheme",):
            if rfonts.get(qn(theme)) is not None:
                del rfonts.attrib[qn(theme)]
        rfonts.set(qn("w:eastAsia"), "SimSun")
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), "zh-CN" if language == "zh" else "en-GB")
        lang.set(qn("w:eastAsia"), "zh-CN")


def _replace_texts(part_element, replacements: dict[str, str]) -> None:
    for text in part_element.iter(qn("w:t")):
        if text.text in replacements:
            text.text = replacements[text.text]


def _masthead(document, masthead: Masthead, language: str, header_lines: list[str]) -> None:
    job = f"{masthead.job} ({'C' if language == 'zh' else 'E'})"
    date = next((line for line in header_lines if line[:1].isdigit()), masthead.date)
    symbol_head, _, symbol_tail = masthead.symbol.partition("/")
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/header", "/footer")):
            continue
        _replace_texts(rel.target_part.element, {
            "A/80/590": masthead.symbol, "A": symbol_head, "/80/590": "/" + symbol_tail if symbol_tail else "",
            "United Nations": "联合国" if language == "zh" else "United Nations",
            "General Assembly": masthead.organ, "7 January 2026": date,
            "26-00248": masthead.job, "26-00248 (E)    1": f"{job}    1", "6": "", "0126": "",
            "*2600248*": f"*{masthead.job.replace('-', '')}*",
        })


def _footnotes_part(document):
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            return rel.target_part
    raise SystemExit("the template has no footnotes part")


def _write_footnotes(document, notes: list[tuple[int, str]]) -> None:
    part = _footnotes_part(document)
    root = etree.fromstring(part.blob)
    for note in list(root):
        if note.get(qn("w:type")) is None:
            root.remove(note)
    for note_id, text in notes:
        root.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:tab/></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:tab/><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p></w:footnote>'))
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _footnote_reference(paragraph, note_id: int) -> None:
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'))


class _AutoNumbering:
    """Lists in numbering.xml for the -auto variant, and the numPr each block gets."""

    PARAGRAPHS, CHAPTERS, ITEMS = 900, 901, 902

    def __init__(self, document, language: str) -> None:
        self.numbering = document.part.numbering_part.element
        roman = "chineseCounting" if language == "zh" else "upperRoman"
        sub = "chineseCounting" if language == "zh" else "lowerRoman"
        self._abstract(self.PARAGRAPHS, [("decimal", "%1.")])
        self._abstract(self.CHAPTERS, [(roman, "%1.")])
        self._abstract(self.ITEMS, [("lowerLetter", "(%1)"), (sub, "(%2)")])
        self.next_num = 900
        self.current: dict[int, tuple[int, int]] = {}  # abstract -> (numId, last value at level 0)
        self.item_parent: str | None = None

    def _abstract(self, abstract_id: int, levels: list[tuple[str, str]]) -> None:
        xml = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:suff w:val="tab"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
        element = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{xml}</w:abstractNum>')
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.numbering.append(element)

    def _new_num(self, abstract_id: int, start: int) -> int:
        self.next_num += 1
        self.numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{self.next_num}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'))
        return self.next_num

    def number(self, abstract_id: int, value: int, restart: bool = False) -> int:
        num, last = self.current.get(abstract_id, (0, -1))
        if restart or value != last + 1:
            num = self._new_num(abstract_id, value)
        self.current[abstract_id] = (num, value)
        return num

    def num_pr(self, block: Block) -> tuple[int, int] | None:
        """(numId, ilvl) when Word numbers this block itself, else None (literal label)."""
        label, key = block.label, block.key or ""
        if block.kind is BlockKind.PARAGRAPH and key.startswith("paragraph ") and label == key.split()[1] + ".":
            return self.number(self.PARAGRAPHS, int(key.split()[1])), 0
        if block.kind is BlockKind.HEADING and key.startswith("heading ") and "." not in key and label.endswith("."):
            from unbitext.align.numerals import chinese_to_int, roman_to_int
            value = roman_to_int(label[:-1]) or chinese_to_int(label[:-1])
            return (self.number(self.CHAPTERS, value), 0) if value else None
        if block.kind is BlockKind.ITEM and len(label) == 3 and label[0] == "(" and label[2] == ")":
            parent, _, _ = key.rpartition("(")
            if label[1] in "abcdefgh" and not parent.endswith(")"):
                restart = parent != self.item_parent
                self.item_parent = parent
                return self.number(self.ITEMS, ord(label[1]) - ord("a") + 1, restart), 0
            if parent.endswith(")") and parent.rsplit("(", 1)[1][:-1] in "abcdefgh" and label[1] in "i一":
                return self.current.get(self.ITEMS, (0, 0))[0], 1
        return None


def _set_num_pr(paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _track_changes(document, paragraph) -> None:
    """A deletion, an insertion, a comment, a soft hyphen and a no-break space in one paragraph."""
    runs = paragraph.runs
    if not runs:
        return
    first = runs[0]
    text = first.text
    cut = text.find(" ")
    if cut > 0:
        first.text = text[:cut] + "\u00a0" + text[cut + 1:]
    paragraph._p.insert(paragraph._p.index(first._r), parse_xml(
        f'<w:del {nsdecls("w")} w:id="801" w:author="Reviewer" w:date="2026-01-01T00:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">DELETED DRAFT WORDING </w:delText></w:r></w:del>'))
    inserted = copy.deepcopy(first._r)
    for t in inserted.iter(qn("w:t")):
        t.text = ""
    inserted_text = inserted.find(qn("w:t"))
    if inserted_text is None:
        return
    inserted_text.text = ""
    words = first.text
    split = max(1, len(words) // 2)
    first.text = words[:split]
    inserted_text.text = words[split:]
    inserted_text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="802" w:author="Reviewer" w:date="2026-01-01T00:00:00Z"/>')
    wrapper.append(inserted)
    first._r.addnext(wrapper)
    document.add_comment(first, text="Reviewer's note: check against the original.", author="Reviewer")


def write_docx(document_model: Document, name: str, out: Path, automatic: bool) -> None:
    document = _body_from_template(TEMPLATE)
    _set_fonts(document, document_model.language)
    header_lines = [b.text for b in document_model.blocks if b.kind is BlockKind.HEADER]
    _masthead(document, MASTHEADS[name], document_model.language, header_lines)
    numbering = _AutoNumbering(document, document_model.language) if automatic else None
    notes: list[tuple[int, str]] = []
    footnotes = {b.key.split()[1]: b.text for b in document_model.blocks if b.kind is BlockKind.FOOTNOTE and b.key}
    changed = False
    for block in document_model.blocks:
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTNOTE):
            continue
        num_pr = numbering.num_pr(block) if numbering else None
        text = block.text if num_pr else line_of(block)
        paragraph = document.add_paragraph(style=STYLES["paragraph"] if block.kind is BlockKind.ITEM
                                           else style_of(block))
        paragraph.add_run(text)
        if num_pr:
            _set_num_pr(paragraph, *num_pr)
        for ref in block.footnote_refs:
            if ref in footnotes:
                notes.append((len(notes) + 1, footnotes[ref]))
                _footnote_reference(paragraph, len(notes))
        if automatic and not changed and block.kind is BlockKind.PARAGRAPH and block.key:
            _track_changes(document, paragraph)
            changed = True
    _write_footnotes(document, notes)
    document.core_properties.author = "unbitext test generator"
    document.save(str(out))


# --- HTML -----------------------------------------------------------------------------------


def write_html(document_model: Document, out: Path) -> None:
    tag = {BlockKind.TITLE: "h1", BlockKind.HEADING: "h2", BlockKind.OTHER: "p"}
    footnotes = {b.key.split()[1]: b.text for b in document_model.blocks if b.kind is BlockKind.FOOTNOTE and b.key}
    lang = "zh-CN" if document_model.language == "zh" else "en"
    parts = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>UN document</title>',
             "<style>p.note { font-size: 80% } nav a { color: blue }</style>",
             "<script>var menu = 'Navigation script text that is not the document';</script></head><body>",
             "<nav><ul><li><a href='#'>Home</a></li><li><a href='#'>Documents</a></li></ul></nav>",
             '<div class="masthead">']
    parts += [f"<p>{html.escape(b.text)}</p>" for b in document_model.blocks if b.kind is BlockKind.HEADER]
    parts.append("</div><main>")
    for block in document_model.blocks:
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTNOTE):
            continue
        refs = "".join(f"<sup>{ref}</sup>" for ref in block.footnote_refs if ref in footnotes)
        element = tag.get(block.kind, "p")
        parts.append(f"<{element}>{html.escape(line_of(block).replace(chr(9), ' '))}{refs}</{element}>")
        for ref in block.footnote_refs:
            if ref in footnotes:
                parts.append(f'<p class="note"><sup>{ref}</sup> {html.escape(footnotes[ref])}</p>')
    parts.append("</main><footer><p>Copyright notice of the web site</p></footer></body></html>\n")
    out.write_text("\n".join(parts), encoding="utf-8")


# --- PDF ------------------------------------------------------------------------------------


def write_pdf(source: Path, out: Path) -> None:
    """LibreOffice headless, with SimSun and SimHei mapped to the Noto CJK SC faces."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as work:
        env = {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF), "HOME": work}
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", "pdf", "--outdir", work, str(source)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(Path(work) / (source.stem + ".pdf")), out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "data" / "formats")
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--examples", nargs="*", default=list(MASTHEADS))
    args = parser.parse_args()
    for name in args.examples:
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        for language in ("zh", "en"):
            model = read_document(ROOT / "examples" / name / f"{language}.txt")
            write_docx(model, name, folder / f"{language}.docx", automatic=False)
            write_docx(model, name, folder / f"{language}-auto.docx", automatic=True)
            write_html(model, folder / f"{language}.html")
            if not args.no_pdf:
                write_pdf(folder / f"{language}.docx", folder / f"{language}.pdf")
            print(f"{folder}/{language}: docx, auto.docx, html" + ("" if args.no_pdf else ", pdf"))


if __name__ == "__main__":
    main()
