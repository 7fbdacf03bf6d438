"""Jurisdictions: whose place a title group's posts are.

The place written before a title, else the organ or place that continues from the title
before it (区人大常委会主任、副主任), the town or village named nearby (a bare 镇长 in a
passage about one town), the place a delegation or a move names, or the paper's home. The
Matcher takes these rules as a mixin.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from roles.chars import is_han
from roles.dictionary import ends_in_verb, is_plain_word
from roles.lexicons import HOME_LEVELS, Place
from roles.name_rules import CONJUNCTIONS, INSTITUTIONS, NON_PLACE_BODIES
from roles.places import placed_in
from roles.placing import (
    SHORT_NAMED_BODY_LEVELS,
    ZONE_SUFFIXES,
    Passage,
    PlaceRef,
    same_paragraph,
    short_named_place,
    subcounty_mentions,
)
from roles.subjects import CLAUSE_END
from roles.titling import (
    BODY_ENDS,
    INSTITUTION_HEADS,
    ORGAN_IN,
    SHARING_DETERMINERS,
    Part,
)

# …主席，乙、丙为副主席: more names elected, then 为 and a post of the same organ
# (…主席，乙、丙当选副主席: or 当选, 当选为 after each clause's names)
_ELECTED_NEXT = re.compile(
    r"[，,；;](?:[\u4e00-\u9fff·]{2,8}[、和及])*[\u4e00-\u9fff·]{2,8}?(?:为|当选为?)"
)


# what names a place for the bare titles after it: a congress's session (group 1), or a verb
# of moving
_PLACE_GIVERS = re.compile(
    r"(第?[一二三四五六七八九十]{1,3}届(?:人民代表大会|人大))|调至|调往|调入|调到|交流到|调任到|"
    r"被派往|派往|来到"
)


# Bodies whose own party committee a bare town-level title after them belongs to
_BODIES_BEFORE_TITLE = (
    *NON_PLACE_BODIES,
    *INSTITUTIONS,
    *("研究院", "研究所", "合作社", "工厂"),
    *("”", "」", '"'),  # (市“两新”党工委书记: a quoted name is a body's, not a place's)
    # (…中医医院调研。…院党委书记甲: 院 or 局 alone is the body the article is about)
    *("院", "局"),
)


# The longest institution name read back from its last word (华中科技大学同济医学院附属同济医院)
_INSTITUTION_SPAN = 20
# Words that stand before an institution's name, not inside it: a conjunction, a preposition, a
# determiner or a verb (及邯郸市第一医院, 到县人民医院, 由该镇中心学校, 时值市人民医院), cut only
# where a level or an ordinal follows (同济医院 keeps its 同)
_BEFORE_INSTITUTION = frozenset("及和与同的在到赴由向对为是据该值任")
_INSTITUTION_OPENINGS = ("第", "省", "市", "州", "县", "区", "旗", "镇", "乡")


_CONTINUE_SEPARATORS = frozenset({"，", "、", "及", "和", "与", "以及", "；", "率", "率领", "带领"})
# 旗委书记：甲（蒙古族）⏎⏎副书记：乙: a list of leaders, a post and its holders a line; what
# stands between one line's holder and the next line's post
_ROSTER_GAP = re.compile(r"(?:[（(][^（）()\n]{1,12}[）)])?[ \t\u3000]*\n\s*")


CONTEXT_SPAN = 3000  # how far back in its article a bare 村/镇 title looks for its place

# In an issue of no known home, a bare title of a province or city with none of its own level
# named takes the one holding the city or county its article names (省委书记甲到遵义市调研)
_HOLDING_LEVELS = {"省": ("市", "州", "盟", "县", "区", "旗"), "市": ("县", "区"), "州": ("县",)}


# A department, court or procuratorate named with its level (县审计局, 区人民法院, 县卫健委), and
# the head's post that makes it a known title; how far back in its paragraph one is looked for
_NAMED_BODY = re.compile(
    r"([省市州县区旗])(?:(?![省市州县区旗委，。、])[\u4e00-\u9fff]){1,10}?"
    r"(?:人民法院|人民检察院|法院|检察院|局|委)"
)
_BODY_HEADS = (("法院", "院长"), ("检察院", "检察长"), ("局", "局长"), ("委", "主任"))
# A court, procuratorate or police bureau written after its county's or city's short name
_COURT_OR_BUREAU = re.compile("人民法院|人民检察院|法院|检察院|公安局")


def _short_body(body: str) -> str:
    return body.replace("人民法院", "法院").replace("人民检察院", "检察院")


BODY_SPAN = 300
_NEXT_SENTENCE_SPAN = 120  # how far a post opening the next sentence continues an organ
# The party's working committees, which govern subdistricts and zones alike
_WORKING_COMMITTEES = ("党工委", "纪工委", "监察工委")


_DELEGATION = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:党政)?(?:代表团|考察团|调研组|客人)(?:主要)?(?:成员)?"
    r"(?:还有|有|包括|是|为)?[：:]?$"
)


# 免去 + a name and a town's name run together, before the town's level character
_REMOVED_RUN = re.compile(r"(?:免去|免除|撤销)([\u4e00-\u9fff]{4,7})$")


def _determiner_before(text: str, start: int, level: str) -> tuple[str, int] | None:
    """我, 本 or 该 before a title of `level` at `start`, and where it stands: before the level
    character (我区副区长, 该县县委书记) or sharing it with the title (我县政协主席)."""
    if text[start : start + 1] == level[-1] and text[start - 1 : start] in SHARING_DETERMINERS:
        return text[start - 1], start - 1
    if start >= 2 and text[start - 1] == level[-1] and text[start - 2] in SHARING_DETERMINERS:
        return text[start - 2], start - 2
    return None


def _joined_not_named(text: str, end: int) -> bool:
    """各乡镇和县直单位, 陶五任县委副书记: a conjunction, or the verb 任, after a word and before
    the level ending at `end`; no county of one character (和县, 任县) is named there."""
    before = text[end - 2 : end - 1]
    joining = text[end - 1]
    return is_han(before) and (
        joining in CONJUNCTIONS or (joining == "任" and before not in "在到赴往至于")
    )


def start_of_article(starts: Sequence[int], pos: int) -> int:
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0


def _article_end(starts: Sequence[int], pos: int, length: int) -> int:
    i = bisect.bisect_right(starts, pos)
    return starts[i] if i < len(starts) else length


class JurisdictionRules:
    """The jurisdiction rules of `roles.matching.Matcher` (a mixin)."""

    # -- jurisdictions --

    def _resolve(
        self,
        group: list[Part],
        text: str,
        article_start: int,
        topics: dict[str, str],
        passage: Passage | None = None,
        home_levels: frozenset[str] | None = None,
        listed_place: str | None = None,
    ) -> None:
        previous: Part | None = None
        written: str | None = None  # the level last written in the group (县 in 县委常委、…)
        for part in group:
            level = part.title.level
            if part.place is not None:
                part.jurisdiction = part.place.name
                # 合肥高新区…。高新区党工委书记: a zone written bare is the one named before,
                # when that is named after its city or county
                bare = part.place.name
                if bare in ZONE_SUFFIXES and part.place.place is None:
                    zones = self._zones_before(text, article_start, part.start, bare)
                    named = zones[-1] if zones else None
                    if named is None:  # (市委常委、开发区党工委书记甲…。建德经济开发区…)
                        named = self._only_subcounty_after(text, part.start, "开发区", bare)
                        zones = [named] if named is not None else []
                    if named is not None and (
                        any(named[:k] in self.lex.place_strings for k in range(2, 9))
                        or len(set(zones)) == 1
                    ):
                        # (庐江 + 经济开发区, 合肥 + 高新区; or the one 示范区 the article
                        # names: 柳湾生态示范区)
                        part.jurisdiction = named
            elif (
                previous is not None
                and (previous.jurisdiction or previous.home_level)
                and (
                    level in ("-", "+")
                    or level == previous.written_level()
                    # 高新区党工委委员、纪工委书记: a zone's working committees are a street's
                    or (
                        {level, previous.title.level} == {"街道", "开发区"}
                        and part.title.role.startswith(_WORKING_COMMITTEES)
                    )
                )
            ):
                part.jurisdiction = previous.jurisdiction
                part.home_level = previous.home_level
                part.local = previous.local
                # 区委常委、纪委书记: the post of that level where the lexicon has one
                # (县委常委、政法委书记、公安局长: the level written first, past other '-' posts)
                if level == "-" and written:
                    specific = self.lex.titles.get(written + part.title.surface)
                    # 州委副书记、州政法委书记: the level written before the party post itself
                    # names its committee (县委常委、政法委书记 keeps the name the chain gives it)
                    if (
                        specific is None
                        and part.title.institution == "party"
                        and text[part.start - 1 : part.start] == written
                    ):
                        specific = self.lex.titles.get(written + "委" + part.title.surface)
                    # 县委委员、常委、书记: a bare 书记 after a party committee's posts is its
                    # secretary
                    if (
                        specific is None
                        and previous.title.institution == "party"
                        and part.title.surface in ("书记", "副书记", "常委", "委员")
                    ):
                        specific = self.lex.titles.get(written + "委" + part.title.surface)
                        # (镇委员会委员、书记, 工作委员会委员、书记: the committee of the post
                        # before it, 党委 or 党工委)
                        if specific is None and (
                            role := self._continued_role(previous.role, part.title.surface)
                        ):
                            specific = self.lex.titles.get(role)
                    if specific is not None and not specific.blocker:
                        part.assign(specific)
            elif (det := _determiner_before(text, part.start, level)) is not None and det[
                0
            ] != "该":
                # 我区副区长, 我县政协主席: the paper's own; 我镇党委书记: its article's town
                if level in HOME_LEVELS or not (
                    named := self._nearest_subcounty(text, article_start, part.start, level)
                ):
                    part.home_level = level
                else:
                    part.jurisdiction = named
            elif det is not None and (named := self._named_before(text, det[1], level)) is not None:
                part.jurisdiction = named  # 温县…。该县县委书记: the county named before
            elif level in topics:
                # 滨江区委书记王五、区长李四: a bare title after an explicit place of its level,
                # in the same sentence, is that place's.
                part.jurisdiction = topics[level]
            elif level == "-" and listed_place is not None:
                # 吴川市委书记甲，市长乙，政协主席丙: a title of no level, listed right after
                # another place's posts, is that place's
                part.jurisdiction = listed_place
                named = next(lv for lv, place in topics.items() if place == listed_place)
                specific = self.lex.titles.get(named + part.title.surface)
                if specific is not None and specific.level == named and not specific.blocker:
                    part.assign(specific)
            elif passage is not None and (spoken := passage.place_for(text, level, part.start)):
                part.jurisdiction = spoken
            elif (
                home_levels is not None
                and level in HOME_LEVELS
                and level not in home_levels
                and passage is not None
                and (seen := passage.explicit.get(level)) is not None
                and same_paragraph(text, seen[0], part.start)
            ):
                part.jurisdiction = seen[1]  # 马边彝族自治县委书记甲介绍…，县长乙 in a 区 paper
            elif (
                home_levels is not None
                and level in HOME_LEVELS
                and level not in home_levels
                and (named := self._named_before(text, part.start, level)) is not None
            ):
                part.jurisdiction = named  # 开化县人大会议…，县人大常委会主任甲 in a 市 paper
            elif level in HOME_LEVELS and (moved := self._moved_to(text, part.start, level)):
                part.jurisdiction = moved  # 他被调至余杭区，先后担任区委副书记、区长
            elif level in HOME_LEVELS or level in ("-", "军分区"):
                part.home_level = level
                # 龙游县召开…。县委书记甲 in a city's paper whose home only settling knows
                if home_levels is None and level in HOME_LEVELS:
                    part.local = self._local_place(text, article_start, part.start, level)
            elif text.endswith(_BODIES_BEFORE_TITLE, 0, part.start):
                # 师范学院党委书记, 某公司党委副书记: the body's own post, no town's; a school's or
                # a hospital's is held in that institution
                part.jurisdiction = self._institution_before(text, article_start, part.start)
            else:
                part.jurisdiction = self._nearest_subcounty(text, article_start, part.start, level)
                # 党工委副书记、管委会副主任甲: a working committee governs a zone where no
                # subdistrict is named
                if part.jurisdiction is None and part.title.role.startswith("党工委"):
                    part.jurisdiction = self._nearest_subcounty(
                        text, article_start, part.start, "开发区"
                    )
                # (嘉禾街道…。党工委委员甲: and a subdistrict where no zone is named)
                if part.jurisdiction is None and part.title.role.startswith("党工委"):
                    part.jurisdiction = self._nearest_subcounty(
                        text, article_start, part.start, "街道"
                    )
                # 镇党委书记甲 in an article that names no town: a town's post, place unknown
                # (not 乡镇党委书记, 各镇党委书记 or 某某镇镇长: a town of no name the gazetteer
                # has, or towns in general, after another character)
                # (听取社区书记甲: a community's or a village's likewise, after a verb too)
                if (
                    part.jurisdiction is None
                    and text.startswith(("镇", "乡", "社区", "村"), part.start)
                    and (
                        not is_han(text[part.start - 1 : part.start] or "。")
                        or text[part.start - 1] in CONJUNCTIONS
                        or ends_in_verb(text, part.start - 2, part.start)
                    )
                ):
                    part.home_level = level
            previous = part
            if (level_written := part.written_level()) not in ("-", "+"):
                written = level_written

    def _institution_before(self, text: str, article_start: int, end: int) -> str | None:
        """The school or hospital whose name ends at `end` (县人民医院, 邯郸市第一医院), or, written
        bare (医院党委书记), the one of that kind its article named in full before."""
        word = next((w for w in INSTITUTIONS if text.endswith(w, 0, end)), None)
        if word is None:
            return None
        name = self._institution_name(text, end)
        # (山东师范大学化学化工学院院长: a university's school is no institution of a place)
        if word == "学院" and "大学" in name:
            return None
        if len(name) > len(word):
            return name
        at = text.rfind(word, max(article_start, end - CONTEXT_SPAN), end - len(word))
        while at >= 0:
            earlier = self._institution_name(text, at + len(word))
            if len(earlier) > len(word):
                return earlier
            at = text.rfind(word, max(article_start, end - CONTEXT_SPAN), at)
        return None

    def _institution_name(self, text: str, end: int) -> str:
        """The run of characters ending at `end` that names an institution: from the last place
        written in it (…主持会议徐州市第一人民医院), else back to a word that stands before a
        name (及, 由该) where a level follows it, else to punctuation."""
        start = end
        while start > max(0, end - _INSTITUTION_SPAN) and is_han(text[start - 1]):
            start -= 1
        for at in range(end - 3, start - 1, -1):
            # (a place inside the name, never one running into the institution's word)
            k = next(
                (
                    k
                    for k in (4, 3, 2)
                    if at + k <= end - 2 and text[at : at + k] in self.lex.place_strings
                ),
                0,
            )
            if k:
                # (休宁县, not 宁县: the longest place ending where the one found ends)
                at -= next(
                    (b for b in (3, 2, 1) if text[at - b : at + k] in self.lex.place_strings), 0
                )
                # (湖北省十堰市人民医院: the province before the city is part of the name)
                while (
                    at - 2 >= start
                    and text[at - 1] in "省市州盟"
                    and any(text[at - m : at] in self.lex.place_strings for m in (2, 3, 4, 5))
                ):
                    at -= next(
                        m for m in (5, 4, 3, 2) if text[at - m : at] in self.lex.place_strings
                    )
                return text[at:end]
        for at in range(end - 2, start - 1, -1):
            if text[at] in _BEFORE_INSTITUTION and text.startswith(_INSTITUTION_OPENINGS, at + 1):
                return text[at + 1 : end]
        return text[start:end]

    def _moved_to(self, text: str, pos: int, level: str) -> str | None:
        """The place of `level` a verb of moving names earlier in the sentence (调至余杭区，
        先后担任区委副书记), or whose congress sits (衢州市第五届人民代表大会…选举甲为人民政府
        市长): the bare titles after it are that place's."""
        if not self._moving:
            return None
        floor = max(0, pos - 60)
        found = list(_PLACE_GIVERS.finditer(text, floor, pos))
        if not found:
            return None
        floor = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "。；;！？\n"))
        for m in reversed(found):
            if m.start() < floor:
                break
            if m[1]:  # a session: the place written right before it
                before = text[max(floor, m.start() - 16) : m.start()]
                placed = placed_in(self.lex, before, self._year)
                if placed and placed[-1][0] == len(before) and placed[-1][1].level == level:
                    return placed[-1][1].name
                continue
            after = text[m.end() : m.end() + 16]
            for end, place in placed_in(self.lex, after, self._year):
                if not all(is_han(c) for c in after[:end]):
                    break  # (杭州市余杭区: the places written one after another)
                if place.level == level:
                    return place.name
        return None

    def _local_place(self, text: str, article_start: int, pos: int, level: str) -> str | None:
        """The place of `level` written last before `pos` in its article (龙游县, 开化县委);
        else the one of that level that holds the place below it named nearest in the article
        (自治区党委书记甲深入贺州市: 广西壮族自治区), before `pos` or after it in its paragraph."""
        floor = max(article_start, pos - CONTEXT_SPAN)
        named = self._places_written(text, level)
        at = bisect.bisect_left(named, (pos,)) - 1
        if at >= 0 and named[at][0] >= floor:
            return named[at][1]
        # (新区人大常委会举行会议。区人大常委会主任甲主持…。…滨海新区第二届…: the article's
        # place written in full only after its first bare title)
        end = min(_article_end(self._article_starts, pos, len(text)), pos + CONTEXT_SPAN)
        if at + 1 < len(named) and named[at + 1][0] < end:
            return named[at + 1][1]
        if level not in _HOLDING_LEVELS:
            return None
        nearest: tuple[int, str, str] | None = None
        for lower in _HOLDING_LEVELS[level]:
            below = self._places_written(text, lower)
            at = bisect.bisect_left(below, (pos,))
            if at > 0 and below[at - 1][0] >= floor:
                distance = pos - below[at - 1][0]
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, below[at - 1][1], lower)
            if at < len(below) and same_paragraph(text, pos, below[at][0]):
                distance = below[at][0] - pos
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, below[at][1], lower)
        if nearest is None:
            return None
        place = next(
            p for p in self.lex.places_named(nearest[1], self._year) if p.level == nearest[2]
        )
        holder = next((p for p in self.lex.ancestors(place)[1:] if p.level == level), None)
        return holder.name if holder is not None else None

    def _places_written(self, text: str, level: str) -> list[tuple[int, str]]:
        named = self._named_places.get(level)
        if named is None:
            named = self._named_places[level] = self._places_named_in(text, level)
        return named

    def _places_named_in(self, text: str, level: str) -> list[tuple[int, str]]:
        """Where each place of `level` the text writes in full ends, in order, and its name."""
        found = []
        end = text.find(level, 1)
        while end >= 0:
            for k in range(min(6, end + 1), 1, -1):
                name = text[end + 1 - k : end + 1]
                if k == 2 and _joined_not_named(text, end):
                    continue
                place = next(
                    (p for p in self.lex.places_named(name, self._year) if p.level == level), None
                )
                if place is not None:
                    found.append((end, place.name))
                    break
            end = text.find(level, end + 1)
        return found

    def _named_before(self, text: str, pos: int, level: str) -> str | None:
        """The place of `level` last written before `pos` in its paragraph (what 该县 means)."""
        floor = max(0, pos - CONTEXT_SPAN // 10)  # bounded: a one-line file stays linear
        floor = max(floor, text.rfind("\n", floor, pos) + 1)
        end = text.rfind(level[-1], floor, pos)
        while end >= floor:
            for k in range(min(6, end + 1 - floor), 1, -1):
                if k == 2 and _joined_not_named(text, end):
                    continue
                for place in self.lex.places_named(text[end + 1 - k : end + 1], self._year):
                    if place.level == level:
                        return place.name
            end = text.rfind(level[-1], floor, end)
        return None

    def _continue_organ(self, part: Part, text: str, last: tuple[int, Part] | None) -> None:
        """副主席 after 区政协主席金立， or 及秘书长 after a list of 区政协副主席: the post of
        the previous person's organ, when only a comma or a conjunction stands between."""
        if last is None:
            self._continue_written_organ(part, text)
            return
        if not (
            text[last[0] : part.start] in _CONTINUE_SEPARATORS
            or (
                text.startswith(("：", ":"), part.end)
                and _ROSTER_GAP.fullmatch(text, last[0], part.start) is not None
            )
            # 市林业局赵六局长率钱七副局长: the next person named before the post
            or self._lead_and_name(text, last[0], part.start)
            # 选举甲为区政协主席，乙、丙为副主席: the next names elected to the same organ
            or _ELECTED_NEXT.fullmatch(text, max(last[0], last[1].end), part.start)
            # 区人大常委会主任甲主持会议，副主任乙、丙出席: within one sentence
            or (
                text[part.start - 1] in "，,、"
                and part.start - last[0] <= 20
                and CLAUSE_END.search(text, last[0], part.start) is None
            )
            # (…主任甲主持会议；副主任乙、丙出席会议: a semicolon opening the post's clause)
            or (
                text[part.start - 1] in "；;"
                and part.start - last[0] <= 20
                and CLAUSE_END.search(text, last[0], part.start - 1) is None
            )
            # (县政协主席甲主持召开主席会议。副主席乙、丙参加: the next sentence of the paragraph
            # opens with the post)
            or (
                part.start - last[0] <= _NEXT_SENTENCE_SPAN
                and text[part.start - 1 : part.start] in "。！"
                and text.find("\n", last[0], part.start) < 0
                and text.count("。", last[0], part.start) + text.count("！", last[0], part.start)
                == 1
            )
        ):
            # (县审计局召开党组会议。…党组书记、局长甲: no one's post before it in its
            # sentence, a body named in the paragraph may still be its organ)
            self._continue_named_body(part, text)
            return
        previous = last[1]
        role = self._continued_role(previous.role, part.title.surface)
        # 县人民医院党委书记甲、副院长乙: the next head of the same school or hospital
        if (
            role is None
            and part.title.surface in INSTITUTION_HEADS
            and (previous.jurisdiction or "").endswith(INSTITUTIONS)
        ):
            role = part.title.role
        if role:
            part.assign(self._title(role))
            part.jurisdiction, part.home_level = previous.jurisdiction, previous.home_level

    def _continue_written_organ(self, part: Part, text: str) -> None:
        """区政协十四届一次会议举行闭幕大会，副主席甲主持会议: with nobody's post before it, a
        continuing post is of the congress or CPPCC its sentence names before it."""
        # 机关党组成员: a body the lexicon cannot read is written before it (闭幕大会副主席甲: a
        # meeting is no body)
        if text[part.start - 1 : part.start] in BODY_ENDS and not text.endswith(
            "大会", 0, part.start
        ):
            # (院党组书记、院长甲: but 院 or 局 alone may be the body its article names)
            if text[part.start - 1] in ("院", "局"):
                self._continue_named_body(part, text)
            return
        floor = max(0, part.start - 80)
        floor = max(floor, *(text.rfind(c, floor, part.start) + 1 for c in "。！？\n"))
        written = next(reversed(list(ORGAN_IN.finditer(text, floor, part.start))), None)
        if written is None or written[1] not in HOME_LEVELS:
            self._continue_named_body(part, text)
            return
        head = "主席" if written[2] == "政协" else "主任"
        role = self._continued_role(written[1] + written[2] + head, part.title.surface)
        if role:
            part.assign(self._title(role))
            part.home_level = written[1]

    def _continue_named_body(self, part: Part, text: str) -> None:
        """县审计局召开党组扩大会议。…党组书记、局长甲强调: a continuing post no one's post
        stands before is of the department, court or procuratorate its paragraph last names
        with its level (县审计局, 区人民法院) or after its county's short name (淳化法院), when the
        two make a post the lexicon knows; 院 or 局 before the post is that body (金湖检察院召开
        大会。院党组书记、检察长甲, 我院党组书记…)."""
        # (only a post that opens its clause: 大会秘书长, 舆情中心副主任 name bodies of their own)
        before = text[part.start - 1 : part.start]
        unit = before if before in ("院", "局") else ""
        if is_han(before) and before not in "由是" and not unit:
            return
        # (市公安局柯城分局局长: 局 closing a body's name of its own is not that body written
        # alone)
        if (
            unit
            and is_han(text[part.start - 2 : part.start - 1] or "。")
            and text[part.start - 2] not in "我该本由是"
            and not text.endswith(("法院", "检察院", "公安局"), 0, part.start)
            and not any(
                m.end() == part.start
                for m in _NAMED_BODY.finditer(text, max(0, part.start - 14), part.start)
            )
        ):
            return
        paragraph = text.rfind("\n", max(0, part.start - BODY_SPAN), part.start) + 1
        floor = max(
            paragraph, part.start - BODY_SPAN, start_of_article(self._article_starts, part.start)
        )
        if unit:  # (院党组书记: the body is named in the article, not always its paragraph)
            floor = max(start_of_article(self._article_starts, part.start), part.start - BODY_SPAN)
        for at, level, body, place in reversed(self._bodies_named(text, floor, part.start)):
            if unit and not body.endswith(unit):
                continue
            head = next(h for end, h in _BODY_HEADS if body.endswith(end))
            if body + head not in self.lex.titles:
                continue
            role = self._continued_role(body + head, part.title.surface)
            # (县法院召开会议。县检察院检察长甲列席。我院院长乙: a post the nearest body has
            # none of is of a body named before it)
            if not role:
                continue
            part.assign(self._title(role))
            part.home_level = level
            # 湘阴县民政局…，党组书记、局长甲: the county written with the body is its place
            if place is None:
                named = self._named_before(text, at + 1, level)
                if named is not None and text.endswith(named, 0, at + 1):
                    place = named
            if place is not None:
                part.jurisdiction, part.home_level = place, None
            return

    def _bodies_named(
        self, text: str, start: int, end: int
    ) -> list[tuple[int, str, str, str | None]]:
        """The departments, courts and procuratorates text[start:end] names, in order: (where,
        level, the body with its level, its place where a short name gives it): 县审计局, and
        淳化 + 法院 (县法院, 淳化县)."""
        found = []
        for m in _NAMED_BODY.finditer(text, start, end):
            found.append((m.start(), m[1], _short_body(m[0]), None))
        for m in _COURT_OR_BUREAU.finditer(text, start, end):
            named = short_named_place(
                self.lex, text, m.start(), SHORT_NAMED_BODY_LEVELS, self._year
            )
            if named is not None:
                at, place = named
                found.append((at, place.level, place.level + _short_body(m[0]), place.name))
        return sorted(found)

    def _nearest_subcounty(self, text: str, start: int, pos: int, level: str) -> str | None:
        start = max(start, pos - CONTEXT_SPAN)
        # (乡党委书记: the lexicon's town post, written with the township's level character)
        if level == "镇" and text[pos - 1 : pos] == "乡":
            level = "乡"
        # (柳林乡…，乡党委副书记、人大主席甲: a town's post written without its level
        # character, 人大主席 or 党委书记, is a township's as well)
        levels = (level,)
        if level in ("镇", "乡") and text[pos : pos + 1] not in "镇乡":
            levels = ("镇", "乡")
        written = subcounty_mentions(text, start, pos, self.lex.place_strings)
        mentions = [p for p in written if p.level in levels]
        # (…，提交镇政府研究: a plain word before the level character names a town only when
        # no other town is written; 和平镇 alone is one)
        named = [p for p in mentions if not is_plain_word(p.name[: -len(p.level)])]
        if mentions:
            return (named or mentions)[-1].name
        # 镇党委书记甲主持…。青石镇位于…: none is named before it in its article, and one only
        # after it
        return self._only_subcounty_after(text, pos, level)

    def _zones_before(self, text: str, start: int, pos: int, suffix: str) -> list[str]:
        """The zones of this suffix (高新区) named by name in the article before `pos`."""
        start = max(start, pos - CONTEXT_SPAN)
        written = subcounty_mentions(text, start, pos, self.lex.place_strings)
        return [p.name for p in written if p.name.endswith(suffix) and p.name != suffix]

    def _only_subcounty_after(
        self, text: str, pos: int, level: str, suffix: str = ""
    ) -> str | None:
        """The one place of `level` (and name ending in `suffix`) named after `pos` in its
        article, if only one is."""
        end = min(_article_end(self._article_starts, pos, len(text)), pos + CONTEXT_SPAN)
        written = subcounty_mentions(text, pos, end, self.lex.place_strings)
        # (白沙镇长湾村: the title's level character closes a place's name, so it is no title's)
        if written and written[0].start < pos:
            return None
        found = {
            p.name
            for p in written
            if p.level == level
            and p.name.endswith(suffix)
            and p.name != suffix
            and not is_plain_word(p.name[: -len(suffix or p.level)])
        }
        return found.pop() if len(found) == 1 else None

    def _delegation_place(self, text: str, start: int, end: int) -> Place | None:
        """The place whose delegation's members are listed from `end` on (甲市党政代表团成员
        还有…, 考察团成员有：…), if the sentence opens that list."""
        m = _DELEGATION.search(text, max(start, end - 30), end) if self._delegations else None
        if m is None:
            return None
        head = m[1]
        for k in range(min(9, len(head)), 1, -1):
            places = self.lex.places_named(head[-k:], self._year)
            if places and places[0].level in HOME_LEVELS:
                return places[0]
        return None

    def _town_after_removed_name(self, text: str, place: PlaceRef) -> PlaceRef:
        """免去王小明石门镇党委书记职务: the name relieved runs into the town's; the name is two
        or three characters (three when its last is common in given names), the town's at
        least two."""
        end = place.start + len(place.name) - 1  # where the level character stands
        removed = _REMOVED_RUN.search(text, max(0, end - 10), end)
        if removed is None:
            return place
        run = removed[1]
        if "同志" in run or "的" in run:  # (免去王五同志石门镇…: the name ends at 同志)
            return place
        for n in (3, 2):
            name, town = run[:n], run[n:]
            if len(town) < 2 or not self.names.plausible(name):
                continue
            if n == 3 and not self.names.given_common(name[2]):
                continue
            self._split_towns.add(removed.start(1) + n)
            return PlaceRef(removed.start(1) + n, town + place.name[-1], place.level)
        return place
