from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from unbitext.errors import TmxError
from unbitext.tmx.reader import iter_units, read_header
from unbitext.tmx.units import TmxHeader, TranslationUnit, clean_segment
from unbitext.tmx.validate import dtd_errors
from unbitext.tmx.writer import write_tmx

HEADER = TmxHeader(srclang="en-US", creationtoolversion="test", props=(("x-test", "yes"),))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def unit(en: str, zh: str, name: str = "paragraph 1") -> TranslationUnit:
    return TranslationUnit((("en-US", en), ("zh-CN", zh)), (("x-document", "doc"), ("x-unit", name)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.text(), st.text()), max_size=12))
@example([("𠀀 beyond the BMP 𝄞", "汉字 𠀀𠀁 \U0002a6d6")])
@example([("tab\tand\nnewline\r\n", "控制\x00字符\x1f与\ufffe")])
def test_write_then_read_is_lossless(tmp_path: Path, pairs: list[tuple[str, str]]) -> None:
    path = tmp_path / "out.tmx"
    units = [unit(en, zh, f"paragraph {i}") for i, (en, zh) in enumerate(pairs)]
    written = write_tmx(path, HEADER, units)
    expected = [(clean_segment(en), clean_segment(zh), f"paragraph {i}")
                for i, (en, zh) in enumerate(pairs) if clean_segment(en) and clean_segment(zh)]
    assert written == len(expected)
    read = [(u.text("en"), u.text("zh"), u.prop("x-unit")) for u in iter_units(path)]
    assert read == expected
    assert dtd_errors(path) == []


def test_clean_segment_keeps_text_and_drops_what_xml_forbids() -> None:
    assert clean_segment("  a\x00b\x1fc\ufffe  d\u3000e\u00a0f ") == "abc d e\u00a0f"
    assert clean_segment("𠀀\n𠀁") == "𠀀 𠀁"


def test_written_file_validates_and_lxml_reads_it_independently(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    write_tmx(path, HEADER, [unit("Introduction", "引言", "heading I"), unit("", "空", "empty")])
    assert dtd_errors(path) == []
    tree = etree.parse(str(path))
    header = tree.find("header")
    assert header.get("srclang") == "en-US" and header.get("segtype") == "paragraph"
    assert header.get("creationtool") == "unbitext" and header.find("prop").text == "yes"
    tus = tree.findall("body/tu")
    assert len(tus) == 1  # the unit with an empty English side is not written
    assert [tuv.get(XML_LANG) for tuv in tus[0].findall("tuv")] == ["en-US", "zh-CN"]
    assert [p.text for p in tus[0].findall("prop")] == ["doc", "heading I"]
    assert read_header(path).props == (("x-test", "yes"),)


def test_output_gets_the_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat

    path = tmp_path / "out.tmx"
    write_tmx(path, HEADER, [unit("one", "一")])
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"

    def units():
        yield unit("one", "一")
        raise RuntimeError("input went away")

    with pytest.raises(RuntimeError):
        write_tmx(path, HEADER, units())
    assert list(tmp_path.iterdir()) == []


def test_reads_tmx_1_1_lang_attributes_and_utf16(tmp_path: Path) -> None:
    document = (
        '<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.1"><header creationtool="OmegaT" '
        'creationtoolversion="6" segtype="sentence" o-tmf="OmegaT" adminlang="EN-US" srclang="EN-US" '
        'datatype="plaintext"/><body><tu><tuv lang="EN-US"><seg>Article <ph>&lt;b&gt;</ph>1</seg></tuv>'
        '<tuv lang="ZH-CN"><seg>第一条</seg></tuv></tu></body></tmx>'
    )
    path = tmp_path / "omegat.tmx"
    path.write_bytes(codecs.BOM_UTF16_LE + document.encode("utf-16-le"))
    [read] = list(iter_units(path))
    assert read.text("en") == "Article 1" and read.text("zh-CN") == "第一条"
    assert read_header(path).srclang == "EN-US"


def test_broken_xml_is_a_tmx_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text("<tmx><body><tu>", encoding="utf-8")
    with pytest.raises(TmxError, match="not well-formed"):
        list(iter_units(path))
