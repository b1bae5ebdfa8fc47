"""What every sub-command shares: turning library errors into one line and an exit code."""

from __future__ import annotations

import typer

from unbitext.errors import UnbitextError

EXIT_FINDINGS = 1  # check found problems, validate found invalid files
EXIT_INPUT_ERROR = 2  # usage or input error


def fail(error: UnbitextError) -> typer.Exit:
    typer.echo(f"unbitext: error: {error}", err=True)
    return typer.Exit(EXIT_INPUT_ERROR)
