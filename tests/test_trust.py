"""Never a wrong memory written silently: same document or not, content over numbers,
confidence, the review page in a real browser, and the correction table round trip."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tests.browser import Browser, chromium_path
from tests.conftest import example
from unbitext.align.paragraphs import align_documents
from unbitext.align.reader import read_document
from unbitext.align.result import build_result
from unbitext.align.structure import parse_text
from unbitext.cli import app
from unbitext.tmx.reader import iter_units, read_header
from unbitext.tmx.validate import DTD_PATH

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


# --- same document? ------------------------------------------------------------------------------------


@pytest.mark.parametrize("other", ["udhr", "ga-res-ldc-poa"])
def test_two_different_documents_are_refused_and_nothing_is_written(tmp_path: Path, other: str) -> None:
    outputs = [tmp_path / name for name in ("m.tmx", "r.json", "p.html", "t.xlsx")]
    result = run("align", example("wg4-2022", "zh"), example(other, "en"), "-o", outputs[0], "--report", outputs[1],
                 "--review", outputs[2], "--table", outputs[3])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "do not look like versions of one document" in lines[0] and "--force" in lines[0]
    assert not any(path.exists() for path in outputs) and list(tmp_path.iterdir()) == []


def test_force_writes_anyway_with_every_unit_low_confidence(tmp_path: Path) -> None:
    out = tmp_path / "m.tmx"
    result = run("align", example("wg4-2022", "zh"), example("udhr", "en"), "-o", out, "--force")
    assert result.exit_code == 0 and "FORCED" in result.output
    confidences = [int(u.prop("x-confidence") or "100") for u in iter_units(out)]
    assert confidences and max(confidences) <= 10
    assert all("forced" in (u.prop("x-flags") or "") for u in iter_units(out))


def test_different_symbols_are_two_documents() -> None:
    body = "".join(f"{n}. 第{n}段。\n" for n in range(1, 6))
    english = "".join(f"{n}. Paragraph {n}.\n" for n in range(1, 6))
    zh = parse_text("A/80/590\nDistr.: General\n\n" + body, "zh")
    en = parse_text("A/80/591\nDistr.: General\n\n" + english, "en")
    verdict = build_result(zh, en, align_documents(zh, en), "paragraph", "en").verdict
    assert not verdict.same and "A/80/590" in verdict.reason and "A/80/591" in verdict.reason


# --- content over numbers ------------------------------------------------------------------------------


def renumbered(name: str, deleted: int) -> str:
    """The English with paragraph `deleted` removed and the paragraphs after it renumbered."""
    lines = []
    for line in example(name, "en").read_text(encoding="utf-8").split("\n"):
        match = re.match(r"^(\d+)\. ", line)
        if match and int(match.group(1)) == deleted:
            continue
        if match and int(match.group(1)) > deleted:
            line = f"{int(match.group(1)) - 1}. " + line[match.end():]
        lines.append(line)
    return "\n".join(lines)


def split(name: str, which: int) -> str:
    """The English with paragraph `which` split in two at a sentence end, the rest renumbered."""
    lines = []
    for line in example(name, "en").read_text(encoding="utf-8").split("\n"):
        match = re.match(r"^(\d+)\. ", line)
        number = int(match.group(1)) if match else 0
        if number == which:
            sentences = re.split(r"(?<=\.) (?=[A-Z])", line[match.end():])  # type: ignore[union-attr]
            half = max(1, len(sentences) // 2)
            lines += [f"{which}. " + " ".join(sentences[:half]), f"{which + 1}. " + " ".join(sentences[half:])]
            continue
        if number > which:
            line = f"{number + 1}. " + line[match.end():]  # type: ignore[union-attr]
        lines.append(line)
    return "\n".join(lines)


def judged(name: str, english: str) -> tuple[list[tuple[str, bool, float]], object]:
    """(unit, right, confidence) for each paragraph-level pair, judged against the unchanged English."""
    zh = read_document(example(name, "zh"))
    alignment = align_documents(zh, parse_text(english, "en"))
    original = {b.key: b.text for b in read_document(example(name, "en")).blocks if b.key}
    found = []
    for pair in alignment.pairs:
        expected = " ".join(original.get(b.key, "") for b in pair.zh if b.key)
        if expected:
            found.append((pair.unit, pair.en_text.replace(" ", "") == expected.replace(" ", ""), pair.confidence))
    return found, alignment


@pytest.mark.parametrize("change", [renumbered, split], ids=["deleted-and-renumbered", "split-in-two"])
def test_a_renumbered_version_aligns_by_content_and_says_where(change) -> None:
    found, alignment = judged("wg4-2022", change("wg4-2022", 30))
    right = sum(ok for _, ok, _ in found)
    assert right / len(found) >= 0.98, [unit for unit, ok, _ in found if not ok]
    assert [f.problem for f in alignment.shifts] == [
        f"en numbering is 1 {'lower' if change is renumbered else 'higher'} than zh from paragraph 31 to 71: "
        "paired by content"]
    if change is renumbered:
        assert [(u.language, u.unit) for u in alignment.unpaired] == [("zh", "paragraph 30")]


@pytest.mark.parametrize("where", [3, 8, 12, 17])
@pytest.mark.parametrize("change", [renumbered, split], ids=["deleted-and-renumbered", "split-in-two"])
def test_on_a_resolution_not_tuned_on_every_wrong_pair_is_flagged(change, where: int) -> None:
    """ga-res-ldc-poa: paragraphs alike in length and without numbers, where content can
    mislead by one near the change; then the unit must be flagged, never silently wrong."""
    found, _ = judged("ga-res-ldc-poa", change("ga-res-ldc-poa", where))
    assert sum(ok for _, ok, _ in found) / len(found) >= 0.85
    assert [unit for unit, ok, confidence in found if not ok and confidence >= 0.5] == []


@pytest.mark.parametrize("name", ["wg4-2022", "ga-res-ldc-poa", "udhr"])
def test_the_bundled_pairs_have_no_flagged_unit(tmp_path: Path, name: str) -> None:
    report = tmp_path / "r.json"
    result = run("align", example(name, "zh"), example(name, "en"), "-o", tmp_path / "m.tmx", "--report", report)
    assert result.exit_code == 0 and "flagged" not in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["flagged"] == [] and data["same_document"]["same"] and data["shifts"] == []
    assert all(0.5 <= u["confidence"] <= 1 for u in data["units"])


def test_min_confidence_leaves_units_out_and_says_how_many(tmp_path: Path) -> None:
    english = tmp_path / "en.txt"
    english.write_text(renumbered("wg4-2022", 30), encoding="utf-8")
    out = tmp_path / "m.tmx"
    result = run("align", example("wg4-2022", "zh"), english, "-o", out, "--min-confidence", "0.5")
    assert result.exit_code == 0
    left_out = int(re.search(r"(\d+) left out below confidence 0.5", result.output).group(1))  # type: ignore[union-attr]
    assert left_out == 3  # the three sentences of paragraph 29, just before the shift
    assert all(int(u.prop("x-confidence") or "0") >= 50 for u in iter_units(out))


def test_dropped_sentences_are_reported(tmp_path: Path) -> None:
    text = example("wg4-2022", "en").read_text(encoding="utf-8")
    anchor = ". The representative thanked"
    assert text.count(anchor) == 1
    # Long enough that no merge with a neighbour fits: the aligner leaves it without partner.
    extra = "An extra sentence that only the English version has, " + "describing at great length, " * 12 + \
        "with no Chinese counterpart at all."
    path = tmp_path / "en.txt"
    path.write_text(text.replace(anchor, f". {extra} The representative thanked"), encoding="utf-8")
    report = tmp_path / "r.json"
    result = run("align", example("wg4-2022", "zh"), path, "-o", tmp_path / "m.tmx", "--report", report)
    dropped = json.loads(report.read_text(encoding="utf-8"))["dropped"]
    assert [(d["language"], d["text"]) for d in dropped] == [("en", extra)]
    assert "dropped     1 sentence(s) with no counterpart" in result.output
    assert extra not in (tmp_path / "m.tmx").read_text(encoding="utf-8")


# --- the review page in a real browser -------------------------------------------------------------------


@pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed (apt-get install chromium)")
def test_the_review_page_works_in_a_headless_browser(tmp_path: Path) -> None:
    english = tmp_path / "en.txt"
    english.write_text(renumbered("wg4-2022", 30), encoding="utf-8")
    page, report = tmp_path / "review.html", tmp_path / "r.json"
    result = run("align", example("wg4-2022", "zh"), english, "-o", tmp_path / "m.tmx", "--review", page,
                 "--report", report)
    assert result.exit_code == 0, result.output
    html_text = page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html_text)  # nothing to fetch
    data = json.loads(report.read_text(encoding="utf-8"))
    browser = Browser()
    try:
        browser.open(page)
        assert browser.evaluate("document.querySelectorAll('tr.row.unit').length") == len(data["units"])
        assert browser.evaluate("document.querySelectorAll('tr.row.dropped').length") == len(data["dropped"])
        assert browser.evaluate("document.querySelectorAll('mark').length") >= 0
        browser.evaluate("document.getElementById('flagged-only').click()")
        visible = "Array.from(document.querySelectorAll('tr.row')).filter(r => r.offsetParent !== null)"
        assert browser.evaluate(f"{visible}.length") == len(data["flagged"]) + len(data["dropped"]) == 4
        assert browser.evaluate(f"{visible}.every(r => r.classList.contains('flagged') || "
                                "r.classList.contains('dropped'))")
        browser.evaluate("document.getElementById('flagged-only').click()")
        assert browser.evaluate(f"{visible}.length") == len(data["units"]) + len(data["dropped"])
        browser.screenshot(tmp_path / "review.png")
        assert browser.errors() == []
        assert browser.requests() == [page.resolve().as_uri()]
    finally:
        browser.close()
    assert (tmp_path / "review.png").read_bytes().startswith(b"\x89PNG")


# --- the correction table round trip --------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".tsv"])
def test_a_corrected_table_becomes_the_memory(tmp_path: Path, suffix: str) -> None:
    table, draft = tmp_path / f"review{suffix}", tmp_path / "draft.tmx"
    assert run("align", example("ga-res-ldc-poa", "zh"), example("ga-res-ldc-poa", "en"), "-o", draft, "--table",
               table).exit_code == 0
    rows = _read_rows(table)
    header, body = rows[0], rows[1:]
    source, target = header[6], header[7]
    # A reviewer's edits: merge rows 2 and 3, delete row 5, correct a word in row 1.
    body[1][6] += " " + body[2][6]
    body[1][7] += body[2][7]
    del body[2]
    del body[3]
    body[0][7] = body[0][7].replace("注意到", "注意到了")
    _write_rows(table, [header, *body])
    out = tmp_path / "corrected.tmx"
    result = run("tmx", "from-table", table, "-o", out)
    assert result.exit_code == 0, result.output
    units = list(iter_units(out))
    drafted = list(iter_units(draft))
    assert len(units) == len(drafted) - 2
    assert units[0].text(target) == drafted[0].text(target).replace("注意到", "注意到了")
    assert units[1].text(source) == drafted[1].text(source) + " " + drafted[2].text(source)
    assert [u.prop("x-unit") for u in units] == [u.prop("x-unit") for u in drafted if u not in (drafted[2], drafted[4])]
    assert read_header(out).srclang == read_header(draft).srclang
    assert dict(read_header(out).props) == dict(read_header(draft).props)
    assert etree.DTD(str(DTD_PATH)).validate(etree.parse(str(out)))


@pytest.mark.parametrize("suffix", [".xlsx", ".tsv"])
def test_a_table_with_broken_columns_is_refused_with_its_line(tmp_path: Path, suffix: str) -> None:
    table = tmp_path / f"review{suffix}"
    run("align", example("ga-res-ldc-poa", "zh"), example("ga-res-ldc-poa", "en"), "-o", tmp_path / "d.tmx",
        "--table", table)
    rows = _read_rows(table)
    rows[4] = rows[4][:5] + rows[4][6:]  # a cell deleted: everything after it moved left
    _write_rows(table, rows)
    out = tmp_path / "c.tmx"
    result = run("tmx", "from-table", table, "-o", out)
    line = 5 if suffix == ".xlsx" else 5 + sum(1 for _ in _settings_lines(table))
    assert result.exit_code == 2 and f"line {line}:" in result.output and "columns" in result.output
    assert not out.exists()


def _settings_lines(table: Path):
    return (line for line in table.read_text(encoding="utf-8").splitlines() if line.startswith("#\t"))


def _read_rows(table: Path) -> list[list[str]]:
    if table.suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(str(table))["units"]
        return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    return [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


def _write_rows(table: Path, rows: list[list[str]]) -> None:
    if table.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(str(table))
        sheet = book["units"]
        sheet.delete_rows(1, sheet.max_row)
        for row in rows:
            sheet.append(row)
        book.save(str(table))
        return
    settings = list(_settings_lines(table))
    table.write_text("\n".join(settings + ["\t".join(row) for row in rows]) + "\n", encoding="utf-8")
