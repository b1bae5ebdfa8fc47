"""Pair the files of an archive folder: one Chinese and one English file per document.

Files are told apart by what their names say, in the layouts UN archives come in:
  ODS names        A_80_590-C.docx, CAC_COSP_WG.4_2022_2_C.pdf   (symbol and language)
  language suffix  report.zh.txt, report_en.docx                  (name and language)
  language folder  zh/report.pdf, en/report.pdf                   (name and language)
A file whose name gives no symbol is read, and the symbol its masthead prints is used;
where it prints none, the name pairs it. A file whose name gives no language is read and
its language detected. Nothing is dropped silently: files left unpaired, two files for one
language of one document, and files that are not documents are all returned with why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from unbitext.align.model import Document
from unbitext.errors import UnbitextError

# Formats the readers take, in the order preferred when one document comes in several:
# Word keeps numbering and footnotes exactly, HTML and text have no page furniture, PDF last.
FORMAT_PREFERENCE = (".docx", ".html", ".htm", ".txt", ".pdf")
ODS_LANGUAGES = {"C": "zh", "E": "en", "A": "ar", "F": "fr", "R": "ru", "S": "es"}
LANGUAGE_WORDS = {"zh": "zh", "cn": "zh", "chinese": "zh", "zho": "zh", "chi": "zh",
                  "en": "en", "english": "en", "eng": "en"}
# A_80_590-C.docx, CAC_COSP_WG.4_2022_2_C.pdf: a symbol with _ for /, then -X or _X.
ODS_NAME = re.compile(r"^(?P<symbol>[A-Z][A-Za-z0-9.]*(?:_[A-Za-z0-9.()]+)+)[-_](?P<language>[CEAFRS])$")
SUFFIX_NAME = re.compile(r"^(?P<stem>.+?)[._-](?P<language>[A-Za-z]+)$")


def symbol_key(symbol: str) -> str:
    """A/80/590, A_80_590 and a/80/590 are one symbol."""
    return re.sub(r"\s+", "", symbol.replace("_", "/")).upper()


@dataclass(frozen=True)
class ArchiveFile:
    path: Path
    language: str | None  # "zh", "en", another UN language, or None when the name does not say
    symbol: str | None  # normalised, from the name (ODS) or the masthead
    name: str  # the path stripped of language marks: report.zh.txt and en/report.pdf are "report"

    @property
    def key(self) -> str:
        return self.symbol or self.name


@dataclass(frozen=True)
class DocumentPair:
    key: str
    zh: Path
    en: Path


@dataclass(frozen=True)
class SetAside:
    path: Path
    why: str


@dataclass(frozen=True)
class ArchivePlan:
    pairs: tuple[DocumentPair, ...]  # sorted by key: the memory's order
    set_aside: tuple[SetAside, ...]  # unpaired, duplicates, other languages, not documents


def _name_parts(relative: Path) -> ArchiveFile:
    stem = relative.stem
    ods = ODS_NAME.match(stem)
    if ods:
        symbol = symbol_key(ods["symbol"])
        return ArchiveFile(relative, ODS_LANGUAGES[ods["language"]], symbol, symbol.lower())
    folders = [part.lower() for part in relative.parts[:-1]]
    language = next((LANGUAGE_WORDS[part] for part in folders if part in LANGUAGE_WORDS), None)
    rest = [part for part in relative.parts[:-1] if part.lower() not in LANGUAGE_WORDS]
    suffix = SUFFIX_NAME.match(stem)
    if suffix and suffix["language"].lower() in LANGUAGE_WORDS:
        language, stem = LANGUAGE_WORDS[suffix["language"].lower()], suffix["stem"]
    elif stem.lower() in LANGUAGE_WORDS:  # wg4-2022/zh.txt: the folder names the document
        language, stem = LANGUAGE_WORDS[stem.lower()], ""
    return ArchiveFile(relative, language, None, "/".join([*rest, stem]).strip("/").lower())


def archive_files(folder: Path) -> list[Path]:
    """Every file under `folder`, sorted, hidden ones (.DS_Store, editor locks) left out."""
    return sorted(path for path in folder.rglob("*")
                  if path.is_file() and not any(part.startswith((".", "~$"))
                                                for part in path.relative_to(folder).parts))


def plan_archive(folder: Path, read: Callable[[Path], Document]) -> ArchivePlan:
    """Pair the files under `folder`; `read` is called only for files whose name gives no
    symbol or no language (and may raise: the file is then set aside as not a document)."""
    set_aside: list[SetAside] = []
    found: list[ArchiveFile] = []
    for path in archive_files(folder):
        if path.suffix.lower() not in FORMAT_PREFERENCE:
            set_aside.append(SetAside(path, f"not a document unbitext reads ({path.suffix or 'no extension'}); "
                                            "it reads .docx, .pdf, .html and .txt"))
            continue
        named = _name_parts(path.relative_to(folder))
        if named.language is not None and named.language not in ("zh", "en"):
            set_aside.append(SetAside(path, f"in {named.language}, not Chinese or English"))
            continue
        language, symbol = named.language, named.symbol
        if symbol is None or language is None:
            try:
                document = read(path)
            except UnbitextError as error:
                set_aside.append(SetAside(path, f"not read: {error.message}"))
                continue
            language = language or document.language
            symbol = symbol or (symbol_key(document.symbol) if document.symbol else None)
        found.append(ArchiveFile(path, language, symbol, named.name))
    pairs, unpaired = _pair(found)
    return ArchivePlan(tuple(pairs), tuple(sorted(set_aside + unpaired, key=lambda entry: entry.path)))


def _preferred(files: list[ArchiveFile]) -> tuple[ArchiveFile | None, list[SetAside]]:
    """One file among several for one language of one document: the preferred format when
    they differ in format, none (all listed) when two share a format."""
    ranked = sorted(files, key=lambda f: (FORMAT_PREFERENCE.index(f.path.suffix.lower()), str(f.path)))
    best, rest = ranked[0], ranked[1:]
    if any(f.path.suffix.lower() == best.path.suffix.lower() for f in rest):
        names = ", ".join(f.path.name for f in ranked)
        return None, [SetAside(f.path, f"two files for one language of {best.key}: {names}; keep one")
                      for f in ranked]
    return best, [SetAside(f.path, f"same document as {best.path.name}, which is read instead "
                                   f"({best.path.suffix} is preferred)") for f in rest]


def _pair(files: list[ArchiveFile]) -> tuple[list[DocumentPair], list[SetAside]]:
    """By symbol first; the files that found no partner so, by name (a masthead may print
    the symbol in one language and not the other)."""
    pairs, set_aside, leftover = _pair_by(files, lambda f: f.symbol)
    more, more_aside, unpaired = _pair_by(leftover + [f for f in files if f.symbol is None], lambda f: f.name)
    for file in unpaired:
        other = "English" if file.language == "zh" else "Chinese"
        set_aside.append(SetAside(file.path, f"no {other} version of {file.key} in the archive"))
    return sorted(pairs + more, key=lambda p: p.key), set_aside + more_aside


def _pair_by(files: Iterable[ArchiveFile], key: Callable[[ArchiveFile], str | None]
             ) -> tuple[list[DocumentPair], list[SetAside], list[ArchiveFile]]:
    groups: dict[str, dict[str, list[ArchiveFile]]] = {}
    for file in files:
        value = key(file)
        if value is not None:
            groups.setdefault(value, {}).setdefault(file.language or "", []).append(file)
    pairs: list[DocumentPair] = []
    set_aside: list[SetAside] = []
    unpaired: list[ArchiveFile] = []
    for value in sorted(groups):
        chosen = {}
        for language, candidates in sorted(groups[value].items()):
            best, aside = _preferred(candidates)
            set_aside.extend(aside)
            if best is not None:
                chosen[language] = best
        if "zh" in chosen and "en" in chosen:
            name = chosen["zh"].symbol or chosen["en"].symbol or value
            pairs.append(DocumentPair(name, chosen["zh"].path, chosen["en"].path))
        else:
            unpaired.extend(chosen.values())
    return pairs, set_aside, unpaired
