from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from unbitext.align.decode import decode, read_bytes, split_lines
from unbitext.align.reader import read_document
from unbitext.align.repair import fix_ocr, join_lines, strip_footnote_refs, strip_link_residue
from unbitext.errors import DecodingError, UnreadableFileError
from unbitext.text import fold_whitespace

TEXT = "1. 缔约国会议决定：\r\n - (a) 协助缔约国会议；\r\n2. The Conference 𠀀\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.replace("𠀀", "").encode("gb18030"), "gb18030"),
    ],
)
def test_accepted_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert text.replace("𠀀", "") == TEXT.replace("𠀀", "")


def test_gb18030_file_reads_like_its_utf8_original(tmp_path: Path, examples_dir: Path) -> None:
    original = (examples_dir / "ga-res-ldc-poa" / "zh.txt").read_text(encoding="utf-8")
    converted = tmp_path / "zh-gb18030.txt"
    converted.write_bytes(original.replace("\n", "\r\n").encode("gb18030"))
    from_gb = read_document(converted)
    from_utf8 = read_document(examples_dir / "ga-res-ldc-poa" / "zh.txt")
    assert from_gb.encoding == "gb18030"
    assert [b.text for b in from_gb.blocks] == [b.text for b in from_utf8.blocks]


def test_undecodable_bytes_are_refused_with_the_file_named() -> None:
    with pytest.raises(DecodingError, match=r"bad\.txt: not UTF-8"):
        decode(b"\x81\x30\xff\xfe\xfd", "bad.txt")
    with pytest.raises(DecodingError, match="NUL"):
        decode(b"abc\x00def", "bin.dat")


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="no such file"):
        read_bytes(tmp_path / "absent.txt")
    with pytest.raises(UnreadableFileError, match="is a folder"):
        read_bytes(tmp_path)


def test_lines_split_only_at_line_breaks() -> None:
    # A form feed (page break in PDF text) stays inside its line.
    assert split_lines("a\r\nb\rc\nd\x0ce\n") == ["a", "b", "c", "d\x0ce"]


@pytest.mark.parametrize(
    ("text", "language", "clean", "refs"),
    [
        ("注意到秘书长的报告；6", "zh", "注意到秘书长的报告；", ["6"]),
        ("欢迎直到《2001-2010 十年期支援最不发达国家行动纲领》2", "zh",
         "欢迎直到《2001-2010 十年期支援最不发达国家行动纲领》", ["2"]),
        ("援最不发达国家行动纲领科托努战略》，7", "zh", "援最不发达国家行动纲领科托努战略》，", ["7"]),
        ("缔约国会议有关决议的执行情况：¹", "zh", "缔约国会议有关决议的执行情况：", ["1"]),
        ("Takes note of the report of the Secretary-General;6", "en",
         "Takes note of the report of the Secretary-General;", ["6"]),
        ("the Declaration8 adopted by", "en", "the Declaration adopted by", ["8"]),
        ("for the Decade 2001-2010,2 including", "en", "for the Decade 2001-2010, including", ["2"]),
        ("for the Decade 2001-20107 as an initiative", "en", "for the Decade 2001-2010 as an initiative", ["7"]),
    ],
)
def test_glued_footnote_numbers_are_removed(text: str, language: str, clean: str, refs: list[str]) -> None:
    assert strip_footnote_refs(text, language) == (clean, refs)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("缔约国会议在第3/2号决议中", "zh"),
        ("工作组于 2022 年 6 月 15 日至 17 日", "zh"),
        ("2022年6月17日，工作组", "zh"),
        ("《公约》第九条", "zh"),
        ("the COVID-19 pandemic", "en"),
        ("resolution 9/6 and CAC/COSP/WG.4/2022/2", "en"),
        ("a total of 6 meetings, G20 members", "en"),
        ("on 15 June 2022", "en"),
    ],
)
def test_ordinary_numbers_are_kept(text: str, language: str) -> None:
    assert strip_footnote_refs(text, language) == (text, [])


def test_link_residue_and_ocr_and_joining() -> None:
    assert strip_link_residue("报告（[CAC/COSP/WG.4/2022/L.1](#)、[A/77/1](#)）") == (
        "报告（CAC/COSP/WG.4/2022/L.1、A/77/1）", 2)
    assert fix_ocr("项目 2(a)(-), 并", "zh") == ("项目 2(a)(一), 并", 1)
    assert fix_ocr("item (-)", "en") == ("item (-)", 0)
    assert join_lines("执", "行情况") == "执行情况"
    assert join_lines("《2001-2010", "十年期") == "《2001-2010十年期"
    assert join_lines("the Programme of", "Action") == "the Programme of Action"
    assert fold_whitespace(" a \t b\u00a0c \n") == "a b\u00a0c"
