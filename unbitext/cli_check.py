"""`unbitext check`: terminology and number consistency of a translation."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from unbitext.cli_common import EXIT_FINDINGS, fail
from unbitext.errors import UnbitextError, UsageError
from unbitext.glossary.check import CHECKS, Checker, Finding
from unbitext.glossary.findings import findings_html, findings_tsv
from unbitext.glossary.read import read_glossary
from unbitext.glossary.units import load_units, source_count
from unbitext.progress import progress_bar

JSON_SCHEMA = "unbitext-check/1"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    tsv = "tsv"
    html = "html"


TERM_CHECKS = ("term-missing", "term-forbidden")


def _parse_checks(value: str | None) -> list[str]:
    if not value:
        return list(CHECKS)
    wanted = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in wanted if v not in CHECKS]
    if unknown:
        raise typer.BadParameter(f"unknown check(s) {', '.join(unknown)}; known: {', '.join(CHECKS)}")
    return wanted


def _text_report(findings: list[Finding]) -> str:
    lines = []
    for check in CHECKS:
        group = [f for f in findings if f.check == check]
        if not group:
            continue
        lines.append(f"== {check} ({len(group)})")
        for f in group:
            lines.append(f"{f.file} | {f.unit} | {f.term} | expected: {f.expected} | found: {f.found or '-'}")
            if f.context:
                lines.append(f"    {f.context}")
    lines.append("no findings" if not findings else
                 "findings: " + ", ".join(f"{check} {sum(f.check == check for f in findings)}"
                                          for check in CHECKS if any(f.check == check for f in findings)))
    return "\n".join(lines)


def check_command(
    inputs: Annotated[list[Path], typer.Argument(
        metavar="INPUT...", help="TMX files, and/or Chinese/English document pairs (Word, PDF, HTML or plain text; "
                             "aligned on the fly).",
        show_default=False)],
    glossaries: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", help="A glossary: TSV (OmegaT layout; a 4th column 'deprecated' or 'avoid' marks a "
                                 "forbidden term), CSV (with a header row) or TBX. Repeat for several. Without one, "
                                 "only the checks that need none run (number-mismatch, inconsistent-*).",
        show_default=False)] = None,
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", help="text (grouped by check), json (schema unbitext-check/1), tsv (one finding a row, for a "
                         "spreadsheet) or html (one self-contained page, terms highlighted).")] = OutputFormat.text,
    include_proposed: Annotated[bool, typer.Option(
        "--include-proposed", help="Also report terms missing for glossary entries of status 'proposed' (what "
                                   "'glossary extract' writes): by default only approved entries name errors.")
    ] = False,
    checks: Annotated[str | None, typer.Option(
        "--checks", help=f"Comma-separated checks to run (default: all): {', '.join(CHECKS)}.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no report; the exit status "
                                        "says whether anything was found.")] = False,
) -> None:
    """Check a translation's terminology and numbers against glossaries, before delivery.

    term-missing: the source has a glossary term, the target none of its accepted
    translations (English matched ignoring case and plural: "State party" finds "States
    parties"). term-forbidden: the target uses a term marked deprecated or avoid.
    inconsistent-target / inconsistent-source: one segment or term rendered two ways.
    number-mismatch: numbers, dates, resolution and article references and document symbols
    on one side only (十三 = 13, 二〇二二 = 2022, 540 万美元 = $5.4 million, 第九条 = article 9).

    Example:

        unbitext check --glossary terms.utf8 examples/wg4-2022/zh.txt examples/wg4-2022/en.txt

    Exit status: 0 nothing found, 1 findings, 2 usage or input error.
    """
    glossaries = glossaries or []
    selected = _parse_checks(checks)
    if not glossaries:
        if checks and set(selected) & set(TERM_CHECKS):
            raise fail(UsageError(f"{', '.join(c for c in selected if c in TERM_CHECKS)} need(s) a glossary: give -g"))
        selected = [c for c in selected if c not in TERM_CHECKS]
    try:
        terms = []
        for path in glossaries:
            found = read_glossary(path)
            if not found:
                typer.echo(f"unbitext: warning: {path}: the glossary holds no terms", err=True)
            terms.extend(found)
        findings: list[Finding] = []
        inputs_read = []
        with progress_bar("checking inputs", source_count(inputs), quiet) as advance:
            for source in load_units(inputs):
                checker = Checker(terms, source.source_language, selected, include_proposed)
                findings.extend(checker.run(source.units))
                inputs_read.append({"input": source.description, "units": len(source.units),
                                    "source_language": source.source_language})
                if advance:
                    advance(1)
    except UnbitextError as error:
        raise fail(error) from None
    if quiet:
        raise typer.Exit(EXIT_FINDINGS if findings else 0)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps({
            "schema": JSON_SCHEMA, "inputs": inputs_read, "glossaries": [str(g) for g in glossaries],
            "glossary_terms": len(terms), "checks": selected,
            "counts": {check: sum(f.check == check for f in findings) for check in selected},
            "findings": [f.record() for f in findings],
        }, ensure_ascii=False, indent=2))
    elif output_format is OutputFormat.tsv:
        typer.echo(findings_tsv(findings), nl=False)
    elif output_format is OutputFormat.html:
        typer.echo(findings_html(findings, [str(i) for i in inputs], [str(g) for g in glossaries]), nl=False)
    else:
        typer.echo(_text_report(findings))
    if findings:
        raise typer.Exit(EXIT_FINDINGS)
