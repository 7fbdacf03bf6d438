"""Forms of real local news the matcher missed, gathered in the thirteenth real-news round
(stop 31) from new blind probes. Regions: a region's party post then its government's post
written short (自治区党委常委、常务副主席), a district's title read inside 自治区 (自治区扶贫办副主任).
Zones: a county's zone written after the county's level only (县产业集聚区党委书记), a zone's working
committee post then its management committee's (党工委委员、副主任), 管委主任 for 管委会主任, and
a free-trade zone's part (自贸片区). Grass roots: 街道工委书记, a community's deputy secretaries
(社区党总支副书记), a community's name ending in an ordinal or a frequent noun (西航第一社区,
金世纪社区), a community's name of four characters (千渭星城社区). Names: a preposition that is
also a surname before its object (副县长向会议报告, 镇长向宪法宣誓), an aspect particle (成了), a
verb of three characters after the name (王五来不及), a word after 的 (候任区长的任命), a committee
(区委) or a village (海子村) is no name; 转任 and 挂任 are verbs of taking up a post; a title whose
last character makes a word with the next (藏区长期稳定) takes no name; a headline opened by a place
and a colon names no person (某某镇：书记镇长…). A league's deputy head after a name (武立栋副盟长);
an organ, a name, then a member's or head's post (区委黄一伟常委, 市人民政府杨一民市长).
Settling, for an issue of no known home: a bare title of a province or city takes the one that holds
the city or county its article names (自治区党委书记甲深入贺州市 → 广西壮族自治区), and a bare title
takes the place of its level the article names after it when none is named before.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roles.matching import Matcher
from roles.pipeline import scan
from tests.test_real_forms import as_matched, cur, dated, forms, read

# An autonomous region's posts
REGIONS = [
    (
        "按照自治区党委常委、常务副主席韦立新的批示，自治区党委常委、政法委书记蓝小军部署。",
        {
            cur("韦立新", "省委常委", "@省"),
            cur("韦立新", "常务副省长", "@省"),
            cur("蓝小军", "省委常委", "@省"),
            cur("蓝小军", "政法委书记", "@省"),
        },
    ),
    (
        "自治区党委副书记、主席韦立新出席。",
        {cur("韦立新", "省委副书记", "@省"), cur("韦立新", "省长", "@省")},
    ),
    ("自治区扶贫办副主任覃一帆表示。", {cur("覃一帆", "省扶贫办副主任", "@省")}),
    # a region's office the lexicon does not list: no district's post read inside its name
    ("自治区卫健委疾控处处长覃一帆表示。", set()),
    # a province's party post then 副主席: no region's government
    (
        "省委常委、统战部部长覃一帆出席。",
        {cur("覃一帆", "省委常委", "@省"), cur("覃一帆", "统战部部长", "@省")},
    ),
]

# Development zones
ZONES = [
    (
        "县委常委、统战部长程立业，县产业集聚区党委书记毛小川，以及县商务局负责人出席。",
        {
            cur("程立业", "县委常委", "@县"),
            cur("程立业", "统战部部长", "@县"),
            cur("毛小川", "党委书记", "产业集聚区"),
        },
    ),
    (
        "考察团来到南京经开区。经开区管委会党工委委员、副主任徐立平表示欢迎。",
        {
            cur("徐立平", "党工委委员", "南京经开区"),
            cur("徐立平", "管委会副主任", "南京经开区"),
        },
    ),
    (
        "西海岸新区工委副书记、青岛自贸片区管委主任赵立文陪同考察。",
        {
            cur("赵立文", "党工委副书记", "西海岸新区"),
            cur("赵立文", "管委会主任", "青岛自贸片区"),
        },
    ),
    # a town's party post then 副主任: no zone's committee
    ("黄山镇党委委员、副主任徐立平出席。", {cur("徐立平", "党委委员", "黄山镇")}),
]

# Streets and communities
GRASS_ROOTS = [
    (
        "天通苑北街道召开会议。街道工委书记刘立国、办事处主任李小明出席。",
        {
            cur("刘立国", "街道党工委书记", "天通苑北街道"),
            cur("李小明", "街道办事处主任", "天通苑北街道"),
        },
    ),
    (
        "千渭街道千渭星城社区承办，千渭星城社区党总支副书记雷小云主持。",
        {cur("雷小云", "社区党委副书记", "千渭星城社区")},
    ),
    (
        "西航第一社区是新成立的社区。社区第一书记胡立新与社区书记、主任赵小义带领大家参观。",
        {
            cur("胡立新", "社区第一书记", "西航第一社区"),
            cur("赵小义", "社区党委书记", "西航第一社区"),
            cur("赵小义", "社区居委会主任", "西航第一社区"),
        },
    ),
    ("新城街道办事处金世纪社区党支部书记陈立东说。", {cur("陈立东", "社区党委书记", "金世纪社区")}),
    # a community named by a verb run into it is still no name
    ("社区召开会议社区党委书记陈立东说。", set()),
]

# Where a name cannot be
NOT_NAMES = [
    ("副县长向会议报告工作。", set()),
    ("新当选县长向宪法庄严宣誓。", set()),
    ("县长向大会报告。", set()),
    ("以前都是书记镇长向上级汇报。", set()),
    # a name of that surname is still read
    ("县长向阳说，要抓好落实。", {cur("向阳", "县长", "@县")}),
    ("副县长向立明介绍情况。", {cur("向立明", "副县长", "@县")}),
    ("这次不一样，书记镇长成了讲解员。", set()),
    ("县委书记王立来不及休息。", {cur("王立", "县委书记", "@县")}),
    ("随着两区候任区长的任命，调整告一段落。", set()),
    ("江苏泰州两区将迎新区长:区委书记一肩挑近一年", set()),
    ("要为藏区长期稳定做出贡献。", set()),
    ("龙口黄山馆镇:书记镇长变身导游", set()),
]

# Verbs of taking up a post
TAKING_UP = [
    ("2023年9月，翟立新转任上海市长宁区委常委。", {dated("翟立新", "区委常委", "长宁区")}),
    ("被派驻到兴义市敬南镇海子村挂任第一书记。", set()),
]

# A name, then a league's deputy head; an organ, a name, then its head's or member's post
AFTER_NAME = [
    ("第二次是与武立栋副盟长一起来调研。", {cur("武立栋", "副盟长", "@盟")}),
    ("会上，传达了区委黄一伟常委的指示精神。", {cur("黄一伟", "区委常委", "@区")}),
    ("福州市委副书记、市人民政府杨一民市长表示。", {cur("杨一民", "市长", "福州市")}),
    ("他向县政府王立五县长汇报。", {cur("王立五", "县长", "@县")}),
    ("县委王立五副书记讲话。", {cur("王立五", "县委副书记", "@县")}),
    # no organ before the name: the bare title's, as before
    ("王立五市长出席。", {cur("王立五", "市长", "@市")}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        regions=REGIONS,
        zones=ZONES,
        grass_roots=GRASS_ROOTS,
        not_names=NOT_NAMES,
        taking_up=TAKING_UP,
        after_name=AFTER_NAME,
    ),
)
def test_thirteenth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, as_matched(matcher, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the region that holds the city its article names after the title
        (
            "7月1日，自治区党委书记、自治区人大常委会主任韦立新深入贺州市平桂区看望群众。",
            sorted(
                [
                    ("韦立新", "省人大常委会主任", "广西壮族自治区"),
                    ("韦立新", "省委书记", "广西壮族自治区"),
                ]
            ),
        ),
        # and the province that holds the county named before it
        (
            "余庆县召开大会。省委书记庞立新出席。",
            [("庞立新", "省委书记", "贵州省")],
        ),
        # a place of the title's own level named after it, in its article
        (
            "新区召开常委会会议。区人大常委会主任赵立国主持会议。\n会议审议了滨海新区人民代表大会议程。",
            [("赵立国", "区人大常委会主任", "滨海新区")],
        ),
        # no place named in the article: kept with no jurisdiction
        ("区委书记庞立新讲话。", [("庞立新", "区委书记", None)]),
    ],
)
def test_bare_titles_of_an_issue_with_no_home(
    lex, tmp_path: Path, text: str, expected: list
) -> None:
    path = tmp_path / "2019-07-02.txt"
    path.write_text(text)
    corpus = scan([path], lex)
    facts = corpus.fact_table.select("person", "role", "jurisdiction").rows()
    assert sorted(facts) == expected
