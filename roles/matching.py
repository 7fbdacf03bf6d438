"""Matching: officials' titles and names in repaired issue text, as mentions.

The pass over one issue's text, built from the stages the Matcher takes as mixins: the title
groups (`roles.titling`: every title in one pass of a prefix-factored regular expression, read
into parts and joined by 、), whose place each group's posts are (`roles.jurisdictions`), the
names that hold them (`roles.people`, reading each name with `roles.names`), whose post it is
when no name stands by the title (`roles.subjects`), and the status: current, former,
designate or dated (`roles.status`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from roles import reading
from roles.chars import fold_punctuation, is_han
from roles.jurisdictions import JurisdictionRules, start_of_article
from roles.lexicons import HOME_LEVELS, Lexicons, Title
from roles.name_rules import canonical_name
from roles.names import NameReader
from roles.people import LEADS_OF_NAME, NOMINEES, PeopleRules
from roles.placing import Passage, PlaceRef
from roles.status import StatusRules, designated_before, nominated_in_chain
from roles.subjects import SubjectRules, opens_sentence
from roles.titling import Part, TitleRules, title_finder

STATUSES = ("current", "former", "designate", "dated")


# The statuses that say the person held the post at the fact's date: sightings for timelines.
SIGHTING_STATUSES = ("current", "dated")


@dataclass(frozen=True)
class Mention:
    """One person named with one post in one place of the repaired text."""

    person: str  # a full name; for a reference, possibly a surname alone (徐市长)
    role: str
    jurisdiction: str  # empty when home_level is set
    home_level: str | None
    level: str
    acting: bool
    title: str  # the whole title group as written (repaired): 区委副书记、代区长
    start: int  # repaired offset where the title group (with its place) starts
    end: int
    name_start: int
    tier: int
    single: bool
    status: str = "current"  # current / former (原, 曾任) / designate (拟任) / dated
    # the date a dated statement gives: (year, month, day), 0 where the text gives none
    stated: tuple[int, int, int] | None = None
    until: tuple[int, int, int] | None = None  # a résumé line's end (2013.02—2016.08), likewise
    reference: bool = False  # a surname (徐市长) or a bare 书记: to be resolved against the corpus
    # a bare title's place of its level named last before it in its article: its jurisdiction
    # when the home (known only once the corpus is settled) has no such level
    local: str | None = None


# (分别以全票当选为…: the votes between 分别 and its verb)
_RESPECTIVELY = re.compile(
    r"分别(?:以(?:\d+|全)票|全票|高票)?(?:担任|出任|任|为|当选为|当选|辞去|不再担任)"
)


_LIST_GAP = re.compile(r"[，、；;及和与以\s]*")


_LISTING_VERBS = re.compile(
    r"(?:曾任|曾担任|曾经担任|历任|此前任|此前担任|之前任|之前担任|先后任|先后担任|先后出任|拟任|"
    r"此前是|之前是)$"
)


# 王五现任甲市副秘书长，乙区区委副书记、区长。: the present posts a résumé lists after 现任
_PRESENT_LISTING = re.compile(r"(?:现任|现为|现担任)$")


# Titles that may also follow a name: 王五区长, 王五书记, 徐市长.
_AFTER_NAME = frozenset(
    {"省长", "市长", "州长", "县长", "区长", "旗长", "盟长", "镇长", "乡长", "书记"}
    # 李四副区长出席, 孙八方常务副县长作表态发言: deputies too
    | {"副省长", "副市长", "副州长", "副县长", "副区长", "副旗长", "副镇长", "副乡长"}
    | {"常务副市长", "常务副县长", "常务副区长", "常务副旗长"}
    # (与武立栋副盟长一起调研: a league's, and a province's or prefecture's first deputy)
    | {"副盟长", "常务副省长", "常务副州长"}
)


# Heads whose organ may be written before the name and the post after it (市林业局赵六局长)
_HEADS_AFTER_NAME = frozenset(
    {"书记", "局长", "副局长", "厅长", "副厅长", "院长", "副院长", "检察长", "副检察长"}
    | {"部长", "副部长", "主任", "副主任", "主席", "副主席"}
    | {"镇长", "副镇长", "乡长", "副乡长"}
    # (传达了区委黄一伟常委的指示, 市人民政府杨一民市长表示)
    | {"常委", "副书记", "省长", "市长", "州长", "县长", "区长", "旗长", "盟长"}
    | {"副省长", "副市长", "副州长", "副县长", "副区长", "副旗长", "副盟长"}
)


def _comma_chained(text: str, chain: list[Part], group: list[Part]) -> list[Part]:
    """The chain of posts with `group` at its end, if a comma joins it to the chain, or if it
    opens a line or sentence and a comma follows it (吉安市委常委，井冈山市委书记甲); else none."""
    if chain and text[chain[-1].end : group[0].start] in ("，", ","):
        return [*chain, *group]
    if (
        opens_sentence(text, group[0].start)
        and group[-1].role
        and text[group[-1].end : group[-1].end + 1] in ("，", ",")
    ):
        return list(group)
    return []


class Matcher(TitleRules, JurisdictionRules, PeopleRules, SubjectRules, StatusRules):
    def __init__(self, lex: Lexicons):
        self.lex = lex
        self.titles = title_finder(lex)
        self.names = NameReader(lex, self.titles)
        self.traditional = reading.traditional_detector(lex.simplified)
        self._year: int | None = None  # the year, while its text is read
        self._article_starts: Sequence[int] = (0,)  # where the articles start
        # of the text being read: titles that name their place inside (政协X县第十届委员会…),
        # where a termed title starts and its term, the latest term of 人大 and 政协 it names
        self._formal_places: dict[int, PlaceRef] = {}
        self._terms: dict[int, int] = {}
        self._former_inside: set[int] = set()  # where titles written with 原 inside start
        self._latest: dict[str, tuple[int, bool]] = {}
        # last characters of place names: a cheap test before looking for a place before a title
        self._place_ends = frozenset(name[-1] for name in lex.place_names)
        self._committee_titles: dict[str, Title] = {}  # read from how they are built
        self._careers = self._delegations = self._moving = False
        self._resigned: set[int] = set()  # chains of 分别辞去: the posts the people leave

    # -- the pass --

    def _subdistrict_role(self, part: Part) -> str:
        """A subdistrict's working committee's post as one role however it is written (小桥街道
        党工委书记, 小桥街道办事处党工委书记, 小桥办事处党工委书记 → 街道党工委书记)."""
        role = part.role
        if role.startswith("党工委") and (part.jurisdiction or "").endswith(("街道", "办事处")):
            title = self.lex.titles.get("街道" + role)
            if title is not None and title.level == "街道" and not title.blocker:
                return title.role
        return role

    def mentions(
        self,
        text: str,
        article_starts: Sequence[int] = (0,),
        home_levels: frozenset[str] | None = None,
        year: int | None = None,
    ) -> list[Mention]:
        """Every (person, post) stated in `text`, in order of appearance.

        A bare title (区委书记) comes back with `home_level` set and no jurisdiction: it names
        the post in the paper's home (or its city, or province), which the caller knows.
        `home_levels`, the levels of the home and its ancestors where the issue names its home,
        lets a bare title of a level the home lacks (县长 in a 区 paper) take the place of its
        level last named in the paragraph; `year`, the issue's, picks the unit in use that year
        where two bore one name.
        """
        self._year = year
        self._article_starts = article_starts
        text = fold_punctuation(text)
        # forms that need a look only when the text has what they are built of
        self._careers = any(
            w in text for w in ("曾", "历任", "先后", "前任", "担任过", "此前是", "之前是")
        )
        # (a congress's session or a verb of moving that names a place for bare titles)
        self._moving = "届" in text or any(w in text for w in ("调", "派往", "来到", "交流到"))
        self._delegations = any(w in text for w in ("代表团", "考察团", "调研组", "客人"))
        self.names.start_text()
        self._last_subject: tuple[int, str] | None = None
        self._named_places: dict[str, list[tuple[int, str]]] = {}
        self._split_towns: set[int] = set()  # towns read apart from the name before them
        # where 分别任 / 分别担任 stand: lists whose posts are paired with names in order
        self._respective = list(_RESPECTIVELY.finditer(text)) if "分别" in text else []
        self._resigned = set()
        self._respective_ends = [m.end() for m in self._respective]
        parts = self._parts(text)
        groups = self._groups(parts, text)
        ends = {g[-1].end for g in groups}
        self._group_spans = [(g[0].start, g[-1].end) for g in groups]
        self._group_starts = [start for start, _ in self._group_spans]
        self._group_ends = frozenset(end for _, end in self._group_spans)
        out: list[Mention] = []
        topics: dict[str, str] = {}
        topic_sentence = -1
        sentences = reading.Sentences(text)
        last: tuple[int, Part] | None = None  # where the last names read end, and their post
        listed: tuple[int, str] | None = None  # where the last names end, and their status
        # the last group a verb of the past or future governs: where it ends, its people, status
        governed: tuple[int, list[tuple[int, str]], str] | None = None
        passage = Passage(self.lex, text)
        # posts opening a line, nobody's, joined by commas to the next: a list page's line
        comma_chain: list[Part] = []
        for group in groups:
            article_start = start_of_article(article_starts, group[0].start)
            sentence = sentences.bounds(group[0].start)[0]
            if sentence != topic_sentence:
                topics, topic_sentence = {}, sentence
                # 甲市党政代表团成员还有市委副书记乙…: the members' bare titles are 甲市's
                if (members := self._delegation_place(text, sentence, group[0].start)) is not None:
                    topics[members.level] = members.name
            elif (
                topics
                and last is not None
                and not _LIST_GAP.fullmatch(text, last[0], group[0].start)
            ):
                # 泰安市副市长王五来肥城调研，副市长李四陪同: a verb between them ends the
                # list, and the bare title is the home's again
                topics = {}
            listed_place = (
                last[1].jurisdiction
                if topics and last is not None and last[1].jurisdiction in topics.values()
                else None
            )
            self._resolve(group, text, article_start, topics, passage, home_levels, listed_place)
            for part in group:
                if part.place is not None and part.place.level in HOME_LEVELS:
                    topics[part.place.level] = part.place.name
                    passage.explicit[part.place.level] = (part.start, part.place.name)
                elif part.title.level == "开发区" and part.jurisdiction:
                    # 高新区党工委书记甲，党工委委员、管委会副主任乙: the zone's next people
                    topics["开发区"] = part.jurisdiction
            if group[0].orphan:
                self._continue_organ(group[0], text, last)
                # 党组成员、副局长乙: each continuing post after it takes the same organ
                for before, part in itertools.pairwise(group):
                    if part.title.level != "+" or part.role or not before.role:
                        break
                    role = self._continued_role(before.role, part.title.surface)
                    if role is None:
                        break
                    part.assign(self._title(role))
                    part.jurisdiction, part.home_level = before.jurisdiction, before.home_level
            people = self._people(group, text, ends)
            if len(group) == 1 and group[0].title.surface in _AFTER_NAME:
                people = self._name_before_verb(text, group[0], people)
            if people and group[-1].role:
                last = (max(p + len(n) for p, n in people), group[-1])
                # 丁卫东简历：…，2014年1月任副县长: a clause without a subject is about the
                # person last named in the paragraph
                self._last_subject = max(people)
            reference = False
            # 市委王五书记, 市林业局赵六局长: the name inside its organ's title, as papers write
            # it of a leader whose speech they relay or whose visit they report
            # (a continuing post may have taken an organ named earlier in the sentence)
            if (
                not people
                and len(group) == 1
                and text[group[0].title_start : group[0].end] in _HEADS_AFTER_NAME
            ):
                inside = self._name_inside(text, group[0])
                if inside is not None:
                    group, people = inside
                    if not group[0].jurisdiction:  # (该院杨五检察长: placed with its body)
                        self._resolve(group, text, article_start, topics, passage, home_levels)
                    last = (group[-1].end, group[-1])
            # (and 李四代理丽水市人民政府市长职务: any post the name stands in for, his own post
            # or 同志 between them: 决定王五副区长代理区长职务, 由王五同志代理县长职务)
            stands_in = group[-1].acting and text.startswith("职务", group[-1].end)
            if not people and (
                stands_in
                or (
                    len(group) == 1
                    and (
                        group[0].title.surface in _AFTER_NAME
                        or (
                            group[0].orphan and group[0].role
                        )  # (率钱七副局长: the organ continued)
                    )
                )
            ):
                at = group[0].start
                at -= 2 if stands_in and text.endswith("同志", 0, at) else 0
                found = self._name_before(text, at, LEADS_OF_NAME)
                end = group[-1].end
                # …为杭州市副市长，代理杭州市市长职务: the acting post opens a clause of the
                # person the sentence names
                if (
                    found is None
                    and stands_in
                    # (…副区长，并代理区长职务)
                    and (
                        text[group[0].start - 1 : group[0].start] in ("，", ",")
                        or text[group[0].start - 2 : group[0].start] in ("，并", ",并")
                    )
                    and (subject := self._subject(text, group[0].start)) is not None
                ):
                    found = (*subject, False)
                # (李四代理县长职务: the post the name stands in for)
                if found is not None and (
                    self.names.ends_name(text, end) or text[end] == "的" or stands_in
                ):
                    name_start, person, reference = found
                    people = [(name_start, person)]
                    if not reference:  # 武甲、田乙副院长: the names listed before it
                        people = self._with_listed_before(text, people[0], joined=False)
            # a name may not run into the place of the next title (莲都区区长任缙云县委书记)
            people = [(p, n) for p, n in people if not self._group_starts_within(p + 1, p + len(n))]
            # 曾任南涧县副县长，巍山县委常委、宣传部部长。: posts after a comma, closing their
            # clause without a name, continue what 曾任 governs
            inherited = ""
            if governed is not None and (not people or people == governed[1]):
                gap = text[governed[0] : self._lead_start(text, group[0].start)]
                after = group[-1].end
                # (…，衢州市副市长等职。: the list closes with 等职)
                if gap in ("，", ",", "；", ";") and (
                    after >= len(text)
                    or not is_han(text[after])
                    or text.startswith(("等职", "等职务"), after)
                ):
                    people, inherited = governed[1], governed[2]
            # 曾任甲公社人武部副部长、乡党委副书记，乙县桥下乡党委书记…: every post of a
            # career sentence is its subject's, past posts the lexicon cannot read between
            if not people and (career := self._career_subject(text, group[0].start)):
                people, inherited = [career], "former"
            # 史五是赵庄街道史庄村党支部书记、村委会主任。: the subject of 是, when the posts close
            # the clause
            if not people and (subject := self._copula_subject(text, group)):
                people = [subject]
            if not people:
                # 受区人大常委会主任委托，副主任甲主持: the deputies after it continue the organ
                # of a post nobody holds in the sentence
                if group[-1].role and text.startswith("委托", group[-1].end):
                    last = (group[-1].end, group[-1])
                comma_chain = _comma_chained(text, comma_chain, group)
                continue
            status, stated, until = self._status(text, group)
            # 常务副区长甲、乙、丙等分管领导: a post one person holds at a time, with a list of
            # names after it, is the first's; the others are listed with no post of their own
            if (
                status == "current"
                and len(people) > 1
                and people[0][0] >= group[-1].end
                and all(part.title.single for part in group)
                and not self._respective
            ):
                people = people[:1]
            if group[0].start in self._resigned:  # 甲和乙分别辞去区长和副区长职务
                status = "former"
            if inherited:
                status = inherited
            # 曾任甲区区长A、乙县县长B: the posts a verb of the past (曾任, 历任) or of the
            # future (拟任) introduces, listed with 、, share its status; 原 is one title's own
            if (
                status == "current"
                and listed is not None
                and listed[1]
                and text[listed[0] : group[0].start] == "、"
            ):
                status = carried = listed[1]
            else:
                lead = self._lead_start(text, group[0].start)
                # 先后担任A，B，C: each clause passes the status on; so do the posts after 现任
                passes_on = (
                    inherited or _LISTING_VERBS.search(text, max(0, lead - 8), lead)
                    if status != "current"
                    else _PRESENT_LISTING.search(text, max(0, lead - 3), lead)
                )
                carried = status if passes_on else ""
            listed = (max(p + len(n) for p, n in people), carried)
            governed = (group[-1].end, people, carried) if carried else None
            title_text = text[group[0].start : group[-1].end]
            # 区委常委、副区长提名人选王五: the qualifier is the last post's alone
            nominee = text.startswith("提名人选", group[-1].end) or (
                nominated_in_chain(text, group) and text.startswith(NOMINEES, group[-1].end)
            )
            # 市委副书记、市长候选人甲: a congress elects the government's post, not the party's;
            # the party's posts before it are held (unless a verb names them all: 拟任…候选人)
            party_held = (
                status == "designate"
                and len(group) > 1
                and text.startswith(NOMINEES, group[-1].end)
                and group[-1].title.institution != "party"
                and not designated_before(text, self._lead_start(text, group[0].start))
            )
            # 吉安市委常委，井冈山管理局党工委书记，井冈山市委书记甲: the line's posts are his
            chained = comma_chain if _comma_chained(text, comma_chain, group) else []
            comma_chain = []
            for name_start, person in people:
                for part in [*chained, *group]:
                    if not part.role:
                        continue
                    part_status = "designate" if nominee and part is group[-1] else status
                    if party_held and part is not group[-1] and part.title.institution == "party":
                        part_status = "current"
                    bare_secretary = part.role == "书记"
                    if not (part.jurisdiction or part.home_level) and not bare_secretary:
                        continue
                    if bare_secretary and not (reference or len(people) == 1):
                        continue
                    out.append(
                        Mention(
                            person=canonical_name(person),
                            role=self._subdistrict_role(part),
                            jurisdiction=part.jurisdiction or "",
                            home_level=part.home_level,
                            level=part.title.level,
                            acting=part.acting,
                            title=title_text,
                            start=group[0].start,
                            end=group[-1].end,
                            name_start=name_start,
                            tier=part.title.tier,
                            single=part.title.single,
                            status=part_status,
                            stated=stated,
                            until=until,
                            reference=reference or bare_secretary,
                            local=part.local if part.home_level else None,
                        )
                    )
        if self.names.choices:
            out = [
                m
                if (p := self.names.settled(m.name_start, m.person)) == m.person
                else dataclasses.replace(m, person=p)
                for m in out
            ]
        return out
