"""The one dynamic programme of the aligners: the cheapest sequence of beads inside a band.

A bead takes `di` blocks (or sentences) of one side and `dj` of the other; the caller says
which shapes exist, what a bead costs, and which cells of the table may be visited (the
band). Paragraph gaps, numbered paragraphs and sentences are all aligned by it; searching a
band instead of the whole table keeps the cost linear in practice.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

Bead = tuple[int, int, int, int]  # (i, j, di, dj): zh[i:i+di] with en[j:j+dj]


def cheapest_beads(n: int, m: int, shapes: Iterable[tuple[int, int]], cost: Callable[[int, int, int, int], float],
                   bounds: Callable[[int], tuple[int, int]]) -> list[Bead]:
    """The beads from (0, 0) to (n, m) of least total cost, visiting for each i only the
    j with bounds(i)[0] <= j <= bounds(i)[1]. The band must hold both corners."""
    shapes = tuple(shapes)
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        low, high = bounds(i)
        for j in range(low, high + 1):
            here = best.get((i, j))
            if here is None:
                continue
            for di, dj in shapes:
                ti, tj = i + di, j + dj
                if ti > n or tj > m:
                    continue
                target_low, target_high = bounds(ti)
                if not target_low <= tj <= target_high:
                    continue
                total = here + cost(i, j, di, dj)
                if total < best.get((ti, tj), math.inf):
                    best[(ti, tj)] = total
                    back[(ti, tj)] = (di, dj)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        di, dj = back[(i, j)]
        i, j = i - di, j - dj
        beads.append((i, j, di, dj))
    return beads[::-1]


def strip_bounds(n: int, m: int, band: int) -> Callable[[int], tuple[int, int]]:
    """The cells a path of one-to-one beads can take, leaving |n - m| blocks over, plus `band`
    each side: between the lines j = i and j = i - (n - m)."""
    def bounds(i: int) -> tuple[int, int]:
        return max(0, min(i, i - (n - m)) - band), min(m, max(i, i - (n - m)) + band)

    return bounds
