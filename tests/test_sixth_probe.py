"""Forms of real local news the matcher missed in the sixth blind probe (stop 23: county news of
the south-west and north-west, city and district papers, and town, department and procuratorate
news, 111 pages it was never tuned on): one table per form, each following from how Chinese copy
is written rather than from one sentence.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from tests.test_real_forms import cur, forms, read

# Every organ with a head has a party group (or committee), and its head continues the chain the
# party post opens: 县检察院党组书记、检察长, 省民政厅党组成员、副厅长, 县公安局党委副书记、政委.
# Procuratorates are also written 县院 before their heads.
ORGAN_PARTY_GROUPS = [
    (
        "龙游县检察院党组书记、检察长郑六安一行到村里调研。",
        {
            cur("郑六安", "县检察院党组书记", "龙游县"),
            cur("郑六安", "县检察院检察长", "龙游县"),
        },
    ),
    (
        "开化县人民检察院党组副书记、副检察长何立平主持。",
        {
            cur("何立平", "县检察院党组副书记", "开化县"),
            cur("何立平", "县检察院副检察长", "开化县"),
        },
    ),
    (
        "开化县人民法院党组书记、院长蒋文华出席。",
        {cur("蒋文华", "县法院党组书记", "开化县"), cur("蒋文华", "县法院院长", "开化县")},
    ),
    ("开化县院检察长褚八方带队观摩庭审。", {cur("褚八方", "县检察院检察长", "开化县")}),
    (
        "浙江省民政厅党组书记、厅长赵六远宣读批复。",
        {cur("赵六远", "省民政厅党组书记", "浙江省"), cur("赵六远", "省民政厅厅长", "浙江省")},
    ),
    (
        "浙江省农业厅党组成员、副厅长陈新立到县调研。",
        {
            cur("陈新立", "省农业农村厅党组成员", "浙江省"),
            cur("陈新立", "省农业农村厅副厅长", "浙江省"),
        },
    ),
    (
        "龙游县公安局党委副书记、政委张宏业出席。",
        {
            cur("张宏业", "县公安局党委副书记", "龙游县"),
            cur("张宏业", "县公安局政委", "龙游县"),
        },
    ),
    ("县侨联主席林小明出席。", {cur("林小明", "县侨联主席", "@县")}),
]

# A full name right before a title that may follow its holder (吴五副县长), and a word or a
# preposition right after it: the name is the one before; what follows opens the predicate.
NAME_BEFORE_THE_TITLE = [
    ("会上，吴九远副县长代表县政府作汇报。", {cur("吴九远", "副县长", "@县")}),
    ("分管工业的丁志强副县长向会议作报告。", {cur("丁志强", "副县长", "@县")}),
    ("王五区长在会上讲话。", {cur("王五", "区长", "@区")}),
    # (no name before it: the name after the title stands, even one that starts like a word)
    ("副县长向前进出席会议。", {cur("向前进", "副县长", "@县")}),
    # (a town and its village: the 长 of 镇长 opens 长湾村, and nobody holds a post)
    ("在白沙镇长湾村，他走进茶叶基地。", set()),
]

# A list's next item that runs into a body's noun (集团, 机关) is that body's name, not a person's.
LIST_ITEMS = [
    ("副县长庚一鸣、天山集团副总裁辛二虎陪同。", {cur("庚一鸣", "副县长", "@县")}),
    ("县政协秘书长王三秋、政协机关负责人参加。", {cur("王三秋", "县政协秘书长", "@县")}),
    (
        "副县长张一鸣、李二虎陪同。",
        {cur("张一鸣", "副县长", "@县"), cur("李二虎", "副县长", "@县")},
    ),
]

# Words that begin like a title: the rostrum (主席台) seats nobody as 主席.
NOT_TITLES = [
    ("县政协领导郑十方、钱一鸣参加会议并在主席台就座。", set()),
]

# Where a town's or zone's name starts: not with the end of a date (2019年青石镇, 2021年度),
# not after a determiner of two characters (全体镇干部), and not inside a word that runs on from
# before it (三江口新区 is no zone named after 江口).
PLACE_NAMES = [
    (
        "2019年青石镇召开会议，全体镇干部参加，镇党委副书记柯明远主持。",
        {cur("柯明远", "党委副书记", "青石镇")},
    ),
    (
        "会议听取了《2022年度白沙镇民生实事项目完成情况》的报告，镇党委委员赵一鸣主持。",
        {cur("赵一鸣", "党委委员", "白沙镇")},
    ),
    (
        "市委常委、龙游县委书记、三江口新区党工委书记王志平出席。",
        {
            cur("王志平", "市委常委", "@市"),
            cur("王志平", "县委书记", "龙游县"),
            cur("王志平", "党工委书记", "三江口新区"),
        },
    ),
    (
        "副县长兼庐江经济开发区党工委书记王志平出席。",
        {cur("王志平", "副县长", "@县"), cur("王志平", "党工委书记", "庐江经济开发区")},
    ),
]

# A town's or zone's bare title (镇党委书记, 我镇, 示范区, 党工委副书记) belongs to the place its
# article names: the one named before it, or else the only one named after it.
ARTICLE_PLACES = [
    (
        "我镇党委书记周四海和组织委员李五到白沙村走访。湖镇镇位于县城东部。",
        {cur("周四海", "党委书记", "湖镇镇"), cur("李五", "党委组织委员", "湖镇镇")},
    ),
    # (two towns named after it: no guess, the place unknown)
    (
        "镇党委书记周四海主持会议。湖镇镇位于县城东部，与白沙镇相邻。",
        {cur("周四海", "党委书记", "@镇")},
    ),
    (
        "柳湾生态示范区成立三周年。县委副书记、县长、示范区党工委书记、管委会主任张三远主持会议，"
        "示范区管委会副主任李四海列席。",
        {
            cur("张三远", "县委副书记", "@县"),
            cur("张三远", "县长", "@县"),
            cur("张三远", "党工委书记", "柳湾生态示范区"),
            cur("张三远", "管委会主任", "柳湾生态示范区"),
            cur("李四海", "管委会副主任", "柳湾生态示范区"),
        },
    ),
    # (a clause before a zone's suffix names no zone: 丁五来 + 园区, 会议视察了 + 高新区)
    (
        "市委常委丁五来园区调研，园区管委会主任朱一鸣陪同。",
        {cur("丁五", "市委常委", "@市"), cur("朱一鸣", "管委会主任", "园区")},
    ),
    (
        "会议视察了高新区项目。高新区党工委书记朱一鸣介绍情况。",
        {cur("朱一鸣", "党工委书记", "高新区")},
    ),
    (
        "龙游经济开发区召开会议。党工委副书记、管委会副主任林立民陪同视察。",
        {
            cur("林立民", "党工委副书记", "龙游经济开发区"),
            cur("林立民", "管委会副主任", "龙游经济开发区"),
        },
    ),
]


# A party committee by its formal name, its posts listed after it (中共…县委员会委员、常委、书记;
# a town's 委员会 is its 党委, a working committee's its 党工委), and a party post continuing a
# list of a place's posts after a government's (镇长乙，副书记丙).
PARTY_COMMITTEES = [
    (
        "县委决定：顾长林同志任中共龙游县委员会委员、常委、书记。",
        {
            cur("顾长林", "县委委员", "龙游县"),
            cur("顾长林", "县委常委", "龙游县"),
            cur("顾长林", "县委书记", "龙游县"),
        },
    ),
    (
        "顾长林同志任中共龙游经济开发区工作委员会委员、书记。",
        {
            cur("顾长林", "党工委委员", "龙游经济开发区"),
            cur("顾长林", "党工委书记", "龙游经济开发区"),
        },
    ),
    (
        "湖镇镇召开会议。镇党委书记韩立新，镇长许东方，副书记邹海波出席。",
        {
            cur("韩立新", "党委书记", "湖镇镇"),
            cur("许东方", "镇长", "湖镇镇"),
            cur("邹海波", "党委副书记", "湖镇镇"),
        },
    ),
    (
        "龙游县委书记韩立新，县长许东方，副书记邹海波出席。",
        {
            cur("韩立新", "县委书记", "龙游县"),
            cur("许东方", "县长", "龙游县"),
            cur("邹海波", "县委副书记", "龙游县"),
        },
    ),
    ("中共石门镇党委书记顾长林出席。", {cur("顾长林", "党委书记", "石门镇")}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        organ_party_groups=ORGAN_PARTY_GROUPS,
        name_before_the_title=NAME_BEFORE_THE_TITLE,
        list_items=LIST_ITEMS,
        not_titles=NOT_TITLES,
        place_names=PLACE_NAMES,
        article_places=ARTICLE_PLACES,
        party_committees=PARTY_COMMITTEES,
    ),
)
def test_sixth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected
