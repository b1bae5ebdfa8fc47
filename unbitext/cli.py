"""The `unbitext` command: a thin typer layer over the library."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from unbitext import __version__, cli_check, cli_glossary, cli_tmx
from unbitext.align.reader import read_document
from unbitext.align.report import summary_lines
from unbitext.archive_pairs import plan_archive
from unbitext.batch import align_archive
from unbitext.cli_common import fail
from unbitext.errors import UnbitextError, UsageError
from unbitext.fileio import check_outputs, install_signal_handlers
from unbitext.pipeline import AlignOptions, align_files, write_alignment
from unbitext.progress import progress_bar

app = typer.Typer(
    name="unbitext",
    help="Turn Chinese/English United Nations document pairs into translation memories (TMX).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

class SourceLanguage(str, Enum):
    en = "en"
    zh = "zh"


class Segmentation(str, Enum):
    sentence = "sentence"
    paragraph = "paragraph"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"unbitext {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn Chinese/English United Nations document pairs into translation memories (TMX)."""


@app.command("align")
def align_command(
    first: Annotated[Path, typer.Argument(metavar="FILE1", help="One language version, Chinese or English: "
                                          "Word (.docx), PDF, HTML or plain text; or a folder of documents "
                                          "(an archive: every pair in it, one memory).", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The TMX file to write.", show_default=False)],
    second: Annotated[Path | None, typer.Argument(metavar="FILE2", help="The other language version (none "
                                                  "when FILE1 is a folder).", show_default=False)] = None,
    report: Annotated[Path | None, typer.Option(
        "--report", help="Also write a JSON report: pairs, numbers on one side only, suspicious pairs, "
                         "repairs made to the text.")] = None,
    source_lang: Annotated[SourceLanguage | None, typer.Option(
        "--source-lang", help="Source language of the TMX. Default: the documents' original language "
                              "('Original: English'), else English.")] = None,
    segment: Annotated[Segmentation, typer.Option(
        "--segment", help="Unit of the memory: 'sentence' (sentence pairs inside each paragraph pair, what CAT "
                          "tools match against) or 'paragraph' (one unit per numbered paragraph).")
    ] = Segmentation.sentence,
    zh_tag: Annotated[str, typer.Option("--zh-tag", help="BCP 47 language tag for Chinese segments.")] = "zh-CN",
    en_tag: Annotated[str, typer.Option("--en-tag", help="BCP 47 language tag for English segments.")] = "en-US",
    symbol: Annotated[str | None, typer.Option(
        "--symbol", help="The document's symbol (A/80/590) where the files print none; written to every unit.")
    ] = None,
    creation_id: Annotated[str | None, typer.Option(
        "--creation-id", help="Who the units are recorded as created by (TMX creationid). Default: your user "
                              "name.")] = None,
    review: Annotated[Path | None, typer.Option(
        "--review", help="Also write a review page (one self-contained HTML file): both versions side by side, "
                         "confidence, why units are flagged, a 'flagged only' filter.")] = None,
    table: Annotated[Path | None, typer.Option(
        "--table", help="Also write the units as an editable table (.xlsx or .tsv) to correct in Excel or "
                        "LibreOffice; 'unbitext tmx from-table' turns it back into a memory.")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="Leave out units whose confidence is below this (0 to 1); the "
                                                   "summary says how many.")] = 0.0,
    force: Annotated[bool, typer.Option(
        "--force", help="Write even when the two files do not look like versions of one document; every unit "
                        "is then marked low-confidence.")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="For a folder: pairs aligned at once, in worker processes. Default: the "
                                    "number of cores.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Align a Chinese and an English UN document by paragraph number and write a TMX 1.4b memory.

    Paragraphs pair by their numbers (12. with 12.), chapters by numeral (一. with I.),
    articles by number (第一条 with Article 1), list items by label ((一) with (i)).
    Unnumbered text between two numbered blocks pairs by order and length. Inside each
    paragraph pair, sentences are then aligned (--segment sentence, the default), so that
    CAT tools find sentence matches. The language of each file is detected, so the two
    files may come in either order; each may be Word, PDF, HTML or plain text (told from
    the content), and the report says what was set aside (running heads, footers, ...).

    Given a folder instead of two files, every Chinese/English pair in it is aligned into one
    memory: files pair by document symbol (ODS names such as A_80_590-C.docx, or the symbol
    the masthead prints), else by name (report.zh.txt, zh/report.pdf); the report lists the
    files left unpaired, doubled or unreadable, and each pair that failed.

    Examples:

        unbitext align examples/wg4-2022/zh.txt examples/wg4-2022/en.txt -o wg4-2022.tmx

        unbitext align archive/ -o archive.tmx --report archive.json

    Exit status: 0 on success, 2 when a file cannot be read or aligned; for a folder, 1 when
    some pairs failed (the memory holds the others), 2 when none could be aligned.
    """
    try:
        options = AlignOptions(source_lang=source_lang.value if source_lang else None, zh_tag=zh_tag, en_tag=en_tag,
                               segment=segment.value, creation_id=creation_id or "", symbol=symbol, force=force,
                               min_confidence=min_confidence)
    except UnbitextError as error:
        raise fail(error) from None
    if first.is_dir() and second is None:
        archive_command(first, output, report, options,
                        [("--review", review), ("--table", table), ("--symbol", symbol), ("--force", force or None)],
                        jobs or os.cpu_count() or 1, quiet)
        return
    if second is None:
        raise fail(UsageError("give two files (Chinese and English), or one folder", first))
    try:
        check_outputs([output, report, review, table], [first, second])
        if table is not None and table.suffix.lower() not in (".xlsx", ".tsv"):
            raise UsageError("--table is written as .xlsx or .tsv", table)
        aligned = align_files(first, second)
        result = write_alignment(aligned, output, options, report_path=report, review_path=review, table_path=table)
    except UnbitextError as error:
        raise fail(error) from None
    if quiet:
        return
    typer.echo(f"{aligned.zh.path} (zh) + {aligned.en.path} (en) -> {output}")
    for line in summary_lines(result):
        typer.echo("  " + line)
    left_out = result["left_out_below_min_confidence"]
    typer.echo(f"  written     {result['units_written']} {options.segment} units, "
               f"srclang {result['settings']['srclang']} ({result['settings']['srclang_basis']})"
               + (f"; {left_out} left out below confidence {min_confidence}" if left_out else ""))
    if result["same_document"]["forced"]:
        typer.echo(f"  FORCED      {result['same_document']['reason']}")


def archive_command(folder: Path, output: Path, report: Path | None, options: AlignOptions,
                    single_pair_options: list[tuple[str, object]], jobs: int, quiet: bool) -> None:
    """`unbitext align FOLDER`: the whole archive into one memory (unbitext.batch)."""
    try:
        for name, value in single_pair_options:
            if value is not None:
                raise UsageError(f"{name} is for one pair of files, not a folder")
        check_outputs([output, report], [])
        if not quiet:
            typer.echo(f"{folder}: pairing files ...")
        plan = plan_archive(folder, read_document)
        with progress_bar("aligning pairs", len(plan.pairs), quiet) as advance:
            plan, counts = align_archive(folder, output, report, options, jobs, advance, plan)
    except UnbitextError as error:
        raise fail(error) from None
    if not quiet:
        typer.echo(f"  documents   {counts.documents} pairs aligned with {jobs} job(s), {counts.failed} failed")
        typer.echo(f"  units       {counts.written} written ({counts.repeated} repeats of a pair written once), "
                   f"{counts.flagged} flagged")
        typer.echo(f"  set aside   {len(plan.set_aside)} file(s): unpaired, doubled or not documents"
                   + (f" (listed in {report})" if report else ""))
        for entry in plan.set_aside[:10]:
            typer.echo(f"    {entry.path}: {entry.why}")
        if len(plan.set_aside) > 10:
            typer.echo("    ...")
    if counts.failed:
        typer.echo(f"unbitext: {counts.failed} of {counts.documents} pair(s) failed, the first: {counts.first_error}"
                   + (f"; every error is in {report}" if report else ""), err=True)
        raise typer.Exit(1)


app.add_typer(cli_glossary.app, name="glossary")
app.add_typer(cli_tmx.app, name="tmx")
app.command("check")(cli_check.check_command)


def main() -> None:
    install_signal_handlers()
    app()


if __name__ == "__main__":
    main()
