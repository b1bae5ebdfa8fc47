"""Generate an archive of document pairs in ODS naming, with planted failures, for
`unbitext align FOLDER` (tests/test_batch.py, scripts/bench_batch.py).

    python scripts/make_archive.py OUT_FOLDER [--pairs 1000]

The documents are the bundled examples (examples/*/ and their Word, PDF and HTML forms in
tests/data/formats/), renamed A_80_<n>-C.<ext> / A_80_<n>-E.<ext>. Every reader format is
represented, mixed within pairs (a .docx Chinese with a .pdf English, ...). Plain-text and
HTML pairs are lightly varied: the ODS symbol is printed at the top of both versions, so
their units differ from document to document in that line; the rest repeats, as UN
boilerplate does. Pairs with a Word or PDF version are copied unchanged (those print their
own symbol, or none).

Planted, and expected in the report (PLANTED lists them):
  A_80_9001  Chinese only                       set aside: no English version
  A_80_9002  English in .txt twice (two names)  set aside: two files for one language
  A_80_9003  a damaged PDF for English          pair failed: not read
  A_80_9004  Chinese of one example, English of another  pair failed: not one document
  A_80_9005-F.txt                               set aside: in French
  notes.jpg                                     set aside: not a document
Pairs 9003 and 9004 count among the `--pairs`.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ("wg4-2022", "udhr", "ga-res-ldc-poa")
# (Chinese form, English form) in turn; "auto" is Word with automatic numbering.
FORMS = (("txt", "txt"), ("docx", "pdf"), ("html", "docx"), ("pdf", "html"), ("auto", "txt"), ("txt", "auto"),
         ("pdf", "pdf"), ("docx", "docx"))
PLANTED = {
    "A_80_9001-C.txt": "no English version",
    "A_80_9002_en.txt": "two files for one language",
    "A_80_9002-en.txt": "two files for one language",
    "A_80_9003": "pair failed: not read",
    "A_80_9004": "pair failed: not one document",
    "A_80_9005-F.txt": "in fr",
    "notes.jpg": "not a document",
}


def _source(example: str, language: str, form: str) -> Path:
    if form == "txt":
        return ROOT / "examples" / example / f"{language}.txt"
    name = f"{language}-auto.docx" if form == "auto" else f"{language}.{form}"
    return ROOT / "tests" / "data" / "formats" / example / name


def _place(source: Path, target: Path, symbol: str | None) -> None:
    if symbol is None:
        shutil.copyfile(source, target)
    elif source.suffix == ".txt":
        target.write_text(symbol + "\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    elif source.suffix == ".html":
        text = source.read_text(encoding="utf-8")
        at = text.index(">", text.index("<body")) + 1
        target.write_text(text[:at] + f"<p>{symbol}</p>" + text[at:], encoding="utf-8")
    else:
        shutil.copyfile(source, target)


def make_archive(folder: Path, pairs: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(pairs - 2):
        example = EXAMPLES[index % len(EXAMPLES)]
        zh_form, en_form = FORMS[(index // len(EXAMPLES)) % len(FORMS)]
        name = f"A_80_{1000 + index}"
        # Varied only where both versions are text or HTML: a Word or PDF version prints its
        # own symbol, and two versions printing different symbols are rightly refused.
        symbol = f"A/80/{1000 + index}" if {zh_form, en_form} <= {"txt", "html"} else None
        for language, form in (("zh", zh_form), ("en", en_form)):
            source = _source(example, language, form)
            ods = "C" if language == "zh" else "E"
            _place(source, folder / f"{name}-{ods}{source.suffix}", symbol)
    _place(_source("udhr", "zh", "txt"), folder / "A_80_9001-C.txt", "A/80/9001")
    _place(_source("udhr", "zh", "txt"), folder / "A_80_9002-C.txt", "A/80/9002")
    _place(_source("udhr", "en", "txt"), folder / "A_80_9002_en.txt", "A/80/9002")
    _place(_source("udhr", "en", "txt"), folder / "A_80_9002-en.txt", "A/80/9002")
    _place(_source("wg4-2022", "zh", "pdf"), folder / "A_80_9003-C.pdf", "A/80/9003")
    good = _source("wg4-2022", "en", "pdf").read_bytes()
    (folder / "A_80_9003-E.pdf").write_bytes(good[: len(good) // 3])  # cut short, as a failed download is
    _place(_source("wg4-2022", "zh", "txt"), folder / "A_80_9004-C.txt", "A/80/9004")
    _place(_source("udhr", "en", "txt"), folder / "A_80_9004-E.txt", "A/80/9004")
    _place(_source("udhr", "en", "txt"), folder / "A_80_9005-F.txt", "A/80/9005")
    (folder / "notes.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a picture")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pairs", type=int, default=1000)
    arguments = parser.parse_args()
    make_archive(arguments.folder, arguments.pairs)
    print(f"{arguments.folder}: {arguments.pairs} pairs (2 planted to fail) and 6 files to set aside")


if __name__ == "__main__":
    main()
