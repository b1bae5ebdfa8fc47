"""The correction table: the memory as rows a reviewer edits in Excel or LibreOffice, and back.

`unbitext align ... --table FILE.xlsx` (or .tsv) writes one row per unit: tuid, document,
unit, sentence, confidence, flags, then the source and target segments under their
language tags. A reviewer edits text, merges rows (joins the text into one, deletes the
other), splits one (inserts a row), or deletes rows. `unbitext tmx from-table` reads it back
into a TMX with the header settings and unit fields of the run that wrote it (kept in the
sheet "settings", or in the TSV's "#" lines), and refuses a table whose columns were
broken, naming the line.
"""

from __future__ import annotations

from pathlib import Path

from unbitext.errors import InputError, UsageError
from unbitext.tmx.units import (
    CONFIDENCE_FIELD,
    DOCUMENT_FIELD,
    FLAGS_FIELD,
    SENTENCE_FIELD,
    UNIT_FIELD,
    TmxHeader,
    TranslationUnit,
    field_name,
)

COLUMNS = ("tuid", "document", "unit", "sentence", "confidence", "flags")
_FIELDS = {"x-document": "document", "x-unit": "unit", "x-sentence": "sentence", "x-flags": "flags"}
_HEADER_ATTRIBUTES = ("srclang", "segtype", "creationtool", "creationtoolversion", "o_tmf", "adminlang", "datatype",
                      "creationdate", "creationid")
# Which Trados field form each column goes back into.
_PROP_TYPES = {"document": DOCUMENT_FIELD, "unit": UNIT_FIELD, "sentence": SENTENCE_FIELD,
               "confidence": CONFIDENCE_FIELD, "flags": FLAGS_FIELD}


def _row(unit: TranslationUnit) -> list[str]:
    values = {column: "" for column in COLUMNS}
    values["tuid"] = unit.attribute("tuid") or ""
    for kind, value in unit.props:
        name = field_name(kind)
        if name in _FIELDS:
            values[_FIELDS[name]] = value
        elif name == "x-confidence":
            values["confidence"] = f"{int(value) / 100:.2f}" if value.isdigit() else value
    return [values[column] for column in COLUMNS] + [text for _, text in unit.segments]


def _cell(value: str) -> str:
    return " ".join(value.split("\t")).replace("\n", " ").replace("\r", " ")


def _settings(header: TmxHeader) -> list[tuple[str, str]]:
    rows = [(name, str(getattr(header, name) or "")) for name in _HEADER_ATTRIBUTES]
    return rows + [(f"prop {kind}", value) for kind, value in header.props]


def write_table(units: list[TranslationUnit], header: TmxHeader, path: Path | str, suffix: str) -> None:
    tags = [tag for tag, _ in units[0].segments] if units else [header.srclang, "target"]
    rows = [[*COLUMNS, *tags], *(_row(unit) for unit in units)]
    if suffix.lower() == ".xlsx":
        _write_xlsx(rows, _settings(header), path)
    elif suffix.lower() in (".tsv", ".txt"):
        # Plain tab-separated lines, no quoting: segments hold no tab or line break (folded
        # whitespace), so what a spreadsheet shows is what the file holds.
        lines = [f"#\t{name}\t{_cell(value)}" for name, value in _settings(header)]
        lines += ["\t".join(_cell(cell) for cell in row) for row in rows]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        raise UsageError(f"a table is written as .xlsx or .tsv, not {suffix or 'a file without extension'}", path)


def _write_xlsx(rows: list[list[str]], settings: list[tuple[str, str]], path: Path | str) -> None:
    from openpyxl import Workbook  # imported here: only --table .xlsx needs it
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "units"
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = {"A": 18, "B": 18, "C": 18, "D": 9, "E": 11, "F": 30, "G": 70, "H": 70}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2, min_col=7, max_col=8):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    settings_sheet = book.create_sheet("settings")
    for name, value in settings:
        settings_sheet.append([name, value])
    book.save(str(path))


def read_table(path: Path | str) -> tuple[TmxHeader, list[TranslationUnit]]:
    """The header and units of a correction table; an InputError naming the line for a broken one."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        rows, settings = _read_xlsx(path)
    else:
        rows, settings = _read_tsv(path)
    if not rows:
        raise InputError("the table is empty: no header row", path)
    (header_line, header_row), body = rows[0], rows[1:]
    if tuple(header_row[: len(COLUMNS)]) != COLUMNS or len(header_row) != len(COLUMNS) + 2:
        raise InputError(f"line {header_line}: the header row must be {', '.join(COLUMNS)} and two language tags, "
                         f"not {', '.join(header_row)}", path)
    tags = header_row[len(COLUMNS):]
    header = _header(settings, path)
    units = []
    for line, row in body:
        if not any(cell.strip() for cell in row):
            continue  # a row emptied by the reviewer: deleted
        if len(row) != len(header_row):
            raise InputError(f"line {line}: {len(row)} columns where the header has {len(header_row)}: a cell was "
                             "added or removed; merge rows by joining their text in one row", path)
        values = dict(zip(header_row, row, strict=True))
        texts = [values[tag].strip() for tag in tags]
        if not all(texts):
            raise InputError(f"line {line}: the {tags[texts.index('')]} segment is empty; delete the whole row to "
                             "leave the unit out", path)
        props = []
        for column in ("document", "unit", "sentence", "confidence", "flags"):
            value = values[column].strip()
            if column == "confidence" and value:
                try:
                    value = str(round(float(value) * 100))
                except ValueError:
                    raise InputError(f"line {line}: confidence {value!r} is not a number", path) from None
            if value:
                props.append((_PROP_TYPES[column], value))
        attributes = (("tuid", values["tuid"].strip()),) if values["tuid"].strip() else ()
        units.append(TranslationUnit(tuple(zip(tags, texts, strict=True)), tuple(props), attributes))
    return header, units


def _header(settings: dict[str, str], path: Path) -> TmxHeader:
    if not settings.get("srclang"):
        raise InputError("the table has no settings (sheet 'settings' or '#' lines): was it written by "
                         "unbitext align --table?", path)
    props = tuple((name.removeprefix("prop "), value) for name, value in settings.items() if name.startswith("prop "))
    attributes = {name: settings.get(name, "") for name in _HEADER_ATTRIBUTES}
    return TmxHeader(srclang=attributes["srclang"], segtype=attributes["segtype"] or "sentence",
                     creationtool=attributes["creationtool"] or "unbitext",
                     creationtoolversion=attributes["creationtoolversion"], o_tmf=attributes["o_tmf"] or "unbitext",
                     adminlang=attributes["adminlang"] or "en-US", datatype=attributes["datatype"] or "plaintext",
                     creationdate=attributes["creationdate"] or None, creationid=attributes["creationid"] or None,
                     props=props)


def _read_xlsx(path: Path) -> tuple[list[tuple[int, list[str]]], dict[str, str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(str(path), read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as error:
        raise InputError(f"not a readable .xlsx table ({error})", path) from None
    if "units" not in book.sheetnames:
        raise InputError("no sheet named 'units': not a table written by unbitext align --table", path)
    rows = []
    for number, row in enumerate(book["units"].iter_rows(values_only=True), start=1):
        cells = ["" if value is None else str(value) for value in row]
        while cells and cells[-1] == "":
            cells.pop()
        rows.append((number, cells))
    settings = {}
    if "settings" in book.sheetnames:
        for row in book["settings"].iter_rows(values_only=True):
            if row and row[0]:
                settings[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])
    return rows, settings


def _read_tsv(path: Path) -> tuple[list[tuple[int, list[str]]], dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"not a readable UTF-8 table ({error})", path) from None
    rows, settings = [], {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#\t"):
            _, name, *value = line.split("\t")
            settings[name] = "\t".join(value)
        elif line.strip():
            rows.append((number, line.split("\t")))
    return rows, settings
