"""What an alignment paired and what it did not, as data for the terminal and for JSON."""

from __future__ import annotations

from collections import Counter
from typing import Any

from unbitext.align.model import Block, BlockKind, Document
from unbitext.align.paragraphs import FLAG_BELOW, Alignment
from unbitext.align.result import AlignmentResult

# Unit families counted in the summary, by the first word of a key.
FAMILIES = ("paragraph", "heading", "item", "article", "footnote", "title", "preamble")


def family(key: str) -> str:
    """'paragraph 12' -> paragraph; 'article 11(i)' -> item: a labelled list entry counts as an item.

    Inside an annex the key says so ('annex I paragraph 3'); the family is that of the rest.
    """
    if "(" in key:
        return "item"
    words = key.split(" ")
    if words[0] == "annex":
        rest = words[2:] if len(words) > 2 else []
        return family(" ".join(rest)) if rest else "heading"
    return words[0] if words[0] in FAMILIES else "other"


def paired_counts(zh: Document, en: Document, alignment: Alignment) -> dict[str, dict[str, int]]:
    """Per family: numbered blocks on each side and how many were paired by their number."""
    zh_keys = Counter(family(b.key) for b in zh.blocks if b.key)
    en_keys = Counter(family(b.key) for b in en.blocks if b.key)
    paired = Counter(family(p.unit) for p in alignment.pairs if p.by_key)
    # Numbered on both sides, but different numbers: paired by content (a version renumbered).
    by_content = Counter(family(p.unit) for p in alignment.pairs
                         if not p.by_key and all(b.key for b in p.zh + p.en))
    # Numbered on one side only (㈠ against an untagged English item) but paired by order.
    by_order = Counter(family(p.unit) for p in alignment.pairs
                       if not p.by_key and any(b.key for b in p.zh + p.en) and not all(b.key for b in p.zh + p.en))
    return {
        name: {"zh": zh_keys[name], "en": en_keys[name], "paired": paired[name], "by_order": by_order[name],
               "by_content": by_content[name]}
        for name in FAMILIES if zh_keys[name] or en_keys[name]
    }


def _block_json(block: Block) -> dict[str, Any]:
    return {"label": block.label, "key": block.key, "kind": block.kind.value, "lines": list(block.span),
            "text": block.text}


def build_report(result: AlignmentResult, settings: dict[str, Any]) -> dict[str, Any]:
    """Everything the alignment result says, as JSON-ready data (schema in the README)."""
    zh, en, alignment = result.zh, result.en, result.alignment
    return {
        "settings": settings,
        "documents": {
            doc.language: {"path": doc.path, "format": doc.format, "encoding": doc.encoding, "symbol": doc.symbol,
                           "set_aside": dict(doc.set_aside),
                           "original_language": doc.original_language, "blocks": len(doc.blocks),
                           "header_lines": sum(b.kind is BlockKind.HEADER for b in doc.blocks)}
            for doc in (zh, en)
        },
        "paired": paired_counts(zh, en, alignment),
        "pairs": len(alignment.pairs),
        "length_ratio_en_zh": round(alignment.length_ratio, 3),
        "length_log_spread": round(alignment.length_spread, 3),
        "one_side_only": [{"language": u.language, "unit": u.unit, **_block_json(u.block)}
                          for u in alignment.unpaired],
        "duplicates": [{"unit": f.unit, "problem": f.problem} for f in alignment.duplicates],
        "out_of_order": [{"unit": f.unit, "problem": f.problem} for f in alignment.out_of_order],
        "suspicious": [{"unit": f.unit, "problem": f.problem} for f in alignment.suspicious],
        "merged": [{"unit": p.unit, "zh_blocks": len(p.zh), "en_blocks": len(p.en)}
                   for p in alignment.pairs if len(p.zh) > 1 or len(p.en) > 1],
        "repairs": [{"language": doc.language, "kind": r.kind, "line": r.line, "detail": r.detail}
                    for doc in (zh, en) for b in doc.blocks for r in b.repairs],
        "same_document": {"same": result.verdict.same, "reason": result.verdict.reason,
                          "share_by_number": round(result.verdict.share_by_number, 3),
                          "disagreeing": round(result.verdict.disagreeing, 3), "forced": result.forced},
        "shifts": [{"unit": f.unit, "problem": f.problem} for f in alignment.shifts],
        "segment": result.segment,
        "units": [{"unit": u.unit, "sentence": u.sentence, "confidence": u.confidence, "flagged": u.flagged,
                   "flags": list(u.flags)} for u in result.units],
        "flagged": [{"unit": u.unit, "sentence": u.sentence, "confidence": u.confidence, "flags": list(u.flags)}
                    for u in result.units if u.flagged],
        "dropped": [{"language": d.language, "unit": d.unit, "sentence": d.sentence, "text": d.text, "why": d.why}
                    for d in result.dropped],
    }


def _unit_name(entry: dict[str, Any]) -> str:
    return entry["unit"] + (f" s{entry['sentence']}" if entry.get("sentence") else "")


def summary_lines(report: dict[str, Any]) -> list[str]:
    """A few lines a translator reads at a glance."""
    lines = []
    for language, document in report["documents"].items():
        aside = ", ".join(f"{what} {count}" for what, count in document["set_aside"].items())
        lines.append(f"read {language:<7} {document['format']}" + (f"; set aside: {aside}" if aside else ""))
    for name, counts in report["paired"].items():
        total = max(counts["zh"], counts["en"])
        lines.append(f"{name + 's':<11} {counts['paired']}/{total} paired by number"
                     + (f", {counts['by_content']} by content" if counts["by_content"] else "")
                     + (f", {counts['by_order']} by order" if counts["by_order"] else "")
                     + ("" if counts["zh"] == counts["en"] else f" (numbered: zh {counts['zh']}, en {counts['en']})"))
    lines.append(f"units       {report['pairs']} pairs in all")
    for merge in report["merged"]:
        lines.append(f"merged      {merge['unit']}: {merge['zh_blocks']} zh block(s) "
                     f"= {merge['en_blocks']} en block(s)")
    for entry in report["one_side_only"]:
        lines.append(f"only in {entry['language']}  {entry['unit']} (line {entry['lines'][0]}): {entry['text'][:60]}")
    for entry in report["duplicates"]:
        lines.append(f"duplicate   {entry['unit']}: {entry['problem']}")
    for entry in report["out_of_order"]:
        lines.append(f"out of order {entry['unit']}: {entry['problem']}")
    for entry in report["suspicious"]:
        lines.append(f"suspicious  {entry['unit']}: {entry['problem']}")
    for entry in report["shifts"]:
        lines.append(f"shifted     {entry['problem']}")
    flagged = report["flagged"]
    if flagged:
        named = ", ".join(_unit_name(entry) + f" ({entry['confidence']:.2f})" for entry in flagged[:8])
        lines.append(f"flagged     {len(flagged)} unit(s) under confidence {FLAG_BELOW}: {named}"
                     + (", ..." if len(flagged) > 8 else "") + " (the review page shows why)")
    sentences = [d for d in report["dropped"] if d["sentence"]]
    if sentences:
        lines.append(f"dropped     {len(sentences)} sentence(s) with no counterpart: "
                     + ", ".join(f"{_unit_name(d)} ({d['language']})" for d in sentences[:6])
                     + (", ..." if len(sentences) > 6 else ""))
    repairs = Counter(f"{r['language']} {r['kind']}" for r in report["repairs"])
    if repairs:
        lines.append("repairs     " + ", ".join(f"{name} x{n}" for name, n in sorted(repairs.items())))
    return lines
