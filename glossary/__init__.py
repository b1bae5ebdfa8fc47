"""Terminology: term-pair extraction and consistency checks (not built yet; see the issues)."""
