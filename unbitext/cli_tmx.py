"""`unbitext tmx ...`: chores on translation memories — validate, stats, merge."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from unbitext.cli_common import EXIT_FINDINGS, fail
from unbitext.errors import UnbitextError
from unbitext.fileio import check_input_file, check_outputs
from unbitext.progress import progress_bar
from unbitext.table import read_table
from unbitext.tmx.merge import merge_tmx
from unbitext.tmx.stats import tmx_stats
from unbitext.tmx.validate import validate_tmx
from unbitext.tmx.writer import write_tmx

app = typer.Typer(help="Validate, describe and merge TMX translation memories, as streams of any size.",
                  no_args_is_help=True)


def _size(path: Path) -> int | None:
    """Bytes to read, for the bar; None (a bar without an end) when the size cannot be known."""
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None


@app.command("validate")
def validate_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="TMX files to check.", show_default=False)],
    limit: Annotated[int, typer.Option("--limit", min=0, help="Print at most this many problems per file "
                                       "(all are counted).")] = 50,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no per-file verdicts; the "
                                        "exit status says it all.")] = False,
) -> None:
    """Check TMX files against the TMX 1.4b DTD and for what CAT tools choke on.

    Checks, by id: dtd (the TMX 1.4b DTD), xml (well-formedness, XML-illegal characters),
    srclang (a unit without the header's source language), missing-language (a unit with
    fewer than two languages), empty-segment, duplicate (a unit repeating another), too-long
    (a segment over 2,000 characters, a limit of Trados Cloud).

    Example:

        unbitext tmx validate wg4-2022.tmx old-memory.tmx

    Exit status: 0 when every file is valid, 1 when a problem was found, 2 when a file
    cannot be read.
    """
    found_any = False
    for path in files:
        counts: Counter[str] = Counter()
        try:
            with progress_bar(f"validating {path.name}", _size(path), quiet) as advance:
                for problem in validate_tmx(path, advance):
                    counts[problem.check] += 1
                    if sum(counts.values()) <= limit and not quiet:
                        typer.echo(f"{path}: {problem}")
        except UnbitextError as error:
            raise fail(error) from None
        found_any = found_any or bool(counts)
        if quiet:
            continue
        if counts:
            typer.echo(f"{path}: INVALID: " + ", ".join(f"{n} {check}" for check, n in sorted(counts.items())))
        else:
            typer.echo(f"{path}: valid TMX 1.4b, no problems found")
    if found_any:
        raise typer.Exit(EXIT_FINDINGS)


@app.command("stats")
def stats_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A TMX file.", show_default=False)],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Describe a TMX file: units, languages, props and the length of its segments.

    Example:

        unbitext tmx stats wg4-2022.tmx
    """
    try:
        with progress_bar(f"reading {file.name}", _size(file), quiet) as advance:
            stats = tmx_stats(file, advance)
    except UnbitextError as error:
        raise fail(error) from None
    typer.echo(f"{file}: {stats.units} units, srclang {stats.srclang}, segtype {stats.segtype}")
    for language, count in sorted(stats.languages.items()):
        summary = stats.length_summary(language)
        typer.echo(f"  {language:<8} {count} segments; characters: min {summary['min']}, median "
                   f"{summary['median']}, mean {summary['mean']}, 90th percentile {summary['p90']}, max "
                   f"{summary['max']}")
    for kind, count in sorted(stats.props.items()):
        typer.echo(f"  prop {kind}: {count}")


@app.command("merge")
def merge_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="TMX files to merge, TMX 1.4 or 1.1, "
                                                "UTF-8 or UTF-16.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The merged TMX to write.", show_default=False)],
    srclang: Annotated[str | None, typer.Option("--srclang", help="Source language of the merged file (a BCP 47 "
                                                "tag). Default: that of the first file.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")] = False,
) -> None:
    """Merge TMX files into one, dropping repeated pairs and keeping each unit's props.

    Two units are the same pair when their segments are equal language by language, after
    whitespace is folded and language tags are put in one case (EN-US = en-US).

    Example:

        unbitext tmx merge wg4-2022.tmx udhr.tmx omegat-project-save.tmx -o un-memory.tmx
    """
    try:
        check_outputs([output], list(files))
        with progress_bar("merging", sum(_size(f) or 0 for f in files), quiet) as advance:
            counts = merge_tmx(files, output, srclang, advance)
    except UnbitextError as error:
        raise fail(error) from None
    if not quiet:
        typer.echo(f"{counts.read} units read from {len(files)} files, {counts.duplicates} repeated pairs "
                   f"dropped, {counts.written} units written to {output}")


@app.command("from-table")
def from_table_command(
    table: Annotated[Path, typer.Argument(metavar="TABLE", help="A correction table (.xlsx or .tsv) written by "
                                          "'unbitext align --table' and edited.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The TMX to write.", show_default=False)],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Turn a corrected table back into a TMX memory, with the settings and unit fields of the run
    that wrote it.

    In the table a reviewer may edit segments, merge rows (join their text in one row and
    delete the other), split a row (insert one below it), or delete rows (or empty them).
    A table whose columns were broken (a cell added or removed, the header changed) is
    refused with the line at fault.

    Example:

        unbitext align zh.docx en.pdf -o draft.tmx --table review.xlsx
        unbitext tmx from-table review.xlsx -o corrected.tmx

    Exit status: 0 on success, 2 when the table cannot be read.
    """
    try:
        check_outputs([output], [table])
        check_input_file(table)
        header, units = read_table(table)
        written = write_tmx(output, header, units)
    except UnbitextError as error:
        raise fail(error) from None
    if not quiet:
        typer.echo(f"{written} units from {table} -> {output}")
