"""Language tags: BCP 47, checked against the IANA registry by langcodes."""

from __future__ import annotations

from unbitext.errors import UsageError


def check_language_tag(tag: str, option: str, language: str | None = None) -> None:
    """Refuse a tag that is not well-formed and registered BCP 47, or names another language.

    "zh-CN", "zh-Hans", "en-GB" pass; "not a tag!", "zh\\x01CN" and, for --zh-tag, "en-US" do not.
    """
    import langcodes  # imported here: only commands that take a tag need it

    if not langcodes.tag_is_valid(tag):
        raise UsageError(f"{option} {tag!r} is not a BCP 47 language tag (such as zh-CN, zh-Hans, en-GB)")
    if language and langcodes.Language.get(tag).language != language:
        raise UsageError(f"{option} {tag!r} does not name {'Chinese' if language == 'zh' else 'English'}")
