"""A whole archive: documents per second with --jobs 1 and 2, and peak memory against the
number of documents.

    python scripts/bench_batch.py [--speed-pairs 120] [--sizes 100 300 1000] [--runs 3]

Archives are made by scripts/make_archive.py (the bundled examples in every reader format,
ODS names, two pairs planted to fail). Each run is `unbitext.batch.align_archive` in a child
process; its own peak resident memory (the parent: pairing, spooling, writing) and its
workers' (the largest) are measured with getrusage. Prints the median time of --runs for
jobs 1 and 2 on one archive, the speed-up, then peak memory for each size with jobs 2.
Target (issue 15): memory flat in the number of documents.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_archive import make_archive  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
from unbitext.batch import align_archive
from unbitext.pipeline import AlignOptions
start = time.perf_counter()
plan, counts = align_archive(Path(sys.argv[1]), Path(sys.argv[2]), None, AlignOptions(), int(sys.argv[3]))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "pairs": len(plan.pairs), "failed": counts.failed, "units": counts.written,
                  "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run(folder: Path, jobs: int, scratch: Path) -> dict:
    output = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(scratch / "out.tmx"), str(jobs)],
                            check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed-pairs", type=int, default=120)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        speed = scratch / f"archive-{arguments.speed_pairs}"
        make_archive(speed, arguments.speed_pairs)
        medians = {}
        for jobs in (1, 2):
            times = [run(speed, jobs, scratch)["seconds"] for _ in range(arguments.runs)]
            medians[jobs] = statistics.median(times)
            print(f"{arguments.speed_pairs} pairs, --jobs {jobs}: median {medians[jobs]:.1f} s of {arguments.runs} "
                  f"({arguments.speed_pairs / medians[jobs]:.1f} documents pairs/s)")
        print(f"speed-up with 2 jobs: {medians[1] / medians[2]:.2f}x")
        for size in arguments.sizes:
            folder = scratch / f"archive-{size}"
            make_archive(folder, size)
            figures = run(folder, 2, scratch)
            print(f"{size:>5} pairs, --jobs 2: {figures['seconds']:.1f} s, {figures['units']} units written, "
                  f"{figures['failed']} failed; peak memory: parent {figures['parent_mb']:.0f} MB, "
                  f"largest worker {figures['worker_mb']:.0f} MB")


if __name__ == "__main__":
    main()
