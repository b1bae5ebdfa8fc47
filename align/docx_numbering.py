"""Word automatic numbering: the label Word renders for a paragraph with w:numPr.

A paragraph numbered by Word holds no number in its text: its w:numPr names a list
(w:numId) and a level (w:ilvl), and numbering.xml says how that level counts (w:start,
w:numFmt), how it prints (w:lvlText "%1.", "(%2)", "%1.%2") and when it restarts. A reader
that ignores this sees a document without paragraph numbers. python-docx parses the
part but does not compute labels, so the counting is done here, as Word does it:

- lists (w:num) that share an abstract definition continue one count, unless the list
  overrides a level's start (w:lvlOverride/w:startOverride), which starts a count of its own;
- using a level restarts the levels below it (w:lvlRestart can say otherwise);
- w:isLgl prints every level of the label in decimal ("1.1", not "I.a").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from unbitext.align.numerals import int_to_chinese, int_to_roman

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"


@dataclass(frozen=True)
class Level:
    start: int = 1
    format: str = "decimal"  # w:numFmt
    text: str = "%1."  # w:lvlText
    restart_after: int | None = None  # w:lvlRestart: restart when a level up to this one is used; 0 never
    suffix: str = "tab"  # w:suff: what follows the label: tab, space or nothing
    legal: bool = False  # w:isLgl


@dataclass(frozen=True)
class ListDefinition:
    counter: str  # which count the list uses: its abstract definition's, or its own
    levels: dict[int, Level]


def _val(element: etree._Element | None, name: str) -> str | None:
    found = element.find(f"{_W}{name}") if element is not None else None
    return None if found is None else found.get(f"{_W}val")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(element: etree._Element, base: Level | None = None) -> Level:
    base = base or Level()
    restart = _val(element, "lvlRestart")
    text = _val(element, "lvlText")
    return Level(
        start=_int(_val(element, "start"), base.start),
        format=_val(element, "numFmt") or base.format,
        text=base.text if text is None else text,
        restart_after=_int(restart, 0) if restart is not None else base.restart_after,
        suffix=_val(element, "suff") or base.suffix,
        legal=element.find(f"{_W}isLgl") is not None or base.legal,
    )


def parse_numbering(root: etree._Element | None) -> dict[str, ListDefinition]:
    """numId -> the list's levels, from the root of numbering.xml (None: no numbering part)."""
    if root is None:
        return {}
    abstract: dict[str, dict[int, Level]] = {}
    for definition in root.iter(f"{_W}abstractNum"):
        levels = {_int(lvl.get(f"{_W}ilvl"), 0): _level(lvl) for lvl in definition.iter(f"{_W}lvl")}
        abstract[definition.get(f"{_W}abstractNumId", "")] = levels
    lists: dict[str, ListDefinition] = {}
    for num in root.iter(f"{_W}num"):
        num_id, abstract_id = num.get(f"{_W}numId", ""), _val(num, "abstractNumId") or ""
        levels = dict(abstract.get(abstract_id, {}))
        own_count = False
        for override in num.iter(f"{_W}lvlOverride"):
            ilvl = _int(override.get(f"{_W}ilvl"), 0)
            base = levels.get(ilvl, Level())
            if (lvl := override.find(f"{_W}lvl")) is not None:
                base = _level(lvl, base)
            if (start := _val(override, "startOverride")) is not None:
                base = Level(_int(start, base.start), base.format, base.text, base.restart_after, base.suffix,
                             base.legal)
                own_count = True
            levels[ilvl] = base
        lists[num_id] = ListDefinition(f"num {num_id}" if own_count else f"abstract {abstract_id}", levels)
    return lists


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ENCLOSED_CIRCLE = {i + 1: chr(0x2460 + i) for i in range(20)}  # ① … ⑳


def format_number(value: int, number_format: str) -> str:
    """One level's count as Word prints it in number_format (w:numFmt)."""
    if number_format in ("decimal", "decimalZero", "decimalHalfWidth", "decimalFullWidth"):
        return (f"{value:02d}" if number_format == "decimalZero" else str(value))
    if number_format in ("lowerLetter", "upperLetter"):
        # Word repeats the letter past z: aa, bb, …
        letter = _LETTERS[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return letter if number_format == "lowerLetter" else letter.upper()
    if number_format in ("lowerRoman", "upperRoman"):
        roman = int_to_roman(value)
        return roman if number_format == "lowerRoman" else roman.upper()
    if number_format.startswith(("chineseCounting", "ideographTraditional", "taiwaneseCounting",
                                 "ideographDigital", "japaneseCounting")) and 0 < value < 10_000:
        return int_to_chinese(value)
    if number_format == "decimalEnclosedParen":
        return f"({value})"
    if number_format == "decimalEnclosedCircle" and value in _ENCLOSED_CIRCLE:
        return _ENCLOSED_CIRCLE[value]
    if number_format == "ideographEnclosedCircle" and 0 < value <= 10:
        return chr(0x3220 + value - 1)  # ㈠ … ㈩
    if number_format in ("none", "bullet"):
        return ""
    return str(value)


@dataclass
class NumberingState:
    """Counts as Word keeps them while it lays out the document from the top."""

    lists: dict[str, ListDefinition]
    counts: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> tuple[str, str]:
        """(label, suffix) for the next paragraph of list num_id at level ilvl; ("", "") for none.

        A bullet prints no number: its label is "" (a bullet is not structure).
        """
        definition = self.lists.get(num_id)
        if definition is None or num_id == "0":
            return "", ""
        level = definition.levels.get(ilvl, Level())
        counts = self.counts.setdefault(definition.counter, {})
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            restart = definition.levels.get(deeper, Level()).restart_after
            if restart is None or (restart > 0 and ilvl < restart):
                del counts[deeper]
        if level.format == "bullet":
            return "", ""
        label = level.text
        for k in range(8, -1, -1):  # %1 … %9 name levels 0 … 8
            placeholder = f"%{k + 1}"
            if placeholder in label:
                known = definition.levels.get(k, Level())
                value = counts.get(k, known.start)
                shown = "decimal" if level.legal and k < ilvl else known.format
                label = label.replace(placeholder, format_number(value, shown))
        return label, level.suffix
