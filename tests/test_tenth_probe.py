"""Forms of real local news the matcher missed, gathered in the tenth real-news round (stop 28)
from new blind probes: the judicial posts a congress appoints, one-character verbs and quotes
after a name, words no name holds, organs and places a list runs into, development zones'
working committees and their next people, party working committees for organs and education,
posts the lexicon cannot read inside a chain, a name before its title after 是, the present
posts a résumé lists after 现任, a congress's deputies after a semicolon, a name running up
to 等, Tibetan and Mongolian names written without a dot, a town's party portfolios after its
other posts, lists after 分别辞去, career histories (pronouns, 此前是, 候任, 并代理…职务), the
lines of a list page joined by commas, and a CPPCC committee named in full without its term.
One table per form, each following from how Chinese copy is written.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from tests.test_real_forms import cur, former, forms, read

# A congress appoints a court's judges and judicial committee, a procuratorate's prosecutors
# and its committee, as it does their deputies; each post of the chain is the person's
JUDICIAL_POSTS = [
    (
        "会议表决通过，任命沙一同志为濮阳县人民法院审判员、审委会委员、副院长，"
        "并决定沙一同志为濮阳县人民法院代理院长。",
        {
            cur("沙一", "县法院审判员", "濮阳县"),
            cur("沙一", "县法院审判委员会委员", "濮阳县"),
            cur("沙一", "县法院副院长", "濮阳县"),
            cur("沙一", "县法院院长", "濮阳县", acting=True),
        },
    ),
    (
        "任命钱二为县人民检察院检察员、检察委员会委员、副检察长。",
        {
            cur("钱二", "县检察院检察员", "@县"),
            cur("钱二", "县检察院检察委员会委员", "@县"),
            cur("钱二", "县检察院副检察长", "@县"),
        },
    ),
    (
        "任命李春一、何二娇、徐三莉等18人为通州区人民法院审判员。",
        {
            cur("李春一", "区法院审判员", "通州区"),
            cur("何二娇", "区法院审判员", "通州区"),
            cur("徐三莉", "区法院审判员", "通州区"),
        },
    ),
    ("任命肖四炜为三明市三元区人民检察院检察员。", {cur("肖四炜", "区检察院检察员", "三元区")}),
    (
        "免去孙九的县人民法院审判委员会委员、审判员职务。",
        {former("孙九", "县法院审判委员会委员", "@县"), former("孙九", "县法院审判员", "@县")},
    ),
    # (a province's court has no acting form of its own: 代理院长 is its 院长, acting)
    (
        "会议决定任命张一元为省高级人民法院副院长、代理院长。",
        {cur("张一元", "省法院副院长", "@省"), cur("张一元", "省法院院长", "@省", acting=True)},
    ),
    # (a party school's deputy head is no court's: the school's, since stop 33)
    ("区委党校副院长周八出席。", {cur("周八", "副院长", "区委党校")}),
]

# A one-character verb, adverb or preposition no given name uses ends the name before it
# (做, 用, 看, 据 …); an opening quote follows a verb more often than a name
VERBS_AFTER_NAMES = [
    ("县委书记张一民做重要讲话。", {cur("张一民", "县委书记", "@县")}),
    ("县委书记张民做重要讲话。", {cur("张民", "县委书记", "@县")}),
    ("县委书记张一民用一句话概括。", {cur("张一民", "县委书记", "@县")}),
    ("县委书记张民用一句话概括。", {cur("张民", "县委书记", "@县")}),
    ("在石燕桥镇，镇党委书记李娟用“一座桥”推介。", {cur("李娟", "党委书记", "石燕桥镇")}),
    ("县长王平看了展板。", {cur("王平", "县长", "@县")}),
    ("县委书记陈辛作《政府工作报告》。", {cur("陈辛", "县委书记", "@县")}),
]

# Words no name holds (代表, 班子, 职务, 公开), organs a list runs into (区政府办, 发改局), a
# level and an organ (区政协) are no names
WORDS_AND_ORGANS = [
    ("区委副书记张一斌及社区书记代表参加了调研座谈会。", {cur("张一斌", "区委副书记", "@区")}),
    ("张二旺同志与州委常委班子一道工作。", set()),
    ("区市长职务中，仅有平度市长赵三绩继续担任市长。", {cur("赵三绩", "市长", "平度市")}),
    ("制定了镇委委员候选人公开推荐办法。", set()),
    (
        "区政协副主席马二生、张三阳，区政协秘书长贾四强、区政协农业农村委负责同志参加。",
        {
            cur("马二生", "区政协副主席", "@区"),
            cur("张三阳", "区政协副主席", "@区"),
            cur("贾四强", "区政协秘书长", "@区"),
        },
    ),
    (
        "副区长林五涛，区政府办、发改局、经科信局等单位有关负责人参加调研。",
        {cur("林五涛", "副区长", "@区")},
    ),
    # (a name may end in 所: 江钦所 is a name, 区政府办 is not)
    (
        "县人大常委会主任江钦所，副主任康金一出席。",
        {cur("江钦所", "县人大常委会主任", "@县"), cur("康金一", "县人大常委会副主任", "@县")},
    ),
]

# No village's name ends in a particle or preposition that governs what follows (给, 把, 被)
PLACES_AND_PARTICLES = [
    # (the posts stay, with no village: since the sixteenth round a village's post in an
    # article that names none is kept unplaced, as a town's is)
    (
        "解决交通不便给村发展带来的阻碍。村支部副书记、村委会主任李三德说。",
        {cur("李三德", "村党支部副书记", "@村"), cur("李三德", "村委会主任", "@村")},
    ),
    (
        "洋心村的发展有了基础。村支部副书记、村委会主任李三德说。",
        {cur("李三德", "村党支部副书记", "洋心村"), cur("李三德", "村委会主任", "洋心村")},
    ),
]

# A development zone's working committees are a subdistrict's (纪工委, 监察工委); a zone's
# next people in the sentence are its own; a zone's party working committee written 工委
ZONES = [
    (
        "高新区党工委委员、纪工委书记、监察工委主任陈六文陪同。",
        {
            cur("陈六文", "党工委委员", "高新区"),
            cur("陈六文", "纪工委书记", "高新区"),
            cur("陈六文", "监察工委主任", "高新区"),
        },
    ),
    (
        "城东街道党工委副书记、纪工委书记、监察工委主任陈七文陪同。",
        {
            cur("陈七文", "街道党工委副书记", "城东街道"),
            cur("陈七文", "纪工委书记", "城东街道"),
            cur("陈七文", "监察工委主任", "城东街道"),
        },
    ),
    (
        "高新区党工委书记、管委会主任陶八江，党工委委员、管委会副主任段九海陪同调研。",
        {
            cur("陶八江", "党工委书记", "高新区"),
            cur("陶八江", "管委会主任", "高新区"),
            cur("段九海", "党工委委员", "高新区"),
            cur("段九海", "管委会副主任", "高新区"),
        },
    ),
    (
        "市委常委、武汉经开区工委书记刘十清接待了一行。",
        {cur("刘十清", "市委常委", "@市"), cur("刘十清", "党工委书记", "武汉经开区")},
    ),
]

# Working committees of a party committee: its organs' (州直机关工委, 市委直属机关工委) and
# education's (区委教育工委)
WORKING_COMMITTEES = [
    (
        "州委常委、州委秘书长、州直机关工委书记谭一海到麻江县宣讲。",
        {
            cur("谭一海", "州委常委", "@州"),
            cur("谭一海", "州委秘书长", "@州"),
            cur("谭一海", "州直机关工委书记", "@州"),
        },
    ),
    ("市委直属机关工委副书记李二海出席。", {cur("李二海", "市直机关工委副书记", "@市")}),
    (
        "区委教育工委书记张二锋，区委教育工委委员张三英出席会议。",
        {cur("张二锋", "区委教育工委书记", "@区"), cur("张三英", "区委教育工委委员", "@区")},
    ),
]

# A post the lexicon cannot read (a broadcaster's 台长, a bureau's 土地总督察) inside a chain
# keeps the chain's name for the posts before it
UNKNOWN_POSTS_IN_CHAINS = [
    (
        "市委宣传部副部长、宁德市广播电视台台长林四妃，市委宣传部副部长黄五辉深入调研。",
        {cur("林四妃", "市委宣传部副部长", "@市"), cur("黄五辉", "市委宣传部副部长", "@市")},
    ),
    (
        "市自然资源和规划局党组成员、土地总督察王二宏带领督察组到我县督导。",
        {cur("王二宏", "市自然资源和规划局党组成员", "@市")},
    ),
    # (a head of three characters may stand alone after 、)
    (
        "乌什县委副书记、衢州市援疆指挥部党委书记、指挥长汪一胜陪同考察。",
        {cur("汪一胜", "县委副书记", "乌什县")},
    ),
]

# A name right before its title after 是 (特别是, 这是) or 把, as after 在 or 对
NAMES_BEFORE_TITLES = [
    ("会上传达了调度会特别是胡二刚副市长的重要讲话精神。", {cur("胡二刚", "副市长", "@市")}),
    ("这是王五副县长第三次来村里。", {cur("王五", "副县长", "@县")}),
]

# The present posts a résumé lists after 现任, clause by clause, until the sentence ends
PRESENT_POSTS = [
    (
        "吴一城，男，汉族，现任市政府副秘书长，浦东新区区委副书记、区长。",
        {
            cur("吴一城", "市政府副秘书长", "@市"),
            cur("吴一城", "区委副书记", "浦东新区"),
            cur("吴一城", "区长", "浦东新区"),
        },
    ),
    (
        "吴二城现任市政府副秘书长，临安区委副书记、区长。",
        {
            cur("吴二城", "市政府副秘书长", "@市"),
            cur("吴二城", "区委副书记", "临安区"),
            cur("吴二城", "区长", "临安区"),
        },
    ),
    (
        "王五现任县委书记，副县长李四陪同。",
        {cur("王五", "县委书记", "@县"), cur("李四", "副县长", "@县")},
    ),
]

# A congress's deputies after a semicolon that opens their clause continue its organ
SEMICOLON_CONTINUATIONS = [
    (
        "市人大常委会主任陈一夫主持会议；副主任吴二金、李三珊，秘书长沈五欣出席会议。",
        {
            cur("陈一夫", "市人大常委会主任", "@市"),
            cur("吴二金", "市人大常委会副主任", "@市"),
            cur("李三珊", "市人大常委会副主任", "@市"),
            cur("沈五欣", "市人大常委会秘书长", "@市"),
        },
    ),
]

# 等 closes a list and never stands inside a name: the name runs up to it
NAMES_BEFORE_DENG = [
    (
        "县委副书记、代县长陈大为等在家县委常委参加会议。",
        {cur("陈大为", "县委副书记", "@县"), cur("陈大为", "县长", "@县", acting=True)},
    ),
]

# Tibetan names of Amdo and Khams, Mongolian names, written without a dot
MINORITY_NAMES = [
    (
        "县委副书记、县长龙真泽郎带领县委常委、副县长李椿一深入查理乡。",
        {
            cur("龙真泽郎", "县委副书记", "@县"),
            cur("龙真泽郎", "县长", "@县"),
            cur("李椿一", "县委常委", "@县"),
            cur("李椿一", "副县长", "@县"),
        },
    ),
    (
        "州委统战部部长徐一强，副州长南木卡桑结、石二良应邀出席会议。",
        {
            cur("徐一强", "州委统战部部长", "@州"),
            cur("南木卡桑结", "副州长", "@州"),
            cur("石二良", "副州长", "@州"),
        },
    ),
    (
        "旗委常委、统战部长莫日根吉雅，旗委常委、组织部长李佳一出席会议。",
        {
            cur("莫日根吉雅", "旗委常委", "@旗"),
            cur("莫日根吉雅", "统战部部长", "@旗"),
            cur("李佳一", "旗委常委", "@旗"),
            cur("李佳一", "组织部部长", "@旗"),
        },
    ),
]

# A town party committee's portfolio (组织委员, 宣传委员) after another of the town's posts is
# the town's
TOWN_PORTFOLIOS = [
    (
        "天平镇党委委员、副镇长李十容，组织委员卢一婷出席指导会议。",
        {
            cur("李十容", "党委委员", "天平镇"),
            cur("李十容", "副镇长", "天平镇"),
            cur("卢一婷", "党委组织委员", "天平镇"),
        },
    ),
    (
        "莲花镇镇长王一，宣传委员李二出席。",
        {cur("王一", "镇长", "莲花镇"), cur("李二", "党委宣传委员", "莲花镇")},
    ),
]

# Lists after 分别 with the verb of leaving (辞去: former) and names joined by 和 after the
# clause's verbs; 分别任 before titles without a place of their own
RESPECTIVELY = [
    (
        "会议决定接受刘一英和付二辉分别辞去区长和副区长职务的请求。",
        {former("刘一英", "区长", "@区"), former("付二辉", "副区长", "@区")},
    ),
    (
        "会议同意王五、李四分别任县委书记和县长。",
        {cur("王五", "县委书记", "@县"), cur("李四", "县长", "@县")},
    ),
    (
        "王六和李七分别当选为县长和副县长。",
        {cur("王六", "县长", "@县"), cur("李七", "副县长", "@县")},
    ),
]

# Career histories: the person a pronoun means when their sentence opens with their name and
# a particle or a date (孙五今年47岁，他…; 张五于1985年出生。他…), 此前是 as a verb of past
# posts, 候任 (designate), a deputy's acting post after …，并代理…职务
CAREERS = [
    (
        "孙二群今年47岁，他之前任泰州市工商局局长。",
        {former("孙二群", "市工商局局长", "泰州市")},
    ),
    (
        "公开资料显示，孙三群今年47岁，他之前任泰州市副市长。",
        {former("孙三群", "副市长", "泰州市")},
    ),
    (
        "张五洋於1985年出生，是河南长垣人。他曾任中山市政府党组成员（挂职），"
        "中山翠亨新区党工委副书记、管委会主任，南朗街道党工委书记等职。",
        {
            former("张五洋", "市政府党组成员", "中山市"),
            former("张五洋", "党工委副书记", "中山翠亨新区"),
            former("张五洋", "管委会主任", "中山翠亨新区"),
            former("张五洋", "街道党工委书记", "南朗街道"),
        },
    ),
    ("方一针此前是泰州市副市长。", {former("方一针", "副市长", "泰州市")}),
    (
        "王五此前是县委副书记，现任县长。",
        {former("王五", "县委副书记", "@县"), cur("王五", "县长", "@县")},
    ),
    ("候任区长方二针出席。", {("方二针", "区长", "@区", False, "designate")}),
    (
        "会议任命张六洋为香洲区人民政府副区长，并代理区长职务。",
        {cur("张六洋", "副区长", "香洲区"), cur("张六洋", "区长", "@区", acting=True)},
    ),
]

# A line of a list page: posts opening the line, nobody's, joined by commas to the titled
# name's are that person's too (a comma where copy writes 、)
COMMA_CHAINS = [
    (
        "吉安市委常委，井冈山市委书记龙波一",
        {cur("龙波一", "市委常委", "吉安市"), cur("龙波一", "市委书记", "井冈山市")},
    ),
    (
        "新余市委常委、副市长，仙女湖区党工委书记李新一",
        {
            cur("李新一", "市委常委", "新余市"),
            cur("李新一", "副市长", "新余市"),
            cur("李新一", "党工委书记", "仙女湖区"),
        },
    ),
    # (inside a sentence a comma parts two people: the first post is nobody's)
    ("出席会议的有县委书记，县长王五。", {cur("王五", "县长", "@县")}),
]

# Verbs jieba's dictionary tags as names end a name (晋升); a town's deputy secretary for
# party affairs is its party committee's deputy secretary
MORE_NAME_ENDS_AND_TOWN_POSTS = [
    (
        "新余市副市长、仙女湖区党工委书记李新二晋升新余市委常委。",
        {cur("李新二", "副市长", "新余市"), cur("李新二", "党工委书记", "仙女湖区")},
    ),
    (
        "八都镇党务副书记、镇长提名人选周林一陪同调研。",
        {
            cur("周林一", "党委副书记", "八都镇"),
            ("周林一", "镇长", "八都镇", False, "designate"),
        },
    ),
    ("莲花镇党委专职副书记王六出席。", {cur("王六", "党委副书记", "莲花镇")}),
]

# A CPPCC committee named in full, with or without its term: the post of its place's level
FORMAL_CPPCC = [
    ("熊一伟当选政协开福区委员会主席。", {cur("熊一伟", "区政协主席", "开福区")}),
    ("中国人民政治协商会议衢江区委员会主席王五出席。", {cur("王五", "区政协主席", "衢江区")}),
    ("政协衢州市衢江区委员会副主席王六出席。", {cur("王六", "区政协副主席", "衢江区")}),
    # (a committee of the CPPCC, named without a place, is none)
    ("政协提案委员会主任李六出席。", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        judicial_posts=JUDICIAL_POSTS,
        verbs_after_names=VERBS_AFTER_NAMES,
        words_and_organs=WORDS_AND_ORGANS,
        places_and_particles=PLACES_AND_PARTICLES,
        zones=ZONES,
        working_committees=WORKING_COMMITTEES,
        unknown_posts_in_chains=UNKNOWN_POSTS_IN_CHAINS,
        names_before_titles=NAMES_BEFORE_TITLES,
        present_posts=PRESENT_POSTS,
        semicolon_continuations=SEMICOLON_CONTINUATIONS,
        names_before_deng=NAMES_BEFORE_DENG,
        minority_names=MINORITY_NAMES,
        town_portfolios=TOWN_PORTFOLIOS,
        respectively=RESPECTIVELY,
        careers=CAREERS,
        comma_chains=COMMA_CHAINS,
        more_name_ends_and_town_posts=MORE_NAME_ENDS_AND_TOWN_POSTS,
        formal_cppcc=FORMAL_CPPCC,
    ),
)
def test_tenth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected
