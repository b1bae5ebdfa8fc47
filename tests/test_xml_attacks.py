"""Hostile XML in every format unbitext parses: the safety is tested, not assumed from library defaults.

Each attack goes through the commands a user runs on such a file (tmx validate, stats,
merge, from a TMX check and glossary extract; a TBX glossary to check; a Word file and an
HTML page to align). Whatever the command answers (exit 0, 1 or 2), it must answer in
bounded time, without a traceback, without expanding entities, without reading a local
file into its output, and without any request to a server (one runs on loopback and
counts what it is asked).
"""

from __future__ import annotations

import http.server
import shutil
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from tests.conftest import example
from unbitext.cli import app

runner = CliRunner()
SECRET = "TOPSECRET-4711-DO-NOT-LEAK"
FORMATS = Path(__file__).parent / "data" / "formats"


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        body = b'<!ENTITY leak "fetched">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Recorder.requests = []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def _laughs() -> str:
    entities = ['<!ENTITY l0 "ha">'] + [f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10)]
    return "\n".join(entities)


def _doctypes(server: str, secret: Path) -> dict[str, tuple[str, str]]:
    """name -> (DOCTYPE internal subset or external id, the entity reference to put in text)."""
    return {
        "billion-laughs": (f"[\n{_laughs()}\n]", "&l9;"),
        "xxe-file": (f'[<!ENTITY xxe SYSTEM "{secret.as_uri()}">]', "&xxe;"),
        "xxe-http": (f'[<!ENTITY xxe SYSTEM "{server}/entity">]', "&xxe;"),
        "external-dtd": (f'SYSTEM "{server}/tmx14.dtd"', "text"),
        "parameter-entity": (f'[<!ENTITY % remote SYSTEM "{server}/remote.dtd"> %remote;]', "text"),
    }


def _tmx(doctype: str, reference: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx {doctype}>\n'
            '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" '
            'adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>'
            f'<tu><tuv xml:lang="en-US"><seg>The Conference {reference}</seg></tuv>'
            '<tuv xml:lang="zh-CN"><seg>缔约国会议</seg></tuv></tu>'
            '<tu><tuv xml:lang="en-US"><seg>The Conference decided.</seg></tuv>'
            '<tuv xml:lang="zh-CN"><seg>缔约国会议决定。</seg></tuv></tu></body></tmx>\n')


def _tbx(doctype: str, reference: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tbx {doctype}>\n'
            '<tbx type="TBX-Basic" xml:lang="en"><text><body><conceptEntry id="c1">'
            '<langSec xml:lang="en"><termSec><term>Conference</term></termSec></langSec>'
            f'<langSec xml:lang="zh"><termSec><term>缔约国会议{reference}</term></termSec></langSec>'
            '</conceptEntry></body></text></tbx>\n')


def _docx(tmp_path: Path, doctype: str, reference: str) -> Path:
    source = FORMATS / "ga-res-ldc-poa" / "en.docx"
    target = tmp_path / "evil.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as evil:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename in ("word/document.xml", "word/footnotes.xml"):
                text = data.decode("utf-8")
                declaration_end = text.index("?>") + 2
                root = text[declaration_end:].lstrip().split(" ", 1)[0].lstrip("<")
                text = f"{text[:declaration_end]}\n<!DOCTYPE {root} {doctype}>{text[declaration_end:]}"
                text = text.replace("Takes note", f"Takes note {reference}", 1)
                data = text.encode("utf-8")
            evil.writestr(item, data)
    return target


def _outputs_of(tmp_path: Path, result_output: str) -> str:
    written = [p.read_bytes().decode("utf-8", "replace") for p in tmp_path.rglob("*")
               if p.is_file() and p.suffix in (".tmx", ".utf8", ".json", ".html") and "secret" not in p.name]
    return result_output + "".join(written)


def _assert_safe(result, started: float, output_text: str) -> None:
    assert time.monotonic() - started < 60
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert SECRET not in output_text
    assert "hahahahahahahahahaha" not in output_text  # no entity was expanded
    assert "fetched" not in output_text
    assert _Recorder.requests == []


ATTACKS = ["billion-laughs", "xxe-file", "xxe-http", "external-dtd", "parameter-entity"]


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("command", ["validate", "stats", "merge", "check", "glossary"])
def test_hostile_tmx(tmp_path: Path, server: str, secret: Path, attack: str, command: str) -> None:
    doctype, reference = _doctypes(server, secret)[attack]
    evil = tmp_path / "evil.tmx"
    evil.write_text(_tmx(doctype, reference), encoding="utf-8")
    args = {"validate": ["tmx", "validate", str(evil)], "stats": ["tmx", "stats", str(evil)],
            "merge": ["tmx", "merge", str(evil), "-o", str(tmp_path / "m.tmx")],
            "check": ["check", "--checks", "number-mismatch,inconsistent-target", str(evil)],
            "glossary": ["glossary", "extract", str(evil), "-o", str(tmp_path / "g.utf8"), "--min-count", "1"]}[command]
    started = time.monotonic()
    result = runner.invoke(app, args)
    _assert_safe(result, started, _outputs_of(tmp_path, result.output))


@pytest.mark.parametrize("attack", ATTACKS)
def test_hostile_tbx_glossary(tmp_path: Path, server: str, secret: Path, attack: str) -> None:
    doctype, reference = _doctypes(server, secret)[attack]
    evil = tmp_path / "evil.tbx"
    evil.write_text(_tbx(doctype, reference), encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(app, ["check", "-g", str(evil), str(example("wg4-2022", "zh")),
                                 str(example("wg4-2022", "en"))])
    _assert_safe(result, started, _outputs_of(tmp_path, result.output))


@pytest.mark.parametrize("attack", ATTACKS)
def test_hostile_word_file(tmp_path: Path, server: str, secret: Path, attack: str) -> None:
    doctype, reference = _doctypes(server, secret)[attack]
    evil = _docx(tmp_path, doctype, reference)
    shutil.copy(FORMATS / "ga-res-ldc-poa" / "zh.docx", tmp_path / "zh.docx")
    started = time.monotonic()
    result = runner.invoke(app, ["align", str(tmp_path / "zh.docx"), str(evil), "-o", str(tmp_path / "a.tmx"),
                                 "--report", str(tmp_path / "a.json")])
    _assert_safe(result, started, _outputs_of(tmp_path, result.output))


@pytest.mark.parametrize("attack", ATTACKS)
def test_hostile_html_page(tmp_path: Path, server: str, secret: Path, attack: str) -> None:
    doctype, reference = _doctypes(server, secret)[attack]
    page = (FORMATS / "ga-res-ldc-poa" / "en.html").read_text(encoding="utf-8")
    page = page.replace("<!DOCTYPE html>", f"<!DOCTYPE html {doctype}>")
    page = page.replace("Takes note", f"Takes note {reference}")
    evil = tmp_path / "evil.html"
    evil.write_text(page, encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(app, ["align", str(FORMATS / "ga-res-ldc-poa" / "zh.html"), str(evil), "-o",
                                 str(tmp_path / "a.tmx")])
    _assert_safe(result, started, _outputs_of(tmp_path, result.output))


@pytest.mark.parametrize("command", ["validate", "stats", "merge"])
def test_deep_nesting_is_read_without_exhausting_the_stack(tmp_path: Path, command: str) -> None:
    depth = 100_000
    seg = "<hi>" * depth + "deep" + "</hi>" * depth
    evil = tmp_path / "deep.tmx"
    evil.write_text(_tmx("[]", "").replace("<seg>The Conference </seg>", f"<seg>The Conference {seg}</seg>"),
                    encoding="utf-8")
    args = {"validate": ["tmx", "validate", str(evil)], "stats": ["tmx", "stats", str(evil)],
            "merge": ["tmx", "merge", str(evil), "-o", str(tmp_path / "m.tmx")]}[command]
    started = time.monotonic()
    result = runner.invoke(app, args)
    assert time.monotonic() - started < 60
    assert result.exit_code in (0, 1, 2) and (result.exception is None or isinstance(result.exception, SystemExit))
    if command == "merge" and result.exit_code == 0:
        assert "The Conference deep" in (tmp_path / "m.tmx").read_text(encoding="utf-8")
