"""Measure the English/Chinese length ratio and its variance on the bundled examples.

Prints the figures behind align.sentence_align.CHARACTER_MODEL, and the same measured in
sentencepiece pieces (a unigram model trained on the examples), for comparison.
Usage: python scripts/calibrate_length.py
"""

from __future__ import annotations

from _examples import paragraph_pairs, sentencepiece_length

from unbitext.align.sentence_align import calibrate


def main() -> None:
    pairs = paragraph_pairs()
    characters = calibrate(pairs)
    print(f"aligned paragraph pairs: {len(pairs)} (those with at least 10 Chinese characters are measured)")
    print(f"characters: ratio en/zh {characters.ratio:.3f}, variance per zh character {characters.variance:.1f}")
    pieces = calibrate(pairs, sentencepiece_length(), unit="pieces", min_zh_length=4)
    print(f"pieces:     ratio en/zh {pieces.ratio:.3f}, variance per zh piece {pieces.variance:.1f}")


if __name__ == "__main__":
    main()
