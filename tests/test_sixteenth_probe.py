"""Forms of real local news the matcher missed, gathered in the sixteenth real-news round (stop
34) from new blind probes. Bureaus: a bureau written alone (局党委书记、局长甲, 局党委副书记、政委
乙) is the bureau its article names, its party committee a continuing post as its party group
is, and a public security branch (区公安分局) has the bureau's deputies and commissar. Mass
organisations: a trade union written without 总 (县工会主席) and a disabled persons' federation's
executive head (县残联理事长) and presidium (残联主席团主席). Names: a preposition that is also a
surname, then a noun, is a name where a list's comma closes it (县政协主席于海峰，); a listed verb
no given name uses is no name's last character (林秀拟提名为…), but 同志 after it keeps it (代明让
同志); 同志 after a word makes it a name (高原同志任…). Unplaced posts: a community's or a village's
post after a verb, in an article that names none (听取社区书记甲), is kept with no place. Posts:
a merged bureau's long name (文化广播电视和旅游局), an honour (名誉副县长) as no post, a
subdistrict's working committee as one role however its office is written, and a portfolio in
brackets (副院长（分管日常工作）甲).

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from tests.test_real_forms import as_matched, cur, designate, forms, read

BUREAUS = [
    (
        "县公安局召开会议。由局党委书记、局长吴明远任组长，局党委副书记、政委陈立树和副局长"
        "周立华任副组长。",
        {
            cur("吴明远", "县公安局党委书记", "@县"),
            cur("吴明远", "县公安局局长", "@县"),
            cur("陈立树", "县公安局党委副书记", "@县"),
            cur("陈立树", "县公安局政委", "@县"),
            cur("周立华", "县公安局副局长", "@县"),
        },
    ),
    (
        "区公安分局召开动员会。局党委副书记、政委郑海波主持会议。",
        {
            cur("郑海波", "区公安局党委副书记", "@区"),
            cur("郑海波", "区公安局政委", "@区"),
        },
    ),
    (
        "华州区公安分局成立领导小组，副局长钱立平任副组长。",
        {cur("钱立平", "区公安局副局长", "华州区")},
    ),
    # 局 at the end of a bureau's name is no bureau written alone: the post is that bureau's
    (
        "县公安局召开会议。县大数据局党委书记吴明远讲话。",
        {cur("吴明远", "县大数据局党委书记", "@县")},
    ),
]

POSTS = [
    # a bureau merged under a long name is the one merged bureau, not its last word's
    (
        "县文化广播电视和旅游局党组书记、局长王小五出席。",
        {cur("王小五", "县文旅局党组书记", "@县"), cur("王小五", "县文旅局局长", "@县")},
    ),
    # the armed forces department written 武装部, after a standing member or a town's post
    (
        "县委书记张小冰、县委常委武装部部长高小翔出席会议。",
        {
            cur("张小冰", "县委书记", "@县"),
            cur("高小翔", "县委常委", "@县"),
            cur("高小翔", "县人武部部长", "@县"),
        },
    ),
    (
        "镇党委委员、武装部部长高小翔出席会议。",
        {cur("高小翔", "党委委员", "@镇"), cur("高小翔", "人武部长", "@镇")},
    ),
    ("石门镇人武部部长高小翔出席会议。", {cur("高小翔", "人武部长", "石门镇")}),
    # a procuratorate's heads after its place, without 检察院
    (
        "赣州市院副检察长温小波，金寨县检察长沈小新、兴国县检察长王小平参加仪式。",
        {
            cur("温小波", "市检察院副检察长", "赣州市"),
            cur("沈小新", "县检察院检察长", "金寨县"),
            cur("王小平", "县检察院检察长", "兴国县"),
        },
    ),
    # an honour is no post
    (
        "聘请王小五为名誉副县长。名誉村长王小六讲话。县长王小七出席。",
        {cur("王小七", "县长", "@县")},
    ),
    # a subdistrict's working committee, however its office is written, is one post
    (
        "小桥街道办事处党工委书记王红伟当了一回导游。",
        {cur("王红伟", "街道党工委书记", "小桥街道")},
    ),
    ("小桥街道党工委书记王红伟当了一回导游。", {cur("王红伟", "街道党工委书记", "小桥街道")}),
    # a zone's stays the zone's
    ("经开区党工委书记王红伟讲话。", {cur("王红伟", "党工委书记", "经开区")}),
    # a portfolio in brackets between the post and the name
    (
        "闽侯县法院党组副书记、副院长（分管日常工作）吴小洲参加会议。",
        {cur("吴小洲", "县法院党组副书记", "闽侯县"), cur("吴小洲", "县法院副院长", "闽侯县")},
    ),
]

ROSTERS = [
    # a roster's line of names continued, with a sex in brackets after one of them
    (
        "拜泉县\n县委书记:秦小东\n副县长:杨小全 宫小民\n毕小华(女) 石小文\n县政协主席:孟小久",
        {
            cur("秦小东", "县委书记", "@县"),
            cur("杨小全", "副县长", "@县"),
            cur("宫小民", "副县长", "@县"),
            cur("毕小华", "副县长", "@县"),
            cur("石小文", "副县长", "@县"),
            cur("孟小久", "县政协主席", "@县"),
        },
    ),
]

MASS_ORGANISATIONS = [
    (
        "县委副书记何明、县工会主席钱丽华等领导出席活动。",
        {cur("何明", "县委副书记", "@县"), cur("钱丽华", "县总工会主席", "@县")},
    ),
    (
        "大会选举孙卫东为县残联主席团主席，县残联理事长周红梅作报告。",
        {cur("孙卫东", "县残联主席", "@县"), cur("周红梅", "县残联理事长", "@县")},
    ),
    ("县残联主席团副主席孙卫东讲话。", {cur("孙卫东", "县残联副主席", "@县")}),
]

NAMES = [
    (
        "县政协主席于海峰，县委常委钱明看望老人。",
        {cur("于海峰", "县政协主席", "@县"), cur("钱明", "县委常委", "@县")},
    ),
    (
        "县政协主席于山川，县委常委钱明看望老人。",
        {cur("于山川", "县政协主席", "@县"), cur("钱明", "县委常委", "@县")},
    ),
    # a preposition and a frequent noun is no name, list or not
    ("县委书记向群众拜年。", set()),
    (
        "现任兰溪市委副书记的林秀拟提名为市长候选人。",
        {cur("林秀", "市委副书记", "兰溪市"), designate("林秀", "市长", "@市")},
    ),
    ("镇党委书记代明让同志讲话。", {cur("代明让", "党委书记", "@镇")}),
    ("经省委批准，高原同志任佛山市委常委。", {cur("高原", "市委常委", "佛山市")}),
    ("经省委批准，林业同志任佛山市委常委。", {cur("林业", "市委常委", "佛山市")}),
    # 则, an adverb no name ends in
    (
        "原区委书记严平则任重庆市委常委、宣传部长。",
        {
            ("严平", "区委书记", "@区", False, "former"),
            cur("严平", "市委常委", "重庆市"),
            cur("严平", "宣传部部长", "重庆市"),
        },
    ),
    # a native of a province, then the name (江苏人王沛)
    ("会议上，52岁的江苏人王沛当选为深圳市委书记。", {cur("王沛", "市委书记", "深圳市")}),
]

NOT_NAMES = [
    # words that stand next to titles and names but never inside a name (name_ends.tsv v9)
    ("原标题:落选优秀县委书记后,他落马了", set()),
    ("学院院长应邀在主席台就座。", set()),
    ("他从企石镇镇长位置上交流到石排镇做镇长。", set()),
    ("赶着去县城参加出殡仪式,只为见县长最后一面。", set()),
    ("又一个优秀县委书记履新!多人已当选市长、市委副书记", set()),
    # 后 closes a clause of time after a name
    (
        "继广东省政协主席陈小基、贵州省政协主席黄瑜后，孙小义成为第三位被免职的省政协主席。",
        {cur("陈小基", "省政协主席", "广东省"), cur("黄瑜", "省政协主席", "贵州省")},
    ),
    # the members listed after 包括
    (
        "其余市委常委包括马小其、徐小业、范小兵。",
        {
            cur("马小其", "市委常委", "@市"),
            cur("徐小业", "市委常委", "@市"),
            cur("范小兵", "市委常委", "@市"),
        },
    ),
    # a present post in brackets after the name
    (
        "焦小龙(现任河北省人大常委会副主任)、王小浩(现任浙江省省长)。",
        {cur("焦小龙", "省人大常委会副主任", "河北省"), cur("王小浩", "省长", "浙江省")},
    ),
]

ZONES = [
    (
        "西咸新区党工委委员、沣东新城党委书记、管委会主任柳小政讲话。",
        {
            cur("柳小政", "党工委委员", "西咸新区"),
            cur("柳小政", "党委书记", "沣东新城"),
            cur("柳小政", "管委会主任", "沣东新城"),
        },
    ),
    ("来到沣东新城调研。管委会主任王小五陪同。", {cur("王小五", "管委会主任", "沣东新城")}),
    # 新城 in a town's, a district's or a subdistrict's name is no zone
    ("新城镇镇长王小五讲话。", {cur("王小五", "镇长", "新城镇")}),
    ("新城区委书记王小五讲话。", {cur("王小五", "区委书记", "新城区")}),
    ("新城街道党工委书记王小五讲话。", {cur("王小五", "街道党工委书记", "新城街道")}),
    ("在新城镇调研。镇长王小五陪同。", {cur("王小五", "镇长", "新城镇")}),
    ("新城社区党委书记巢小媛带考察团参观。", {cur("巢小媛", "社区党委书记", "新城社区")}),
]

LISTS = [
    # a post one person holds at a time is the first listed name's
    (
        "区委副书记张小毅、常务副区长王小铮、袁小涛、马小帅等分管项目县级领导汇报。",
        {cur("张小毅", "区委副书记", "@区"), cur("王小铮", "常务副区长", "@区")},
    ),
    (
        "副区长王小铮、袁小涛出席。",
        {cur("王小铮", "副区长", "@区"), cur("袁小涛", "副区长", "@区")},
    ),
    # a surname and a title address one person; the posts after 、 are the next person's
    (
        "接着，在县政府陆县长、县法院党组书记、院长朱小荣的陪同下调研。",
        {cur("朱小荣", "县法院党组书记", "@县"), cur("朱小荣", "县法院院长", "@县")},
    ),
    ("在县政府陆县长、县法院院长朱小荣的陪同下调研。", {cur("朱小荣", "县法院院长", "@县")}),
    # (a surname that is also a function word, or a level character, is that)
    (
        "会议由县委常委、宣传部长王小五主持。",
        {cur("王小五", "县委常委", "@县"), cur("王小五", "宣传部部长", "@县")},
    ),
    (
        "赣江新区工委书记熊立江，区工委副书记、管委会主任赵小东出席。",
        {
            cur("熊立江", "党工委书记", "赣江新区"),
            cur("赵小东", "党工委副书记", "赣江新区"),
            cur("赵小东", "管委会主任", "赣江新区"),
        },
    ),
]

ELECTIONS = [
    # names elected with their people or sex in brackets, in a clause or after 选举
    (
        "全会选举杜小林为四川省委书记，选举蒋小峰、李小禧为省委副书记，欧小高(藏族)、王小雄、"
        "李小菊(女)、叶小勇为省委常委。",
        {
            cur("杜小林", "省委书记", "四川省"),
            cur("蒋小峰", "省委副书记", "@省"),
            cur("李小禧", "省委副书记", "@省"),
            cur("欧小高", "省委常委", "@省"),
            cur("王小雄", "省委常委", "@省"),
            cur("李小菊", "省委常委", "@省"),
            cur("叶小勇", "省委常委", "@省"),
        },
    ),
    ("四川省纪委全会选举欧小高(藏族) 为省纪委书记。", {cur("欧小高", "省纪委书记", "@省")}),
    (
        "会议选举江小五(女)、王小六为副县长。",
        {cur("江小五", "副县长", "@县"), cur("王小六", "副县长", "@县")},
    ),
    # a clause opened by a subject the reader cannot read is not the line's first name's
    ("何小龙当选为县政协主席，妥小英当选为县政协副主席。", {cur("何小龙", "县政协主席", "@县")}),
    # the next clause's names elected with 当选 to the same organ's posts
    (
        "徐小全当选省政协十二届委员会主席，张小青、郭小进当选副主席，翟小山当选秘书长。",
        {
            cur("徐小全", "省政协主席", "@省"),
            cur("张小青", "省政协副主席", "@省"),
            cur("郭小进", "省政协副主席", "@省"),
            cur("翟小山", "省政协秘书长", "@省"),
        },
    ),
    # a standing committee's member and his portfolio run on, as papers write them
    (
        "吕梁市委常委秘书长李小森出席。",
        {cur("李小森", "市委常委", "吕梁市"), cur("李小森", "市委秘书长", "吕梁市")},
    ),
]

TRANSLITERATIONS = [
    # a transliterated name whose first syllables make a word with the title (长牙)
    ("市长牙库甫·艾力出席。", {cur("牙库甫·艾力", "市长", "@市")}),
    # Kazakh names opening with 库尔曼 (name_parts.tsv version 6)
    ("县长库尔曼别克率团考察。", {cur("库尔曼别克", "县长", "@县")}),
    ("副县长库尔曼波拉提出席。", {cur("库尔曼波拉提", "副县长", "@县")}),
    # a two-character reading recorded at the same place does not shorten it
    ("市长阿布都·买买提出席。", {cur("阿布都·买买提", "市长", "@市")}),
]

UNPLACED = [
    (
        "听取社区书记王小健关于中心村建设的汇报。",
        {cur("王小健", "社区党委书记", "@社区")},
    ),
    ("村党支部书记王小健主持会议。", {cur("王小健", "村党支部书记", "@村")}),
    # towns, communities or villages in general are nobody's
    ("县领导走访各社区书记，听取意见。", set()),
    ("召开各村党支部书记会议。", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        bureaus=BUREAUS,
        posts=POSTS,
        rosters=ROSTERS,
        mass_organisations=MASS_ORGANISATIONS,
        names=NAMES,
        not_names=NOT_NAMES,
        zones=ZONES,
        lists=LISTS,
        transliterations=TRANSLITERATIONS,
        elections=ELECTIONS,
        unplaced=UNPLACED,
    ),
)
def test_sixteenth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, as_matched(matcher, text)) == expected
