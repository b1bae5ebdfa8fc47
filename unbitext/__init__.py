"""unbitext: Chinese/English UN document pairs into translation memories and glossaries."""

__version__ = "0.1.0"
