"""Forms of real local news the matcher missed, gathered in the fourteenth real-news round
(stop 32) from new blind probes. Careers and nominations: an autonomous prefecture written by its
short name and level before a county (恩施州来凤县委书记), a nominee's verb after its subject (王五拟任
…, 王五，…拟提拔为…), a clause after 其时 or 当时 whose verb of holding dates the post to then, a
term counted from this one (新一届) that is no first term, a pronoun's passage opened by its source
(公开资料显示，王五是…。他曾任…). Names: the frame 以…为 ends the name at 为 (以副省长柏健身为团长),
Uyghur syllables (买吐送), and no name in 简历显示 (four characters ending in a verb), 连续三任
(a count of terms), 2名女市长 (a measure word), 人选名单中 (a rare surname making a word), 任上 (the
post one held) or a headline's label (原标题：…16名“80后”代区长). Bodies: 我院院长 after a court
and a procuratorate is the court's head; 该院杨五检察长 is the procuratorate's the article named; a
post's head after a listed name (副院长甲、纪检组长乙) closes the list. Posts: the discipline
commission written 纪检委, 人武部政治委员, and a delegation's or task group's post after 任 (以市农委
主任甲任团长) that ends the name before it.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roles.matching import Matcher
from roles.pipeline import scan
from tests.test_real_forms import as_matched, cur, designate, former, forms, read

CAREERS = [
    # an autonomous prefecture by its short name and level, before its county
    ("胡立泽，现任恩施州来凤县委书记。", {cur("胡立泽", "县委书记", "来凤县")}),
    (
        "胡立泽，现任湖北省恩施州来凤县委书记，拟提拔为恩施州委常委。",
        {
            cur("胡立泽", "县委书记", "来凤县"),
            designate("胡立泽", "州委常委", "恩施土家族苗族自治州"),
        },
    ),
    ("王立五拟任龙游县委书记。", {designate("王立五", "县委书记", "龙游县")}),
    ("王立五，拟提拔为龙游县副县长。", {designate("王立五", "副县长", "龙游县")}),
    # a lone name before 为 after a naming verb stays a name
    ("会议决定，王立五为副县长。", {cur("王立五", "副县长", "@县")}),
    # 其时 / 当时 and a verb of holding: the post then
    (
        "三人曾在同一个班子中，其时，王广立任县长，陶立宏任县委副书记。",
        {former("王广立", "县长", "@县"), former("陶立宏", "县委副书记", "@县")},
    ),
    ("当时任县长的王立五说。", {former("王立五", "县长", "@县")}),
    # 当时 without a verb of holding dates nothing
    ("当时，县长王立五到村调研。", {cur("王立五", "县长", "@县")}),
    # 新一届 is the term now elected, not the first
    (
        "赵立民当选石景山区第十五届人民代表大会常务委员会主任，马立才等21人当选为新一届"
        "石景山区人大常委会委员。",
        {
            cur("赵立民", "区人大常委会主任", "石景山区"),
            cur("马立才", "区人大常委会委员", "石景山区"),
        },
    ),
    # a pronoun's passage opened by its source
    (
        "公开资料显示，张立明是河北沧州盐山人。他曾先后任盐山县盐山镇镇长，千童镇党委书记。",
        {former("张立明", "镇长", "盐山镇"), former("张立明", "党委书记", "千童镇")},
    ),
    # a passage of paragraphs with indents and blank lines between them
    (
        "官方简历显示，张立贤，男，汉族，1968年7月出生，中共党员。\n\n  他历任晋江市安海镇党委副书记、"
        "镇长，晋江市磁灶镇党委书记。",
        {
            former("张立贤", "党委副书记", "安海镇"),
            former("张立贤", "镇长", "安海镇"),
            former("张立贤", "党委书记", "磁灶镇"),
        },
    ),
    # a post left: 退休, 卸任的
    ("神光村退休村支书王道立在家。", {former("王道立", "村党支部书记", "神光村")}),
    ("卸任的县委书记王立五出席。", {former("王立五", "县委书记", "@县")}),
    (
        "简历显示，薛立恒出生于1955年11月，绥中人，曾任辽宁省民政厅厅长、丹东市委书记。",
        {former("薛立恒", "省民政厅厅长", "辽宁省"), former("薛立恒", "市委书记", "丹东市")},
    ),
]

NAMES = [
    # 以…为: the frame's 为 ends the name, not 身为 or 成为
    (
        "以市委常委、副市长柏健身为团长的代表团来访。",
        {cur("柏健身", "市委常委", "@市"), cur("柏健身", "副市长", "@市")},
    ),
    ("以县委书记王志成为组长的工作组到村。", {cur("王志成", "县委书记", "@县")}),
    # without 以, 成为 after the shorter reading still wins
    ("县长王志成为大家讲课。", {cur("王志", "县长", "@县")}),
    # Uyghur syllables
    (
        "阿瓦提县县长热西提喀斯木·买吐送——团结是责任。",
        {cur("热西提喀斯木·买吐送", "县长", "阿瓦提县")},
    ),
    ("县长吐尔洪·买吐送说，他很高兴。", {cur("吐尔洪·买吐送", "县长", "@县")}),
    (
        "特邀呼伦贝尔市民族事务委员会副主任巴图拉布丹出席。",
        {cur("巴图拉布丹", "市民委副主任", "呼伦贝尔市")},
    ),
    # characters of transliterated names before the next titled person of a list
    (
        "县委书记泽日登，县委副书记李恒立陪同。",
        {cur("泽日登", "县委书记", "@县"), cur("李恒立", "县委副书记", "@县")},
    ),
    (
        "县总工会主席拉尔甲，县政府副县长李椿立深入查理乡。",
        {cur("拉尔甲", "县总工会主席", "@县"), cur("李椿立", "副县长", "@县")},
    ),
    # but not before a clause
    ("县委书记泽日登，深入查理乡。", set()),
    # 原 and a word in a list open a former post of someone else
    (
        "众心村党支部书记卢春立、原村委会主任喻山立、原总账会计董荣立等6名村干部受处分。",
        {cur("卢春立", "党支部书记", "众心村"), former("喻山立", "村委会主任", "众心村")},
    ),
    ("据公开简历显示，王东立曾任甲省民政厅厅长。", {former("王东立", "省民政厅厅长", "@省")}),
    ("随着甲立、乙立新、王青松连续三任市委书记接连落马，该职空缺。", set()),
    ("全国两会后，2名女市长拟任市委书记。", set()),
    ("拟提名地区区长人选名单中出现一名80后。", set()),
    ("王广立已于2022年5月在宿州市政协副主席任上被查。", set()),
    ("原标题：北京11个区新任16名“80后”代区长、副区长", set()),
    # a holder's colon before posts is still read
    (
        "张立五：中共某区委副书记，某区人民政府区长。",
        {cur("张立五", "区委副书记", "@区"), cur("张立五", "区长", "@区")},
    ),
]

BODIES = [
    (
        "遂昌县人民法院举行审判委员会会议。遂昌县人民检察院检察长叶立华应邀列席会议。"
        "会议由我院院长陈立南主持。",
        {cur("叶立华", "县检察院检察长", "遂昌县"), cur("陈立南", "县法院院长", "遂昌县")},
    ),
    (
        "清苑县人民检察院召开座谈会。座谈会上，该院杨立豪检察长首先通报了工作。",
        {cur("杨立豪", "县检察院检察长", "清苑县")},
    ),
    ("县林业局召开会议。我局王立六局长作报告。", {cur("王立六", "县林业局局长", "@县")}),
    (
        "汝南县人民法院召开会议。会议决定，由院长姚立强、副院长卢立勇、纪检组长陈立涛带头办案。",
        {cur("姚立强", "县法院院长", "汝南县"), cur("卢立勇", "县法院副院长", "汝南县")},
    ),
    # a list of names after one title is not cut
    (
        "副县长王立五、李立四、赵立六出席。",
        {
            cur("王立五", "副县长", "@县"),
            cur("李立四", "副县长", "@县"),
            cur("赵立六", "副县长", "@县"),
        },
    ),
]


# A candidate's party posts are held; only the government's post is nominated
NOMINEES = [
    (
        "市委副书记、市长候选人王立五作说明。",
        {cur("王立五", "市委副书记", "@市"), designate("王立五", "市长", "@市")},
    ),
    (
        "县委常委、副县长候选人王立五作表态发言。",
        {cur("王立五", "县委常委", "@县"), designate("王立五", "副县长", "@县")},
    ),
    # a verb of the future before the chain names all its posts
    (
        "拟任县委副书记、县长候选人王立五。",
        {designate("王立五", "县委副书记", "@县"), designate("王立五", "县长", "@县")},
    ),
    # names listed before a shared title, after a preposition
    (
        "会议由王立五、李立四副县长主持。",
        {cur("王立五", "副县长", "@县"), cur("李立四", "副县长", "@县")},
    ),
]

# Posts written short, and posts of a delegation or a task group after 任
POSTS = [
    ("县纪检委书记刘立阳出席。", {cur("刘立阳", "县纪委书记", "@县")}),
    (
        "县委常委、纪检委书记刘立阳出席。",
        {cur("刘立阳", "县委常委", "@县"), cur("刘立阳", "县纪委书记", "@县")},
    ),
    ("区人武部政治委员刘海立出席。", {cur("刘海立", "区人武部政委", "@区")}),
    ("以黑河市农委主任鲁立铭任团长的考察团来访。", {cur("鲁立铭", "市农委主任", "黑河市")}),
    (
        "由县委书记王立任组长，县长李立五任副组长。",
        {cur("王立", "县委书记", "@县"), cur("李立五", "县长", "@县")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(careers=CAREERS, names=NAMES, bodies=BODIES, posts=POSTS, nominees=NOMINEES),
)
def test_fourteenth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, as_matched(matcher, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 任 after a name is the verb: no county 任县 named for the bare titles
        (
            "砀山县召开会议。\n三人曾同在一个班子，其时，王广立任县长，陶立宏任县委副书记。",
            [("王广立", "县长", "砀山县", "former"), ("陶立宏", "县委副书记", "砀山县", "former")],
        ),
        # the county itself, after a verb of going, is still named
        ("县委书记王立五到任县调研。", [("王立五", "县委书记", "任县", "current")]),
    ],
)
def test_bare_titles_placed_past_a_verb(lex, tmp_path: Path, text: str, expected: list) -> None:
    path = tmp_path / "2019-07-02.txt"
    path.write_text(text)
    corpus = scan([path], lex)
    facts = corpus.fact_table.select("person", "role", "jurisdiction", "status").rows()
    assert sorted(facts) == sorted(expected)
