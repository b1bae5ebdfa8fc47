"""The review page: one self-contained HTML file showing both versions side by side.

Written from the alignment result (align.result), never by aligning again. No network: the
style sheet and the one small script are inside the file, fonts are the reader's own, so
it opens from disk in any browser. Every unit is a row (label, confidence, Chinese,
English, why it is flagged); text on one side only is a row where it falls; numbers,
symbols and names found on one side only are highlighted; "flagged only" hides the rest.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from unbitext.align.content import evidence
from unbitext.align.paragraphs import FLAG_BELOW
from unbitext.align.result import AlignmentResult, Dropped, MemoryUnit

_STYLE = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; margin: 0 0 .3em; } p.meta { margin: .2em 0; color: #555; }
.verdict { padding: .4em .6em; border-radius: 4px; background: #eef6ee; }
.verdict.different { background: #fde8e8; }
.controls { margin: 1em 0; position: sticky; top: 0; background: #fff; padding: .4em 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: .35em .5em; vertical-align: top; text-align: left; }
th { background: #f3f3f3; } col.n { width: 3.5em; } col.unit { width: 11em; } col.conf { width: 5.5em; }
col.why { width: 16em; } td.conf { text-align: right; font-variant-numeric: tabular-nums; }
tr.flagged td.conf { color: #b00; font-weight: bold; } tr.flagged { background: #fff7e6; }
tr.dropped { background: #f6f0ff; color: #444; } tr.dropped td.text:empty::after { content: "—"; color: #999; }
mark { background: #ffd54f; padding: 0 .1em; } td.why { font-size: .9em; color: #444; }
body.flagged-only tr.row:not(.flagged):not(.dropped) { display: none; }
"""

_SCRIPT = """
document.getElementById("flagged-only").addEventListener("change", function (event) {
  document.body.classList.toggle("flagged-only", event.target.checked);
  var shown = document.querySelectorAll("tr.row:not([hidden])");
  var visible = 0;
  shown.forEach(function (row) { if (row.offsetParent !== null) { visible += 1; } });
  document.getElementById("shown").textContent = visible;
});
"""


def write_review(result: AlignmentResult, settings: dict[str, Any], path: Path | str) -> None:
    Path(path).write_text(review_html(result, settings), encoding="utf-8")


def review_html(result: AlignmentResult, settings: dict[str, Any]) -> str:
    ratio, spread = result.alignment.length_ratio, result.alignment.length_spread
    rows = []
    placed = _dropped_after(result)
    for index, unit in enumerate(result.units, start=1):
        rows.append(_unit_row(index, unit, ratio, spread))
        rows.extend(_dropped_row(entry) for entry in placed.get(index - 1, []))
    rows = [_dropped_row(entry) for entry in placed.get(-1, [])] + rows
    flagged = sum(unit.flagged for unit in result.units)
    verdict = result.verdict
    verdict_class = "verdict" if verdict.same else "verdict different"
    shifts = "".join(f"<p class='meta'>Numbering: {html.escape(f.problem)}</p>" for f in result.alignment.shifts)
    title = html.escape(str(settings.get("document", "")))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alignment review: {title}</title>
<style>{_STYLE}</style></head>
<body>
<h1>Alignment review: {title}</h1>
<p class="meta">{html.escape(str(settings.get('zh_file', '')))} ({html.escape(result.zh.format)}) +
{html.escape(str(settings.get('en_file', '')))} ({html.escape(result.en.format)}), {result.segment} units,
source language {html.escape(str(settings.get('srclang', '')))}</p>
<p class="{verdict_class}">{'Forced: ' if result.forced else ''}{html.escape(verdict.reason)}</p>
{shifts}
<div class="controls"><label><input type="checkbox" id="flagged-only"> flagged only</label>
&nbsp; {len(result.units)} units, {flagged} flagged (confidence under {FLAG_BELOW}),
{len(result.dropped)} on one side only;
<span id="shown">{len(result.units) + len(result.dropped)}</span> rows shown</div>
<table>
<colgroup><col class="n"><col class="unit"><col class="conf"><col><col><col class="why"></colgroup>
<thead><tr><th>#</th><th>unit</th><th>confidence</th><th lang="zh">中文</th><th>English</th><th>why</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
<script type="application/json" id="settings">{html.escape(json.dumps(settings, ensure_ascii=False))}</script>
<script>{_SCRIPT}</script>
</body></html>
"""


def _unit_row(index: int, unit: MemoryUnit, ratio: float, spread: float) -> str:
    found = evidence(unit.zh, unit.en, ratio, spread)
    zh = _highlight(unit.zh, found.zh_only)
    en = _highlight(unit.en, found.en_only)
    name = unit.unit + (f", sentence {unit.sentence}" if unit.sentence else "")
    classes = "row unit flagged" if unit.flagged else "row unit"
    why = "<br>".join(html.escape(flag) for flag in unit.flags)
    return (f"<tr class='{classes}' data-confidence='{unit.confidence:.2f}'><td>{index}</td>"
            f"<td>{html.escape(name)}</td><td class='conf'>{unit.confidence:.2f}</td>"
            f"<td class='text' lang='zh'>{zh}</td><td class='text'>{en}</td><td class='why'>{why}</td></tr>\n")


def _dropped_row(entry: Dropped) -> str:
    name = entry.unit + (f", sentence {entry.sentence}" if entry.sentence else "")
    text = html.escape(entry.text)
    zh, en = (text, "") if entry.language == "zh" else ("", text)
    return (f"<tr class='row dropped'><td></td><td>{html.escape(name)}</td><td class='conf'>—</td>"
            f"<td class='text' lang='zh'>{zh}</td><td class='text'>{en}</td>"
            f"<td class='why'>only in {entry.language}: {html.escape(entry.why)}</td></tr>\n")


def _highlight(text: str, tokens: tuple[str, ...]) -> str:
    """The text, escaped, with each number, symbol or name of `tokens` that it spells marked."""
    values = sorted({token.split(":", 1)[1] for token in tokens}, key=len, reverse=True)
    spelled = [value for value in values if value and value in text]
    if not spelled:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(value) for value in spelled))
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last:match.start()]))
        parts.append(f"<mark>{html.escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def _dropped_after(result: AlignmentResult) -> dict[int, list[Dropped]]:
    """Index of the unit each one-sided text follows (-1: before the first unit)."""
    last_of_unit: dict[str, int] = {}
    for index, unit in enumerate(result.units):
        last_of_unit[unit.unit] = index
    order = [pair.unit for pair in result.alignment.pairs]
    placed: dict[int, list[Dropped]] = {}
    for entry in result.dropped:
        if entry.unit in last_of_unit:
            position = last_of_unit[entry.unit]
        else:
            # A block paired with nothing: after the units of the pair before it in the text.
            before = [name for name in order[: _insertion_point(result, entry)] if name in last_of_unit]
            position = last_of_unit[before[-1]] if before else -1
        placed.setdefault(position, []).append(entry)
    return placed


def _insertion_point(result: AlignmentResult, entry: Dropped) -> int:
    """How many pairs come before the one-sided block in its own document."""
    document = result.zh if entry.language == "zh" else result.en
    line = next((b.lines[0] for b in document.blocks if b.text == entry.text), 0)
    count = 0
    for pair in result.alignment.pairs:
        blocks = pair.zh if entry.language == "zh" else pair.en
        if blocks and blocks[0].lines[0] < line:
            count += 1
    return count
