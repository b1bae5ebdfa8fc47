"""Output files appear whole or not at all, never over an input, all of a command's together.

- `check_outputs` refuses, before any work, an output that is a folder, whose folder does not
  exist or cannot be written, that is one of the inputs (also through a link), or that is
  named twice.
- `atomic_output` writes one file through a temporary file beside it, renamed at the end.
- `OutputSet` does the same for all outputs of one command: each is written to its own
  temporary file, and they are renamed together, under a lock, only when all are written;
  a failure, Ctrl-C, SIGTERM or SIGHUP (see install_signal_handlers) leaves none of them.
- Temporary files are named .NAME.PID.RANDOM.part; one left by a process that no longer
  runs (killed with SIGKILL, a machine that went down) is removed by the next run.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType

from unbitext.errors import OutputError, UnreadableFileError, UsageError

_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.part$")


def check_input_file(path: Path) -> int:
    """The size of a regular file that can be read; one clear error for anything else."""
    try:
        status = path.stat()
        if stat.S_ISREG(status.st_mode) and not os.access(path, os.R_OK):
            raise PermissionError(13, "Permission denied")
    except FileNotFoundError:
        raise UnreadableFileError("no such file", path) from None
    except OSError as error:
        raise UnreadableFileError(f"cannot read: {error.strerror}", path) from None
    if stat.S_ISDIR(status.st_mode):
        raise UnreadableFileError("is a folder, not a file", path)
    if not stat.S_ISREG(status.st_mode):
        raise UnreadableFileError("is not a regular file (a device, pipe or socket)", path)
    return status.st_size


def check_outputs(outputs: Sequence[Path | str | None], inputs: Sequence[Path | str]) -> None:
    """Refuse outputs that cannot be written or would destroy an input or each other."""
    wanted = [Path(p) for p in outputs if p is not None]
    seen: dict[Path, Path] = {}
    for output in wanted:
        resolved = output.resolve()
        if resolved in seen:
            raise UsageError(f"named twice as an output (also as {seen[resolved]}): one file would replace the other",
                             output)
        seen[resolved] = output
        if output.is_dir():
            raise OutputError("is a folder: give a file name to write", output)
        folder = resolved.parent
        if not folder.is_dir():
            raise OutputError("the folder to write into does not exist", output)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"the folder {folder} cannot be written", output)
        for source in inputs:
            if Path(source).resolve() == resolved or _same_file(Path(source), output):
                raise UsageError("is also one of the inputs: writing it would destroy that input", output)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _temporary_beside(target: Path) -> Path:
    remove_stale_parts(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                                             dir=target.parent)
    except OSError as error:
        raise OutputError(f"cannot write here: {error.strerror}", target) from None
    os.close(handle)
    return Path(temporary)


def remove_stale_parts(target: Path) -> list[Path]:
    """Remove temporary files of ours for `target` whose process is gone; return them."""
    removed = []
    with contextlib.suppress(OSError):
        for candidate in target.parent.iterdir():
            match = _PART.match(candidate.name)
            if match and match.group("name") == target.name and not _alive(int(match.group("pid"))):
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


def _publish(temporary: Path, target: Path) -> None:
    # mkstemp makes the file private (0600); the output gets the usual permissions.
    os.chmod(temporary, 0o666 & ~_umask())
    os.replace(temporary, target)


@contextlib.contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; move it onto `path` only if the block succeeds."""
    target = Path(path)
    check_outputs([target], [])
    temporary = _temporary_beside(target)
    try:
        try:
            yield temporary
            _publish(temporary, target)
        except OSError as error:
            raise OutputError(f"cannot write: {error.strerror or error}", target) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


class OutputSet:
    """All outputs of one command, published together or not at all.

        with OutputSet([tmx, report]) as outputs:
            write_tmx(outputs.temporary(tmx), ...)
            outputs.temporary(report).write_text(...)
        # both renamed here, under a lock that other unbitext runs also take
    """

    def __init__(self, targets: list[Path | str | None]) -> None:
        self.targets = [Path(t) for t in targets if t is not None]
        self.temporaries: dict[Path, Path] = {}

    def __enter__(self) -> OutputSet:
        for target in self.targets:
            self.temporaries[target] = _temporary_beside(target)
        return self

    def temporary(self, target: Path | str) -> Path:
        return self.temporaries[Path(target)]

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if kind is None:
            try:
                with _lock(self.targets[0]) if self.targets else contextlib.nullcontext():
                    for target, temporary in self.temporaries.items():
                        _publish(temporary, target)
            except OSError as failure:
                self._discard()
                raise OutputError(f"cannot write: {failure.strerror or failure}", self.targets[0]) from None
            return
        self._discard()
        if isinstance(error, OSError) and not isinstance(error, FileNotFoundError):
            raise OutputError(f"cannot write: {error.strerror or error}", self.targets[0]) from None

    def _discard(self) -> None:
        for temporary in self.temporaries.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


@contextlib.contextmanager
def _lock(target: Path) -> Iterator[None]:
    """An exclusive lock on the first output's folder, so that two runs writing the same
    outputs at once publish theirs one after the other, never a mix of the two. The folder
    itself is locked, so no lock file is left behind."""
    folder = os.open(target.resolve().parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing releases the lock


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path | str, text: str) -> None:
    with atomic_output(path) as temporary:
        temporary.write_text(text, encoding="utf-8")


def install_signal_handlers() -> None:
    """SIGTERM and SIGHUP end the command as Ctrl-C does, so temporary files are removed."""
    def stop(signum: int, _: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP for the duration, then act on one that came.

    Starting a process pool starts a thread; a signal raising in the middle of that leaves a
    thread object the pool's shutdown cannot join, and a traceback instead of a clean stop."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; signals are delivered there anyway
        return
    names = [name for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)]
    caught: list[int] = []
    previous = {name: signal.signal(getattr(signal, name), lambda signum, _: caught.append(signum))
                for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)
    if caught:
        signal.raise_signal(caught[0])
