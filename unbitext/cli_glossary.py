"""`unbitext glossary ...`: terminology from aligned text."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from unbitext.cli_common import fail
from unbitext.errors import UnbitextError
from unbitext.fileio import check_outputs
from unbitext.glossary.export import write_glossary
from unbitext.glossary.extract import DEFAULT_ALIGNMENTS, DEFAULT_TOP, ExtractOptions, extract
from unbitext.glossary.scoring import MIN_PROBABILITY
from unbitext.glossary.units import load_units, source_count
from unbitext.progress import progress_bar

# The names OmegaT's glossary folder reads as tab-separated glossaries.
OMEGAT_GLOSSARY_SUFFIXES = (".utf8", ".txt", ".tab")

app = typer.Typer(help="Extract UN terminology pairs from aligned text and export them for CAT tools.",
                  no_args_is_help=True)


class GlossaryFormat(str, Enum):
    tsv = "tsv"
    csv = "csv"
    tbx = "tbx"
    tmx = "tmx"


@app.command("extract")
def extract_command(
    inputs: Annotated[list[Path], typer.Argument(
        metavar="INPUT...", help="TMX files, and/or Chinese/English document pairs (two files each, either "
                                 "order; Word, PDF, HTML or plain text), and/or folders of documents (every "
                                 "pair in them, as 'unbitext align FOLDER' pairs them). "
                                 "Several inputs make one glossary.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The glossary file to write.", show_default=False)],
    output_format: Annotated[GlossaryFormat | None, typer.Option(
        "--format", help="tsv (OmegaT glossary: source, target, comment), csv (with a header row), tbx "
                         "(TBX-Basic), tmx (term pairs as a memory). Default: from the output file's extension, "
                         "else tsv.")] = None,
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Aligned units a pair must share (pairs "
                                           "a document defines, 'long form (ACRONYM)', need one).")] = 2,
    top: Annotated[int, typer.Option("--top", min=0, help="Keep the N best pairs (0: all). The default is "
                                     "what a person reviews in a sitting, some 10 s a pair.")] = DEFAULT_TOP,
    min_score: Annotated[float, typer.Option("--min-score", min=0.0, max=1.0, help="Leave out word-alignment pairs "
                                             "whose score, the estimated probability that the pair is right "
                                             "(0-1), is under this; lower it for a longer list with more "
                                             "wrong pairs. Pairs the text spells out score 1.")] = MIN_PROBABILITY,
    alignments: Annotated[int, typer.Option("--alignments", min=1, help="Word alignments to make (eflomal samples "
                                            "each anew); a pair's score is the mean over them, so a pair only "
                                            "one of them yields falls under the floor. Each costs another "
                                            "alignment pass.")] = DEFAULT_ALIGNMENTS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Propose term pairs (缔约国会议 = Conference of the States Parties) from aligned text.

    Words are aligned twice inside the aligned sentences (eflomal, together with a background of
    UN sentence pairs shipped with unbitext); term pairs are phrases consistent with an alignment
    whose Chinese (segmented by jieba) and English are noun phrases. Pairs the text spells out
    come first ("联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）" = "United Nations Office on Drugs
    and Crime (UNODC)", 题为“…” = entitled "…", 《…》 titles), then by the estimated probability
    that the pair is right, weighed from how consistently the two sides are aligned, how often,
    and how much they look like terms (a model fitted on pairs judged by hand), averaged over the
    two alignments. Every pair is a
    proposal (status "proposed") with its count, score and a context sentence in both languages.
    Several inputs, or a folder, make one glossary: more text aligns better.

    Example:

        unbitext glossary extract examples/wg4-2022/zh.txt examples/wg4-2022/en.txt -o wg4-terms.utf8

    (OmegaT reads tab-separated glossaries named *.utf8, *.txt or *.tab from its glossary/ folder.)
    """
    chosen = output_format.value if output_format else {".csv": "csv", ".tbx": "tbx", ".tmx": "tmx"}.get(
        output.suffix.lower(), "tsv")
    try:
        check_outputs([output], inputs)
        with progress_bar("reading and aligning inputs", source_count(inputs), quiet) as advance:
            sources = []
            failed: list[str] = []
            for source in load_units(inputs, failed):
                sources.append(source)
                if advance:
                    advance(1)
        glossary = extract(sources, ExtractOptions(min_count=min_count, top=top, min_score=min_score,
                                                   alignments=alignments))
        write_glossary(glossary, output, chosen)
    except UnbitextError as error:
        raise fail(error) from None
    for line in failed:
        typer.echo(f"unbitext: warning: pair left out: {line}", err=True)
    if chosen == "tsv" and output.suffix.lower() not in OMEGAT_GLOSSARY_SUFFIXES:
        typer.echo(f"unbitext: warning: OmegaT reads glossary files named *.utf8, *.txt or *.tab only; "
                   f"rename {output.name} to {output.stem}.utf8 to use it there", err=True)
    if not glossary.pairs:
        typer.echo(f"unbitext: warning: no term pairs found in {len(inputs)} input(s); {output} holds none "
                   f"(too little aligned text, or --min-count {min_count} too high)", err=True)
    if quiet:
        return
    typer.echo(f"{len(glossary.pairs)} term pairs -> {output} ({chosen}); best:")
    for pair in glossary.pairs[:10]:
        units = "unit" if pair.count == 1 else "units"
        typer.echo(f"  {pair.zh} = {pair.en}  ({pair.count} aligned {units}, score {pair.score})")
