"""The `unbitext` command, driven with typer's CliRunner and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tmx as toolkit_tmx
from typer.main import get_command
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.align.result import pair_texts
from unbitext.cli import app
from unbitext.pipeline import align_files
from unbitext.tmx.reader import iter_units, read_header
from unbitext.tmx.validate import dtd_errors

runner = CliRunner()


def run(*args: object):
    # A wide terminal, so that rich does not wrap the help text.
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


@pytest.mark.parametrize("order", ["zh-en", "en-zh"])
def test_align_wg4_writes_a_valid_tmx_with_every_unit(tmp_path: Path, order: str) -> None:
    zh, en = example("wg4-2022", "zh"), example("wg4-2022", "en")
    files = (zh, en) if order == "zh-en" else (en, zh)
    out, report = tmp_path / "wg4.tmx", tmp_path / "wg4.json"
    result = run("align", *files, "-o", out, "--report", report, "--segment", "paragraph")
    assert result.exit_code == 0, result.output
    assert "paragraphs  71/71 paired by number" in result.output
    assert "headings    13/13 paired by number" in result.output
    assert "items       15/15 paired by number" in result.output
    assert dtd_errors(out) == []

    header = read_header(out)
    assert header.srclang == "en-US"  # "Original: English"
    assert header.segtype == "paragraph" and header.creationtool == "unbitext"
    units = list(iter_units(out))
    expected = align_files(zh, en).alignment.pairs
    assert [(u.prop("x-unit"), u.text("en-US"), u.text("zh-CN")) for u in units] == [
        (p.unit, pair_texts(p)["en"], pair_texts(p)["zh"]) for p in expected]
    # Items keep their labels, as CAT tools segment them; paragraph numbers do not.
    by_unit = {u.prop("x-unit"): u for u in units}
    assert by_unit["item 13.2(a)(i)"].text("zh").startswith("(一) 关于促进利用信息和通信技术")
    assert by_unit["item 13.2(a)(i)"].text("en").startswith("(i) Thematic discussion on promoting")
    assert by_unit["paragraph 12"].text("en").startswith("In opening the meeting")
    assert {u.prop("x-document") for u in units} == {"wg4-2022"}
    assert [tag for tag, _ in units[0].segments] == ["en-US", "zh-CN"]  # source first

    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["paired"]["paragraph"] == {"zh": 71, "en": 71, "paired": 71, "by_order": 0, "by_content": 0}
    assert data["one_side_only"] == [] and data["units_written"] == 103
    assert {"zh page-break-merge", "zh link-residue"} <= {f"{r['language']} {r['kind']}" for r in data["repairs"]}


def test_translate_toolkit_reads_the_same_units(tmp_path: Path) -> None:
    out = tmp_path / "udhr.tmx"
    result = run("align", example("udhr", "zh"), example("udhr", "en"), "-o", out, "--segment", "paragraph")
    assert result.exit_code == 0
    store = toolkit_tmx.tmxfile.parsefile(str(out))
    ours = list(iter_units(out))
    assert len(store.units) == len(ours) == 90
    assert [(u.source, u.target) for u in store.units] == [(u.text("en"), u.text("zh")) for u in ours]
    pairs = [(u.source, u.target) for u in store.units]
    assert ("Everyone has the right to a nationality.", "㈠ 人人有权享有国籍。") in pairs


def test_udhr_and_ga_resolution_summaries(tmp_path: Path) -> None:
    result = run("align", example("udhr", "en"), example("udhr", "zh"), "-o", tmp_path / "u.tmx")
    assert result.exit_code == 0
    assert "articles    30/30 paired by number" in result.output
    # ㈠ ㈡ have no English labels in this text: paired by order and length instead.
    assert "items       0/32 paired by number, 32 by order (numbered: zh 32, en 0)" in result.output
    assert "merged      preamble +8: 1 zh block(s) = 3 en block(s)" in result.output
    result = run("align", example("ga-res-ldc-poa", "zh"), example("ga-res-ldc-poa", "en"), "-o", tmp_path / "g.tmx",
                 "--source-lang", "zh", "--zh-tag", "zh-Hans", "--en-tag", "en-GB")
    assert result.exit_code == 0
    assert "paragraphs  19/19 paired by number" in result.output
    assert read_header(tmp_path / "g.tmx").srclang == "zh-Hans"
    first = next(iter_units(tmp_path / "g.tmx"))
    assert first.segments == (("zh-Hans", "注意到秘书长的报告；"),
                              ("en-GB", "Takes note of the report of the Secretary-General;"))


def _assert_clean_failure(result, tmp_path: Path, words: str) -> None:
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("unbitext: error: ") and words in lines[0]
    assert not (tmp_path / "out.tmx").exists()
    assert not list(tmp_path.glob("*.part"))


def test_errors_are_one_line_exit_2_and_leave_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out.tmx"
    zh = example("wg4-2022", "zh")
    _assert_clean_failure(run("align", zh, tmp_path / "missing.txt", "-o", out), tmp_path, "missing.txt: no such file")
    _assert_clean_failure(run("align", zh, example("udhr", "zh"), "-o", out), tmp_path, "both files are Chinese")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x81\x30\xff\xfe\xfd\x80")
    _assert_clean_failure(run("align", zh, binary, "-o", out), tmp_path, "bad.txt: not UTF-8")
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear colleague,\nthank you.\n", encoding="utf-8")
    _assert_clean_failure(run("align", zh, letter, "-o", out), tmp_path, "letter.txt: no numbered paragraphs")
    _assert_clean_failure(run("align", zh, example("wg4-2022", "en"), "-o", out, "--report",
                              tmp_path / "nowhere" / "r.json"), tmp_path, "does not exist")


def _leaf_commands(command, path=()):
    for name, sub in getattr(command, "commands", {}).items():
        assert sub.help, " ".join((*path, name))  # groups explain themselves too
        if getattr(sub, "commands", None):
            yield from _leaf_commands(sub, (*path, name))
        else:
            yield " ".join((*path, name)), sub


def test_every_command_has_help_that_teaches() -> None:
    command = get_command(app)
    assert command.help
    leaves = dict(_leaf_commands(command))
    assert {"align", "glossary extract"} <= set(leaves)
    for name, sub in leaves.items():
        assert sub.help and len(sub.help) > 80 and "Example" in sub.help, name
        for parameter in sub.params:
            if parameter.param_type_name == "option":
                assert parameter.help, f"{name} {parameter.name}"
        result = run(*name.split(), "--help")
        assert result.exit_code == 0 and "unbitext " + name in result.output
    result = run("align", "--help")
    assert "unbitext align examples/wg4-2022/zh.txt examples/wg4-2022/en.txt -o wg4-2022.tmx" in result.output


def test_python_dash_m_runs_the_same_app(tmp_path: Path) -> None:
    completed = subprocess.run([sys.executable, "-m", "unbitext", "--version"], capture_output=True, text=True,
                               check=False)
    assert completed.returncode == 0 and completed.stdout.startswith("unbitext ")


def test_tmx_is_well_formed_utf8_with_declaration(tmp_path: Path) -> None:
    out = tmp_path / "g.tmx"
    run("align", example("ga-res-ldc-poa", "zh"), example("ga-res-ldc-poa", "en"), "-o", out)
    assert out.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert etree.parse(str(out)).getroot().get("version") == "1.4"


def test_sentence_segmentation_is_the_default(tmp_path: Path) -> None:
    out = tmp_path / "wg4.tmx"
    result = run("align", example("wg4-2022", "zh"), example("wg4-2022", "en"), "-o", out)
    assert result.exit_code == 0 and "sentence units" in result.output
    assert dtd_errors(out) == []
    assert read_header(out).segtype == "sentence"
    units = list(iter_units(out))
    by_position = {(u.prop("x-unit"), u.prop("x-sentence")): u for u in units}
    # wg4 paragraph 20 has three sentences on each side (hand-checked).
    assert by_position[("paragraph 20", "3")].text("en") == (
        "That information formed the basis of the above-mentioned paper.")
    assert by_position[("paragraph 20", "3")].text("zh") == "上述文件即以这些资料为基础。"
    # Paragraph 24, sentence 3: one English sentence, one Chinese sentence of three ；-pieces.
    third = by_position[("paragraph 24", "3")]
    assert third.text("en").startswith("The portals were used: (a) to file")
    assert third.text("zh").startswith("这些门户网站的用途有：(a)")
    assert third.text("zh").endswith("“廉正计划”的执行情况。")
    assert all(u.prop("x-sentence") for u in units)
    assert len(units) > 103  # more sentence units than paragraph units
