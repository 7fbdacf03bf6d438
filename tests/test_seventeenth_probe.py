"""Forms of real local news the matcher missed, gathered in the seventeenth real-news round (stop
35) from new blind probes. Towns: an ethnic township whose own name holds a conjunction (永和土家
族乡), a town's level written twice (云溪镇镇人大主席), 受 governing a town's organ (受镇人大主席团
委托: no town is named 甲受镇), a town congress's presidium (镇人大主席团) as no post, a town's
finance office (财政所所长), 乡人民政府乡长 after another of the township's posts, a working
committee's member (党工委委员) in a subdistrict's article, a Mongolian village's name of six
characters (…嘎查) and a Mongolian name closed by the possessive 的. Posts: a name and its posts in
brackets (任命甲（某县委书记、县长）为…), a title in quotation marks (村“第一书记”), a note in
brackets between two posts (副书记（挂职）、…), 聘任 as a verb of appointment, the political
departments of public security bureaus and courts, stationed discipline inspection groups, armed
forces departments' deputies, a party standing committee written without 委 (市常委), an
intermediate court's acting president, a branch bureau's head not read as the bureau's
(市公安局柯城分局局长), and a yearbook's list of leaders, whose posts continue from line to line
(旗委书记：甲 ⏎ 副书记：乙 ⏎ 丙) with more holders of a post alone on the lines after it. Names: a preposition-surname's rarer noun before a verb (于春风出席), 特邀
after a name, a list closed by 和 before an office the pattern would run on from the name
(…、丁和县政府办主任戊), 和 before 新一届 as no name, a successor written before 接 or 接替 its
predecessor, 为现任, 零反对票 between a name and 当选, a verb of going before a place the
gazetteer knows (甲赴龙游县) and 到会 after a name. Lexicon forms: 直属机关工作委员会 for 直机关工委,
a bureau's 常务副局长, and 监委副主任/监委委员 continuing a discipline commission's chain.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from tests.test_real_forms import as_matched, cur, designate, former, forms, read

TOWNS = [
    (
        "永和土家族乡第五届人代会闭幕，柯文涛当选永和土家族乡人大主席。",
        {cur("柯文涛", "人大主席", "永和土家族乡")},
    ),
    ("永和土家族乡人大主席柯文涛在会上讲话。", {cur("柯文涛", "人大主席", "永和土家族乡")}),
    ("云溪镇镇人大主席蒲思远向大会报告工作。", {cur("蒲思远", "镇人大主席", "云溪镇")}),
    (
        "云溪镇镇党委书记蒲思远主持，云溪镇镇长雷鸣岳参加。",
        {cur("蒲思远", "党委书记", "云溪镇"), cur("雷鸣岳", "镇长", "云溪镇")},
    ),
    (
        "云溪镇人代会开幕。镇人大主席蒲思远受镇人大主席团委托报告工作。",
        {cur("蒲思远", "镇人大主席", "云溪镇")},
    ),
    (
        "云溪镇召开预算会议。镇财政所长满庆丰同志通报收支，财政所副所长严书南参加。",
        {cur("满庆丰", "财政所所长", "云溪镇"), cur("严书南", "财政所副所长", "云溪镇")},
    ),
    (
        "石沟乡召开动员会，乡党委副书记、乡人民政府乡长甘正霖讲话。",
        {cur("甘正霖", "党委副书记", "石沟乡"), cur("甘正霖", "乡长", "石沟乡")},
    ),
    (
        "嘉禾街道开展走访。街道党工委副书记晏子川、党工委委员路远航一同前往。",
        {
            cur("晏子川", "街道党工委副书记", "嘉禾街道"),
            cur("路远航", "街道党工委委员", "嘉禾街道"),
        },
    ),
    ("大会依法选出了新一届人大主席和新一届乡长、副乡长。", set()),
    (
        "记者见到苏力德苏木巴彦宝力格图嘎查党支部书记、嘎查达额尔登布和的时候，他正在牧场。",
        {
            cur("额尔登布和", "党支部书记", "巴彦宝力格图嘎查"),
            cur("额尔登布和", "嘎查达", "巴彦宝力格图嘎查"),
        },
    ),
]

POSTS = [
    (
        "通知决定：席乐天（宁安县委书记、县长）任防汛指挥部总指挥，祁东明（宁安县副县长）任副总指挥。",
        {
            cur("席乐天", "县委书记", "宁安县"),
            cur("席乐天", "县长", "宁安县"),
            cur("祁东明", "副县长", "宁安县"),
        },
    ),
    (
        "帮扶工作组成员、石桥镇党委副书记（挂职）、青山村“第一书记”宁志坚走访农户。",
        {cur("宁志坚", "党委副书记", "石桥镇"), cur("宁志坚", "驻村第一书记", "青山村")},
    ),
    ("镇党委研究，聘任邵海晨为青石村村委会主任。", {cur("邵海晨", "村委会主任", "青石村")}),
    (
        "衢州市公安局党委委员、政治部主任卞一鸣到县局督导，县公安局政治部副主任窦光宇陪同。",
        {
            cur("卞一鸣", "市公安局党委委员", "衢州市"),
            cur("卞一鸣", "市公安局政治部主任", "衢州市"),
            cur("窦光宇", "县公安局政治部副主任", "@县"),
        },
    ),
    (
        "座谈会上，市中院党组成员、副院长谈雨农，市中院政治部副主任蓝启航先后发言。",
        {
            cur("谈雨农", "市法院党组成员", "@市"),
            cur("谈雨农", "市法院副院长", "@市"),
            cur("蓝启航", "市法院政治部副主任", "@市"),
        },
    ),
    (
        "县纪委监委驻县教育局纪检监察组组长俞秋池列席会议。",
        {cur("俞秋池", "纪检监察组组长", "@-")},
    ),
    ("检查组由县人民武装部副部长芦景行带队。", {cur("芦景行", "县人武部副部长", "@县")}),
    (
        "林芝市常委、米林县委书记庞晓岚主持会议。县常委会听取汇报。",
        {cur("庞晓岚", "市委常委", "林芝市"), cur("庞晓岚", "县委书记", "米林县")},
    ),
    (
        "鹤岗市召开联席会议。市中级人民法院代院长麦立群通报情况。",
        {cur("麦立群", "市法院院长", "@市", acting=True)},
    ),
    ("衢州市公安局柯城分局局长聂秋帆出席。", set()),
    ("市直属机关工作委员会书记俞秋禾出席会议。", {cur("俞秋禾", "市直机关工委书记", "@市")}),
    ("市乡村振兴局常务副局长林一帆陪同调研。", {cur("林一帆", "市乡村振兴局常务副局长", "@市")}),
]

ROSTERS = [
    (
        "领导名录\n\n旗委书记：窦文远\n\n副书记：庞宏图（蒙古族）\n\n葛远山\n\n"
        "人大常委会主任：俞清和（女）\n\n副主任：麦秋生\n\n龚雪梅（女）\n\n政府\n\n"
        "旗长：邵天明\n\n副旗长：闵晓春",
        {
            cur("窦文远", "旗委书记", "@旗"),
            cur("庞宏图", "旗委副书记", "@旗"),
            cur("葛远山", "旗委副书记", "@旗"),
            cur("俞清和", "人大常委会主任", "@-"),
            cur("麦秋生", "人大常委会副主任", "@-"),
            cur("龚雪梅", "人大常委会副主任", "@-"),
            cur("邵天明", "旗长", "@旗"),
            cur("闵晓春", "副旗长", "@旗"),
        },
    ),
    # one line a holder, without blank lines between (OCR repair would run the names together)
    (
        "县委副书记：庞宏图\n葛远山\n副县长：麦秋生\n龚雪梅（女）\n闵晓春\n县政协主席：邵天明",
        {
            cur("庞宏图", "县委副书记", "@县"),
            cur("葛远山", "县委副书记", "@县"),
            cur("麦秋生", "副县长", "@县"),
            cur("龚雪梅", "副县长", "@县"),
            cur("闵晓春", "副县长", "@县"),
            cur("邵天明", "县政协主席", "@县"),
        },
    ),
    # a heading after the last holder is no name
    ("县长：邵天明\n\n政协\n\n主席：麦秋生", {cur("邵天明", "县长", "@县")}),
]

NAMES = [
    (
        "市委常委、常务副市长于春风出席推进会。",
        {cur("于春风", "市委常委", "@市"), cur("于春风", "常务副市长", "@市")},
    ),
    ("县人武部政委贝思齐特邀出席会议。", {cur("贝思齐", "县人武部政委", "@县")}),
    (
        "副县长闵长河、葛青禾、蔺文博、薛牧之和县政府办主任岳晴川参加调度会。",
        {
            cur("闵长河", "副县长", "@县"),
            cur("葛青禾", "副县长", "@县"),
            cur("蔺文博", "副县长", "@县"),
            cur("薛牧之", "副县长", "@县"),
            cur("岳晴川", "县政府办公室主任", "@县"),
        },
    ),
    (
        "副县长闵长河、葛青禾和县文化和旅游局局长岳晴川参加调度会。",
        {
            cur("闵长河", "副县长", "@县"),
            cur("葛青禾", "副县长", "@县"),
            cur("岳晴川", "县文旅局局长", "@县"),
        },
    ),
    (
        "会议宣布，宁德市委副书记裴晓东接洪一舟出任代市长。",
        {cur("裴晓东", "市委副书记", "宁德市"), cur("裴晓东", "市长", "@市", acting=True)},
    ),
    (
        "省委常委龚书朗接替柯文涛担任省委秘书长。",
        {cur("龚书朗", "省委常委", "@省"), cur("龚书朗", "省委秘书长", "@省")},
    ),
    (
        "公示名单中，拟任东阳市委书记的雷鸣岳为现任市长，今年四十九岁。",
        {designate("雷鸣岳", "市委书记", "东阳市"), cur("雷鸣岳", "市长", "@市")},
    ),
    ("投票结果当场公布，严书南零反对票当选为县长。", {cur("严书南", "县长", "@县")}),
    ("市委书记柯向前赴龙游县调研。", {cur("柯向前", "市委书记", "@市")}),
    (
        "县纪委副书记、监委副主任柯立达到会指导。",
        {cur("柯立达", "县纪委副书记", "@县"), cur("柯立达", "县监委副主任", "@县")},
    ),
    (
        "会议同意甘正霖辞去副县长职务、孟为辞去县长职务的请求。",
        {former("甘正霖", "副县长", "@县"), former("孟为", "县长", "@县")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), forms(towns=TOWNS, posts=POSTS, rosters=ROSTERS, names=NAMES)
)
def test_seventeenth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, as_matched(matcher, text)) == expected
