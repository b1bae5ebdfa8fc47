"""unbitext: Chinese/English UN document pairs into translation memories and glossaries.

Installed, the sub-packages align, glossary and tmx live inside this package
(unbitext.align, …: pyproject.toml maps the repository's top-level folders there). In a
source checkout they stand beside this folder instead, so the checkout's root is added to
this package's search path: the same imports work in both.
"""

from pathlib import Path

__version__ = "0.1.0"

_checkout = Path(__file__).resolve().parent.parent
if (_checkout / "pyproject.toml").is_file() and (_checkout / "align" / "__init__.py").is_file():
    __path__.append(str(_checkout))
