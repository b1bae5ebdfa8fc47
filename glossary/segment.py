"""Words of a sentence in each language, with where they stand and what part of speech they are.

Chinese is segmented by jieba (its dictionary ships inside the jieba package; nothing is
downloaded) with its part-of-speech tags (n noun, v verb, vn verbal noun, p preposition, c
conjunction, uj 的 …). English words come from a regular expression; English has no tagger
here, so its closed-class words are told by lists (glossary/boundaries.py).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import jieba
import jieba.posseg

from unbitext.glossary.english import WORD

# jieba logs its dictionary loading at INFO level through the root logger's handlers.
jieba.setLogLevel(logging.WARNING)

# English words as the glossary package reads them (english.WORD: anti-corruption, COVID-19,
# master’s, Côte d'Ivoire); any other non-space character is a token of its own.
_EN_TOKEN = re.compile(rf"{WORD.pattern}|[^\w\s]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets in the sentence: text == sentence[start:end]
    end: int
    pos: str = ""  # jieba's tag for Chinese; "" for English


# Words jieba's dictionary splits into pieces that look like function words or verbs, so that
# no term could start with them: 不限成员名额 (open-ended) would start with the adverb 不,
# 可持续 (sustainable: 可持续发展目标) with the verb 可, 千年 (millennium) is a numeral, and
# 非政府组织 (non-governmental organization) would end with the verb 组织; 利益攸关方
# (stakeholders) comes out as 利益 | 攸关 | 方, its middle a place name, and 多年期 (multi-year)
# as the numeral 多年 ("many years") and 期.
UN_WORDS = (("不限成员名额", "b"), ("可持续", "b"), ("千年", "b"), ("非政府组织", "nt"), ("利益攸关方", "n"),
            ("多年期", "b"))


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.posseg.POSTokenizer:
    # One tokenizer, its dictionary loaded once (about 0.6 s) on first use.
    tokenizer = jieba.Tokenizer()
    for word, tag in UN_WORDS:
        tokenizer.add_word(word, freq=None, tag=tag)
    return jieba.posseg.POSTokenizer(tokenizer)


def zh_tokens(sentence: str) -> tuple[Token, ...]:
    """jieba's words and tags; spaces are dropped, every other character is in one token."""
    tokens = []
    offset = 0
    for pair in _tokenizer().cut(sentence):
        word = pair.word
        if word.strip():
            tokens.append(Token(word, offset, offset + len(word), pair.flag))
        offset += len(word)
    return tuple(tokens)


def en_tokens(sentence: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(0), m.start(), m.end()) for m in _EN_TOKEN.finditer(sentence))


def alignment_form(token: Token) -> str:
    """How a token is spelled for the word aligner: lower case, so that a capital at the
    start of a sentence does not make a different word."""
    return token.text.lower()
