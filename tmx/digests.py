"""A compact set of unit digests, so that de-duplication keeps memory flat in practice.

A Python set of 2,000,000 digests takes about 140 MB (an object and a slot per entry);
here each digest is 8 bytes in a sorted array, one array per 16-bit prefix: about 16 MB.
64-bit digests (BLAKE2b) collide with odds near 1e-7 among two million units.
"""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left


def unit_digest(segments: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> int:
    """The digest of a unit's (language, text) segments, whatever their order."""
    key = "\x00".join(f"{tag.lower()}\x01{text}" for tag, text in sorted(segments))
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


class DigestSet:
    def __init__(self) -> None:
        self._buckets: dict[int, array] = {}
        self.size = 0

    def add(self, digest: int) -> bool:
        """Add `digest`; False if it was already there."""
        bucket = self._buckets.get(digest >> 48)
        if bucket is None:
            bucket = self._buckets[digest >> 48] = array("Q")
        position = bisect_left(bucket, digest)
        if position < len(bucket) and bucket[position] == digest:
            return False
        bucket.insert(position, digest)
        self.size += 1
        return True
