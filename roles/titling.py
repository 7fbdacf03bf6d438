"""Title groups: every title in a text, read into parts and joined into groups.

One pass of a prefix-factored regular expression finds every title in the lexicon (longest
surface at each position); titles built from their parts (a congress's committees, CPPCC
committees named in full, titles with 原 inside) are read beside it. Each title becomes a part
(its place written before it, an acting marker, its role), and parts joined by 、 (or a chain
of posts one person holds) form a group. The Matcher takes these rules as a mixin.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from roles.chars import LEVEL_CHARS, WordFinder, is_han, word_finder
from roles.dictionary import is_plain_word, is_word
from roles.lexicons import HOME_LEVELS, Lexicons, Title
from roles.name_rules import CONJUNCTIONS, INSTITUTIONS, PREPOSITION_SURNAMES
from roles.places import places_in
from roles.placing import (
    SHORT_NAMED_BODY_LEVELS,
    PlaceRef,
    opens_village_name,
    place_before,
    short_named_place,
    subcounty_name_before,
)
from roles.status import FORMAL_CPPCC, TERM_BEFORE, TERM_OF_ORGAN, chinese_number, latest_terms


@functools.lru_cache(maxsize=8)
def _title_finder(surfaces: tuple[str, ...]) -> WordFinder:
    return word_finder(surfaces)


def title_finder(lex: Lexicons) -> WordFinder:
    """Every title the lexicon writes, found longest first."""
    return _title_finder(tuple(sorted(lex.titles)))


@dataclass
class Part:
    title: Title
    start: int  # where the part starts, place and 代 included
    title_start: int
    end: int
    acting: bool
    place: PlaceRef | None
    role: str = ""
    jurisdiction: str | None = None
    home_level: str | None = None  # a bare title: the jurisdiction is the home's, at this level
    orphan: bool = False  # a continuing title (副主席, 秘书长) not joined by 、 to its organ
    local: str | None = None  # a bare title's: the place of its level its article names last

    def written_level(self) -> str | None:
        return self.place.level if self.place is not None else self.title.level

    def assign(self, title: Title) -> None:
        """Read the part as `title`, a more specific post than the one its text names."""
        self.title, self.role = title, title.role


# The continuing posts an institution has: its heads, and its party committee's deputies
INSTITUTION_HEADS = frozenset(
    {"院长", "副院长", "常务副院长", "校长", "副校长", "常务副校长", "园长", "副园长", "副书记"}
)


# Quotation marks and their closing marks, around a title (“第一书记”)
_OPENING_MARKS = {"“": "”", "‘": "’", "「": "」"}

# (房山区(代)区长: the marker in brackets, as lists of leaders print it)
ACTING_PREFIXES = ("（代理）", "(代理)", "（代）", "(代)", "代理", "代")


# 县政协第九届委员会主席, 县第十届政协委员会副主席, 民盟…第四届委员会主委: an organ named with
# its term (and a democratic party's committee, whose organ is not written)
_CPPCC_TERM = re.compile(
    r"([省市州县区旗盟])(?:(政协)(?:第?[一二三四五六七八九十]{1,3}届)?|第?[一二三四五六七八九十]{1,3}届"
    r"(政协)?)委员会"
)


_SUBCOUNTY_PREFIXES = ("村", "镇", "乡", "苏木", "嘎查")


# The eight democratic parties, as papers name them before their committees' posts.
DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")


# A congress's or CPPCC's committee, working committee or office, and its post
_ORGAN = r"([省市州县区旗盟])(人大常委会|人大|政协)"


_COMMITTEE = r"((?:(?![主副、，。；：\n])[\u4e00-\u9fff]){1,12}?(?:委员会|工委|委|办公室|研究室))"


_COMMITTEE_HEADS = "主任委员|副主任委员|常务副主任|副主任|主任"


_COMMITTEE_POST = re.compile(_ORGAN + _COMMITTEE + f"({_COMMITTEE_HEADS})")


# (县政协常委、农业农村委主任: after a post of its organ, without it)
_COMMITTEE_TAIL = re.compile(_COMMITTEE + f"({_COMMITTEE_HEADS})")


_COMMITTEE_POST_END = re.compile(f"(?:{_COMMITTEE_HEADS})$")


# The organ a post names: 县政协 in 县政协常委, 区人大常委会 in 区人大常委会副主任
ORGAN_IN = re.compile(_ORGAN)


# Surnames that are also function words or verbs (由县委常委…, 和副县长…, 任县长…)
# (and level characters: 区工委副书记, 市局党委书记)
_FUNCTION_SURNAMES = (
    PREPOSITION_SURNAMES | CONJUNCTIONS | frozenset("任时全曾强在对为是") | LEVEL_CHARS
)
# A bureau's party committee posts, as continuing posts (局党委书记 → 县公安局党委书记)
_BUREAU_PARTY_POSTS = {
    surface: Title(surface, surface, "+", "continuation", single, 2)
    for surface, single in (("党委书记", True), ("党委副书记", False), ("党委委员", False))
}
# What may stand before a bureau written alone: no character of a name, or a determiner
_BEFORE_BUREAU_ALONE = frozenset("由是我该本及和与")


def _runs_on(part: Part) -> bool:
    """Whether a continuing post may follow `part` with nothing between: a party committee's
    standing member and his portfolio (市委常委秘书长), as papers write them."""
    return part.role.endswith("委常委")


def _bureau_alone_before(text: str, at: int) -> bool:
    """Whether 局 written alone, the bureau an article is about, ends right before `at`
    (，局党委书记; 我局党委副书记), not the last character of a bureau's name (县公安局)."""
    if text[at - 1 : at] != "局":
        return False
    before = text[at - 2 : at - 1] or "。"
    return not is_han(before) or before in _BEFORE_BUREAU_ALONE


# the last character of an organ or body's name (市委组织部, 机关, 研究室, 站)
BODY_ENDS = frozenset("委部会局院府协办厅组团社校所站队处科关室联")  # (工商联, 妇联)


# ... but not the standing committee itself, nor the organ's party group
_NOT_COMMITTEES = ("常委会", "常务委员会", "党组", "机关党委")


_DETERMINERS = frozenset("我全本该各此两")


SHARING_DETERMINERS = frozenset("我本该")


_ACTING_INSIDE = ("代理", "代院长", "代检察长", "代主席")


def _find_all(text: str, word: str) -> list[int]:
    """Every position where `word` starts in `text` (str.find: a C loop)."""
    found = []
    i = text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def _youth_league_before(text: str, pos: int) -> bool:
    """共青团 or a lone 团 (after punctuation: ，团县委书记) stands right before `pos`."""
    return text.endswith("团", 0, pos) and (
        pos < 2 or not is_han(text[pos - 2]) or text.endswith("共青团", 0, pos)
    )


# A party committee's posts that the Youth League's committee has too (团县委副书记)
_LEAGUE_POSTS = re.compile(r"[省市州县区旗盟]委(?:书记|副书记|常委)")


# The centre's organs: 中央组织部部长, 中共中央宣传部副部长, 全国政协委员 are no local posts
_CENTRAL_ORGANS = ("中央", "国务院", "全国")


def _central_organ_before(text: str, pos: int) -> bool:
    """An organ of the centre (中央, 国务院, 全国) stands right before a title at `pos`."""
    return text.endswith(_CENTRAL_ORGANS, 0, pos)


# Posts that end a title, longest first: what is left is the organ (区人大常委会, 区委, 区政协).
# what a post's holder is in charge of, written between two of its posts (、分管农业工作的)
_PORTFOLIO_GAP = re.compile(r"(?:负责|分管|协助|主持)[\u4e00-\u9fff“”]{1,14}?工作的?")
# 镇党委副书记（挂职）、村第一书记: a note in brackets after a post, before the next
_NOTE_GAP = re.compile(r"[（(][\u4e00-\u9fff，,、]{1,10}[）)]、")
# what a department's name follows when it is its level's (县委宣传部, 市府办): no longer name
_ORGAN_OPENERS = frozenset(LEVEL_CHARS) | frozenset("委府")
_ORGAN_POSTS = tuple(
    sorted(
        (
            "党组书记",
            "党组副书记",
            "党组成员",
            "党委书记",
            "党委副书记",
            "党委委员",
            "局长",
            "副局长",
            "院长",
            "副院长",
            "检察长",
            "副检察长",
            "常务副主任",
            "副主任",
            "主任",
            "常务副主席",
            "副主席",
            "主席",
            "副书记",
            "书记",
            "常委",
            "委员",
            "秘书长",
            "部长",
            "副部长",
            "政委",
            "审判员",
            "审判委员会委员",
            "审委会委员",
            "检察员",
            "检察委员会委员",
            "检委会委员",
        ),
        key=len,
        reverse=True,
    )
)


# the levels of an intermediate court's place (湛江 + 中院: a prefecture's)
_INTERMEDIATE_COURT_LEVELS = ("市", "州", "地区", "盟")


def _acting_before(text: str, start: int) -> tuple[bool, int]:
    for prefix in ACTING_PREFIXES:
        if text.startswith(prefix, start - len(prefix)):
            return True, start - len(prefix)
    return False, start


class TitleRules:
    """The title-group rules of `roles.matching.Matcher` (a mixin)."""

    # -- title groups --

    def _title_matches(self, text: str) -> list[tuple[int, int, str]]:
        """Every title as (start, end, surface), in order: as the lexicon writes it, and with a
        congress's term between the level and the organ (区十五届人大常委会主任 is
        区人大常委会主任)."""
        found = [(start, end, text[start:end]) for start, end in self.titles.spans(text)]
        self._formal_places, self._terms, self._latest = {}, {}, {}
        self._former_inside = set()
        if "原" in text and (former := self._former_inside_titles(text)):
            # 市委组织部原副部长: the organ and the post around 原 make one title
            found = sorted(
                [f for f in found if not any(a <= f[0] < b for a, b, _ in former)] + former
            )
        termed_text = "届" in text
        if termed_text:
            self._latest = latest_terms(text)
        # (常山县政协委员会主席: the committee named in full with or without its term)
        if (
            "委员会" in text
            and (termed_text or "政协" in text or "政治协商会议" in text)
            and (formal := self._formal_cppcc_titles(text))
        ):
            # the committee's own posts inside the span (主席) are part of it
            found = sorted(
                [f for f in found if not any(a <= f[0] < b for a, b, _ in formal)] + formal
            )
        if "委" in text and ("人大" in text or "政协" in text):
            found = self._with_committee_titles(text, found)
        if not termed_text:
            return found
        termed = []
        for t in TERM_OF_ORGAN.finditer(text):
            organ = t[1] + text[t.end() : t.end() + 24]
            end = self.titles.end_at(organ, 0)
            if end > 1:
                termed.append((t.start(), t.end() + end - 1, organ[:end]))
                self._terms[t.start()] = chinese_number(t[2])
        if not termed:
            return found
        # the organ's own level-less title (人大常委会主任) is part of the termed one
        organs = {end - len(surface) + 1 for _, end, surface in termed}
        return sorted([f for f in found if f[0] not in organs] + termed)

    def _with_committee_titles(
        self, text: str, found: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The posts of a congress's or CPPCC's own committees and offices, which no lexicon
        can list (县人大法制委员会主任委员, 市政协提案委员会主任, 区人大常委会选联工委副主任):
        read from how they are built, and kept in place of the titles found inside them."""
        extra = []
        # (matched where an organ is written, not searched for over the whole text)
        starts = sorted(
            i - 1
            for organ in ("人大", "政协")
            for i in _find_all(text, organ)
            if i and text[i - 1] in LEVEL_CHARS
        )
        for at in starts:
            m = _COMMITTEE_POST.match(text, at)
            if m is None:
                continue
            surface = m[0]
            if surface in self.lex.titles or m[3].startswith(_NOT_COMMITTEES):
                continue
            if surface not in self._committee_titles:
                self._committee_titles[surface] = self._committee_title(surface, m[1], m[2], m[4])
            extra.append((m.start(), m.end(), surface))
        # 县政协常委、农业农村委主任: a committee written after a post of its organ, without it
        for end, organ_title in sorted(
            {end: surface for _, end, surface in [*found, *extra]}.items()
        ):
            organ = ORGAN_IN.match(organ_title)
            m = _COMMITTEE_TAIL.match(text, end + 1) if text.startswith("、", end) else None
            if (
                organ is None
                or m is None
                or text[m.start()] in LEVEL_CHARS
                or m[1].startswith(_NOT_COMMITTEES)
            ):
                continue
            surface = organ[0] + m[0]
            if surface in self.lex.titles:
                continue
            if surface not in self._committee_titles:
                self._committee_titles[surface] = self._committee_title(
                    surface, organ[1], organ[2], m[2]
                )
            extra.append((m.start(), m.end(), surface))
        if not extra:
            return found
        kept = [f for f in found if not any(a <= f[0] < b for a, b, _ in extra)]
        return sorted(kept + extra)

    @staticmethod
    def _committee_title(surface: str, level: str, organ: str, post: str) -> Title:
        return Title(
            surface=surface,
            role=surface,
            level=level,
            institution="congress" if organ.startswith("人大") else "cppcc",
            single=post in ("主任", "主任委员", "常务副主任"),
            tier=2,
        )

    def _title(self, surface: str) -> Title:
        return self.lex.titles.get(surface) or self._committee_titles[surface]

    def _former_inside_titles(self, text: str) -> list[tuple[int, int, str]]:
        """市委组织部原副部长, 县人大常委会原主任: a post written with 原 between its organ and
        its head, as the title without it; the post is a former one."""
        found = []
        at = text.find("原")
        titles = self.lex.titles
        while at > 0:
            # (原则, 原来: only after the last character of an organ is 原 inside a title)
            if text[at - 1] not in BODY_ENDS:
                at = text.find("原", at + 1)
                continue
            best = max(
                (
                    (k + m, k, m)
                    for k in range(2, min(10, at) + 1)
                    for m in range(2, 7)
                    if (t := titles.get(text[at - k : at] + text[at + 1 : at + 1 + m]))
                    and not t.blocker
                ),
                default=None,
            )
            if best is not None:
                _, k, m = best
                found.append((at - k, at + 1 + m, text[at - k : at] + text[at + 1 : at + 1 + m]))
                self._former_inside.add(at - k)
            at = text.find("原", at + 1)
        return found

    def _formal_cppcc_titles(self, text: str) -> list[tuple[int, int, str]]:
        """Posts of a CPPCC committee named in full, as the post of its place's level
        (政协天水市麦积区第八届委员会副主席 → 区政协副主席 of 麦积区); the place is kept for
        _parts."""
        found = []
        for m in FORMAL_CPPCC.finditer(text):
            written = m[1] or m[2]
            places = places_in(self.lex, written, self._year)
            place = places[-1] if places else None
            if place is None or not written.endswith((place.name, place.short or place.name)):
                continue
            level = place.level if place.level in HOME_LEVELS else place.name[-1]
            organ = level + "政协" + text[m.end() : m.end() + 8]
            end = self.titles.end_at(organ, 0)
            if end <= len(level) + 2:
                continue
            surface = organ[:end]
            self._formal_places[m.start()] = PlaceRef(m.start(), place.name, place.level, place)
            found.append((m.start(), m.end() + end - len(level) - 2, surface))
        # 白河县政协第九届委员会主席: the term between the organ and the post; the place before
        # the level character is read as for any title
        # (民盟衢州市第四届委员会主委: a democratic party's committee, likewise)
        for m in _CPPCC_TERM.finditer(text):
            cppcc = m[2] or m[3]  # (县第十届政协委员会副主席: the term may come first)
            organ = m[1] + (cppcc or "委会")
            surface = organ + text[m.end() : m.end() + 8]
            end = self.titles.end_at(surface, 0)
            if end > len(organ) and (cppcc or "主委" in surface[:end]):
                found.append((m.start(), m.end() + end - len(organ), surface[:end]))
        return found

    def _parts(self, text: str) -> list[Part]:
        parts = []
        termed = "届" in text
        for found_at, found_end, surface in self._title_matches(text):
            title = self._title(surface)
            if title.blocker:
                continue
            # 名誉副县长, 名誉村长: an honour, no post
            if text.endswith("名誉", 0, found_at):
                continue
            # 由局党委书记、局长甲任组长: a bureau's party committee written after 局 alone is
            # the committee of the bureau its article names, a continuing post as 党组书记 is
            if surface in _BUREAU_PARTY_POSTS and _bureau_alone_before(text, found_at):
                title = _BUREAU_PARTY_POSTS[surface]
            # 我市长寿老人, 全县长效机制: the level character belongs to 我市, 全县
            # (but 我县政协主席, 该县人大常委会主任: the level character is both the
            # determiner's and the title's, when the rest is a title too)
            if (
                surface[0] in LEVEL_CHARS
                and text[found_at - 1 : found_at] in _DETERMINERS
                and not (
                    text[found_at - 1] in SHARING_DETERMINERS
                    and self.titles.end_at(text, found_at + 1) >= 0
                )
            ):
                continue
            # 重庆市长寿区, 湖南省长沙市: the title's last character opens a place's full name
            if any(
                text[found_end - 1 : found_end - 1 + k] in self.lex.place_names for k in (3, 4, 5)
            ) or opens_village_name(text, found_end - 1):
                continue
            start = found_at
            # 尹家村 + 党支部书记, not 尹家 + 村党支部书记: towns and villages are written in full.
            # (敖包 + 苏木党委书记 likewise)
            cut = next((len(w) for w in _SUBCOUNTY_PREFIXES if title.surface.startswith(w)), 0)
            rest = self.lex.titles.get(title.surface[cut:]) if cut else None
            shared_town = None
            if (
                rest
                and not rest.blocker
                and rest.level != "+"  # (镇组织委员: the town's own portfolio, not a continuation)
                and rest.role != "书记"  # (丰收村书记: the village's, not a bare 书记)
                and subcounty_name_before(text, start) is not None
            ):
                title, start = rest, start + cut
            elif (
                cut
                and title.level in ("镇", "乡", "村")
                and title.surface.startswith(title.level)
                and text[start - 1 : start] != title.level  # (石门镇镇长: the town's own 镇)
                and len(title.surface) > 2  # (颁发镇长证书: 镇长 is read whole, as it was)
            ):
                # 石门镇委书记, 汪棚镇组织委员, 丰收村支书: the place's level character opens
                # the title too
                town = subcounty_name_before(text, start)
                # (代表镇组织委员: a word other than a noun is no town's name here)
                if town is not None and town < start and not is_plain_word(text[town:start]):
                    shared_town = PlaceRef(town, text[town : start + cut], title.level)
            title_start = start
            acting, start = _acting_before(text, start)
            # 市委代理书记, 区人民法院代院长: the marker inside the title
            acting = acting or any(m in title.surface for m in _ACTING_INSIDE)
            if acting and title.institution == "government":  # 政府代旗长: 政府 is the title's
                start -= next(
                    (len(g) for g in ("人民政府", "政府") if text.endswith(g, 0, start)), 0
                )
                if text[start - 1 : start] == title.level and text.startswith(
                    ("人民政府", "政府"), start
                ):
                    start -= 1  # 旗人民政府代旗长, 旗政府代理旗长
            # 双城区人民政府发改局局长: a department of the government written out before it;
            # the level before 人民政府 is the department's (区发改局局长), sharing its character
            # with the place as 双城区发改局局长 does
            if title.level == "-" and title.institution == "government":
                gov = next((len(g) for g in ("人民政府", "政府") if text.endswith(g, 0, start)), 0)
                levelled = self.lex.titles.get(text[start - gov - 1 : start - gov] + title.surface)
                if gov and levelled is not None and not levelled.blocker:
                    title, start = levelled, start - gov - 1
            if title.level in ("镇", "乡") and title.institution == "government":
                # 柳溪镇人民政府镇长: the town before its government
                start -= next(
                    (len(g) for g in ("人民政府", "政府") if text.endswith(g, 0, start)), 0
                )
            # 官屯镇第十九届人民政府镇长, 草塘镇第十八届人大主席: the term between the place
            # and its organ
            term = TERM_BEFORE.search(text, max(0, start - 6), start) if termed else None
            if term is not None and text[term.start() - 1 : term.start()] in self._place_ends:
                start = term.start()
            # 青山村“第一书记”宁志坚: quotation marks around a title are typography; the place,
            # the chain and the name are read past them
            quoted = (
                text[start - 1 : start] in _OPENING_MARKS
                and text[found_end : found_end + 1] == _OPENING_MARKS[text[start - 1]]
            )
            place = (
                shared_town
                or self._formal_places.get(found_at)
                or place_before(text, start - quoted, title, self.lex, self._year)
            )
            if place is None and (short := self._body_of_short_name(text, start, title)):
                title, place = short
            if place is not None and place.place is None and place.level in ("镇", "乡"):
                place = self._town_after_removed_name(text, place)
            # 副书记代志华县政协副主席, 县长田兴国县人大…: a place that starts inside a
            # three-character name right after the title before it is the name's: one character
            # after the title (no name has one), or a one-character county (华县) two after it
            # (not after a particle or a verb there: 和柯城区委书记, 区长任缙云县委书记)
            if place is not None and parts and (gap := place.start - parts[-1].end) in (1, 2):
                name = text[parts[-1].end : parts[-1].end + 3]
                if (
                    (
                        (gap == 1 and self.names.end_strength(text, parts[-1].end) <= 1)
                        or (gap == 2 and len(place.name) == 2)
                    )
                    and name[0] in self.lex.surnames
                    and self.names.plausible(name)
                ):
                    place = None
            if place is not None:
                start = place.start
            # 共青团金华市委书记, 团县委书记, 北川团县委副书记: the Youth League's committee, a
            # post of its own (团县委书记), not the party's
            league = _youth_league_before(text, start)
            if not league and place is None and text.endswith("团", 0, start) and start > 1:
                # the place as if 团 were not there, so that it shares the title's level (北川
                # + 县委): a window of the text without the 团
                lo = max(0, start - 1 - 20)
                window = text[lo : start - 1] + text[start : start + len(title.surface)]
                written = place_before(window, start - 1 - lo, title, self.lex, self._year)
                if written is not None and written.place is not None:
                    place = dataclasses.replace(written, start=written.start + lo)
                    start, league = place.start, True
            if league:
                if title.institution != "party" or not _LEAGUE_POSTS.fullmatch(title.role):
                    continue
                title = dataclasses.replace(
                    title, role="团" + title.role, institution="mass-organisation"
                )
                start -= 3 if text.endswith("共青团", 0, start) else 1 if place is None else 0
            if place is None and title.level == "-" and _central_organ_before(text, start):
                continue
            # 自治区卫健委某处处长: a district's title read inside a region's name, whose own post
            # the lexicon does not list
            if place is None and title.surface[0] == "区" and text.endswith("自治", 0, start):
                continue
            # 中宣部宣传教育局副局长: a department whose first character makes a word with the
            # one before it (传教) ends a longer body's name; it is no department of the home
            if (
                place is None
                and title.level == "-"
                and start > 0
                and text[start - 1] not in _ORGAN_OPENERS
                and (
                    is_word(text[start - 1 : start + 1])
                    # (企业妇联主席, 协会工商联…: a mass organisation of a body written before
                    # it, not of a place)
                    or (title.institution == "mass-organisation" and is_han(text[start - 1]))
                )
            ):
                continue
            if place is not None and not acting:  # 代理衢州市市长: the marker before the place
                acting, start = _acting_before(text, start)
            role = title.role
            if title.institution == "democratic-party":  # 民进绍兴市委会主委: the party first
                party = next((p for p in DEMOCRATIC_PARTIES if text.endswith(p, 0, start)), "")
                role, start = party + role, start - len(party)
            if title.level == "+":  # 区人大常委会党组书记、常务副主任: only inside a compound
                prev = parts[-1] if parts else None
                # (县政协党组成员、代秘书长: the acting marker between the 、 and the post)
                marked, marker_at = _acting_before(text, found_at)
                # 县人民医院院长, 县第一中学校长: the head of the institution written before it
                if title.surface in INSTITUTION_HEADS and text.endswith(INSTITUTIONS, 0, marker_at):
                    parts.append(
                        Part(title, marker_at, found_at, found_end, marked, None, title.role)
                    )
                    continue
                # (市委常委秘书长甲: a standing committee's member and his portfolio, run on)
                run_on = prev is not None and prev.end == marker_at and _runs_on(prev)
                if not run_on and (
                    prev is None or prev.end != marker_at - 1 or text[prev.end] != "、"
                ):
                    # 区政协主席金立，副主席严方: the organ is the previous person's, if any
                    # (…及代秘书长丙: acting, the marker before the post)
                    acting, start = _acting_before(text, found_at)
                    parts.append(
                        Part(title, start, found_at, found_end, acting, None, "", orphan=True)
                    )
                    continue
                # an unknown composite keeps the group together but states no post
                role = self._continued_role(prev.role, title.surface) if prev.role else None
                # 自治区党委常委、常务副主席: after a region's party post, its government's
                if role is None and prev.title.surface.startswith("自治区"):
                    regional = self.lex.titles.get("自治区" + title.surface)
                    if regional is not None and regional.institution == "government":
                        role = regional.surface
                # 医院党委书记、院长甲: the next post of the institution before the chain
                if (
                    role is None
                    and title.surface in INSTITUTION_HEADS
                    and text.endswith(INSTITUTIONS, 0, self._chain_start(text, parts))
                ):
                    role = title.role
                # (副院长、代理院长: the acting marker is the continuing post's own)
                acting = marked or any(m in title.surface for m in _ACTING_INSIDE)
                if role:  # the specific post's tier and single-holder flag, not 主任's
                    title = self._title(role)
                    role = title.role
                parts.append(Part(title, marker_at, found_at, found_end, acting, None, role or ""))
                continue
            if role == "书记":  # 衢州书记: a bare 书记 names the party secretary of its place
                if place is None and text[start - 1 : start] == "委":
                    continue  # 县(市、区)委书记: a committee's secretary, its place not written
                if place is None or place.level not in HOME_LEVELS:
                    parts.append(Part(title, start, title_start, found_end, acting, None, role))
                    continue
                role = f"{place.level}委书记"
            if quoted:
                start, found_end = min(start, title_start - 1), found_end + 1
            parts.append(Part(title, start, title_start, found_end, acting, place, role))
        return parts

    def _body_of_short_name(
        self, text: str, start: int, title: Title
    ) -> tuple[Title, PlaceRef] | None:
        """武进 + 人民检察院检察长, 东阳 + 公安局局长, 湛江 + 中院院长: a court, procuratorate or
        department written after its county's or city's short name, without its level; the
        place's level makes the post (区人民检察院检察长, 市公安局局长, 市中院院长)."""
        surface = title.surface
        # 衢州 + 中院副院长: a short name ending in 州 is read as a prefecture's level at first
        if (
            surface[0] == "州"
            and start > 0
            and (rest := self.lex.titles.get(surface[1:])) is not None
            and any(p.level == "市" for p in self.lex.places_short(text[start - 1] + "州"))
        ):
            title, surface, start = rest, surface[1:], start + 1
        intermediate = surface.startswith(("中院", "中级"))
        if title.institution not in ("court", "procuratorate", "government") or not (
            title.level == "-" or intermediate
        ):
            return None
        levels = _INTERMEDIATE_COURT_LEVELS if intermediate else SHORT_NAMED_BODY_LEVELS
        found = short_named_place(self.lex, text, start, levels, self._year, intermediate)
        if found is None:
            return None
        at, place = found
        levelled = self.lex.titles.get(place.level + surface)
        if levelled is None or levelled.blocker:
            return None
        return levelled, PlaceRef(at, place.name, place.level, place)

    def _addressed(self, text: str, part: Part) -> bool:
        """Whether `part` is a title a lone surname before it makes a way of address (陆县长,
        王书记): the surname right before it, and a word or punctuation before the surname."""
        at = part.start
        surname = text[at - 1 : at]
        # (会议由县委常委、…: a surname that is also a function word, 由 or 向, is that word)
        if (
            part.place is not None
            or surname not in self.lex.surnames
            or surname in _FUNCTION_SURNAMES
            or not self.names.common_surname(surname)
        ):
            return False
        before = text[at - 2 : at - 1]
        return not is_han(before or "。") or is_word(text[at - 3 : at - 1])

    @staticmethod
    def _chain_start(text: str, parts: list[Part]) -> int:
        """Where the chain of posts joined by 、 that ends with the last of `parts` starts."""
        at = len(parts) - 1
        while (
            at > 0 and parts[at - 1].end == parts[at].start - 1 and text[parts[at - 1].end] == "、"
        ):
            at -= 1
        return parts[at].start

    def _continued_role(self, previous: str, surface: str) -> str | None:
        """区人大常委会党组书记 + 常务副主任 → 区人大常委会常务副主任, if that is a known post
        (the surface of its title: 区政协 + 常务委员 is the title of the post 区政协常委)."""
        # (省法院副院长 + 代理院长: the continuing post's own role, 院长, where the organ has no
        # acting form of its own)
        continuing = self.lex.titles.get(surface)
        posts = (surface,)
        if continuing is not None and continuing.level == "+" and continuing.role != surface:
            posts = (surface, continuing.role)
        for suffix in _ORGAN_POSTS:  # the longest that names a known post (县教体局 + 党委书记)
            if previous.endswith(suffix):
                for post in posts:
                    role = previous[: -len(suffix)] + post
                    title = self.lex.titles.get(role)
                    if title is not None and not title.blocker and title.level != "+":
                        return role
        # 经开区党工委委员、副主任: a zone's working committee and its management committee
        # are one body; the next post is the committee's
        zone = self.lex.titles.get(previous)
        if zone is not None and zone.level == "开发区" and zone.institution == "party":
            managing = self.lex.titles.get("管委会" + surface)
            if managing is not None and managing.level == "开发区" and not managing.blocker:
                return managing.role
        # 镇长乙，副书记丙: a party post after a government's is of its place's party committee
        head = self.lex.titles.get(previous) if surface in ("副书记", "书记") else None
        if head is not None and head.institution == "government" and head.level in LEVEL_CHARS:
            for role in (head.level + "委" + surface, "党委" + surface):
                title = self.lex.titles.get(role)
                if title is not None and not title.blocker and title.level == head.level:
                    return role
        # 副镇长乙，组织委员丙: a town party committee's portfolio after any of the town's posts
        town = self.lex.titles.get(previous)
        if town is not None and town.level in ("镇", "乡") and not town.blocker:
            portfolio = self.lex.titles.get("党委" + surface)
            if portfolio is not None and portfolio.level == "镇" and not portfolio.blocker:
                return portfolio.role
        # 县政协农业农村委主任甲，副主任乙: a committee read from how it is built
        committee = self._committee_titles.get(previous)
        post = _COMMITTEE_POST_END.search(previous) if committee is not None else None
        if committee is not None and post is not None and _COMMITTEE_POST_END.fullmatch(surface):
            role = previous[: post.start()] + surface
            if role not in self._committee_titles:
                organ = ORGAN_IN.match(role)
                self._committee_titles[role] = self._committee_title(
                    role, committee.level, organ[2] if organ else "政协", surface
                )
            return role
        return None

    def _groups(self, parts: list[Part], text: str) -> list[list[Part]]:
        """Titles joined by 、 belong to one person: 区委副书记、代区长; but after 分别任 each
        title with a place of its own is another person's (分别任甲县委书记、乙市委书记)."""
        groups: list[list[Part]] = []
        for part in parts:
            if (
                groups
                # 副县长兼…主任; 市委常委政法委书记: no name stands between two titles;
                # 州委常委州政法委书记: nor a level character before a post of no level
                and (
                    # (县委常委、提名副县长人选甲: the nominated post is the chain's last)
                    (gap := text[groups[-1][-1].end : part.start]) in ("、", "兼", "、提名")
                    # (区委常委、负责政府常务工作的副区长甲: the portfolio between two posts)
                    or (gap[:1] == "、" and _PORTFOLIO_GAP.fullmatch(gap, 1) is not None)
                    or (gap[:1] in ("（", "(") and _NOTE_GAP.fullmatch(gap) is not None)
                    # (县人大常委会主任副主任甲: a continuing post run on is a slip, not a chain)
                    or (
                        part.start == groups[-1][-1].end
                        and (part.title.level != "+" or _runs_on(groups[-1][-1]))
                    )
                    or (gap in LEVEL_CHARS and len(gap) == 1 and part.title.level == "-")
                    # (州委副书记、州政法委书记: the level written again after 、)
                    # (乡党委副书记、乡人民政府乡长: and before the government's formal name)
                    or (
                        len(gap) == 2
                        and gap[0] == "、"
                        and gap[1] in LEVEL_CHARS
                        and (
                            part.title.level == "-"
                            or (
                                gap[1] == part.title.level
                                and text.startswith(("人民政府", "政府"), part.start)
                            )
                        )
                    )
                )
                and not (
                    part.place is not None
                    and self._respective
                    and self._respective_before(text, part.start) is not None
                )
                # (县政府陆县长、县法院院长甲: a surname and a title address one person; the
                # posts after 、 are the next person's)
                and not (len(groups[-1]) == 1 and self._addressed(text, groups[-1][0]))
            ):
                groups[-1].append(part)
            else:
                groups.append([part])
        return groups
