"""Align the sentences inside one paragraph pair.

Dynamic programming over beads 1-1, 1-2, 2-1, 1-0, 0-1 and 2-2 (Gale and Church 1993),
whose cost adds three kinds of evidence:
- the bead's prior (most beads are 1-1),
- a length cost: English characters against Chinese characters, with the mean ratio and
  variance measured on the bundled examples (scripts/calibrate_length.py),
- anchors (align.anchors): numbers, symbols, references and Latin-script names found in
  both texts of the paragraph must fall into the same bead; each one split across beads
  costs ANCHOR_COST.
A Chinese sentence paired with several English ones is then split at its ； where the
English sentences fit the pieces better, since UN translators often turn an English full
stop into a Chinese semicolon.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from unbitext.align.anchors import anchor_tokens
from unbitext.align.banded import cheapest_beads
from unbitext.align.sentences import Piece, split_en, split_zh


@dataclass(frozen=True)
class LengthModel:
    """English characters per Chinese character: mean and variance per Chinese character."""

    ratio: float
    variance: float
    unit: str = "characters"


# How far (in sentences) the search looks beyond the strip of 1-1 paths; see _dynamic_programme.
SENTENCE_BAND = 10


def calibrate(pairs: list[tuple[str, str]], length: Callable[[str], int] = len, unit: str = "characters",
              min_zh_length: int = 10) -> LengthModel:
    """Ratio and variance of English against Chinese length over aligned (zh, en) pairs."""
    lengths = [(length(zh), length(en)) for zh, en in pairs if length(zh) >= min_zh_length]
    ratio = sum(en for _, en in lengths) / sum(zh for zh, _ in lengths)
    deviations = [(en - zh * ratio) / math.sqrt(zh) for zh, en in lengths]
    variance = sum(d * d for d in deviations) / len(deviations)
    return LengthModel(ratio, variance, unit)


# Measured by scripts/calibrate_length.py on the aligned paragraph pairs of the three
# bundled examples that have at least 10 Chinese characters: ratio 3.885, variance 30.7.
CHARACTER_MODEL = LengthModel(ratio=3.885, variance=30.7)

# -log P(bead), after Gale and Church: 1-1 0.89, 1-0 and 0-1 0.0099, 2-1 and 1-2 0.089, 2-2 0.011.
BEAD_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): -math.log(0.89), (1, 0): -math.log(0.0099 / 2), (0, 1): -math.log(0.0099 / 2),
    (2, 1): -math.log(0.089 / 2), (1, 2): -math.log(0.089 / 2), (2, 2): -math.log(0.011),
}
ANCHOR_COST = 4.0


@dataclass(frozen=True)
class SentenceBead:
    zh: tuple[str, ...]
    en: tuple[str, ...]
    zh_numbers: tuple[int, ...]  # 1-based positions among the paragraph's Chinese pieces
    en_numbers: tuple[int, ...]  # 1-based positions among the paragraph's English sentences
    cost: float = 0.0  # what the aligner paid for this bead: its shape, length misfit, anchors on one side

    @property
    def zh_text(self) -> str:
        return "".join(self.zh)

    @property
    def en_text(self) -> str:
        return " ".join(self.en)


def _length_cost(zh_length: int, en_length: int, model: LengthModel) -> float:
    if zh_length == 0 and en_length == 0:
        return 0.0
    mean = (zh_length + en_length / model.ratio) / 2
    delta = (en_length - zh_length * model.ratio) / math.sqrt(model.variance * max(mean, 1.0))
    # Two-tailed probability of a deviation this large under a normal distribution.
    probability = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(probability, 1e-12))


def _anchor_masks(zh: list[Piece], en: list[Piece]) -> tuple[list[int], list[int]]:
    """Anchors of each piece as bit masks over the tokens that can serve as evidence.

    Evidence is what both texts of the paragraph carry, each in one piece only: a number
    found in two sentences of a side says nothing about which of them is meant.
    """
    zh_sets = [anchor_tokens(p.text, "zh") for p in zh]
    en_sets = [anchor_tokens(p.text, "en") for p in en]
    zh_counts = Counter(t for tokens in zh_sets for t in tokens)
    en_counts = Counter(t for tokens in en_sets for t in tokens)
    shared = sorted(t for t, n in zh_counts.items() if n == 1 and en_counts.get(t) == 1)
    bit = {token: 1 << i for i, token in enumerate(shared)}

    def masks(sets: list[frozenset[str]]) -> list[int]:
        return [sum(bit.get(t, 0) for t in tokens) for tokens in sets]

    return masks(zh_sets), masks(en_sets)


class _Scorer:
    def __init__(self, zh_lengths: list[int], en_lengths: list[int], zh_masks: list[int], en_masks: list[int],
                 model: LengthModel) -> None:
        self.zh_lengths, self.en_lengths = zh_lengths, en_lengths
        self.zh_masks, self.en_masks = zh_masks, en_masks
        self.model = model

    def cost(self, zh: range, en: range, prior: float) -> float:
        zh_mask, en_mask = _or(self.zh_masks, zh), _or(self.en_masks, en)
        if not zh or not en:
            # A sentence left untranslated: its length says nothing, its anchors do.
            return prior + ANCHOR_COST * (zh_mask | en_mask).bit_count()
        zh_length = sum(self.zh_lengths[i] for i in zh)
        en_length = sum(self.en_lengths[j] for j in en)
        return prior + _length_cost(zh_length, en_length, self.model) + ANCHOR_COST * (zh_mask ^ en_mask).bit_count()


def align_sentences(zh_text: str, en_text: str, model: LengthModel = CHARACTER_MODEL, use_anchors: bool = True,
                    length: Callable[[str], int] = len) -> list[SentenceBead]:
    """Sentence beads of one paragraph pair; joined back they give both texts whole."""
    pieces = split_zh(zh_text, soft=True)
    en = split_en(en_text)
    if len(pieces) <= 1 and len(en) <= 1:
        return [SentenceBead(tuple(p.text for p in pieces), tuple(p.text for p in en),
                             tuple(range(1, len(pieces) + 1)), tuple(range(1, len(en) + 1)))]
    piece_lengths, en_lengths = [length(p.text) for p in pieces], [length(p.text) for p in en]
    piece_masks, en_masks = _anchor_masks(pieces, en) if use_anchors else ([0] * len(pieces), [0] * len(en))
    sentences = _hard_sentences(pieces)  # ranges of piece indices
    sentence_scorer = _Scorer([sum(piece_lengths[i] for i in group) for group in sentences], en_lengths,
                              [_or(piece_masks, group) for group in sentences], en_masks, model)
    piece_scorer = _Scorer(piece_lengths, en_lengths, piece_masks, en_masks, model)
    result: list[SentenceBead] = []
    for zh_range, en_range in _dynamic_programme(len(sentences), len(en), sentence_scorer):
        piece_range = range(sentences[zh_range.start].start, sentences[zh_range.stop - 1].stop) if zh_range \
            else range(0)
        parts = _split_at_semicolons(piece_range, en_range, piece_scorer, sentence_scorer, zh_range)
        shape = (len(zh_range), len(en_range)) if len(parts) == 1 else (1, 1)
        prior = BEAD_PRIORS.get((min(shape[0], 2), min(shape[1], 2)), BEAD_PRIORS[(2, 2)])
        for zh_part, en_part in parts:
            result.append(SentenceBead(
                tuple(pieces[i].text for i in zh_part), tuple(en[j].text for j in en_part),
                tuple(i + 1 for i in zh_part), tuple(j + 1 for j in en_part),
                piece_scorer.cost(zh_part, en_part, prior)))
    return result


def _or(masks: list[int], span: range) -> int:
    mask = 0
    for i in span:
        mask |= masks[i]
    return mask


def _hard_sentences(pieces: list[Piece]) -> list[range]:
    groups: list[range] = []
    start = 0
    for i, piece in enumerate(pieces):
        if not piece.soft_end or i == len(pieces) - 1:
            groups.append(range(start, i + 1))
            start = i + 1
    return groups


def _dynamic_programme(n: int, m: int, scorer: _Scorer) -> list[tuple[range, range]]:
    """The cheapest bead sequence, searched in a band around the diagonal, widened on need.

    Cells (i, j) within `width` of the scaled diagonal j = i·m/n are filled; when the best
    path runs along the edge of the band, the band is doubled and the search repeated (a
    wider one might hold a cheaper path). Beads far from the diagonal are never right in UN
    paragraphs, so the first band almost always holds the path: a paragraph of 2,000
    sentences costs O(n · SENTENCE_BAND), not O(n · m), and a long run of sentences left out
    on one side still aligns, with a wider band.
    """
    width = SENTENCE_BAND
    while True:
        beads, touched_edge = _banded(n, m, scorer, width)
        if not touched_edge or width >= max(n, m):
            return beads
        width *= 2


def _banded(n: int, m: int, scorer: _Scorer, width: int) -> tuple[list[tuple[range, range]], bool]:
    def bounds(i: int) -> tuple[int, int]:
        centre = i * m // n if n else 0
        # The corners must lie in the band whatever its width: (0, 0) and (n, m) are on the diagonal.
        return max(0, centre - width), min(m, centre + width)

    found = cheapest_beads(n, m, BEAD_PRIORS, lambda i, j, di, dj: scorer.cost(
        range(i, i + di), range(j, j + dj), BEAD_PRIORS[(di, dj)]), bounds)
    touched_edge = any((j + dj == bounds(i + di)[0] > 0) or (j + dj == bounds(i + di)[1] < m)
                       for i, j, di, dj in found)
    return [(range(i, i + di), range(j, j + dj)) for i, j, di, dj in found], touched_edge


def _split_at_semicolons(pieces: range, en: range, piece_scorer: _Scorer, scorer: _Scorer,
                         zh_sentences: range) -> list[tuple[range, range]]:
    """Split one Chinese sentence (several ；-pieces) over several English sentences 1-1, if that fits better."""
    if len(en) < 2 or len(zh_sentences) != 1 or len(pieces) < len(en):
        return [(pieces, en)]
    whole = scorer.cost(zh_sentences, en, BEAD_PRIORS.get((1, len(en)), BEAD_PRIORS[(1, 2)]))
    n, k = len(pieces), len(en)
    prior = BEAD_PRIORS[(1, 1)]
    # best[j][i]: cost of giving the first i pieces to the first j English sentences.
    best = [[math.inf] * (n + 1) for _ in range(k + 1)]
    cut = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        for i in range(j, n + 1):
            for start in range(j - 1, i):
                if best[j - 1][start] == math.inf:
                    continue
                total = best[j - 1][start] + piece_scorer.cost(
                    range(pieces.start + start, pieces.start + i), range(en.start + j - 1, en.start + j), prior)
                if total < best[j][i]:
                    best[j][i], cut[j][i] = total, start
    if best[k][n] >= whole:
        return [(pieces, en)]
    parts: list[tuple[range, range]] = []
    i = n
    for j in range(k, 0, -1):
        start = cut[j][i]
        parts.append((range(pieces.start + start, pieces.start + i), range(en.start + j - 1, en.start + j)))
        i = start
    return parts[::-1]
