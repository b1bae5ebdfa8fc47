"""Reading TMX elements: language tags of 1.4 and 1.1, segment text without inline codes."""

from __future__ import annotations

from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# memoQ's text-flow context, props of the source <tuv> holding "<seg>text</seg>": the
# segments before and after; a match whose context agrees is a 101% (context) match.
CONTEXT_PROPS = ("x-context-pre", "x-context-post")
TU_ATTRIBUTES = ("tuid", "creationdate", "creationid", "changedate", "changeid")


def context_text(value: str) -> str:
    """'<seg>text</seg>' (memoQ's form) or 'text' -> 'text'."""
    value = value.strip()
    if value.startswith("<seg>") and value.endswith("</seg>"):
        return value[len("<seg>"):-len("</seg>")]
    return value


def language_of(element: etree._Element) -> str:
    """xml:lang (TMX 1.4) or lang (TMX 1.1, as OmegaT still writes in places)."""
    return element.get(XML_LANG) or element.get("lang") or ""


def segment_text(seg: etree._Element | None) -> str:
    """The text of a <seg>: inline codes (bpt, ept, ph, it, ut) hold markup, not text.

    Walked with a stack, not recursion: 1,500 nested <hi> must not overflow Python's stack.
    """
    if seg is None:
        return ""
    parts: list[str] = []
    # (element, entering): on entering, an element gives its text and then its children;
    # on leaving, its tail, which belongs to the element around it.
    stack: list[tuple[etree._Element, bool]] = [(seg, True)]
    while stack:
        element, entering = stack.pop()
        if not entering:
            parts.append(element.tail or "")
            continue
        if element is seg or element.tag == "hi":
            parts.append(element.text or "")
            for child in reversed(element):
                stack.append((child, False))
                stack.append((child, True))
        # an inline code: its content is markup; its tail is pushed by its parent
    return "".join(parts)


def canonical_tag(tag: str) -> str:
    """BCP 47 case: 'ZH-cn' -> 'zh-CN', 'zh-hans' -> 'zh-Hans'."""
    parts = tag.replace("_", "-").split("-")
    fixed = [parts[0].lower()]
    for part in parts[1:]:
        fixed.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part.lower())
    return "-".join(fixed)
