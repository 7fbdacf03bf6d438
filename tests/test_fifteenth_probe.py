"""Forms of real local news the matcher missed, gathered in the fifteenth real-news round (stop
33) from new blind probes. Institutions: a school's or a hospital's heads, read after the
institution they head (县人民医院院长, 邯郸市第一医院党委书记, 县第一中学校长), with that
institution, named as written, as the post's place; the next head of a chain (党委书记、院长) or of
a list (…，副院长乙) is of the same one, and a bare 医院 is the one its article named in full
before. Unplaced posts: a bare title whose place no text tells (县长甲 in a page of no known
home, 镇党委书记乙 in an article that names no town) stays a fact with no jurisdiction. Posts:
the armed forces department written without 人 (区武装部政委), and a known post held with one
the lexicon lacks (局长兼项目服务中心主任甲). Names: 因 between a subject and its verb (于丙因已调任)
is no part of the name; a school's name run on from a list item (…、台北医学大学副校长乙) and a
conjunction before a character no given name uses (书记和受资助的学生) are none.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roles.matching import Matcher
from roles.pipeline import scan
from tests.test_real_forms import as_matched, cur, forms, read

INSTITUTIONS = [
    ("县人民医院院长柏立八陪同。", {cur("柏立八", "院长", "县人民医院")}),
    ("县第一中学校长柏立五讲话。", {cur("柏立五", "校长", "县第一中学")}),
    ("县实验小学副校长柏立五讲话。", {cur("柏立五", "副校长", "县实验小学")}),
    ("县中心幼儿园园长柏立五介绍情况。", {cur("柏立五", "园长", "县中心幼儿园")}),
    # a chain of the institution's posts, and the next head listed after a name
    (
        "县人民医院党委书记、院长柏立五，副院长索立六、钱立七陪同。",
        {
            cur("柏立五", "党委书记", "县人民医院"),
            cur("柏立五", "院长", "县人民医院"),
            cur("索立六", "副院长", "县人民医院"),
            cur("钱立七", "副院长", "县人民医院"),
        },
    ),
    (
        "市第一医院党委书记柏立五、副院长索立六参加活动。",
        {cur("柏立五", "党委书记", "市第一医院"), cur("索立六", "副院长", "市第一医院")},
    ),
    # the name starts at the place written in it, not at the word before
    (
        "市卫健委副主任周立六及邯郸市第一医院党委书记柏立五参加。",
        {cur("周立六", "市卫健委副主任", "@市"), cur("柏立五", "党委书记", "邯郸市第一医院")},
    ),
    (
        "副市长甲立五主持会议徐州市第一人民医院院长柏立五讲话。",
        {cur("甲立五", "副市长", "@市"), cur("柏立五", "院长", "徐州市第一人民医院")},
    ),
    ("湖北省十堰市人民医院院长柏立五讲话。", {cur("柏立五", "院长", "湖北省十堰市人民医院")}),
    ("休宁县岭南乡卫生院院长柏立五讲话。", {cur("柏立五", "院长", "休宁县岭南乡卫生院")}),
    # a determiner or a verb before the level is no part of the name
    ("大会由该镇中心学校校长柏立五主持。", {cur("柏立五", "校长", "镇中心学校")}),
    # no place in it: back to the punctuation before it
    (
        "同济医学院附属同济医院党委书记柏立五讲话。",
        {cur("柏立五", "党委书记", "同济医学院附属同济医院")},
    ),
    (
        "衢州学院党委书记柏立五讲话。",
        {cur("柏立五", "党委书记", "衢州学院")},
    ),
    # a bare 医院: the one its article named in full before
    (
        "县委书记甲立五来到县人民医院。医院党委书记、院长钟立五介绍情况。",
        {
            cur("甲立五", "县委书记", "@县"),
            cur("钟立五", "党委书记", "县人民医院"),
            cur("钟立五", "院长", "县人民医院"),
        },
    ),
    # …and none named: no post is read
    ("医院党委书记、院长钟立五携领导班子出席。", set()),
    # a university's school is no institution of a place
    ("浙江大学化学学院院长柏立五讲话。", set()),
    # a court's heads are still the court's
    (
        "县法院院长王立五、副院长赵立六出席。",
        {cur("王立五", "县法院院长", "@县"), cur("赵立六", "县法院副院长", "@县")},
    ),
    # a party school is its committee's, as the lexicon has it
    (
        "县委副书记、县委党校校长王立五讲话。",
        {cur("王立五", "县委副书记", "@县"), cur("王立五", "县委党校校长", "@县")},
    ),
    # 学校长期: no head without a name after it
    ("学校长期坚持改革。", set()),
]


POSTS = [
    # the armed forces department written without 人
    (
        "区委常委、区武装部政委柏立亮出席。",
        {cur("柏立亮", "区委常委", "@区"), cur("柏立亮", "区人武部政委", "@区")},
    ),
    ("县武装部部长柏立亮出席。", {cur("柏立亮", "县人武部部长", "@县")}),
    # a town's post written with its level, in an article that names no town: place unknown
    ("镇党委书记柏立亮出席。", {cur("柏立亮", "党委书记", "@镇")}),
    (
        "镇党委委员、武装部长柏立亮出席。",
        {cur("柏立亮", "党委委员", "@镇"), cur("柏立亮", "党委武装部长", "@镇")},
    ),
    # …and the town named still places it
    ("在八都镇，镇党委书记柏立亮出席。", {cur("柏立亮", "党委书记", "八都镇")}),
    # towns in general, or a town of a name the gazetteer lacks, after another character
    ("各乡镇党委书记参加。", set()),
    ("县长甘立新和镇长梁海明出席。", {cur("甘立新", "县长", "@县"), cur("梁海明", "镇长", "@镇")}),
    # a post with no level written is no town's (公司党委书记 as much as a town's)
    ("党委书记柏立亮出席。", set()),
]

NAMES = [
    # 因 (because) between the subject and its verb is no part of the name
    ("于立冲因已调任省旅游局党组书记。", {cur("于立冲", "省旅游局党组书记", "@省")}),
    ("于丙因已调任省旅游局党组书记。", {cur("于丙", "省旅游局党组书记", "@省")}),
    # a school's name run on from a list item is no name (台北 + 医学大学)
    (
        "湖北医药学院院长涂立军、台北医学大学副校长苏立华等致辞。",
        {cur("涂立军", "院长", "湖北医药学院"), cur("苏立华", "副校长", "台北医学大学")},
    ),
    (
        "县委书记甲立五走访苏陈镇党委书记乙立六、苏陈实验小学。",
        {cur("甲立五", "县委书记", "@县"), cur("乙立六", "党委书记", "苏陈镇")},
    ),
    # …but a verb after the item ends the name (到县人民医院)
    (
        "副县长甲立五、乙立六到县人民医院调研。",
        {cur("甲立五", "副县长", "@县"), cur("乙立六", "副县长", "@县")},
    ),
    # a conjunction before a character no given name uses is no surname
    ("各村村支部书记和受资助的学生参加。", set()),
    # a post the lexicon lacks held with (兼) a known one, before the name
    (
        "区商务局局长兼项目服务中心主任柏立金参加活动。",
        {cur("柏立金", "区商务局局长", "@区")},
    ),
    ("县委书记兼任县长。", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"), forms(institutions=INSTITUTIONS, posts=POSTS, names=NAMES)
)
def test_fifteenth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, as_matched(matcher, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no home, no place named: the bare titles stay, with no jurisdiction
        (
            "县委副书记、县长柏立五，副县长冯立六带领有关部门负责同志督查森林防火工作。",
            [
                ("冯立六", "副县长", None),
                ("柏立五", "县委副书记", None),
                ("柏立五", "县长", None),
            ],
        ),
        # a place of the title's level named in the article still places it
        (
            "龙游县召开防汛工作会议。县长柏立五讲话。",
            [("柏立五", "县长", "龙游县")],
        ),
        # an institution's post has its institution whatever the home
        (
            "县人民医院院长柏立八陪同。",
            [("柏立八", "院长", "县人民医院")],
        ),
    ],
)
def test_unplaced_bare_titles_are_kept(lex, tmp_path: Path, text: str, expected: list) -> None:
    path = tmp_path / "2020-07-28.txt"
    path.write_text(text)
    corpus = scan([path], lex)
    facts = corpus.fact_table.select("person", "role", "jurisdiction").rows()
    assert sorted(facts, key=repr) == sorted(expected, key=repr)
    placed = corpus.facts.select("person", "role", "jurisdiction").rows()
    assert sorted(placed, key=repr) == sorted((r for r in expected if r[2]), key=repr)
