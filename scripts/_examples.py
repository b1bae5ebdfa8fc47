"""Shared by the scripts: the bundled examples, aligned by paragraph number, and the development set."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from unbitext.pipeline import AlignedDocuments, align_files  # noqa: E402

EXAMPLES = ("wg4-2022", "udhr", "ga-res-ldc-poa")
# The UN Parallel Corpus development set: 4,000 zh/en sentence pairs, one a line, with their ids.
DEVSET = ROOT / "examples" / "unv1-devset"


def devset_rows() -> list[tuple[int, str, str, str]]:
    """(line number from 1, Chinese, English, id line) of every development-set pair."""
    zh, en, ids = ((DEVSET / f"{part}.txt").read_text(encoding="utf-8").splitlines() for part in ("zh", "en", "ids"))
    return [(number, *row) for number, row in enumerate(zip(zh, en, ids, strict=True), start=1)]


def aligned_example(name: str) -> AlignedDocuments:
    return align_files(ROOT / "examples" / name / "zh.txt", ROOT / "examples" / name / "en.txt")


def paragraph_pairs() -> list[tuple[str, str]]:
    """(zh, en) texts of every aligned paragraph pair in all examples (all checked: tests/test_paragraphs.py)."""
    return [(p.zh_text, p.en_text) for name in EXAMPLES for p in aligned_example(name).alignment.pairs]


def sentencepiece_length(vocab_size: int = 2000):
    """A length function counting pieces of a unigram model trained on the examples' text."""
    import io

    import sentencepiece as spm

    lines = [text for name in EXAMPLES for p in aligned_example(name).alignment.pairs
             for text in (p.zh_text, p.en_text)]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_writer=model, vocab_size=vocab_size,
                                   model_type="unigram", character_coverage=0.9995, minloglevel=2)
    processor = spm.SentencePieceProcessor(model_proto=model.getvalue())
    return lambda text: len(processor.encode(text))
