from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def example(name: str, language: str) -> Path:
    return EXAMPLES / name / f"{language}.txt"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES
