"""Long documents: align reports of 1,500 to 7,500 numbered paragraphs, time and peak memory.

    python scripts/bench_long.py [--sizes 1500 3000 7500] [--runs 3]

Each document is derived from wg4-2022: its 71 paragraph pairs repeated in order and
numbered 1 … N, with a chapter heading every 250 paragraphs (一./I. … 三十./XXX.). Each run
reads both files, aligns paragraphs and sentences and writes the sentence-level TMX
(`unbitext align`), in a child process whose peak resident memory is measured. Prints the
median time of --runs, the peak memory, and whether every paragraph paired by number.
Target (issue 16): 7,500 paragraphs within 1.5 × (5 × the 1,500-paragraph time).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from unbitext.align.numerals import int_to_chinese, int_to_roman  # noqa: E402
from unbitext.align.reader import read_document  # noqa: E402

CHAPTER_EVERY = 250


def paragraph_texts(language: str) -> list[str]:
    document = read_document(ROOT / "examples" / "wg4-2022" / f"{language}.txt")
    return [b.text for b in document.blocks if b.key and b.key.startswith("paragraph ")]


def long_document(language: str, count: int) -> str:
    texts = paragraph_texts(language)
    lines = ["Distr.: General", "27 July 2022", "Original: English", "",
             "长篇报告" if language == "zh" else "A long report", ""]
    for number in range(1, count + 1):
        if number % CHAPTER_EVERY == 1:
            chapter = number // CHAPTER_EVERY + 1
            label = f"{int_to_chinese(chapter)}." if language == "zh" else f"{int_to_roman(chapter).upper()}."
            lines += ["", f"{label} {'第' + str(chapter) + '章' if language == 'zh' else 'Chapter ' + str(chapter)}",
                      ""]
        lines.append(f"{number}. {texts[(number - 1) % len(texts)]}")
    return "\n".join(lines) + "\n"


CHILD = """
import json, resource, sys, time
from unbitext.pipeline import AlignOptions, align_files, write_alignment
start = time.perf_counter()
report = write_alignment(align_files(sys.argv[1], sys.argv[2]), sys.argv[3], AlignOptions(segment="sentence"))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "paired": report["paired"]["paragraph"]}))
"""


def measure(zh: Path, en: Path, out: Path) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(zh), str(en), str(out)], check=True,
                            capture_output=True, text=True, cwd=ROOT)
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1500, 3000, 7500])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times: dict[int, float] = {}
    print(f"median of {args.runs} runs, each in its own process (read, align paragraphs and sentences, write TMX)")
    print(f"{'paragraphs':>10} {'seconds':>8} {'peak MB':>8} {'paired by number':>18}")
    with tempfile.TemporaryDirectory() as work:
        for size in args.sizes:
            zh, en = Path(work) / f"zh-{size}.txt", Path(work) / f"en-{size}.txt"
            zh.write_text(long_document("zh", size), encoding="utf-8")
            en.write_text(long_document("en", size), encoding="utf-8")
            runs = [measure(zh, en, Path(work) / "out.tmx") for _ in range(args.runs)]
            times[size] = statistics.median(r["seconds"] for r in runs)
            peak = max(r["peak_mb"] for r in runs)
            paired = runs[0]["paired"]
            print(f"{size:>10} {times[size]:>8.2f} {peak:>8.0f} {paired['paired']:>9}/{size} ({paired['zh']} zh, "
                  f"{paired['en']} en)")
    if 1500 in times and 7500 in times:
        ratio = times[7500] / (5 * times[1500])
        print(f"7,500-paragraph time / (5 x 1,500-paragraph time) = {ratio:.2f} (target: at most 1.5)")


if __name__ == "__main__":
    main()
