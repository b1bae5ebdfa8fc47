"""C-value (Frantzi, Ananiadou and Mima 2000): termhood of nested candidates.

A candidate that mostly occurs inside longer candidates ("约国会" inside "缔约国会议") gets
its frequency discounted by theirs; one that always occurs inside the same longer one
scores zero.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

Candidate = TypeVar("Candidate", bound=Hashable)


def c_values(frequencies: dict[Candidate, int], length: Callable[[Candidate], int],
             parts: Callable[[Candidate], Iterable[Candidate]]) -> dict[Candidate, float]:
    """C-value of every candidate; `parts` yields the candidate's proper sub-candidates."""
    nested_total: dict[Candidate, int] = {}
    nested_count: dict[Candidate, int] = {}
    for longer, frequency in frequencies.items():
        for part in set(parts(longer)):
            if part in frequencies:
                nested_total[part] = nested_total.get(part, 0) + frequency
                nested_count[part] = nested_count.get(part, 0) + 1
    scores: dict[Candidate, float] = {}
    for candidate, frequency in frequencies.items():
        weight = math.log2(length(candidate)) if length(candidate) > 1 else 0.5
        independent = frequency - nested_total[candidate] / nested_count[candidate] if candidate in nested_count \
            else float(frequency)
        scores[candidate] = weight * independent
    return scores
