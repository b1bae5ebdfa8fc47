"""The in-memory form of a TMX header and translation unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from unbitext.text import fold_whitespace

# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_segment(text: str) -> str:
    """What a segment holds in our TMX: XML-legal characters, whitespace runs as one space."""
    return fold_whitespace(_XML_ILLEGAL.sub("", text))


@dataclass(frozen=True)
class TranslationUnit:
    segments: tuple[tuple[str, str], ...]  # (language tag, text), in writing order
    props: tuple[tuple[str, str], ...] = ()  # (type, value): x-document, x-unit, ...

    def text(self, language: str) -> str | None:
        """The segment whose tag is `language` or starts with it ("zh" finds "zh-CN")."""
        wanted = language.lower()
        for tag, text in self.segments:
            if tag.lower() == wanted or tag.lower().startswith(wanted + "-"):
                return text
        return None

    def prop(self, kind: str) -> str | None:
        return next((value for name, value in self.props if name == kind), None)


@dataclass(frozen=True)
class TmxHeader:
    srclang: str
    segtype: str = "paragraph"  # TMX: block, paragraph, sentence or phrase
    creationtool: str = "unbitext"
    creationtoolversion: str = ""
    o_tmf: str = "unbitext"
    adminlang: str = "en-US"
    datatype: str = "plaintext"
    creationdate: str | None = None  # YYYYMMDDThhmmssZ
    props: tuple[tuple[str, str], ...] = ()  # settings that made the file
