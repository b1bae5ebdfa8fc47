"""How fast each format reads: median seconds per page, against plain text of the same document.

    python scripts/bench_read.py [--runs 5]

Documents: wg4-2022 as plain text and as the Word, PDF and HTML files made from it
(tests/data/formats/, pages counted in its PDF), and the real 27-page A/80/590 as Word and
PDF, plus that PDF twice over (54 pages, made here with pypdfium2) to show the growth.
Each figure is the median of --runs reads of the whole file into the document model.
Target: a 30-page PDF in under 3 s on this machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from unbitext.align.reader import read_document  # noqa: E402

FORMATS = ROOT / "tests" / "data" / "formats" / "wg4-2022"
A80 = ROOT / "tests" / "data" / "a-80-590"


def pages(pdf: Path) -> int:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def median_seconds(path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_document(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def doubled(pdf: Path, out: Path) -> Path:
    document = pdfium.PdfDocument(str(pdf))
    document.import_pages(pdfium.PdfDocument(str(pdf)))
    document.save(str(out))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        wg4_pages = pages(FORMATS / "en.pdf")
        a80_pages = pages(A80 / "en.pdf")
        cases = [
            ("wg4-2022 en plain text", ROOT / "examples" / "wg4-2022" / "en.txt", wg4_pages),
            ("wg4-2022 en .docx", FORMATS / "en.docx", wg4_pages),
            ("wg4-2022 en .html", FORMATS / "en.html", wg4_pages),
            ("wg4-2022 en .pdf", FORMATS / "en.pdf", wg4_pages),
            ("wg4-2022 zh plain text", ROOT / "examples" / "wg4-2022" / "zh.txt", pages(FORMATS / "zh.pdf")),
            ("wg4-2022 zh .pdf", FORMATS / "zh.pdf", pages(FORMATS / "zh.pdf")),
            ("A/80/590 .docx (real)", A80 / "en.docx", a80_pages),
            ("A/80/590 .pdf (real)", A80 / "en.pdf", a80_pages),
            ("A/80/590 .pdf twice over", doubled(A80 / "en.pdf", Path(work) / "twice.pdf"), 2 * a80_pages),
        ]
        baseline = {}
        print(f"median of {args.runs} runs; pages as printed in the PDF")
        print(f"{'document':<28} {'pages':>5} {'seconds':>9} {'ms/page':>8} {'x plain text':>12}")
        for name, path, page_count in cases:
            seconds = median_seconds(path, args.runs)
            language = name.split()[1]
            if "plain text" in name:
                baseline[language] = seconds
            ratio = f"{seconds / baseline[language]:.1f}" if language in baseline and "plain" not in name else ""
            print(f"{name:<28} {page_count:>5} {seconds:>9.3f} {1000 * seconds / page_count:>8.1f} {ratio:>12}")
        per_page = median_seconds(A80 / "en.pdf", args.runs) / a80_pages
        print(f"a 30-page UN PDF at this rate: {30 * per_page:.2f} s (target: under 3 s)")


if __name__ == "__main__":
    main()
