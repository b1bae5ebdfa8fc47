"""Progress on long work: a rich progress bar on stderr, silent when stderr is no terminal.

The library reports progress through a plain callback (bytes or items done); only the CLI
knows about bars. Nothing is drawn with --quiet, nor when stderr is piped or redirected,
so logs and CI output stay clean.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import BinaryIO

Advance = Callable[[int], None]


@contextlib.contextmanager
def progress_bar(description: str, total: int | None, quiet: bool = False) -> Iterator[Advance | None]:
    """Yield a function advancing the bar by n (bytes or items, as `total` counts them), or
    None where no bar is drawn, so that the library can take its faster road."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)


class CountingReader:
    """A binary file that reports how many bytes were read from it (for a parser that streams)."""

    def __init__(self, raw: BinaryIO, advance: Advance) -> None:
        self.raw = raw
        self.advance = advance

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.advance(len(data))
        return data
