"""`unbitext tmx ...`: chores on translation memories — validate, stats, merge."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from tmx.merge import merge_tmx
from tmx.stats import tmx_stats
from tmx.validate import validate_tmx
from unbitext.cli_common import EXIT_FINDINGS, fail
from unbitext.errors import UnbitextError

app = typer.Typer(help="Validate, describe and merge TMX translation memories, as streams of any size.",
                  no_args_is_help=True)


@app.command("validate")
def validate_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="TMX files to check.", show_default=False)],
    limit: Annotated[int, typer.Option("--limit", min=0, help="Print at most this many problems per file "
                                       "(all are counted).")] = 50,
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
            for problem in validate_tmx(path):
                counts[problem.check] += 1
                if sum(counts.values()) <= limit:
                    typer.echo(f"{path}: {problem}")
        except UnbitextError as error:
            raise fail(error) from None
        if counts:
            found_any = True
            typer.echo(f"{path}: INVALID: " + ", ".join(f"{n} {check}" for check, n in sorted(counts.items())))
        else:
            typer.echo(f"{path}: valid TMX 1.4b, no problems found")
    if found_any:
        raise typer.Exit(EXIT_FINDINGS)


@app.command("stats")
def stats_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A TMX file.", show_default=False)],
) -> None:
    """Describe a TMX file: units, languages, props and the length of its segments.

    Example:

        unbitext tmx stats wg4-2022.tmx
    """
    try:
        stats = tmx_stats(file)
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
    srclang: Annotated[str | None, typer.Option("--srclang", help="Source language of the merged file. "
                                                "Default: that of the first file.")] = None,
) -> None:
    """Merge TMX files into one, dropping repeated pairs and keeping each unit's props.

    Two units are the same pair when their segments are equal language by language, after
    whitespace is folded and language tags are put in one case (EN-US = en-US).

    Example:

        unbitext tmx merge wg4-2022.tmx udhr.tmx omegat-project-save.tmx -o un-memory.tmx
    """
    try:
        counts = merge_tmx(files, output, srclang)
    except UnbitextError as error:
        raise fail(error) from None
    typer.echo(f"{counts.read} units read from {len(files)} files, {counts.duplicates} repeated pairs dropped, "
               f"{counts.written} units written to {output}")
