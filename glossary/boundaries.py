"""Where a term may start and end: part of speech in Chinese, closed-class words in English.

A UN term is a noun phrase or a name: 缔约国会议, 预算外资源, 透明度 = Conference of the States
Parties, extrabudgetary resources, transparency. So no term starts or ends with a function
word, a preposition or a clause verb (的 在 与 代表 提供 …), none ends with a verb, and none is
a reference (第九条第二款 = article 9, paragraph 2; 第70/1号决议 = resolution 70/1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unbitext.align.script import HAN, HAN_RANGES
from unbitext.glossary.english import STOP_WORDS
from unbitext.glossary.segment import Token

# jieba tags that never stand at either edge: prepositions, conjunctions, particles (的 了 地
# 等), pronouns, adverbs, numerals and measure words, localizers (中 下 之间), times (今后),
# interjections, punctuation and unknown symbols.
NEVER_AT_EDGE = frozenset("p c u uj ul uv uz ud ug r rr rz d df dg m mq q f t tg y e o x w zg k h".split())
# Tags a term may end with: nouns and names of every kind, verbal and adjectival nouns
# (预防 in 腐败预防, 腐败 an), abbreviations (禁毒办 j), fixed expressions (l, i); not Latin script
# at the end (会议室文件CAC: a document symbol follows the term).
_NOUN_LIKE = frozenset("n nr nr1 nr2 nrj nrf nrfg nrt ns nt nz nl ng vn an j l i g s".split())
# The verbs of the sentences of resolutions and reports, which make a clause of what stands
# on both sides of them inside a span (大会请秘书长 = "General Assembly request the
# Secretary-General", 委员会建议缔约国).
_SPEECH_VERBS = frozenset("""
请 吁请 促请 要求 鼓励 邀请 敦促 呼吁 决定 建议 欢迎 注意到 认识到 重申 强调 表示 指出
""".split())
# Words no term holds anywhere: the copula, 所 of a relative clause, and those verbs (at an edge
# they are clause verbs too).
_NEVER_INSIDE = _SPEECH_VERBS | {"是", "所"}
# Verbs that open clauses, not terms ("提供技术援助" = providing technical assistance): a verb
# may start a term (反腐败机构 = anti-corruption bodies, 实施审议机制 = Implementation Review
# Mechanism), but not these, nor the verbs that open the paragraphs of a resolution (强调指出 =
# Stressing, 吁请 = Calls upon), nor 经 and 见 of "经例行协商" (after the usual consultations)
# and "见附件" (see annex).
CLAUSE_VERBS = frozenset("""
代表 提供 包括 进行 加强 促进 支持 确保 采取 作为 是 有 介绍 讨论 使用 认为
赞赏 关切 通过 举行 参加 开展 推动 提高 利用 发挥 实现 建立 制定 应对 处理
涉及 需要 希望 考虑 继续 开始 成为 得到 获得 给予 提出 收到 审查 说明 报告 称 设立 召开 举办 协助 帮助 增加
减少 改进 改善 落实 执行 保护 保障 尊重 享有 发展 合作 参与 分享 交流 介入 编写 编制 分发 印发 载有 列入 载于
强调指出 回顾 又回顾 确认 认可 赞扬 深表关切 表示关切 深信 认定 申明 谴责 核可 宣布 承认 意识到 考虑到 铭记
着重指出 愿意 祝愿 经 见
""".split()) | _SPEECH_VERBS
# A Chinese term holds Han characters (and may hold Latin letters: COVID-19疫情), no punctuation.
# References, not terms: 第九条, 第九条第二款, 第5段, 第70/1号决议, 第二章, 附件一, and a body's
# session or meeting (论坛第十届会议 = tenth session of the Forum, 工作组第十三次会议).
_REFERENCE = re.compile(
    f"^(第[0-9０-９一二三四五六七八九十百零〇两/\\.]+[条款段项章节部分号次届卷]|[0-9/]+号|附件[一二三四五六七八九十]+)|"
    f"第[0-9０-９一二三四五六七八九十百零〇两/\\.]+[条款段项章节]$|"
    f"第[0-9０-９一二三四五六七八九十百零〇两]+[次届](特别)?会议?$|号决议$|^[{HAN_RANGES}]?号")


# Adverbs and prefixes that begin terms as English "special", "least", "non-", "multi-" do:
# 特别报告员 (Special Rapporteur), 最不发达国家 (least developed countries), 非政府
# (non-governmental), 多年期 (multi-year), 多金属结核 (polymetallic nodules); jieba tags them d,
# h or m, tags that otherwise never start a term.
_TERM_PREFIXES = frozenset("特别 最 不 非 无 多".split())
# Words that judge or point rather than name, as "relevant" and "necessary" do: 有关决议 =
# relevant resolutions, 必要措施 = necessary measures, 具体目标 = specific target, 总体目标 =
# overall objective (jieba keeps 必要措施 and 总体目标 as one word, so the first word's start
# counts). Over the verdicts of rounds 1-12 no term opened with one.
_ZH_EVALUATIVE = ("必要", "具体", "适当", "有效", "相关", "有关", "总体")


def zh_term_span(tokens: Sequence[Token]) -> bool:
    """Can these consecutive words be a Chinese term?"""
    first, last = tokens[0], tokens[-1]
    opens_term = len(tokens) > 1 and (first.pos == "h" or first.text in _TERM_PREFIXES)
    if (first.pos in NEVER_AT_EDGE and not opens_term) or last.pos in NEVER_AT_EDGE:
        return False
    if first.text in CLAUSE_VERBS or last.text in CLAUSE_VERBS or first.text.startswith(_ZH_EVALUATIVE):
        return False
    if first.pos.startswith("v") and first.pos != "vn" and len(tokens) == 1:
        return False  # a verb alone is not a term
    if last.pos not in _NOUN_LIKE:
        return False
    if any((t.pos in ("x", "w", "p") and t.text != "与") or t.pos.startswith("u") or t.pos.startswith("r")
           or t.text in _NEVER_INSIDE for t in tokens):
        # No punctuation, 的, pronoun, preposition, copula inside: a phrase (生活在农村地区); 与
        # inside a term joins two nouns, as 和 does (国际和平与安全 = international peace and security);
        # 所 + verb is a relative clause (决议所设委员会 = the committee established pursuant to).
        return False
    text = "".join(t.text for t in tokens)
    return bool(HAN.search(text)) and not _REFERENCE.search(text)


# English words that are not the first or last word of a term: the stop words (articles,
# prepositions, conjunctions, pronouns, auxiliaries and modals, quantifiers) and common adverbs
# and prepositions besides.
EN_CLOSED_CLASS = STOP_WORDS | frozenset("""
very only just even still already yet however thus therefore furthermore moreover among between through
under over about against during before after since until up down out off again further once
""".split())
# Verbs that open clauses ("provide technical assistance", "ensure"): not the first word of a term.
_EN_CLAUSE_VERBS = frozenset("""
provide provides provided providing ensure ensures ensured ensuring promote promotes promoted promoting take
takes took taken make makes made making support supports supported include includes included encourage
encourages encouraged encouraging request requests requested call calls called urge urges urged invite
invites invited decide decides decided welcome welcomes welcomed note notes noted recognize recognizes
recognized reaffirm reaffirms reaffirmed recall recalls recalled stress stresses stressed emphasize
emphasizes emphasized express expresses expressed continue continues continued strengthen strengthens
strengthened enhance enhances enhanced improve improves improved contribute contributes contributed
consider considers considered adopt adopts adopted establish establishes established implement implements
address addresses addressed use uses used carry carried become became need needs needed said says
acknowledging affirming alarmed appreciating aware bearing believing calling concerned conscious considering
convinced deploring desiring determining emphasizing encouraging expressing guided keeping mindful noting
observing reaffirming realizing recalling recognizing regretting reiterating seeking stressing underlining
welcoming accepts affirms approves authorizes condemns declares deplores designates endorses proclaims reminds
""".split())
# Words that make a clause of what stands around them: "Committee recommends that the State
# party" is a sentence, not a term; a noun phrase holds no relative pronoun or auxiliary, nor
# a pronoun ("least developed countries and their development partners": two terms).
_EN_CLAUSE_INSIDE = frozenset("""
that which who whom whose is are was were be been being has have had will shall should would could can
may might must does do did recommends recommend urges notes requests calls
their its his her our your they them we it
""".split())
_EN_WORD = re.compile(r"[^\W_]")
_LY_NOUNS = frozenset("assembly family supply italy anomaly monopoly ally rally reply".split())
# Adjective endings, and the nouns that share them.
_ADJECTIVE_ENDINGS = ("al", "ous", "ful", "ible", "able", "ive", "ic")
_NOUNS_LIKE_ADJECTIVES = frozenset("""
proposal approval renewal referral removal tribunal journal principal capital hospital signal arsenal total
individual animal material official terminal portal manual festival disposal withdrawal arrival appraisal
rival editorial tutorial credential dismissal perusal rehearsal
initiative objective representative executive alternative directive incentive perspective narrative detective
motive archive derivative prerogative imperative
table cable label vegetable timetable constable variable deliverable receivable payable
epidemic pandemic topic public traffic clinic music logic plastic critic mechanic graphic panic fabric arithmetic
rhetoric characteristic diagnostic republic
""".split())


# Adjectives UN texts use that no ending gives away ("transfer of nuclear" is cut short).
_ADJECTIVES = frozenset("nuclear civil foreign domestic specific relevant certain main major due hoc".split())
# Modifiers of the moment, not of the term: "former OPANAL Secretary-General" is a person's
# past title, "respective", "current" and "previous" point at a context.
_EN_NOT_FIRST = frozenset("former current previous respective various several own".split())
# ... and, written in lower case, the words that judge (see _ZH_EVALUATIVE): "relevant
# resolutions", "effective leadership"; capitalized, some open titles ("Independent Expert").
_EN_EVALUATIVE = frozenset("specific necessary relevant appropriate effective independent overall multiple".split())


def _adjective(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return word in _ADJECTIVES or (word.endswith(_ADJECTIVE_ENDINGS) and word not in _NOUNS_LIKE_ADJECTIVES
                                   and singular not in _NOUNS_LIKE_ADJECTIVES)


def en_term_span(tokens: Sequence[Token]) -> bool:
    """Can these consecutive words be an English term (a noun phrase)?"""
    words = [t.text for t in tokens]
    if not all(_EN_WORD.match(w) for w in words):
        return False  # punctuation inside: two phrases, or a list
    first, last = words[0].lower(), words[-1].lower()
    if first in EN_CLOSED_CLASS or last in EN_CLOSED_CLASS or first in _EN_CLAUSE_VERBS or first in _EN_NOT_FIRST:
        return False
    if last in _EN_CLAUSE_VERBS and not words[-1][:1].isupper():
        return False
    if words[0].islower() and first in _EN_EVALUATIVE:
        return False
    if any(w in _EN_CLAUSE_INSIDE for w in words[1:-1]):
        return False
    # A lower-case word in -ed or -ly does not end a noun phrase ("recommended", "effectively"),
    # nor an adjective ("regional and national"); a past participle or an adverb does not
    # start one ("contained in", "effectively").
    if words[-1].islower() and (last.endswith(("ed", "ly")) or _adjective(last)):
        return False
    if words[0].islower() and ((first.endswith("ly") and first not in _LY_NOUNS) or first.endswith("ed")):
        return False
    # Figures alone are numbers, not terms; "article 9" is a reference.
    if not any(c.isalpha() for c in "".join(words)):
        return False
    return not (len(words) >= 2 and first in ("article", "paragraph", "resolution", "section", "chapter", "annex")
                and any(c.isdigit() for c in words[1]))
