"""Forms of real local news the matcher missed, gathered in the eighth real-news round (stop 26)
from new blind probes: acting heads named by a standing committee's decision, compound surnames
before a verb, posts a person gives up or is named for in a clause of its own, and where a name
ends before a preposition; departments named with their government, a court's posts without
the level, a town's portfolios, and offices the lexicon lacked. One table per form, each following from how Chinese copy is written.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from tests.test_real_forms import cur, designate, former, forms, read

# A standing committee names who stands in for a head who has left: the person (and often his
# own post, written after the name) before 代理 and the post, closed by 职务; or 其 for the
# person the sentence has just appointed.
ACTING_BY_DECISION = [
    (
        "会议决定王立平副县长代理江山县人民政府县长职务。",
        {cur("王立平", "副县长", "@县"), cur("王立平", "县长", "江山县", acting=True)},
    ),
    ("会议决定由王立平同志代理县长职务。", {cur("王立平", "县长", "@县", acting=True)}),
    ("决定王立平代理县长职务。", {cur("王立平", "县长", "@县", acting=True)}),
    (
        "决定任命赵小东为龙游县人民政府副县长，并决定其为代理县长。",
        {cur("赵小东", "副县长", "龙游县"), cur("赵小东", "县长", "@县", acting=True)},
    ),
    # (a lone surname before the post is a way of address: no one is named)
    ("会议决定由王副县长代理县长职务。", set()),
]

# A compound surname (欧阳, 上官) and one or two given characters right before the verb
COMPOUND_SURNAMES_BEFORE_VERBS = [
    ("欧阳小明任龙游县委书记。", {cur("欧阳小明", "县委书记", "龙游县")}),
    ("上官一平同志任龙游县委副书记。", {cur("上官一平", "县委副书记", "龙游县")}),
    ("上官红当选为县长。", {cur("上官红", "县长", "@县")}),
]

# A clause with no subject of its own after the appointment: the post given up (不再担任…职务)
# or the post the person is named for (为…人选, 提名为…候选人)
CLAUSES_OF_THE_APPOINTED = [
    (
        "孙一平任中共龙游县委书记，不再担任龙游县人民政府县长职务。",
        {cur("孙一平", "县委书记", "龙游县"), former("孙一平", "县长", "龙游县")},
    ),
    (
        "欧阳小明任中共龙游县委副书记，为龙游县人民政府县长人选。",
        {cur("欧阳小明", "县委副书记", "龙游县"), designate("欧阳小明", "县长", "龙游县")},
    ),
    (
        "钱大有任中共龙游县委副书记，提名为龙游县县长候选人。",
        {cur("钱大有", "县委副书记", "龙游县"), designate("钱大有", "县长", "龙游县")},
    ),
    ("王五为县长人选。", {designate("王五", "县长", "@县")}),
    # (不再兼任 a chain of posts: each of them given up)
    (
        "钱一平同志不再兼任陕西省委书记、常委职务。",
        {former("钱一平", "省委书记", "陕西省"), former("钱一平", "省委常委", "陕西省")},
    ),
    ("钱一平不再任县长。", {former("钱一平", "县长", "@县")}),
]

# The centre's organs before a post with no level of its own: no local post (the paper's home
# would otherwise take 组织部部长 as its own)
CENTRAL_ORGANS = [
    ("中央组织部部长赵大明出席会议并讲话。", set()),
    ("中共中央宣传部副部长赵大明出席。", set()),
    (
        "省委常委、组织部部长赵大明出席。",
        {cur("赵大明", "省委常委", "@省"), cur("赵大明", "组织部部长", "@省")},
    ),
]

# 于 and 在 end many names (钱中于) and open many phrases (在和平村): a preposition takes an
# object, never a conjunction joining the next titled person or 等
PREPOSITIONS_ENDING_NAMES = [
    (
        "县人大常委会副主任赵一平、钱中于和县人大常委会秘书长孙五出席。",
        {
            cur("赵一平", "县人大常委会副主任", "@县"),
            cur("钱中于", "县人大常委会副主任", "@县"),
            cur("孙五", "县人大常委会秘书长", "@县"),
        },
    ),
    ("副县长钱中于等出席。", {cur("钱中于", "副县长", "@县")}),
    ("县长王刚在和平村调研。", {cur("王刚", "县长", "@县")}),
    ("副县长王刚于和平路现场办公。", {cur("王刚", "副县长", "@县")}),
    ("县长王刚在等候区慰问群众。", {cur("王刚", "县长", "@县")}),
    # (和 and a level character after a title join it to the next organ: no name 和市)
    ("调研组与市县两级政协主席和市有关部门负责人座谈。", set()),
    ("县长和平出席。", {cur("和平", "县长", "@县")}),
]


# A department named with its government (双城区人民政府发改局局长) is the place's department,
# as 双城区发改局局长 is; the posts after it continue the same government
DEPARTMENTS_OF_A_GOVERNMENT = [
    (
        "双城区人民政府发改局局长葛长青、招商局局长邹明远出席。",
        {cur("葛长青", "区发改局局长", "双城区"), cur("邹明远", "区招商局局长", "双城区")},
    ),
    ("县政府住建局局长宋丽萍出席。", {cur("宋丽萍", "县住建局局长", "@县")}),
    ("龙游县人民政府副县长葛长青出席。", {cur("葛长青", "副县长", "龙游县")}),
]

# A court's or procuratorate's own news writes its posts without the level (党组书记、院长
# after 法院), as a county bureau's are read (公安局党委书记、局长)
COURTS_WITHOUT_THE_LEVEL = [
    (
        "法院党组书记、院长王小五出席。",
        {cur("王小五", "法院党组书记", "@-"), cur("王小五", "法院院长", "@-")},
    ),
    (
        "检察院党组成员、副检察长王小五出席。",
        {cur("王小五", "检察院党组成员", "@-"), cur("王小五", "检察院副检察长", "@-")},
    ),
    # (a hospital's or a college's heads are no posts of the lexicon)
    ("医院党组书记、院长王小五出席。", set()),
]

# A town's party portfolios written with the town's level character, which the town's name
# shares (汪棚镇组织委员, 石门镇委书记), and the combined portfolios (组织统战委员); a second 镇 is
# the title's own (石门镇镇长) and a verb before 镇长 is no town (颁发镇长当选证书)
TOWN_PORTFOLIOS = [
    ("汪棚镇组织统战委员王小五出席。", {cur("王小五", "党委组织统战委员", "汪棚镇")}),
    ("汪棚镇组织委员王小五出席。", {cur("王小五", "党委组织委员", "汪棚镇")}),
    ("石门镇委书记王小五出席。", {cur("王小五", "党委书记", "石门镇")}),
    (
        "汪棚镇党委委员、宣传统战委员王小五出席。",
        {cur("王小五", "党委委员", "汪棚镇"), cur("王小五", "党委宣传统战委员", "汪棚镇")},
    ),
    ("石门镇镇长王小五出席。", {cur("王小五", "镇长", "石门镇")}),
    ("马堽集乡组织统战委员程小杨出席。", {cur("程小杨", "党委组织统战委员", "马堽集乡")}),
    ("代表镇组织委员王小五讲话。", set()),
    ("区委常委林晓东向周文博颁发镇长当选证书。", {cur("林晓东", "区委常委", "@区")}),
    (
        "石门镇召开会议，王小五担任镇组织委员。",
        {cur("王小五", "党委组织委员", "石门镇")},
    ),
]

# Offices and bureaus the lexicon lacked: Taiwan and overseas Chinese affairs offices, the
# supervision bureaus before 2018, merged agriculture and water bureaus
NEW_OFFICES = [
    (
        "县委统战部副部长、县台办主任、县侨办主任王小五出席。",
        {
            cur("王小五", "县委统战部副部长", "@县"),
            cur("王小五", "县台办主任", "@县"),
            cur("王小五", "县侨办主任", "@县"),
        },
    ),
    ("市监察局副局长王小五出席。", {cur("王小五", "市监察局副局长", "@市")}),
    ("区农水局副局长严东升参加。", {cur("严东升", "区农水局副局长", "@区")}),
    # (a bureau's party committee members; the town named after them is not theirs)
    (
        "县公安局党委委员、治安大队大队长王小平，汪棚镇组织统战委员姚小德出席。",
        {
            cur("王小平", "县公安局党委委员", "@县"),
            cur("姚小德", "党委组织统战委员", "汪棚镇"),
        },
    ),
    ("县农业农村和水利局局长严东升参加。", {cur("严东升", "县农水局局长", "@县")}),
    # (courts and procuratorates of provinces and cities by their short names, and the posts
    # continuing their party groups)
    (
        "省法院党组成员、政治部主任褚小东一行来到平原县调研。",
        {cur("褚小东", "省法院党组成员", "@省"), cur("褚小东", "省法院政治部主任", "@省")},
    ),
    (
        "市中院党组成员、政治部主任黄小勇陪同。",
        {cur("黄小勇", "市法院党组成员", "@市"), cur("黄小勇", "市法院政治部主任", "@市")},
    ),
    ("省高院副院长王小五出席。", {cur("王小五", "省法院副院长", "@省")}),
    ("省人民检察院副检察长王小五出席。", {cur("王小五", "省检察院副检察长", "@省")}),
    ("县委巡察办主任阳小华出席。", {cur("阳小华", "县委巡察办主任", "@县")}),
    (
        "市委常委、统战部部长张小华，常务副部长曹小富陪同。",
        {
            cur("张小华", "市委常委", "@市"),
            cur("张小华", "统战部部长", "@市"),
            cur("曹小富", "统战部常务副部长", "@市"),
        },
    ),
    # (a province's heads with its government, as every other level had them)
    (
        "会议决定任命钱家明、孙尧、黄建平为省政府副省长。",
        {
            cur("钱家明", "副省长", "@省"),
            cur("孙尧", "副省长", "@省"),
            cur("黄建平", "副省长", "@省"),
        },
    ),
]


# The acting marker in brackets (房山区(代)区长) or between the 、 of a chain and its continuing
# post (县政协党组成员、代秘书长)
ACTING_MARKERS = [
    ("房山区(代)区长贺建英出席。", {cur("贺建英", "区长", "房山区", acting=True)}),
    ("房山区（代）区长贺建英出席。", {cur("贺建英", "区长", "房山区", acting=True)}),
    (
        "县政协党组成员、代秘书长范志刚出席。",
        {cur("范志刚", "县政协党组成员", "@县"), cur("范志刚", "县政协秘书长", "@县", acting=True)},
    ),
    (
        "县政协党组成员、秘书长范志刚出席。",
        {cur("范志刚", "县政协党组成员", "@县"), cur("范志刚", "县政协秘书长", "@县")},
    ),
]

# A prefecture's (地区) departments and its party committee's, as an autonomous prefecture's;
# 地区 is not read as 区 (地区民政局 is no district's bureau), and 地区长期 is no title
PREFECTURES = [
    (
        "县长艾力·买买提、地区民政局党组书记阿依古丽·吐尔逊出席。",
        {
            cur("艾力·买买提", "县长", "@县"),
            cur("阿依古丽·吐尔逊", "地区民政局党组书记", "@地区"),
        },
    ),
    ("地委组织部部长王小五出席。", {cur("王小五", "地委组织部部长", "@地区")}),
    ("该地区长期以来重视教育，县长王小五说。", {cur("王小五", "县长", "@县")}),
]

# 率 and 携, verbs of leading a group that no given name uses, end the name before them
LEADING_VERBS = [
    (
        "县委常委、副县长陶丽携调研组到乌塘镇调研。",
        {cur("陶丽", "县委常委", "@县"), cur("陶丽", "副县长", "@县")},
    ),
    (
        "市委常委、宣传部部长谢亮率考察团到凤凰县考察。",
        {cur("谢亮", "市委常委", "@市"), cur("谢亮", "宣传部部长", "@市")},
    ),
]

# 原 ending a place's short name (平原, 太原, 固原) before a title is no "former"; 原 after a
# place's full name still is
PLACES_ENDING_IN_FORMER = [
    (
        "平原县委副书记卢小鹏，平原法院党组书记、院长厚小顺陪同调研。",
        {
            cur("卢小鹏", "县委副书记", "平原县"),
            cur("厚小顺", "县法院党组书记", "平原县"),
            cur("厚小顺", "县法院院长", "平原县"),
        },
    ),
    ("平原县原县长王小五出席。", {former("王小五", "县长", "@县")}),
    ("原县长王小五出席。", {former("王小五", "县长", "@县")}),
]

# A list printed without punctuation between its entries: a place that starts one character
# after a title (no name has one character), or a one-character county (华县) two after it, inside
# a three-character name is the name's
UNPUNCTUATED_LISTS = [
    (
        "县委书记杨小明县委副书记代志华县政协副主席张小昭出席。",
        {
            cur("杨小明", "县委书记", "@县"),
            cur("代志华", "县委副书记", "@县"),
            cur("张小昭", "县政协副主席", "@县"),
        },
    ),
    (
        "县委副书记、县长林宁海县人大常委会党组书记刘小斌出席。",
        {
            cur("林宁海", "县委副书记", "@县"),
            cur("林宁海", "县长", "@县"),
            cur("刘小斌", "县人大常委会党组书记", "@县"),
        },
    ),
    (
        "县长王五宁海县委书记李四出席。",
        {cur("王五", "县长", "@县"), cur("李四", "县委书记", "宁海县")},
    ),
    (
        "县委副书记代志华，华县县长王小五出席。",
        {cur("代志华", "县委副书记", "@县"), cur("王小五", "县长", "华县")},
    ),
]

# Autonomous units written short with 自治 (务川自治县委书记, 景宁自治县县长, 恩施自治州州长), and a
# region's full name before titles that open with its 自治区 (广西壮族自治区党委书记), the list after it
# continuing the region (in a paper of another province)
AUTONOMOUS_UNITS = [
    ("务川自治县委书记杨小明出席。", {cur("杨小明", "县委书记", "务川仡佬族苗族自治县")}),
    ("景宁自治县县长杨小明出席。", {cur("杨小明", "县长", "景宁畲族自治县")}),
    ("恩施自治州州长杨小明出席。", {cur("杨小明", "州长", "恩施土家族苗族自治州")}),
    ("自治县县长杨小明出席。", {cur("杨小明", "县长", "@县")}),
    (
        "广西壮族自治区党委书记、自治区人大常委会主任陈小刚，自治区党委副书记、自治区主席蓝小立"
        "率党政代表团来深考察。",
        {
            cur("陈小刚", "省委书记", "广西壮族自治区"),
            cur("陈小刚", "省人大常委会主任", "广西壮族自治区"),
            cur("蓝小立", "省委副书记", "广西壮族自治区"),
            cur("蓝小立", "省长", "广西壮族自治区"),
        },
    ),
]

# A conjunction before a noun of three characters or more ends the name before it (贺亮与考察团);
# a word cut by a longer name is the name's when a verb of leading follows it (盛家功率…)
NAMES_BEFORE_CONJUNCTIONS_AND_VERBS = [
    (
        "市委书记邢小辉、市长贺亮与考察团一行座谈。",
        {cur("邢小辉", "市委书记", "@市"), cur("贺亮", "市长", "@市")},
    ),
    (
        "县委副书记、县长盛家功率党政代表团来我县考察。",
        {cur("盛家功", "县委副书记", "@县"), cur("盛家功", "县长", "@县")},
    ),
    # (a level character before a head's title is a place's, not a name's: 区市长 is the heads of
    # districts and cities)
    ("区市人大常委会只能任命副区市长，并决定代理区市长。", set()),
    ("这9位区市长将在春节后正式转正。", set()),
    # (a nominee written after 人选: designate)
    ("会上，提名副县长人选张宏小作表态发言。", {designate("张宏小", "副县长", "@县")}),
]

# A CPPCC's party group written without the level, its deputies and members too
LEVELLESS_PARTY_GROUPS = [
    (
        "区政协副主席韦国华，政协党组副书记龙开元出席。",
        {cur("韦国华", "区政协副主席", "@区"), cur("龙开元", "政协党组副书记", "@-")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        acting_by_decision=ACTING_BY_DECISION,
        compound_surnames_before_verbs=COMPOUND_SURNAMES_BEFORE_VERBS,
        clauses_of_the_appointed=CLAUSES_OF_THE_APPOINTED,
        central_organs=CENTRAL_ORGANS,
        departments_of_a_government=DEPARTMENTS_OF_A_GOVERNMENT,
        courts_without_the_level=COURTS_WITHOUT_THE_LEVEL,
        town_portfolios=TOWN_PORTFOLIOS,
        new_offices=NEW_OFFICES,
        acting_markers=ACTING_MARKERS,
        prefectures=PREFECTURES,
        levelless_party_groups=LEVELLESS_PARTY_GROUPS,
        leading_verbs=LEADING_VERBS,
        places_ending_in_former=PLACES_ENDING_IN_FORMER,
        unpunctuated_lists=UNPUNCTUATED_LISTS,
        autonomous_units=AUTONOMOUS_UNITS,
        names_before_conjunctions_and_verbs=NAMES_BEFORE_CONJUNCTIONS_AND_VERBS,
        prepositions_ending_names=PREPOSITIONS_ENDING_NAMES,
    ),
)
def test_eighth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected
