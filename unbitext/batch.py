"""A whole archive into one memory: pairs aligned in worker processes, units streamed into one
TMX in the order of the documents' symbols, repeated pairs written once with the list of
documents they occur in, and the per-document reports gathered into one JSON report.

`align_pair` is the unit of work: a pure function from one pair of paths (and the options)
to a picklable outcome, so the same function runs under a process pool here or as a task
on Dask or Ray (README, "An archive").
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from unbitext import __version__
from unbitext.align.reader import read_document
from unbitext.archive_pairs import ArchivePlan, DocumentPair, plan_archive
from unbitext.errors import UnbitextError
from unbitext.fileio import OutputSet, deferred_signals
from unbitext.pipeline import AlignOptions, align_files, build_memory
from unbitext.tmx.digests import DigestSet, unit_digest
from unbitext.tmx.units import TmxHeader, TranslationUnit, settings_props
from unbitext.tmx.writer import write_tmx

DOCUMENTS_FIELD = "x-Documents:MultipleString"  # a repeated pair: every document it occurs in


@dataclass(frozen=True)
class PairOutcome:
    key: str
    zh: str
    en: str
    units: tuple[TranslationUnit, ...]
    report: dict[str, Any] | None  # None when the pair failed
    error: str | None


def align_pair(pair: DocumentPair, options: AlignOptions) -> PairOutcome:
    """Align one pair; an input error becomes the outcome's error, never an exception, so
    that one bad pair does not stop the others."""
    try:
        aligned = align_files(pair.zh, pair.en)
        # The archive's key (a symbol from the file name, or the name) stands in where neither version prints one.
        printed = aligned.zh.symbol or aligned.en.symbol
        memory = build_memory(aligned, replace(options, symbol=None if printed else pair.key))
    except UnbitextError as error:
        return PairOutcome(pair.key, str(pair.zh), str(pair.en), (), None, str(error))
    report = {key: value for key, value in memory.report.items() if key != "units"}  # per-unit detail: too big
    report["units_written"] = len(memory.units)
    return PairOutcome(pair.key, str(pair.zh), str(pair.en), memory.units, report, None)


@dataclass
class BatchCounts:
    documents: int = 0
    failed: int = 0
    units: int = 0
    written: int = 0
    repeated: int = 0
    flagged: int = 0
    first_error: str = ""


def _in_order(pairs: tuple[DocumentPair, ...], options: AlignOptions, jobs: int) -> Iterator[PairOutcome]:
    """Outcomes in the pairs' order, with at most a few pairs per worker in flight, so that
    memory does not grow with the number of documents."""
    if jobs <= 1:
        for pair in pairs:
            yield align_pair(pair, options)
        return
    # spawn: workers start clean, the same on Linux, macOS and Windows.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        window: deque[Future[PairOutcome]] = deque()
        waiting = iter(pairs)
        try:
            for pair in waiting:
                with deferred_signals():
                    window.append(pool.submit(align_pair, pair, options))
                if len(window) >= 3 * jobs:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for future in window:
                future.cancel()


def _spool_units(outcomes: Iterator[PairOutcome], spool: IO[bytes], report: IO[str], counts: BatchCounts,
                 advance: Callable[[int], None] | None) -> dict[int, list[str]]:
    """First pass: each new unit into the spool, each document's report into the report;
    return, for the pairs seen more than once, the other documents they occur in."""
    seen = DigestSet()
    repeats: dict[int, list[str]] = {}
    for outcome in outcomes:
        counts.documents += 1
        entry: dict[str, Any] = {"key": outcome.key, "zh": outcome.zh, "en": outcome.en}
        if outcome.report is None:
            counts.failed += 1
            counts.first_error = counts.first_error or str(outcome.error)
            entry["error"] = outcome.error
        else:
            entry["report"] = outcome.report
            counts.flagged += len(outcome.report["flagged"])
        report.write(("," if counts.documents > 1 else "") + "\n    " + json.dumps(entry, ensure_ascii=False))
        name = outcome.report["settings"]["document"] if outcome.report else outcome.key
        for unit in outcome.units:
            counts.units += 1
            digest = unit_digest(unit.segments)
            if seen.add(digest):
                pickle.dump((digest, unit), spool, protocol=pickle.HIGHEST_PROTOCOL)
            else:
                counts.repeated += 1
                repeats.setdefault(digest, []).append(name)
        if advance is not None:
            advance(1)
    return repeats


def _spooled(spool: IO[bytes], repeats: dict[int, list[str]]) -> Iterator[TranslationUnit]:
    spool.seek(0)
    while True:
        try:
            digest, unit = pickle.load(spool)
        except EOFError:
            return
        if digest in repeats:
            first = unit.prop("x-document") or ""
            documents = list(dict.fromkeys([first, *repeats[digest]]))
            unit = replace(unit, props=unit.props + tuple((DOCUMENTS_FIELD, d) for d in documents))
        yield unit


def align_archive(folder: Path, output: Path, report_path: Path | None, options: AlignOptions,
                  jobs: int = 1, advance: Callable[[int], None] | None = None,
                  plan: ArchivePlan | None = None) -> tuple[ArchivePlan, BatchCounts]:
    """Align every pair under `folder` into one TMX (and one JSON report); all outputs or none.

    Raises UnbitextError when the folder holds no pair or every pair failed."""
    plan = plan or plan_archive(folder, read_document)
    if not plan.pairs:
        raise UnbitextError("no Chinese/English pair of documents found "
                            f"({len(plan.set_aside)} file(s) set aside)", folder)
    counts = BatchCounts()
    srclang = options.source_lang or "en"  # one source language for the whole memory
    options = replace(options, source_lang=srclang)
    tags = {"zh": options.zh_tag, "en": options.en_tag}
    settings = {"version": __version__, "archive": folder.name, "documents": len(plan.pairs),
                "srclang": tags[srclang], "segtype": options.segment, "min_confidence": options.min_confidence,
                "jobs": jobs, "order": "by document symbol, then by unit",
                "repeats": f"a pair in several documents is written once, every document in {DOCUMENTS_FIELD}"}
    header = TmxHeader(srclang=tags[srclang], segtype=options.segment, creationtoolversion=__version__,
                       adminlang="en-US", props=settings_props(settings))
    with OutputSet([output, report_path]) as outputs, tempfile.TemporaryFile(dir=output.resolve().parent) as spool:
        report_file = (outputs.temporary(report_path).open("w", encoding="utf-8") if report_path
                       else open(os.devnull, "w", encoding="utf-8"))
        with report_file as report:
            report.write('{\n  "settings": ' + json.dumps(settings, ensure_ascii=False) + ',\n  "documents": [')
            repeats = _spool_units(_in_order(plan.pairs, options, jobs), spool, report, counts, advance)
            if counts.failed == counts.documents:
                raise UnbitextError(f"every one of the {counts.documents} pair(s) failed, nothing written; the first: "
                                    + counts.first_error, folder)
            counts.written = write_tmx(outputs.temporary(output), header, _spooled(spool, repeats), atomic=False)
            totals = {"documents": counts.documents, "failed": counts.failed, "units": counts.units,
                      "units_written": counts.written, "repeated_units": counts.repeated,
                      "flagged_units": counts.flagged}
            set_aside = [{"file": str(entry.path), "why": entry.why} for entry in plan.set_aside]
            report.write("\n  ],\n  \"set_aside\": " + json.dumps(set_aside, ensure_ascii=False, indent=4)
                         + ",\n  \"totals\": " + json.dumps(totals) + "\n}\n")
    return plan, counts
