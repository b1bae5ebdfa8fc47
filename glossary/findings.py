"""Findings of `unbitext check` as files a reviewer opens: TSV for a spreadsheet, HTML for a browser."""

from __future__ import annotations

import html
import re

from unbitext.glossary.check import COLUMNS, Finding

_MARKED = re.compile("«([^»]*)»")


def findings_tsv(findings: list[Finding]) -> str:
    """A header row, then one finding a row; tabs and line breaks inside a field become spaces."""
    rows = [COLUMNS, *(f.record().values() for f in findings)]
    return "".join("\t".join(" ".join(str(cell).split()) for cell in row) + "\n" for row in rows)


def findings_html(findings: list[Finding], inputs: list[str], glossaries: list[str]) -> str:
    """One self-contained page: a row per finding, the term and what stands instead highlighted."""
    def marked(text: str) -> str:
        return _MARKED.sub(lambda m: f"<mark>{m.group(1)}</mark>", html.escape(text))

    rows = "".join(
        f"<tr><td>{html.escape(f.check)}</td><td>{html.escape(f.file)}</td><td>{html.escape(f.unit)}</td>"
        f"<td>{html.escape(f.term)}</td><td>{html.escape(f.expected)}</td><td>{html.escape(f.found)}</td>"
        f"<td>{marked(f.context)}</td><td>{marked(f.target_context)}</td></tr>\n" for f in findings)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>unbitext check</title>
<style>body{{font-family:sans-serif;margin:1.5em}}table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}}th{{background:#f3f3f3}}
mark{{background:#ffd54f}}</style></head><body>
<h1>unbitext check: {len(findings)} finding(s)</h1>
<p>Inputs: {html.escape(", ".join(inputs))}. Glossaries: {html.escape(", ".join(glossaries) or "none")}.</p>
<table><thead><tr><th>check</th><th>file</th><th>unit</th><th>term</th><th>expected</th><th>found instead</th>
<th>where</th><th>the other side</th></tr></thead><tbody>
{rows}</tbody></table></body></html>
"""
