"""What a Python user and a CAT tool meet: the package, its dependencies, the TMX metadata,
language tags, encodings and progress."""

from __future__ import annotations

import ast
import os
import pty
import re
import select
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.cli import app
from unbitext.tmx.reader import iter_units, read_header
from unbitext.tmx.validate import validate_tmx

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
# Distribution name -> the name the code imports.
IMPORT_NAMES = {"jieba": "jieba", "eflomal": "eflomal",
                "typer": "typer", "rich": "rich", "lxml": "lxml", "pyahocorasick": "ahocorasick",
                "python-docx": "docx", "pypdfium2": "pypdfium2", "charset-normalizer": "charset_normalizer",
                "langcodes": "langcodes", "openpyxl": "openpyxl", "sacrebleu": "sacrebleu"}


def _runtime_dependencies() -> list[str]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[<>=!~\[ ]", requirement, maxsplit=1)[0].lower() for requirement in project["dependencies"]]


def _imported_modules() -> set[str]:
    found = set()
    for folder in ("align", "glossary", "tmx", "unbitext"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module.split(".")[0])
    return found


def test_every_runtime_dependency_is_imported_by_the_installed_code() -> None:
    dependencies = _runtime_dependencies()
    assert set(dependencies) == set(IMPORT_NAMES), "map every new dependency to its import name"
    imported = _imported_modules()
    assert [d for d in dependencies if IMPORT_NAMES[d] not in imported] == []
    assert "sentencepiece" not in imported  # scripts only: the `measure` extra


def test_the_wheel_installs_one_top_level_name_with_its_data(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("unbitext-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names} == {"unbitext", wheel.name.split("-")[0] + "-"
                                                      + wheel.name.split("-")[1] + ".dist-info"}
    assert {"unbitext/align/reader.py", "unbitext/glossary/check.py", "unbitext/tmx/tmx14.dtd",
            "unbitext/py.typed"} <= set(names)


# --- TMX metadata for Trados Studio, memoQ and OmegaT -----------------------------------------------


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("memory") / "udhr.tmx"
    result = runner.invoke(app, ["align", str(example("udhr", "zh")), str(example("udhr", "en")), "-o", str(out),
                                 "--creation-id", "jdoe", "--symbol", "A/RES/217(III)", "--zh-tag", "zh-Hans"],
                           env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    return out


def test_units_carry_tuid_dates_author_and_fields(memory: Path) -> None:
    units = list(iter_units(memory))
    tuids = [u.attribute("tuid") for u in units]
    assert len(set(tuids)) == len(units) and tuids[0] == "A/RES/217(III):1"
    assert {u.attribute("creationdate") for u in units} == {"20231114T221320Z"}
    assert {u.attribute("changedate") for u in units} == {"20231114T221320Z"}
    assert {u.attribute("creationid") for u in units} == {"jdoe"} == {u.attribute("changeid") for u in units}
    first = units[0]
    # Trados Studio's field form (x-Name:Type); our readers find them by name all the same.
    assert [kind for kind, _ in first.props] == ["x-Document:SingleString", "x-Unit:SingleString",
                                                 "x-Sentence:SingleString", "x-Confidence:Integer"]
    assert all(0 <= int(u.prop("x-confidence") or "-1") <= 100 for u in units)
    assert first.prop("x-document") == "A/RES/217(III)" and first.prop("x-unit") == "title"
    assert [tag for tag, _ in first.segments] == ["en-US", "zh-Hans"]
    assert list(validate_tmx(memory)) == []


def test_units_carry_the_source_segments_around_them_as_memoq_context(memory: Path) -> None:
    units = list(iter_units(memory))
    sources = [u.text("en") for u in units]
    assert units[0].context == ("", sources[1])
    assert all(units[i].context == (sources[i - 1], sources[i + 1]) for i in range(1, len(units) - 1))
    assert units[-1].context == (sources[-2], "")
    text = memory.read_text(encoding="utf-8")
    # memoQ writes the context inside the source <tuv>, as "<seg>…</seg>".
    assert re.search(r'<tuv xml:lang="en-US">\s*<prop type="x-context-post">&lt;seg&gt;Preamble&lt;/seg&gt;</prop>',
                     text)


def test_the_header_names_files_not_this_machines_paths(memory: Path) -> None:
    props = dict(read_header(memory).props)
    assert props["x-unbitext-zh-file"] == "zh.txt" and props["x-unbitext-en-file"] == "en.txt"
    assert str(ROOT) not in memory.read_text(encoding="utf-8")
    assert read_header(memory).creationid == "jdoe"


# --- honest inputs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("option, value, words", [
    ("--zh-tag", "not a tag!", "is not a BCP 47 language tag"), ("--zh-tag", "zh\x01CN", "is not a BCP 47"),
    ("--en-tag", "en\x01", "is not a BCP 47"), ("--zh-tag", "en-US", "does not name Chinese")])
def test_bad_language_tags_are_refused_before_any_work(tmp_path: Path, option: str, value: str, words: str) -> None:
    out = tmp_path / "x.tmx"
    result = runner.invoke(app, ["align", str(example("udhr", "zh")), str(example("udhr", "en")), "-o", str(out),
                                 option, value])
    assert result.exit_code == 2 and words in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists()
    if "BCP 47" in words:
        merged = runner.invoke(app, ["tmx", "merge", str(example("udhr", "zh")), "-o", str(out), "--srclang", value])
        assert merged.exit_code == 2 and "--srclang" in merged.output and words in merged.output


def _traditional(text: str) -> str:
    simplified = "国会议与发这们为报请组织约权际书个门关见进实现经济时"
    traditional = "國會議與發這們為報請組織約權際書個門關見進實現經濟時"
    table = str.maketrans(simplified, traditional)
    return text.translate(table)


def test_big5_traditional_chinese_is_refused_in_one_line(tmp_path: Path) -> None:
    big5 = tmp_path / "zh-big5.txt"
    big5.write_bytes(_traditional(example("udhr", "zh").read_text(encoding="utf-8")).encode("big5", "ignore"))
    result = runner.invoke(app, ["align", str(big5), str(example("udhr", "en")), "-o", str(tmp_path / "x.tmx")])
    assert result.exit_code == 2 and "Traditional Chinese (Big5)" in result.output and str(big5) in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_windows_1252_english_is_read_right(tmp_path: Path) -> None:
    text = example("ga-res-ldc-poa", "en").read_text(encoding="utf-8")
    text = text.replace("least developed countries", "Côte d'Ivoire, São Tomé and Príncipe, Türkiye", 1)
    latin = tmp_path / "en-1252.txt"
    latin.write_bytes(text.encode("cp1252"))
    out = tmp_path / "x.tmx"
    result = runner.invoke(app, ["align", str(example("ga-res-ldc-poa", "zh")), str(latin), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Côte d'Ivoire, São Tomé and Príncipe, Türkiye" in out.read_text(encoding="utf-8")


# --- progress: on a terminal only -----------------------------------------------------------------------


def _stderr_on_a_terminal(*args: str) -> str:
    """Run unbitext with stderr on a pseudo-terminal; return what it drew there."""
    main, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    process = subprocess.Popen([sys.executable, "-m", "unbitext.cli", *args], stdout=subprocess.DEVNULL,
                               stderr=secondary, env=env, cwd=ROOT)
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_and_none_with_quiet_or_a_pipe(memory: Path, tmp_path: Path) -> None:
    drawn = _stderr_on_a_terminal("tmx", "merge", str(memory), str(memory), "-o", str(tmp_path / "m.tmx"))
    assert "merging" in drawn
    assert _stderr_on_a_terminal("tmx", "merge", str(memory), "-o", str(tmp_path / "q.tmx"), "--quiet") == ""
    piped = subprocess.run([sys.executable, "-m", "unbitext.cli", "tmx", "stats", str(memory)], capture_output=True,
                           text=True, cwd=ROOT, check=True)
    assert piped.stderr == "" and "units" in piped.stdout
