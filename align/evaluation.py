"""Score predicted sentence beads against gold beads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BeadScores:
    correct: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _bead_key(zh: str, en: str) -> tuple[str, str]:
    # Whitespace aside: Chinese has none between sentences, English one.
    return "".join(zh.split()), " ".join(en.split())


def score_beads(predicted: list[tuple[str, str]], gold: list[tuple[str, str]]) -> BeadScores:
    """A predicted bead is correct when both its texts equal those of a gold bead."""
    ours = [_bead_key(zh, en) for zh, en in predicted]
    expected = {_bead_key(zh, en) for zh, en in gold}
    return BeadScores(sum(bead in expected for bead in ours), len(ours), len(gold))


def add(scores: list[BeadScores]) -> BeadScores:
    return BeadScores(sum(s.correct for s in scores), sum(s.predicted for s in scores),
                      sum(s.expected for s in scores))
