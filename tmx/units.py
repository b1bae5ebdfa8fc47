"""The in-memory form of a TMX header and translation unit."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from unbitext.text import fold_whitespace

# Unit fields in the form Trados Studio exports and maps (x-Name:Type, "SDL TM8 Format");
# our readers and OmegaT read them as x-document, x-unit, x-sentence (field_name below).
DOCUMENT_FIELD = "x-Document:SingleString"
UNIT_FIELD = "x-Unit:SingleString"
SENTENCE_FIELD = "x-Sentence:SingleString"
# How sure the pairing is, in percent, and why it is flagged: Trados can filter and penalize on both.
CONFIDENCE_FIELD = "x-Confidence:Integer"
FLAGS_FIELD = "x-Flags:SingleString"

# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def settings_props(settings: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """The settings that made a file, as header props: {"min_count": 2} -> x-unbitext-min-count."""
    return tuple((f"x-unbitext-{key.replace('_', '-')}", str(value)) for key, value in settings.items())


def clean_segment(text: str) -> str:
    """What a segment holds in our TMX: XML-legal characters, whitespace runs as one space."""
    return fold_whitespace(_XML_ILLEGAL.sub("", text))


def field_name(prop_type: str) -> str:
    """A prop's field, whatever form it is written in: "x-Unit:SingleString" -> "x-unit".

    Trados Studio writes its fields as x-Name:Type (SDL TM8 format); other tools as x-name.
    """
    return prop_type.split(":", 1)[0].lower()


@dataclass(frozen=True)
class TranslationUnit:
    segments: tuple[tuple[str, str], ...]  # (language tag, text), in writing order
    props: tuple[tuple[str, str], ...] = ()  # (type, value): x-Document:SingleString, x-Unit:SingleString, ...
    # <tu> attributes: tuid, creationdate, creationid, changedate, changeid
    attributes: tuple[tuple[str, str], ...] = ()
    # The source segments before and after this one in its document (memoQ's text-flow context)
    context: tuple[str, str] = ("", "")

    def text(self, language: str) -> str | None:
        """The segment whose tag is `language` or starts with it ("zh" finds "zh-CN")."""
        wanted = language.lower()
        for tag, text in self.segments:
            if tag.lower() == wanted or tag.lower().startswith(wanted + "-"):
                return text
        return None

    def prop(self, kind: str) -> str | None:
        """The value of the prop named `kind` ("x-unit"), in any of the forms field_name reads."""
        wanted = field_name(kind)
        return next((value for name, value in self.props if field_name(name) == wanted), None)

    def attribute(self, name: str) -> str | None:
        return next((value for key, value in self.attributes if key == name), None)


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
    creationid: str | None = None
    props: tuple[tuple[str, str], ...] = ()  # settings that made the file
