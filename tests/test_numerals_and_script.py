from __future__ import annotations

import pytest

from unbitext.align.decode import detect_language
from unbitext.align.numerals import chinese_to_int, int_to_roman, roman_to_int
from unbitext.align.script import HAN, han_count, is_cjk_char
from unbitext.errors import LanguageError


@pytest.mark.parametrize(
    ("text", "value"),
    [("一", 1), ("十", 10), ("十三", 13), ("二十", 20), ("二十一", 21), ("三十", 30), ("一百零五", 105),
     ("二〇二二", 2022), ("六", 6)],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("text", ["", "十十", "abc", "一二十"])
def test_not_chinese_numerals(text: str) -> None:
    assert chinese_to_int(text) is None


def test_roman_numerals_round_trip() -> None:
    for number in range(1, 40):
        assert roman_to_int(int_to_roman(number)) == number
        assert roman_to_int(int_to_roman(number).upper()) == number
    assert roman_to_int("iiii") is None
    assert roman_to_int("c") == 100


def test_han_class_reaches_beyond_the_basic_multilingual_plane() -> None:
    # U+20000 (𠀀) is extension B: a "\u20000" range would silently read as U+2000 + "0".
    assert HAN.match("\U00020000")
    assert HAN.match("𠀀")
    assert HAN.match("\U0002a6d6")
    assert han_count("𠀀𠀁 and 中文") == 4
    assert not HAN.match("0")
    assert not HAN.match("\u2000")
    assert is_cjk_char("，") and not is_cjk_char(",")


def test_detect_language() -> None:
    assert detect_language("工作组于 2022 年 6 月 15 日在维也纳举行了会议。Distr.: General") == "zh"
    assert detect_language("The Working Group met in Vienna (维也纳).") == "en"
    with pytest.raises(LanguageError):
        detect_language("12. 3/4 ...", "x.txt")
