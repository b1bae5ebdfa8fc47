"""Aligned units from the inputs of a glossary command: TMX files or document pairs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from unbitext.align.reader import read_document
from unbitext.archive_pairs import plan_archive
from unbitext.errors import InputError
from unbitext.pipeline import AlignOptions, align_files, align_result, document_name, tmx_units
from unbitext.tmx.reader import iter_units, read_header


@dataclass(frozen=True)
class AlignedUnit:
    id: str  # "wg4-2022:paragraph 29:2" (document, unit, sentence)
    zh: str
    en: str
    unit: str = ""  # "paragraph 29", or "paragraph 29, sentence 2"
    file: str = ""  # the input it came from
    zh_file: str = ""  # the file each side was read from (the TMX, or each document of a pair)
    en_file: str = ""

    def file_of(self, language: str) -> str:
        """The file whose text a finding shows: the Chinese document for a Chinese segment."""
        return (self.zh_file if language == "zh" else self.en_file) or self.file


@dataclass(frozen=True)
class UnitSource:
    units: tuple[AlignedUnit, ...]
    source_language: str  # "en" or "zh"
    description: str  # for the settings record


def _from_translation_units(units, fallback_document: str, source: Path | str,
                            files: tuple[str, str] = ("", "")) -> list[AlignedUnit]:
    found = []
    for number, unit in enumerate(units, start=1):
        zh, en = unit.text("zh"), unit.text("en")
        if zh and en:
            label, sentence = unit.prop("x-unit") or f"unit {number}", unit.prop("x-sentence")
            name = ":".join(filter(None, (unit.prop("x-document") or fallback_document, label, sentence)))
            readable = f"{label}, sentence {sentence}" if sentence else label
            found.append(AlignedUnit(name, zh, en, readable, str(source), files[0], files[1]))
    if not found:
        raise InputError("no unit with both a Chinese and an English segment", source)
    return found


def units_from_tmx(path: Path | str) -> UnitSource:
    header = read_header(path)
    units = _from_translation_units(iter_units(path), Path(path).stem, path)
    return UnitSource(tuple(units), "zh" if header.srclang.lower().startswith("zh") else "en", f"TMX {path}")


def units_from_documents(first: Path | str, second: Path | str) -> UnitSource:
    """Align on the fly, exactly as `unbitext align` would write the sentence-level TMX."""
    aligned = align_files(first, second)
    name = document_name(aligned.zh, aligned.en)
    result = align_result(aligned, AlignOptions(segment="sentence"))
    language = result.source_language
    translation_units = tmx_units(result.units, name, {"zh": "zh-CN", "en": "en-US"}, language)
    units = _from_translation_units(translation_units, name, first, (aligned.zh.path, aligned.en.path))
    return UnitSource(tuple(units), language, f"documents {first} + {second}")


def source_count(inputs: list[Path]) -> int | None:
    """How many sources load_units will yield: each TMX file and each document pair; None
    when a folder is among the inputs (its pairs are known only once it is read)."""
    if any(p.is_dir() for p in inputs):
        return None
    memories = sum(p.suffix.lower() == ".tmx" for p in inputs)
    return memories + (len(inputs) - memories) // 2


def load_units(inputs: list[Path], failed: list[str] | None = None) -> Iterator[UnitSource]:
    """TMX files one by one; other files two by two, as Chinese/English document pairs; a
    folder as an archive (unbitext.archive_pairs), its pairs that cannot be aligned added to
    `failed` (one line each) instead of stopping the others."""
    for folder in (p for p in inputs if p.is_dir()):
        for pair in plan_archive(folder, read_document).pairs:
            try:
                yield units_from_documents(pair.zh, pair.en)
            except InputError as error:
                if failed is None:
                    raise
                failed.append(str(error))
    inputs = [p for p in inputs if not p.is_dir()]
    documents = [p for p in inputs if p.suffix.lower() != ".tmx"]
    if len(documents) % 2:
        raise InputError("document inputs come in pairs (one Chinese, one English); this one has no partner",
                         documents[-1])
    for path in inputs:
        if path.suffix.lower() == ".tmx":
            yield units_from_tmx(path)
    for first, second in zip(documents[::2], documents[1::2], strict=True):
        yield units_from_documents(first, second)
