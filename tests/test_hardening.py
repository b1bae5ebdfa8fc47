"""What real users and real files do (issue: nothing lost, no traceback, bounded cost).

Each test reproduces one case of the probe and asserts the outcome: exit 2 and one line
naming the file and the problem; the input intact; no output and no .part file left.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.cli import app
from unbitext.glossary.read import read_glossary
from unbitext.tmx.reader import read_header

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def one_line_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("unbitext: error: "), result.output
    for word in words:
        assert word in lines[0], lines[0]


def pair(folder: Path, name: str = "ga-res-ldc-poa") -> tuple[Path, Path]:
    """Copies of an example pair in `folder` (made if need be), for tests that may harm them."""
    folder.mkdir(parents=True, exist_ok=True)
    zh, en = folder / "zh.txt", folder / "en.txt"
    zh.write_bytes(example(name, "zh").read_bytes())
    en.write_bytes(example(name, "en").read_bytes())
    return zh, en


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# --- data loss ------------------------------------------------------------------------------------------


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    zh, en = pair(tmp_path)
    before = zh.read_bytes()
    one_line_error(run("align", zh, en, "-o", zh), str(zh), "one of the inputs")
    one_line_error(run("glossary", "extract", zh, en, "-o", zh), "one of the inputs")
    link = tmp_path / "link.txt"
    os.link(zh, link)  # the same file under another name
    one_line_error(run("align", zh, en, "-o", link), "one of the inputs")
    assert zh.read_bytes() == before and leftovers(tmp_path) == []


def test_one_file_named_as_two_outputs_is_refused(tmp_path: Path) -> None:
    zh, en = pair(tmp_path)
    out = tmp_path / "x.tmx"
    one_line_error(run("align", zh, en, "-o", out, "--report", out), "named twice")
    assert not out.exists()


# --- one line, not a traceback ----------------------------------------------------------------------------


def test_outputs_that_cannot_be_written_are_refused_before_any_work(tmp_path: Path) -> None:
    zh, en = pair(tmp_path)
    folder = tmp_path / "folder"
    folder.mkdir()
    one_line_error(run("align", zh, en, "-o", folder), "is a folder")
    one_line_error(run("align", zh, en, "-o", tmp_path / "x.tmx", "--report", folder), "is a folder")
    assert not (tmp_path / "x.tmx").exists()  # the TMX is not written when the report cannot be
    one_line_error(run("align", zh, en, "-o", tmp_path / "absent" / "x.tmx"), "does not exist")
    # /proc takes no new files, whoever asks (root included): the writing fails, not Python.
    one_line_error(run("align", zh, en, "-o", "/proc/unbitext-test.tmx"), "/proc/unbitext-test.tmx")


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 64 KiB filesystem (tmpfs, mounted as root), or a skip where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path, tiny_disk: Path) -> None:
    zh, en = pair(tmp_path, "wg4-2022")
    result = run("align", zh, en, "-o", tiny_disk / "x.tmx", "--report", tiny_disk / "x.json")
    one_line_error(result, "cannot write", "No space left on device")
    assert list(tiny_disk.iterdir()) == []


def test_bad_inputs_are_one_line(tmp_path: Path) -> None:
    zh, en = pair(tmp_path)
    out = tmp_path / "x.tmx"
    one_line_error(run("align", "/dev/zero", en, "-o", out), "/dev/zero", "not a regular file")
    one_line_error(run("align", tmp_path, en, "-o", out), "is a folder")
    one_line_error(run("tmx", "stats", tmp_path), "is a folder")
    one_line_error(run("tmx", "stats", "/dev/null"), "not a regular file")
    big = tmp_path / "big.csv"
    big.write_text("source,target\n" + "a" * 140_000 + ",b\n", encoding="utf-8")
    one_line_error(run("check", "-g", big, zh, en), "big.csv", "line 2")
    assert not out.exists()


def test_other_unicode_encodings_are_read(tmp_path: Path) -> None:
    text = example("ga-res-ldc-poa", "zh").read_text(encoding="utf-8")
    for name, data in (("utf32.txt", text.encode("utf-32")), ("utf16.txt", text.encode("utf-16-le"))):
        path = tmp_path / name
        path.write_bytes(data)
        result = run("align", path, example("ga-res-ldc-poa", "en"), "-o", tmp_path / f"{name}.tmx")
        assert result.exit_code == 0 and "paragraphs  19/19" in result.output, result.output


# --- wrong output, silently ---------------------------------------------------------------------------------


def test_free_text_in_a_status_column_sets_no_status(tmp_path: Path) -> None:
    glossary = tmp_path / "g.utf8"
    glossary.write_text("Conference\t缔约国会议\tcomment\tavoid confusion with the Assembly\n"
                        "European Union\t欧盟\t\tavoid\n", encoding="utf-8")
    terms = {t.en: t.forbidden for t in read_glossary(glossary)}
    assert terms == {"Conference": False, "European Union": True}


def test_an_empty_glossary_is_said(tmp_path: Path) -> None:
    zh, en = pair(tmp_path)
    empty = tmp_path / "empty.utf8"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "-g", str(empty), str(zh), str(en)])
    assert "holds no terms" in result.stderr


# --- cost without bound ---------------------------------------------------------------------------------------


def test_unnumbered_text_after_the_last_paragraph_is_not_glued_to_it(tmp_path: Path) -> None:
    annex_zh = "\n\n".join(f"附件第{n}段，说明有关情况。" for n in range(1, 301))
    annex_en = "\n\n".join(f"Annex text number {n}, describing the situation." for n in range(1, 301))
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text(example("wg4-2022", "zh").read_text(encoding="utf-8") + "\n\n" + annex_zh + "\n", encoding="utf-8")
    en.write_text(example("wg4-2022", "en").read_text(encoding="utf-8") + "\n\n" + annex_en + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    result = run("align", zh, en, "-o", tmp_path / "x.tmx", "--report", report, "--segment", "paragraph")
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    paragraph_71 = next(u for u in data["units"] if u["unit"] == "paragraph 71")
    assert paragraph_71["confidence"] > 0.9
    assert data["pairs"] >= 103 + 300


def test_a_tmx_full_of_notes_streams_in_flat_memory(tmp_path: Path) -> None:
    """60 MB of <note> after the units: `tmx stats` must not build the tree of them."""
    path = tmp_path / "notes.tmx"
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en-US" '
                  'segtype="sentence" o-tmf="x" adminlang="en-US" datatype="plaintext" creationtool="x" '
                  'creationtoolversion="1"/><body><tu><tuv xml:lang="en-US"><seg>a</seg></tuv>'
                  '<tuv xml:lang="zh-CN"><seg>甲</seg></tuv></tu>')
        note = "<note>" + "n" * 1000 + "</note>"
        for _ in range(60_000):
            out.write(note)
        out.write("</body></tmx>\n")
    # The child's own peak: VmHWM of its address space. Not getrusage's ru_maxrss, which Linux
    # carries over exec from the forked parent, so it reported this pytest process's size (over
    # 300 MB once the glossary tests had loaded jieba) instead of the child's.
    child = ("import re, sys\nfrom unbitext.tmx.stats import tmx_stats\n"
             "stats = tmx_stats(sys.argv[1])\n"
             "status = open('/proc/self/status').read()\n"
             "print(stats.units, int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) // 1024)")
    done = subprocess.run([sys.executable, "-c", child, str(path)], capture_output=True, text=True, check=True,
                          cwd=ROOT)
    units, peak_mb = map(int, done.stdout.split())
    # Streaming peaks at about 19 MB; parsing this 60 MB file into one tree peaks at about 100 MB
    # (measured the same way), so the bound sits between the two.
    assert units == 1 and peak_mb < 50, peak_mb


# --- leftovers and concurrent runs ----------------------------------------------------------------------------


def _long_pair(tmp_path: Path) -> tuple[Path, Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_long import long_document

    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text(long_document("zh", 4000), encoding="utf-8")
    en.write_text(long_document("en", 4000), encoding="utf-8")
    return zh, en


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_leaves_no_part_file(tmp_path: Path, signum: int) -> None:
    zh, en = _long_pair(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "unbitext.cli", "align", str(zh), str(en), "-o",
                                str(out / "x.tmx"), "--report", str(out / "x.json")], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not leftovers(out) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert leftovers(out), "the run ended before its temporary files appeared"
    process.send_signal(signum)
    assert process.wait(timeout=60) == 128 + signum
    assert list(out.iterdir()) == []


def test_a_part_file_left_by_a_killed_run_is_removed_by_the_next(tmp_path: Path) -> None:
    zh, en = _long_pair(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "unbitext.cli", "align", str(zh), str(en), "-o",
                                str(out / "x.tmx")], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not leftovers(out) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.kill()  # SIGKILL: nothing of ours runs, the .part stays
    process.wait(timeout=30)
    assert leftovers(out)
    small_zh, small_en = pair(tmp_path / "small")
    assert run("align", small_zh, small_en, "-o", out / "x.tmx").exit_code == 0
    assert leftovers(out) == [] and (out / "x.tmx").exists()


def test_concurrent_runs_never_leave_a_tmx_and_a_report_of_two_runs(tmp_path: Path) -> None:
    pairs = [pair(tmp_path / name, name) for name in ("ga-res-ldc-poa", "udhr")]
    out, report = tmp_path / "x.tmx", tmp_path / "x.json"
    for _ in range(3):
        processes = [subprocess.Popen([sys.executable, "-m", "unbitext.cli", "align", str(zh), str(en), "-o",
                                       str(out), "--report", str(report), "-q"], cwd=ROOT)
                     for zh, en in pairs]
        assert [p.wait(timeout=120) for p in processes] == [0, 0]
        header_run = dict(read_header(out).props)["x-unbitext-run"]
        assert json.loads(report.read_text(encoding="utf-8"))["settings"]["run"] == header_run
