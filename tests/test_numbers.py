"""Numbers as the UN writes them, in both languages: every example of the check's issue.

Each pair is a translation the number check must accept; the same pair with one number
changed must be reported. Real sentences from the UN Parallel Corpus development set where
the issue quotes them (examples/unv1-devset), short UN-style ones elsewhere.
"""

from __future__ import annotations

import pytest

from unbitext.glossary.check import Checker
from unbitext.glossary.units import AlignedUnit

SAME = [
    ("grouped thousands", "拟编列经费1 996 800美元。", "An amount of $1,996,800 is proposed."),
    ("grouped people", "约有285 000人流离失所。", "Some 285,000 people were displaced."),
    ("ordinal first", "专家工作组第一次会议的文件可在网站上查询。",
     "The documents of the first meeting of the expert working group are available on the website."),
    ("two as a word", "两个委员会指出，这一项目将列入议程。", "The two committees noted that the item would be on the agenda."),
    ("both", "两国外长重申了这一立场。", "Both Foreign Ministers reiterated that position."),
    ("biennial", "两年期预算已经核准。", "The biennial budget has been approved."),
    ("paragraph range", "回顾序言部分第8至12段。", "Recalling the eighth to twelfth preambular paragraphs."),
    ("Roman article", "《条约》第六条规定了这项义务。", "Article VI of the Treaty sets out that obligation."),
    ("morning time", "定于2015年2月24日星期二上午10时15分举行", "To be held on Tuesday, 24 February 2015, at 10.15 a.m."),
    ("afternoon range", "3月16日星期一，下午3时至6时", "Monday, 16 March: from 3 p.m. to 6 p.m."),
    ("hours", "10时50分，一架飞机飞越边界。", "At 1050 hours, an aircraft crossed the border."),
    ("decade", "2001-2010十年期支援最不发达国家行动纲领", "Programme of Action for the Least Developed Countries for "
                                              "the Decade 2001-2010"),
    ("millennium", "千年发展目标能够实现。", "The Millennium Development Goals can be achieved."),
    ("year range", "2016-2017两年期拟议方案预算", "Proposed programme budget for the biennium 2016-2017"),
    ("date", "2015年4月21日通过", "Adopted on 21 April 2015"),
    ("money in millions", "芬兰提供了540万美元的捐款。", "Finland contributed $5.4 million."),
    ("decimal and percentage", "增长率为4.5%。", "The growth rate was 4.5 per cent."),
    ("words with numerals", "一些代表团强调统一和一致的重要性，这是优先事项之一。",
     "Some delegations stressed the importance of unity and consistency, which is among the priorities."),
    ("seventy years", "七十年之后，这些目标仍未实现。", "Seventy years later, those goals remain unmet."),
    ("one million", "约有一百万人面临粮食无保障。", "Approximately 1 million people are food insecure."),
    ("paragraph number on one side", "10. 委员会商定组织五场讨论。", "The Commission agreed to organize five discussions."),
    ("COVID-19", "应对2019冠状病毒病大流行", "The response to the COVID-19 pandemic"),
    ("volume", "消除《汇编》第三卷的积压。", "Eliminate the backlog of volume III of the Repertory."),
    ("annex", "载于本说明附件一。", "It is set out in annex I to the present note."),
]

CHANGED = [
    ("grouped thousands", "拟编列经费1 996 900美元。", "An amount of $1,996,800 is proposed."),
    ("date", "2015年4月22日通过", "Adopted on 21 April 2015"),
    ("morning time", "定于2015年2月24日星期二上午10时25分举行", "To be held on Tuesday, 24 February 2015, at 10.15 a.m."),
    ("money in millions", "芬兰提供了550万美元的捐款。", "Finland contributed $5.4 million."),
    ("Roman article", "《条约》第七条规定了这项义务。", "Article VI of the Treaty sets out that obligation."),
    ("count", "另一方面，有141项指控被认定查无实据。", "Conversely, 142 allegations were found to have been unsubstantiated."),
]


def numbers(zh: str, en: str):
    unit = AlignedUnit("test:1", zh, en, "line 1", "test")
    return Checker([], "en", ["number-mismatch"]).run([unit])


@pytest.mark.parametrize("name, zh, en", SAME, ids=[case[0] for case in SAME])
def test_the_same_numbers_written_the_un_way_are_accepted(name: str, zh: str, en: str) -> None:
    assert numbers(zh, en) == []


@pytest.mark.parametrize("name, zh, en", CHANGED, ids=[case[0] for case in CHANGED])
def test_a_changed_number_is_reported(name: str, zh: str, en: str) -> None:
    assert numbers(zh, en)
