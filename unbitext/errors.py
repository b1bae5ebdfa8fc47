"""The one exception hierarchy of unbitext; the CLI turns these into one-line messages."""

from __future__ import annotations

from pathlib import Path


class UnbitextError(Exception):
    """Base class: something the user can fix, reported as one line naming the file."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = None if path is None else str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(UnbitextError):
    """An input file cannot be read or does not contain what the command needs."""


class UnreadableFileError(InputError):
    """The file does not exist or the operating system refuses to read it."""


class DecodingError(InputError):
    """The bytes are not text in any encoding we accept."""


class LanguageError(InputError):
    """The language of a file could not be told, or two files share one language."""


class DifferentDocumentsError(InputError):
    """The two files do not look like versions of one document."""


class StructureError(InputError):
    """A document has none of the numbered structure that alignment relies on."""


class TmxError(InputError):
    """A TMX file is not well-formed or not TMX."""


class UsageError(UnbitextError):
    """An option's value is not one the command can use."""


class OutputError(UnbitextError):
    """An output file could not be written."""
