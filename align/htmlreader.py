"""HTML to lines: block elements become lines; scripts, styles and navigation are dropped.

UN web pages (resolutions, the Charter) print their labels as text ("12.", "(a)"), so a
block's text is its line. The first <h1> is the title. A footnote reference is a <sup>
holding a number: it becomes a superscript number glued to the text, and a paragraph that
opens with one ("<p><sup>1</sup> text</p>") is a footnote, as in the plain-text model.
Parsed by lxml.html with entities, network access and processing instructions off.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from lxml import etree

from unbitext.align.decode import decode
from unbitext.align.source import Extraction, Role, SourceLine
from unbitext.errors import InputError

# Elements whose text is never document text, counted when set aside.
_DROPPED = {"script": "script", "style": "style sheet", "nav": "navigation", "noscript": "script",
            "header": "page header", "footer": "page footer", "aside": "sidebar", "form": "form",
            "button": "form", "select": "form", "template": "script", "iframe": "embedded frame"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "td", "th",
           "caption", "figcaption", "address", "section", "article", "main", "body", "tr", "table", "ul", "ol",
           "dl", "center"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACE = re.compile(r"[\s\u00a0\u202f]+")


def extract(data: bytes, path: Path) -> Extraction:
    text, encoding = _decode(data, path)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"not readable HTML ({error})", path) from None
    set_aside: Counter[str] = Counter()
    body = root.find("body")
    lines: list[SourceLine] = []
    titled = False
    for block, text in _blocks(body if body is not None else root, set_aside):
        role = Role.BODY
        if block.tag == "h1" and not titled:
            role, titled = Role.TITLE, True
        lines.append(SourceLine(text, role))
    return Extraction("html", tuple(lines), whole_paragraphs=True, encoding=encoding,
                      set_aside=tuple(sorted(set_aside.items())))


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """The charset the page declares, else the plain-text reader's rules."""
    head = data[:4096].decode("ascii", "replace").lower()
    declared = re.search(r"charset\s*=\s*[\"']?([\w-]+)", head)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1)
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back on what the bytes say
    return decode(data, path)


def _blocks(root: etree._Element, set_aside: Counter[str]) -> Iterator[tuple[etree._Element, str]]:
    """(element, text) for each block with text of its own, in document order.

    A block's own text is its inline content; its child blocks are read after it, each on
    its own: a <div> holding paragraphs gives the paragraphs, not one line of all of them.
    """
    stack: list[etree._Element] = [root]
    while stack:
        element = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _DROPPED:
            set_aside[_DROPPED[tag]] += 1
            continue
        parts: list[str] = []
        children: list[etree._Element] = []
        _inline_text(element, parts, children)
        text = _SPACE.sub(" ", "".join(parts)).strip()
        if text:
            yield element, text
        stack.extend(reversed(children))


def _inline_text(element: etree._Element, parts: list[str], blocks: list[etree._Element]) -> None:
    """Collect the inline text of element; child blocks go to `blocks` to be read on their own.

    Text that follows a child block (its tail) is inline text of the parent: it is kept in
    order by making the parent's line end at the first child block (UN pages do not mix).
    """
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _DROPPED:
            blocks.append(child)
        elif tag in _BLOCKS:
            blocks.append(child)
        elif tag == "br":
            parts.append(" ")
        elif tag == "sup" and (child.text_content() or "").strip().isdigit():
            parts.append(child.text_content().strip().translate(_SUPERSCRIPT))
        elif tag:
            _inline_text(child, parts, blocks)
        if child.tail:
            parts.append(child.tail)
