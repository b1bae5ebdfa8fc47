"""A place and what every country has: free compounds, not terms.

Security Council letters and reports name countries on every line, and word alignment pairs
the name with what stands beside it: 叙利亚领土 = Syrian territory, 土耳其国旗 = Turkish flag,
苏丹政府 = Government of Sudan, 叙利亚 = Syrian. A terminologist enters the country's name
(阿拉伯叙利亚共和国 = Syrian Arab Republic) and its bodies (中非稳定团 = MINUSCA), never
its government, people or territory, nor its adjective paired with the noun; and a 省, 州 or 村
of the Chinese that the English leaves out (霍姆斯省 = Homs) is a wrong extent. These calls
are the judgement notes' (tests/data/glossary-judgements/README.md: free compounds).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unbitext.glossary import names

# What any State has: its government, authorities, people, regime, armed forces, territory,
# airspace and waters, flag. A place name followed by one of these is a free compound
# (南朝鲜当局, 叙利亚境内).
_OF_ANY_STATE = ("政府", "当局", "人民", "政权", "军民", "领土", "境内", "国旗", "部队", "军队", "领空", "领海", "领水")
_GOVERNMENT = frozenset("Government Governments authorities Authorities".split())
# jieba tags a country ns, or, for some (黎巴嫩, 阿富汗, 伊拉克), as a transliterated name.
_PLACE_TAGS = frozenset("ns nr nrt".split())
# English adjectives of places (Syrian, Turkish, Sudanese, African, French, Islamic); "-an"
# and "-i" alone make none, as Japan, Sudan, Iran and Mali end so: those are listed.
_DEMONYM = re.compile(r"[A-Z][a-z]*(?:ian|ean|ese|ish|ican|ench|ic)$")
_IRREGULAR_DEMONYMS = frozenset("""
Afghan Iraqi Israeli Kuwaiti Libyan Somali Pakistani Yemeni Saudi Qatari Omani Bahraini Emirati Thai Cuban Moroccan
Bangladeshi Nepali Malian Argentine Philippine
""".split())
_NOT_DEMONYMS = frozenset("Republic Pacific Atlantic Caribbean Mediterranean Arctic Antarctic Baltic Adriatic".split())
# Lower-case words an adjective of a place may follow: "south Korean authorities".
_COMPASS = frozenset("north south east west northern southern eastern western central".split())
# The Chinese suffixes of a governorate, region, county and village, and English words for them.
_ADMINISTRATIVE = re.compile(r"..[省州县村]$")
_ADMINISTRATIVE_EN = frozenset("governorate governorates province provinces state states region regions oblast "
                               "county counties district districts village villages prefecture".split())


def free_compound(zh: str, zh_tags: Sequence[str], english: str) -> bool:
    """Whether a pair is a place name with what every country has, or a place's adjective.

    `zh_tags` are the jieba tags of the Chinese side's words, `english` the English as written."""
    en_words = english.split()
    if _a_government_with_a_name(zh, en_words):
        return True
    if zh_tags and zh_tags[0] in _PLACE_TAGS and (_what_a_state_has(zh, zh_tags, en_words)
                                                  or _an_adjective_of_a_place(en_words)):
        return True
    return bool(_ADMINISTRATIVE.search(zh)) and not any(w.lower() in _ADMINISTRATIVE_EN for w in en_words)


def _a_government_with_a_name(zh: str, en_words: Sequence[str]) -> bool:
    """苏丹政府 = Government of Sudan, 澳大利亚政府 = Australian Government, whatever jieba's tags."""
    return zh.endswith(("政府", "当局")) and any(w in _GOVERNMENT for w in en_words) \
        and any(w[:1].isupper() and w not in _GOVERNMENT for w in en_words)


def _what_a_state_has(zh: str, zh_tags: Sequence[str], en_words: Sequence[str]) -> bool:
    """刚果民主共和国政府 = Government of the Democratic Republic of the Congo, 叙利亚武装部队 =
    Syrian armed forces; a body's name stays (黎巴嫩武装部队 = Lebanese Armed Forces)."""
    return len(zh_tags) > 1 and zh.endswith(_OF_ANY_STATE) and (en_words[0] in _GOVERNMENT or not _a_name(en_words))


def _an_adjective_of_a_place(en_words: Sequence[str]) -> bool:
    """The English opens with capitalized words (or a compass word), the last an adjective of a
    place, and only lower-case words follow it: 叙利亚 = Syrian, 乍得妇女 = Chadian women, 南朝鲜当局
    = south Korean authorities."""
    opening = 0
    while opening < len(en_words) and (en_words[opening][:1].isupper() or en_words[opening] in _COMPASS):
        opening += 1
    adjective = en_words[opening - 1] if opening else ""
    return (adjective in _IRREGULAR_DEMONYMS or (_DEMONYM.fullmatch(adjective) is not None
                                                and adjective not in _NOT_DEMONYMS)) \
        and all(w.islower() for w in en_words[opening:])


def _a_name(words: Sequence[str]) -> bool:
    """Written as a name: every word capitalized but the short ones inside ("Interim Security
    Force for Abyei")."""
    return all(w[:1].isupper() for w in words if w not in names.PIECE_LINK and w != "the")
