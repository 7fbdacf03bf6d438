"""Forms of real local news the matcher missed, gathered in the twelfth real-news round (stop 30)
from new blind probes. Bodies: courts, procuratorates and departments written after their
county's or city's short name without a level (武进人民检察院, 东阳公安局, 湛江中院, 衢州中院), the
party's social work departments (社工部). Towns and villages: a town's secretary written short
(昭平镇书记), a village's general branch written in full (党总支部书记), a community's residents'
committee after its party post (社区党委书记、居委会主任). Zones named after a place with a word
between (泉州 + 台商 + 投资区). Lists: a name alone between commas in a list of posts and holders
shares the post before it, unless only one person holds that post; a region's short name and
自治区 open the next item of a list, not a name. Names: between two titles, a plain word opens
no name (厅长普遍由副省长兼任), nor does 借 end one (…书记甲借赴…之机), and a conjunction before
相关 or 有关 ends the name before it (副区长甲及相关负责同志). A department's own news names its
county with it (湘阴县民政局…，党组书记、局长甲); a bureau's head is written with one 局 (教育局长);
a town's name run into its village's is no town title (永和镇长安村); posts parted by a comma
after a comma, the second of the first's level, are one person's (，省卫健委党组书记、主任，省中医药
管理局局长甲). Bodies' own news: a court named after its county's short name (淳化法院召开…), and 院
or 局 before a post for the body its article names (院党组书记、检察长甲; a hospital's 院 is no
court's); mass organisations' posts at every level (市总工会党组书记, 工商联主席 after another post;
企业妇联主席 is a firm's); a town or village, the name, then its post (杉树乡周五乡长). Settling: in an issue whose home is unknown, a bare title takes the
place of its level its article names before it.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roles.matching import Matcher
from roles.pipeline import scan
from tests.test_real_forms import as_matched, cur, former, forms, read

# A county's or city's short name before a court, procuratorate or department written without
# its level: the place's level makes the post (an intermediate court is a prefecture's)
SHORT_NAMED_BODIES = [
    (
        "柯城法院党组书记、院长甘立群出席会议。",
        {cur("甘立群", "区法院党组书记", "柯城区"), cur("甘立群", "区法院院长", "柯城区")},
    ),
    ("开化检察院检察长童建新列席。", {cur("童建新", "县检察院检察长", "开化县")}),
    ("东阳公安局局长蒋文亮介绍了案情。", {cur("蒋文亮", "市公安局局长", "东阳市")}),
    (
        "会议任命乐文斌为武进人民检察院副检察长、代理检察长。",
        {
            cur("乐文斌", "区检察院副检察长", "武进区"),
            cur("乐文斌", "区检察院检察长", "武进区", acting=True),
        },
    ),
    (
        "湛江中院党组书记、院长柴明远一行在肇庆中院党组成员、副院长单立国的陪同下参观。",
        {
            cur("柴明远", "市法院党组书记", "湛江市"),
            cur("柴明远", "市法院院长", "湛江市"),
            cur("单立国", "市法院党组成员", "肇庆市"),
            cur("单立国", "市法院副院长", "肇庆市"),
        },
    ),
    # a short name ending in 州 is the city's, not a prefecture's level character
    ("衢州中院副院长祁友平陪同。", {cur("祁友平", "市法院副院长", "衢州市")}),
    # written with the level, as before
    ("江山市公安局局长蒋文亮出席。", {cur("蒋文亮", "市公安局局长", "江山市")}),
    # no place before the body: the home's, as before
    ("公安局局长蒋文亮出席。", {cur("蒋文亮", "公安局局长", "@-")}),
]

# The party committees' social work departments (from 2023), also written 社工部
SOCIAL_WORK = [
    (
        "市委常委、政法委书记、社工部部长费立东出席。",
        {
            cur("费立东", "市委常委", "@市"),
            cur("费立东", "政法委书记", "@市"),
            cur("费立东", "社会工作部部长", "@市"),
        },
    ),
    (
        "县委社会工作部部长柏一鸣，县委社工部副部长齐小红参加。",
        {
            cur("柏一鸣", "县委社会工作部部长", "@县"),
            cur("齐小红", "县委社会工作部副部长", "@县"),
        },
    ),
]

# Towns' and villages' posts written short or in full
GRASS_ROOTS = [
    ("昭平镇书记庞立胜说，要把茶园做大。", {cur("庞立胜", "党委书记", "昭平镇")}),
    ("龙凤村党总支部书记韦荣生介绍。", {cur("韦荣生", "党总支书记", "龙凤村")}),
    (
        "大水坑社区党委书记、居委会主任凌锦华深有感触。",
        {
            cur("凌锦华", "社区党委书记", "大水坑社区"),
            cur("凌锦华", "社区居委会主任", "大水坑社区"),
        },
    ),
    # 乡镇书记, 该镇书记: no town is named
    ("全县乡镇书记述职评议会召开。", set()),
]

# A zone named after a place with a word between the place and its suffix
ZONES = [
    (
        "代表团参观了泉州台商投资区规划馆，并与党工委书记阮七忠、管委会主任温八辉座谈。",
        {
            cur("阮七忠", "党工委书记", "泉州台商投资区"),
            cur("温八辉", "管委会主任", "泉州台商投资区"),
        },
    ),
    (
        "考察团来到泉州台商投资区。党工委书记阮七忠介绍了情况。",
        {cur("阮七忠", "党工委书记", "泉州台商投资区")},
    ),
]

# A name alone between commas in a list of posts and holders shares the post before it; a post
# only one person holds is not shared (区长甲，乙，…: 乙's post is not written)
COMMA_LISTS = [
    (
        "县委常委、副县长郭九文，邹十帆，县人大副主任龙宏芳，副县长潘慧琴参加会议。",
        {
            cur("郭九文", "县委常委", "@县"),
            cur("郭九文", "副县长", "@县"),
            cur("邹十帆", "县委常委", "@县"),
            cur("邹十帆", "副县长", "@县"),
            cur("龙宏芳", "县人大常委会副主任", "@县"),
            cur("潘慧琴", "副县长", "@县"),
        },
    ),
    (
        "副区长童五，伏立，车伟，县政协副主席景七参加。",
        {
            cur("童五", "副区长", "@区"),
            cur("伏立", "副区长", "@区"),
            cur("车伟", "副区长", "@区"),
            cur("景七", "县政协副主席", "@县"),
        },
    ),
    (
        "区长童五，伏立，区委副书记景七出席。",
        {cur("童五", "区长", "@区"), cur("景七", "区委副书记", "@区")},
    ),
    # not a list: what follows the name is no post
    ("副区长童五，伏立参加。", {cur("童五", "副区长", "@区")}),
    ("区委书记童五，男，汉族，1970年生。", {cur("童五", "区委书记", "@区")}),
]

# A region's short name with 自治区 opens the next item of a list
PLACES_IN_LISTS = [
    (
        "他们分别是浙江省衢州市衢江区委书记甄立明、广西自治区来宾市象州县委书记屠立国。",
        {cur("甄立明", "区委书记", "衢江区"), cur("屠立国", "县委书记", "象州县")},
    ),
]

# A department's own news names its county with it: its bare posts are that county's
OWN_NEWS = [
    (
        "省纪委通报，其中湘阴县民政局违规发放月饼，党组书记、局长庞立荣受到警告处分。",
        {
            cur("庞立荣", "县民政局党组书记", "湘阴县"),
            cur("庞立荣", "县民政局局长", "湘阴县"),
        },
    ),
    (
        "县民政局召开会议。党组书记、局长庞立荣讲话。",
        {cur("庞立荣", "县民政局党组书记", "@县"), cur("庞立荣", "县民政局局长", "@县")},
    ),
]

# A bureau's head written with one 局 (教育局长 for 教育局局长), after another post too
BUREAU_HEADS = [
    (
        "县人大常委会副主任、教育局长覃立帅出席。",
        {cur("覃立帅", "县人大常委会副主任", "@县"), cur("覃立帅", "县教育局局长", "@县")},
    ),
    ("县财政局长覃立帅出席。", {cur("覃立帅", "县财政局局长", "@县")}),
    # a planning bureau by its full name
    ("三明市城乡规划局局长陈立晗出席。", {cur("陈立晗", "市规划局局长", "三明市")}),
    (
        "副市长、市财政局长覃立帅出席。",
        {cur("覃立帅", "副市长", "@市"), cur("覃立帅", "市财政局局长", "@市")},
    ),
]

# Where a name ends: 借 (借…之机) is a verb no given name uses; 相关 and 有关 after a conjunction
# modify the noun it joins, so the conjunction ends the name
NAME_ENDS = [
    (
        "温州市委书记陈立新借赴辽宁沈阳参加推进会之机走访企业。",
        {cur("陈立新", "市委书记", "温州市")},
    ),
    ("郊区政府副区长姜平及相关负责同志参加。", {cur("姜平", "副区长", "郊区")}),
    ("副区长姜平及有关部门负责人参加。", {cur("姜平", "副区长", "@区")}),
    ("副区长姜平及其他同志参加。", {cur("姜平", "副区长", "@区")}),
    # a conjunction opens no name when it cuts a word (和工作队) or heads a level (和省级、市级)
    ("座谈会由现任驻村第一书记和工作队、村两委成员参加。", set()),
    ("驻村第一书记和省级、市级试点村党组织书记等一行人到村调研。", set()),
    # (a name 和 opens, followed by 和 and a noun: 和平 + 平和 is no word running on)
    ("市政协副主席和平和企业家代表进行了座谈。", {cur("和平", "市政协副主席", "@市")}),
    (
        "副区长王立、和军、李立出席。",
        {cur("王立", "副区长", "@区"), cur("和军", "副区长", "@区"), cur("李立", "副区长", "@区")},
    ),
]

# Posts parted by a comma that open a clause after a comma, the post after the comma of their
# level (省…，省…): one chain of one person's posts
COMMA_CHAINS = [
    (
        "干部大会召开，省卫生健康委党组书记、主任，省中医药管理局局长祁立燕讲话。",
        {cur("祁立燕", "省卫健委党组书记", "@省"), cur("祁立燕", "省卫健委主任", "@省")},
    ),
    # a post with its own holder after the comma keeps it
    ("大会召开，县委书记，县长祁立燕讲话。", {cur("祁立燕", "县长", "@县")}),
]

# A town's name run into its village's: 镇长 is no title there (永和镇 + 长安村)
TOWN_INTO_VILLAGE = [
    ("鸡东镇勇鲜村墙饰厂项目、永和镇长安村白酒厂项目开工。", set()),
    ("廿里镇镇长王立村出席。", {cur("王立村", "镇长", "廿里镇")}),
    ("永和镇镇长李立安到村走访。", {cur("李立安", "镇长", "永和镇")}),
]

# A court's or procuratorate's own news: the body named after its county's short name, and 院
# or 局 before a post standing for the body the article names (我院 too); a hospital is no court
BODIES_OWN_NEWS = [
    (
        "3月21日上午，淳化法院召开党组理论学习中心组学习会。会议由党组书记、院长赵立耀主持。",
        {cur("赵立耀", "县法院党组书记", "淳化县"), cur("赵立耀", "县法院院长", "淳化县")},
    ),
    (
        "4日，金湖检察院召开全院干警大会。会上，院党组书记、检察长姚立武总结上半年工作，"
        "院党组副书记、常务副检察长赵春立作报告。",
        {
            cur("姚立武", "县检察院党组书记", "金湖县"),
            cur("姚立武", "县检察院检察长", "金湖县"),
            cur("赵春立", "县检察院党组副书记", "金湖县"),
            cur("赵春立", "县检察院常务副检察长", "金湖县"),
        },
    ),
    (
        "县委常委会听取了我院工作汇报，要求加强县人民法院工作。会议听取了我院党组书记、"
        "院长孙立晨的汇报。",
        {cur("孙立晨", "县法院党组书记", "@县"), cur("孙立晨", "县法院院长", "@县")},
    ),
    ("县医院召开大会，院党组书记、院长陈立锋讲话。", set()),
    (
        "副县长段立凝到谷城县中医医院调研。县卫健局局长聂立峰，院党委书记陈立锋陪同。",
        {cur("段立凝", "副县长", "@县"), cur("聂立峰", "县卫健局局长", "@县")},
    ),
]

# Mass organisations' heads, deputies and party groups, at every level and after another post
MASS_ORGANISATIONS = [
    (
        "市总工会党组成员、副主席许立丹到郏县慰问。",
        {cur("许立丹", "市总工会党组成员", "@市"), cur("许立丹", "市总工会副主席", "@市")},
    ),
    (
        "市人大常委会副主任、市总工会党组书记、主席李立涛，常务副主席徐孝立带队。",
        {
            cur("李立涛", "市人大常委会副主任", "@市"),
            cur("李立涛", "市总工会党组书记", "@市"),
            cur("李立涛", "市总工会主席", "@市"),
            cur("徐孝立", "市总工会常务副主席", "@市"),
        },
    ),
    (
        "大祥区政协副主席、工商联主席欧阳立燕率队考察。",
        {cur("欧阳立燕", "区政协副主席", "大祥区"), cur("欧阳立燕", "区工商联主席", "大祥区")},
    ),
    # a firm's own federation is no place's
    ("走访了天龙公司，企业妇联主席王立燕介绍情况。", set()),
]

# A town or village, the name, then its post: a leader addressed with respect
TOWN_NAME_POST = [
    ("杉树乡周立君乡长介绍了情况。", {cur("周立君", "乡长", "杉树乡")}),
    ("廿里镇徐立涛书记介绍了情况。", {cur("徐立涛", "党委书记", "廿里镇")}),
    ("东方村郑立勇书记说。", {cur("郑立勇", "村党支部书记", "东方村")}),
    ("我们乡王立强乡长来了。", set()),
    # (全 and 本 open town names too)
    ("全旺镇徐立涛书记介绍了情况。", {cur("徐立涛", "党委书记", "全旺镇")}),
]

# Between two titles, a plain word opens no name
BETWEEN_TITLES = [
    ("近年来，公安厅长普遍由副省长兼任。", set()),
    ("县长晏五副县长尤四出席。", {cur("晏五", "县长", "@县"), cur("尤四", "副县长", "@县")}),
    (
        "副县长尤四代理县长职务。",
        {cur("尤四", "副县长", "@县"), cur("尤四", "县长", "@县", acting=True)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        short_named_bodies=SHORT_NAMED_BODIES,
        social_work=SOCIAL_WORK,
        grass_roots=GRASS_ROOTS,
        zones=ZONES,
        comma_lists=COMMA_LISTS,
        places_in_lists=PLACES_IN_LISTS,
        between_titles=BETWEEN_TITLES,
        own_news=OWN_NEWS,
        bureau_heads=BUREAU_HEADS,
        name_ends=NAME_ENDS,
        town_into_village=TOWN_INTO_VILLAGE,
        comma_chains=COMMA_CHAINS,
        bodies_own_news=BODIES_OWN_NEWS,
        mass_organisations=MASS_ORGANISATIONS,
        town_name_post=TOWN_NAME_POST,
    ),
)
def test_twelfth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, as_matched(matcher, text)) == expected


def test_removed_from_a_short_named_body_is_former(matcher: Matcher) -> None:
    text = "会议接受祝国强辞去武进人民检察院检察长职务的请求。"
    assert read(matcher, as_matched(matcher, text)) == {
        former("祝国强", "区检察院检察长", "武进区")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province its article names before the bare title
        (
            "湖南省委召开扶贫工作会议。省委书记庞立新讲话，省委副书记、省长祁友明主持。",
            sorted(
                [
                    ("祁友明", "省委副书记", "湖南省"),
                    ("祁友明", "省长", "湖南省"),
                    ("庞立新", "省委书记", "湖南省"),
                ]
            ),
        ),
        # none named: kept with no jurisdiction
        ("区委书记庞立新讲话。", [("庞立新", "区委书记", None)]),
    ],
)
def test_bare_titles_of_an_issue_with_no_home(
    lex, tmp_path: Path, text: str, expected: list
) -> None:
    path = tmp_path / "2019-04-27.txt"
    path.write_text(text)
    corpus = scan([path], lex)
    facts = corpus.fact_table.select("person", "role", "jurisdiction").rows()
    assert sorted(facts) == expected
