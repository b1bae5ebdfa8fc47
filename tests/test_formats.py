"""Word, PDF and HTML read into the same document model as plain text.

tests/data/formats/ was made by scripts/make_format_examples.py from the bundled examples
(Word in the UN styles of the real A/80/590 file, PDF by LibreOffice from that Word file);
tests/data/a-80-590/ is a real UN report as published (English only).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.align.model import BlockKind
from unbitext.align.reader import read_document, read_extraction
from unbitext.align.result import pair_texts
from unbitext.cli import app
from unbitext.errors import InputError
from unbitext.pipeline import align_files

DATA = Path(__file__).parent / "data"
FORMATS = DATA / "formats"
A80 = DATA / "a-80-590"
EXAMPLES = ("wg4-2022", "ga-res-ldc-poa", "udhr")
runner = CliRunner()


def units(first: Path, second: Path) -> list[tuple[str, str, str]]:
    """The aligned units, labels and text, whitespace aside (none at all in Chinese)."""
    pairs = align_files(first, second).alignment.pairs
    return sorted((p.unit, re.sub(r"\s+", "", pair_texts(p)["zh"]), re.sub(r"\s+", " ", pair_texts(p)["en"]).strip())
                  for p in pairs)


@pytest.fixture(scope="module")
def plain_units() -> dict[str, list[tuple[str, str, str]]]:
    return {name: units(example(name, "zh"), example(name, "en")) for name in EXAMPLES}


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("variant", [".docx", "-auto.docx", ".pdf", ".html"])
def test_every_format_aligns_to_the_units_of_the_plain_text(plain_units, name: str, variant: str) -> None:
    got = units(FORMATS / name / f"zh{variant}", FORMATS / name / f"en{variant}")
    assert got == plain_units[name]


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("zh_variant, en_variant", [(".pdf", ".docx"), (".docx", ".pdf"), (".html", "-auto.docx")])
def test_mixed_formats_align_the_same(plain_units, name: str, zh_variant: str, en_variant: str) -> None:
    assert units(FORMATS / name / f"zh{zh_variant}", FORMATS / name / f"en{en_variant}") == plain_units[name]


def test_mixed_with_plain_text_in_either_order(plain_units) -> None:
    assert units(FORMATS / "wg4-2022" / "en.pdf", example("wg4-2022", "zh")) == plain_units["wg4-2022"]


def test_word_automatic_numbering_is_rendered_as_word_prints_it() -> None:
    lines = [line.text for line in read_extraction(FORMATS / "wg4-2022" / "en-auto.docx").lines]
    # Paragraph numbers, chapter numerals and (a)/(i) items come from w:numPr, not the text.
    assert "1.\tIn its resolution 3/2" in "\n".join(lines)
    assert any(line.startswith("I.\tIntroduction") for line in lines)
    assert any(line.startswith("(i)\tThematic discussion on promoting") for line in lines)
    # Items restart per list: (a) again after paragraph 2's (a)-(d).
    assert sum(line.startswith("(a)\t") for line in lines) >= 3
    zh_lines = [line.text for line in read_extraction(FORMATS / "wg4-2022" / "zh-auto.docx").lines]
    assert any(line.startswith("一.\t引言") for line in zh_lines)
    assert any(line.startswith("(一)\t关于促进利用信息和通信技术") for line in zh_lines)


def test_tracked_changes_comments_and_special_spaces_in_word() -> None:
    document = read_document(FORMATS / "wg4-2022" / "en-auto.docx")
    text = "\n".join(block.text for block in document.blocks)
    assert "DELETED DRAFT WORDING" not in text  # w:del dropped
    assert "Reviewer's note" not in text  # comments ignored
    assert "\u00a0" not in text and "\u00ad" not in text
    paragraph_1 = next(b for b in document.blocks if b.key == "paragraph 1")
    plain_1 = next(b for b in read_document(example("wg4-2022", "en")).blocks if b.key == "paragraph 1")
    assert paragraph_1.text == plain_1.text  # the w:ins half of the word is kept
    aside = dict(document.set_aside)
    assert aside["deleted tracked change"] == 1 and aside["comment"] >= 1


def test_footnotes_in_word_are_blocks_and_their_marks_leave_the_text() -> None:
    document = read_document(FORMATS / "wg4-2022" / "zh.docx")
    notes = {b.key: b.text for b in document.blocks if b.kind is BlockKind.FOOTNOTE}
    assert set(notes) == {"footnote 1", "footnote 2"}
    assert notes["footnote 1"].startswith("题为“《关于加强最高审计机关")
    assert not any(re.search("[¹²]", b.text) for b in document.blocks)
    assert [b.footnote_refs for b in document.blocks if b.footnote_refs] == [("1",), ("2",)]


# --- the real UN report A/80/590 ---------------------------------------------------------------

_FURNITURE = re.compile(r"26-00248|\b\d{1,2}/27\b|\*2600248\*|^A/80/590$")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_real_report_reads_into_its_numbered_paragraphs_with_the_masthead(suffix: str) -> None:
    document = read_document(A80 / f"en.{suffix}")
    assert document.format == suffix
    assert document.symbol == "A/80/590" and document.original_language == "en"
    paragraphs = [b for b in document.blocks if b.key and b.key.startswith("paragraph ")]
    assert [b.key for b in paragraphs] == [f"paragraph {n}" for n in range(1, 80)]
    assert paragraphs[0].text.startswith("The proposed budget for the liquidation")
    assert paragraphs[78].text.startswith("The actions to be taken by the General Assembly")
    furniture = [b.text for b in document.blocks if b.kind is not BlockKind.HEADER and _FURNITURE.search(b.text)]
    assert furniture == []
    headers = [b.text for b in document.blocks if b.kind is BlockKind.HEADER]
    assert {"Distr.: General", "7 January 2026", "Original: English"} <= set(headers)
    title = next(b.text for b in document.blocks if b.kind is BlockKind.TITLE)
    assert title.startswith("Budget performance of the United Nations Multidimensional")
    chapters = [b.key for b in document.blocks if b.key and re.fullmatch(r"heading [IVX]+", b.key)]
    assert chapters == ["heading I", "heading II", "heading III", "heading IV", "heading V", "heading VI",
                        "heading VII"]
    note = next(b for b in document.blocks if b.kind is BlockKind.FOOTNOTE)
    assert note.key == "footnote 1" and note.text.startswith("Resource variance amounts are expressed")
    aside = dict(document.set_aside)
    assert aside["running head line"] >= 2 and aside["footer line"] >= 3 and aside["table of contents entry"] >= 15


def test_real_report_tab_after_the_number_is_a_space_not_nothing() -> None:
    lines = [line.text for line in read_extraction(A80 / "en.docx").lines]
    assert any(line.startswith("1.\tThe proposed budget") for line in lines)
    assert not any(re.match(r"\s*\d+\.[A-Za-z]", line) for line in lines)


def test_real_report_pdf_joins_hyphenated_rows_by_the_documents_own_words() -> None:
    text = "\n".join(b.text for b in read_document(A80 / "en.pdf").blocks)
    # "self-" | "sustainment" and "earlier-than-" | "planned" broke at a real hyphen.
    assert "self-sustainment" in text and "earlier-than-planned" in text
    assert "\ufffe" not in text and "\x02" not in text
    assert "troop- and police-contributing" in text  # a suspended hyphen keeps its space


def test_real_report_tables_are_cells_with_words() -> None:
    document = read_document(A80 / "en.docx")
    cells = [b for b in document.blocks if b.kind is BlockKind.TABLE]
    assert "Military and police personnel" in {b.text for b in cells}
    assert all(any(c.isalpha() for c in b.text) for b in cells)
    assert all(b.key and re.fullmatch(r"table \d+ row \d+ cell \d+", b.key) for b in cells)
    assert dict(document.set_aside)["table cell without words"] > 100


# --- format recognised from the content; clear errors ------------------------------------------


def test_format_is_recognised_from_the_content_not_the_extension(tmp_path: Path) -> None:
    disguised = tmp_path / "report.txt"
    shutil.copy(FORMATS / "udhr" / "en.docx", disguised)
    pdf = tmp_path / "download.bin"
    shutil.copy(FORMATS / "udhr" / "zh.pdf", pdf)
    assert read_document(disguised).format == "docx"
    assert read_document(pdf).format == "pdf"


def _blank_pdf(path: Path) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    for _ in range(3):
        document.new_page(595, 842)
    document.save(str(path))


def _failures(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    scanned = tmp_path / "scanned.pdf"
    _blank_pdf(scanned)
    not_word = tmp_path / "archive.docx"
    with zipfile.ZipFile(not_word, "w") as archive:
        archive.writestr("readme.txt", "hello")
    broken = tmp_path / "broken.docx"
    broken.write_bytes((FORMATS / "udhr" / "en.docx").read_bytes()[:3000])
    damaged_pdf = tmp_path / "damaged.pdf"
    damaged_pdf.write_bytes(b"%PDF-1.7\n" + b"garbage" * 50)
    rtf = tmp_path / "letter.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi Hello}")
    odt = tmp_path / "text.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("content.xml", "<office/>")
    return {"doc": (doc, "Word 97-2003 .doc"), "scanned": (scanned, "no text layer"),
            "zip": (not_word, "not a Word .docx"), "broken": (broken, "damaged zip"),
            "pdf": (damaged_pdf, "not a readable PDF"), "rtf": (rtf, "RTF"), "odt": (odt, "OpenDocument")}


@pytest.mark.parametrize("case", ["doc", "scanned", "zip", "broken", "pdf", "rtf", "odt"])
def test_unreadable_files_give_one_line_naming_the_file_and_exit_2(tmp_path: Path, case: str) -> None:
    path, words = _failures(tmp_path)[case]
    with pytest.raises(InputError, match=re.escape(words)):
        read_document(path)
    out = tmp_path / "out.tmx"
    result = runner.invoke(app, ["align", str(path), str(example("udhr", "en")), "-o", str(out)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and words in lines[0]
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_terminal_report_says_the_format_and_what_was_set_aside(tmp_path: Path) -> None:
    result = runner.invoke(app, ["align", str(FORMATS / "wg4-2022" / "zh-auto.docx"),
                                 str(FORMATS / "wg4-2022" / "en.pdf"), "-o", str(tmp_path / "x.tmx")],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert re.search(r"read zh +docx; set aside: comment \d, deleted tracked change 1, footer line \d+, "
                     r"running head line \d+", result.output)
    assert re.search(r"read en +pdf; set aside: footer line \d+, running head line \d+", result.output)
    assert "paragraphs  71/71 paired by number" in result.output


def test_characters_beyond_the_basic_plane_survive_every_structured_format(tmp_path: Path) -> None:
    import docx

    rare = "\U00020000\U0002a6d6"  # 𠀀 and the last CJK Extension B character
    document = docx.Document()
    for n in range(1, 5):
        document.add_paragraph(f"{n}.\t第{n}段，含罕用字{rare}。")
    document.save(str(tmp_path / "rare.docx"))
    (tmp_path / "rare.html").write_text(
        "<html><body>" + "".join(f"<p>{n}. 第{n}段，含罕用字{rare}。</p>" for n in range(1, 5)) + "</body></html>",
        encoding="utf-8")
    for name in ("rare.docx", "rare.html"):
        blocks = [b for b in read_document(tmp_path / name).blocks if b.key]
        assert [b.text for b in blocks] == [f"第{n}段，含罕用字{rare}。" for n in range(1, 5)]


# --- LibreOffice for real ----------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_generated_word_file_to_a_pdf_that_reads_the_same(tmp_path: Path,
                                                                                   plain_units) -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "make_format_examples.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path), "--examples", "ga-res-ldc-poa"],
                   check=True, capture_output=True, timeout=600)
    fresh = tmp_path / "ga-res-ldc-poa"
    assert (fresh / "zh.pdf").read_bytes().startswith(b"%PDF-")
    assert units(fresh / "zh.pdf", fresh / "en.pdf") == plain_units["ga-res-ldc-poa"]


def test_glossary_and_check_read_every_format_as_they_read_plain_text(tmp_path: Path) -> None:
    def run(*args: object) -> str:
        result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
        assert result.exit_code in (0, 1), result.output
        return result.output

    from unbitext.glossary.units import units_from_documents

    # Extraction samples (eflomal), so two runs may differ in a few pairs: what must be equal
    # is what it reads, the aligned units of the PDF + Word pair and of the plain texts.
    plain = tmp_path / "plain.utf8"
    run("glossary", "extract", example("wg4-2022", "zh"), example("wg4-2022", "en"), "-o", plain, "--top", "40")
    from_text = units_from_documents(example("wg4-2022", "zh"), example("wg4-2022", "en"))
    from_files = units_from_documents(FORMATS / "wg4-2022" / "zh.pdf", FORMATS / "wg4-2022" / "en.docx")
    def texts(units) -> list[tuple[str, str]]:  # a PDF line break may leave a space between Han characters
        return [("".join(u.zh.split()), " ".join(u.en.split())) for u in units]

    # The PDF + Word pair's units in another order around a heading are still the same units.
    shared = set(texts(from_files.units)) & set(texts(from_text.units))
    assert len(shared) >= 0.95 * len(from_text.units)
    assert len([line for line in plain.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]) == 40
    counts = re.compile(r"^findings: .*$", re.MULTILINE)
    from_plain = counts.findall(run("check", "--glossary", plain, "--include-proposed", example("wg4-2022", "zh"),
                                    example("wg4-2022", "en")))
    checked_files = counts.findall(run("check", "--glossary", plain, "--include-proposed",
                                    FORMATS / "wg4-2022" / "zh.html", FORMATS / "wg4-2022" / "en-auto.docx"))
    assert from_plain == checked_files and from_plain
