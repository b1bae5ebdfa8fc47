"""`unbitext tmx validate | stats | merge`, on memories made from the examples and variants derived here."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tmx as toolkit_tmx
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.cli import app
from unbitext.pipeline import AlignOptions, align_files, write_alignment
from unbitext.tmx.merge import merge_tmx
from unbitext.tmx.reader import iter_units, read_header
from unbitext.tmx.stats import tmx_stats
from unbitext.tmx.validate import DTD_PATH, validate_tmx

runner = CliRunner()


@pytest.fixture(scope="module")
def memories(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("memories")
    paths = {}
    for name in ("wg4-2022", "udhr"):
        paths[name] = folder / f"{name}.tmx"
        write_alignment(align_files(example(name, "zh"), example(name, "en")), paths[name],
                        AlignOptions(segment="sentence"))
    return paths


def whole_file_dtd_valid(path: Path) -> bool:
    """The independent check: lxml validating the whole parsed document at once."""
    return etree.DTD(str(DTD_PATH)).validate(etree.parse(str(path)))


def derive(source: Path, target: Path, old: str, new: str, count: int = 1) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, count), encoding="utf-8")
    return target


def test_our_memories_are_valid(memories) -> None:
    for path in memories.values():
        assert list(validate_tmx(path)) == []
        assert whole_file_dtd_valid(path)
        result = runner.invoke(app, ["tmx", "validate", str(path)])
        assert result.exit_code == 0 and "valid TMX 1.4b" in result.output


@pytest.mark.parametrize(
    ("old", "new", "check"),
    [
        ('<seg>上述文件即以这些资料为基础。</seg>', "<seg>   </seg>", "empty-segment"),
        ('<tuv xml:lang="zh-CN">\n    <seg>上述文件即以这些资料为基础。</seg>\n  </tuv>', "", "missing-language"),
        ('<tuv xml:lang="en-US">', '<tuv xml:lang="fr-FR">', "srclang"),
        ("<seg>That information formed the basis", "<seg>" + "x" * 2001 + " That information formed the basis",
         "too-long"),
        ("<seg>That information", "<seg>&#1;That information", "xml"),
        ('<prop type="x-Document:SingleString">', '<note>n</note><tuv xml:lang="en-US"><seg>a</seg></tuv>'
                                                  '<prop type="x-Document:SingleString">', "dtd"),
    ],
)
def test_each_check_finds_its_problem(tmp_path: Path, memories, old: str, new: str, check: str) -> None:
    broken = derive(memories["wg4-2022"], tmp_path / "broken.tmx", old, new)
    problems = list(validate_tmx(broken))
    assert check in {p.check for p in problems}, problems
    result = runner.invoke(app, ["tmx", "validate", str(broken)])
    assert result.exit_code == 1 and f"[{check}]" in result.output and "INVALID" in result.output
    if check in ("dtd", "xml"):
        with pytest.raises((etree.XMLSyntaxError, AssertionError)):
            assert whole_file_dtd_valid(broken)  # the whole-document check agrees


def test_duplicates_are_found_and_merge_drops_them(tmp_path: Path, memories) -> None:
    text = memories["wg4-2022"].read_text(encoding="utf-8")
    first_unit = text[text.index("<tu "): text.index("</tu>") + len("</tu>")]
    doubled = tmp_path / "doubled.tmx"
    doubled.write_text(text.replace("</body>", first_unit + "\n</body>"), encoding="utf-8")
    assert [p.check for p in validate_tmx(doubled)] == ["duplicate"]
    counts = merge_tmx([doubled], tmp_path / "merged.tmx")
    assert counts.duplicates == 1 and counts.written == counts.read - 1
    assert list(validate_tmx(tmp_path / "merged.tmx")) == []


def test_merge_reads_tmx_1_1_and_utf16_and_keeps_props(tmp_path: Path, memories) -> None:
    # A TMX 1.1 variant as OmegaT writes it: lang= in capitals, in UTF-16.
    ours = memories["udhr"].read_text(encoding="utf-8")
    old_style = (ours.replace('<tmx version="1.4">', '<tmx version="1.1">').replace('xml:lang="en-US"', 'lang="EN-US"')
                 .replace('xml:lang="zh-CN"', 'lang="ZH-CN"').replace("encoding='UTF-8'", "encoding='UTF-16'"))
    legacy = tmp_path / "legacy.tmx"
    legacy.write_bytes(codecs.BOM_UTF16_LE + old_style.encode("utf-16-le"))
    assert {p.check for p in validate_tmx(legacy)} == {"dtd"}  # version 1.1 and lang= are not 1.4b

    merged = tmp_path / "merged.tmx"
    result = runner.invoke(app, ["tmx", "merge", str(memories["wg4-2022"]), str(legacy), str(memories["udhr"]),
                                 "-o", str(merged)])
    assert result.exit_code == 0, result.output
    wg4_units = list(iter_units(memories["wg4-2022"]))
    udhr_units = list(iter_units(memories["udhr"]))
    merged_units = list(iter_units(merged))
    # The UTF-16 1.1 copy and the original UDHR memory are the same pairs: one of them survives.
    assert len(merged_units) == len(wg4_units) + len(udhr_units)
    assert f"{len(wg4_units) + 2 * len(udhr_units)} units read" in result.output
    assert merged_units[len(wg4_units)].segments == udhr_units[0].segments  # tags in BCP 47 case
    assert merged_units[0].props == wg4_units[0].props
    assert list(validate_tmx(merged)) == [] and whole_file_dtd_valid(merged)
    assert len(toolkit_tmx.tmxfile.parsefile(str(merged)).units) == len(merged_units)
    assert read_header(merged).srclang == "en-US"


def test_stats(memories) -> None:
    stats = tmx_stats(memories["udhr"])
    tree = etree.parse(str(memories["udhr"]))
    assert stats.units == len(tree.findall("body/tu"))
    assert stats.languages == {"en-US": stats.units, "zh-CN": stats.units}
    assert stats.props["x-Unit:SingleString"] == stats.units
    lengths = sorted(len(seg.text) for seg in tree.iterfind("body/tu/tuv[@{http://www.w3.org/XML/1998/namespace}"
                                                             "lang='zh-CN']/seg"))
    assert stats.length_summary("zh-CN")["max"] == lengths[-1]
    assert stats.length_summary("zh-CN")["min"] == lengths[0]
    result = runner.invoke(app, ["tmx", "stats", str(memories["udhr"])], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and f"{stats.units} units" in result.output
    assert "prop x-Unit:SingleString" in result.output


def test_unreadable_input_is_exit_2(tmp_path: Path) -> None:
    for command in (["validate"], ["stats"], ["merge", "-o", str(tmp_path / "m.tmx")]):
        result = runner.invoke(app, ["tmx", *command, str(tmp_path / "absent.tmx")])
        assert result.exit_code == 2 and "absent.tmx: no such file" in result.stderr
    assert not (tmp_path / "m.tmx").exists()
