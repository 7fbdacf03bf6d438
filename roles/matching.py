"""Matching: officials' titles and names in repaired issue text, as mentions.

One pass of a prefix-factored regular expression finds every title in the lexicon (longest
surface at each position). Around each title the matcher reads, from the raw characters:
the place written before it (`roles.placing`), an acting marker (代区长), the titles joined to
it by 、, whose place a bare title is (the list, the passage, the paper's home), the names
(`roles.names`): after the titles (区领导A、B、C等参加), before them (A、B等区领导; X当选为…书记;
X，现任…), paired in order after 分别任, or on the next line of a caption; and the status
(current, former, designate, dated). Whose post it is when no name stands by the title (the
subject of a clause, a passage or a résumé) is read by `roles.subjects`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from roles import reading
from roles.chars import LEVEL_CHARS, WordFinder, fold_punctuation, is_han, word_finder
from roles.lexicons import HOME_LEVELS, Lexicons, Place, Title
from roles.names import (
    CONJUNCTIONS,
    NON_PLACE_BODIES,
    OFFICE_HEAD,
    OFFICE_TITLE,
    NameReader,
    canonical_name,
    is_common_word,
    is_plain_word,
    is_word,
    starts_word,
)
from roles.places import placed_in, places_in
from roles.placing import (
    ZONE_SUFFIXES,
    Passage,
    PlaceRef,
    place_before,
    same_paragraph,
    subcounty_mentions,
    subcounty_name_before,
)
from roles.status import (
    FORMAL_CPPCC,
    NAMED_FOR,
    REMOVED,
    TERM_BEFORE,
    TERM_OF_ORGAN,
    StatusRules,
    chinese_number,
    latest_terms,
    nominated_in_chain,
)
from roles.subjects import (
    BEFORE_NAME,
    CLAUSE_END,
    LEADING_NAME,
    SubjectRules,
    clause_start,
)

# --- the title scanner ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _title_finder(surfaces: tuple[str, ...]) -> WordFinder:
    return word_finder(surfaces)


def title_finder(lex: Lexicons) -> WordFinder:
    """Every title the lexicon writes, found longest first."""
    return _title_finder(tuple(sorted(lex.titles)))


# --- mentions ------------------------------------------------------------------------------------

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


@dataclass
class _Part:
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


# (房山区(代)区长: the marker in brackets, as lists of leaders print it)
ACTING_PREFIXES = ("（代理）", "(代理)", "（代）", "(代)", "代理", "代")


# 县政协第九届委员会主席, 县第十届政协委员会副主席, 民盟…第四届委员会主委: an organ named with
# its term (and a democratic party's committee, whose organ is not written)
_CPPCC_TERM = re.compile(
    r"([省市州县区旗盟])(?:(政协)(?:第?[一二三四五六七八九十]{1,3}届)?|第?[一二三四五六七八九十]{1,3}届"
    r"(政协)?)委员会"
)
# 丙、丁两位同志 (为副镇长): the count and 同志 after the names of an election's clause
_COMRADES = re.compile(r"(?:等?[一二两三四五六七八九十\d]{1,3}[位名])?同志$")
# …主席，乙、丙为副主席: more names elected, then 为 and a post of the same organ
_ELECTED_NEXT = re.compile(r"[，,；;](?:[\u4e00-\u9fff·]{2,8}[、和及])*[\u4e00-\u9fff·]{2,8}为")
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
_ORGAN_IN = re.compile(_ORGAN)
# the last character of an organ or body's name (市委组织部, 机关, 研究室, 站)
_BODY_ENDS = frozenset("委部会局院府协办厅组团社校所站队处科关室")
# what names a place for the bare titles after it: a congress's session (group 1), or a verb
# of moving
_PLACE_GIVERS = re.compile(
    r"(第?[一二三四五六七八九十]{1,3}届(?:人民代表大会|人大))|调至|调往|调入|调到|交流到|调任到|"
    r"被派往|派往|来到"
)
_COUNTED = re.compile(r"[\d一二两三四五六七八九十几数多][名位个]")
# ... but not the standing committee itself, nor the organ's party group
_NOT_COMMITTEES = ("常委会", "常务委员会", "党组", "机关党委")
_DETERMINERS = frozenset("我全本该各此两")
_SHARING_DETERMINERS = frozenset("我本该")
# Bodies whose own party committee a bare town-level title after them belongs to
_BODIES_BEFORE_TITLE = (
    *NON_PLACE_BODIES,
    *("学校", "中学", "小学", "卫生院", "研究院", "研究所", "合作社", "工厂"),
    *("”", "」", '"'),  # (市“两新”党工委书记: a quoted name is a body's, not a place's)
)
_ACTING_INSIDE = ("代理", "代院长", "代检察长", "代主席")
# (分别以全票当选为…: the votes between 分别 and its verb)
_RESPECTIVELY = re.compile(
    r"分别(?:以(?:\d+|全)票|全票|高票)?(?:担任|出任|任|为|当选为|当选|辞去|不再担任)"
)
_CHAIN_GAP = re.compile(r"[、和及与]?")
_LIST_GAP = re.compile(r"[，、；;及和与以\s]*")
_CONTINUE_SEPARATORS = frozenset({"，", "、", "及", "和", "与", "以及", "；", "率", "率领", "带领"})
CONTEXT_SPAN = 3000  # how far back in its article a bare 村/镇 title looks for its place
_SUBJECT_VERBS = re.compile(
    r"(?:当选为|当选|担任|出任|升任|改任|兼任|调任|接任|就任|任命为|被任命为|代理|辞去|履新|决定为|决定其为|任)$"
)
# what lies between the name and the post of a profile line: a birth date, a native place
_PROFILE_LINE = re.compile(r"\d{2,4}年?\d{0,2}月?(?:出)?生|籍贯|人[，,]")
_PARTY_PREFIXES = ("中国共产党", "中共")


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


def _party_start(text: str, start: int) -> int:
    for prefix in _PARTY_PREFIXES:
        if text.startswith(prefix, start - len(prefix)):
            return start - len(prefix)
    return start


# Posts that end a title, longest first: what is left is the organ (区人大常委会, 区委, 区政协).
_ORGAN_POSTS = tuple(
    sorted(
        (
            "党组书记",
            "党组副书记",
            "党组成员",
            "党委书记",
            "党委副书记",
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
# The party's working committees, which govern subdistricts and zones alike
_WORKING_COMMITTEES = ("党工委", "纪工委", "监察工委")
_UNKNOWN_TITLE = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:局长|主任|部长|院长|检察长|行长|校长|社长|所长|站长|队长|"
    r"董事长|总经理|总裁|理事长|会长|书记|主席|委员|总指挥|指挥长|组长|团长|司令员|政委|台长|馆长|"
    r"总编辑|总督察|处长)"
)
# … and one of a chain of them, ending at its first post head (州脱贫攻坚领导小组副组长、
# 州脱贫攻坚办主任; 援藏工作队总领队; 工作专班召集人)
_UNKNOWN_POST = re.compile(
    # (…援疆指挥部党委书记、指挥长甲: a head of three characters may stand alone)
    r"(?:副指挥长|指挥长|总指挥(?!部)|总领队|总督察)"
    r"|[\u4e00-\u9fff]{2,30}?(?:副组长|组长|副指挥长|指挥长|总指挥|常务副主任|副主任|主任|总领队|"
    r"领队|召集人|副局长|局长|副书记|书记|队长|站长|所长|台长|馆长|总编辑|总督察|处长)"
    # (…副秘书长、二级巡查员甲: a grade, which is no post, between the post and the name)
    r"|[一二三四]级(?:巡视员|调研员|巡查员|主任科员)|副?(?:巡视员|调研员)"
)
# An appositive list's item: 王五，龙游县委书记、二级巡视员；
_APPOSITIVE_TAIL = re.compile(r"(?:、[\u4e00-\u9fff]{2,12})*(?:[；;。\n]|$)")
_APPOSITIVE_OPENERS = frozenset("；;：:。\n是")
_SEX_MARKS = ("(女)", "（女）", "(男)", "（男）")
_SEX_AFTER_NAME = ("，男", "，女", ",男", ",女")
# 任 in these words qualifies the title that follows rather than being a verb with a subject.
# ... and these also follow their subject: 王五现任衢州市长.
_SUBJECT_ADJECTIVES = ("现任", "历任", "曾任", "时任", "原任")
# (…向新当选镇长乙表示祝贺: 新当选 describes the post, whose holder's name follows it; 候任区长甲:
# the designated head)
_TITLE_ADJECTIVES = (
    *("前任", "时任", "拟任", "原任", "现任", "新任", "继任", "首任", "历任", "曾任"),
    *("候任", "新当选"),
)
_DELEGATION = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:党政)?(?:代表团|考察团|调研组|客人)(?:主要)?(?:成员)?"
    r"(?:还有|有|包括|是|为)?[：:]?$"
)
_NEW_TERM = re.compile(r"(?:新一届|新一任|第?[一二三四五六七八九十]{1,3}届)$")
_EARLIER_VERBS = ("此前任", "之前任", "以前任", "先前任")
_LISTING_VERBS = re.compile(
    r"(?:曾任|曾担任|曾经担任|历任|此前任|此前担任|之前任|之前担任|先后任|先后担任|先后出任|拟任|"
    r"此前是|之前是)$"
)
# 王五现任甲市副秘书长，乙区区委副书记、区长。: the present posts a résumé lists after 现任
_PRESENT_LISTING = re.compile(r"(?:现任|现为|现担任)$")
_NAMING_VERB = re.compile("提名|推荐|任命|选举|补选|决定|同意|免去|免除|辞去")
# After a title, before the name: the post is the one the person is nominated for.
_NOMINEES = ("候选人提名人选", "提名人选", "候选人", "人选")
# Titles that may also follow a name: 王五区长, 王五书记, 徐市长.
_AFTER_NAME = frozenset(
    {"省长", "市长", "州长", "县长", "区长", "旗长", "盟长", "镇长", "乡长", "书记"}
    # 李四副区长出席, 孙八方常务副县长作表态发言: deputies too
    | {"副省长", "副市长", "副州长", "副县长", "副区长", "副旗长", "副镇长", "副乡长"}
    | {"常务副市长", "常务副县长", "常务副区长", "常务副旗长"}
)
# what stands where a name would, right after a title: a preposition opening the clause's
# predicate (副县长向会议报告, 副县长在会上讲话)
_PREPOSITIONS = frozenset("向在对为与就从到给把被将由")
_VILLAGE_AFTER = re.compile(r"长[\u4e00-\u9fff]{1,2}村")  # the 长 of 镇长 opening a village
BEFORE_NAME_OR_DE = frozenset(BEFORE_NAME | {"的"})  # (分管工业的丁六副县长)
# what stands before a name that a post follows (县长率王五副县长, 局长甲和乙副局长)
_LEADS_OF_NAME = frozenset(BEFORE_NAME | {"率", "，", "、"})
# Heads whose organ may be written before the name and the post after it (市林业局赵六局长)
_HEADS_AFTER_NAME = frozenset(
    {"书记", "局长", "副局长", "厅长", "副厅长", "院长", "副院长", "检察长", "副检察长"}
    | {"部长", "副部长", "主任", "副主任", "主席", "副主席"}
)
# a post's qualifier in brackets: （主持工作）, (挂职), （正科级）; not a sex or an age (女, 45岁)
_QUALIFIER = re.compile(
    r"[（(](?:主持工作|主持全面工作|挂职|兼|正处级|副处级|正科级|副科级|试用期|援疆|援藏)[）)]"
)
# 名是 + a few characters of place before the posts: the copula's subject
_COPULA = re.compile(r"([\u4e00-\u9fff]{2,3})(?:同志)?(?:现在)?是[\u4e00-\u9fff]{0,12}$")
# 免去 + a name and a town's name run together, before the town's level character
_REMOVED_RUN = re.compile(r"(?:免去|免除|撤销)([\u4e00-\u9fff]{4,7})$")
# Verbs after which a name opens a clause (决定郑五副区长代理区长职务)
_VERBS_BEFORE_NAME = ("决定", "同意", "邀请", "欢迎", "感谢")


class Matcher(SubjectRules, StatusRules):
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
            organ = _ORGAN_IN.match(organ_title)
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
            if text[at - 1] not in _BODY_ENDS:
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

    def _parts(self, text: str) -> list[_Part]:
        parts = []
        termed = "届" in text
        for found_at, found_end, surface in self._title_matches(text):
            title = self._title(surface)
            if title.blocker:
                continue
            # 我市长寿老人, 全县长效机制: the level character belongs to 我市, 全县
            # (but 我县政协主席, 该县人大常委会主任: the level character is both the
            # determiner's and the title's, when the rest is a title too)
            if (
                surface[0] in LEVEL_CHARS
                and text[found_at - 1 : found_at] in _DETERMINERS
                and not (
                    text[found_at - 1] in _SHARING_DETERMINERS
                    and self.titles.end_at(text, found_at + 1) >= 0
                )
            ):
                continue
            # 重庆市长寿区, 湖南省长沙市: the title's last character opens a place's full name
            if any(
                text[found_end - 1 : found_end - 1 + k] in self.lex.place_names for k in (3, 4, 5)
            ):
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
                and subcounty_name_before(text, start) is not None
            ):
                title, start = rest, start + cut
            elif (
                cut
                and title.level in ("镇", "乡")
                and title.surface.startswith(title.level)
                and text[start - 1 : start] not in ("镇", "乡")  # (石门镇镇长: the town's own 镇)
                and len(title.surface) > 2  # (颁发镇长证书: 镇长 is read whole, as it was)
            ):
                # 石门镇委书记, 汪棚镇组织委员: the town's level character opens the title too
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
            place = (
                shared_town
                or self._formal_places.get(found_at)
                or place_before(text, start, title, self.lex, self._year)
            )
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
                if prev is None or prev.end != marker_at - 1 or text[prev.end] != "、":
                    # 区政协主席金立，副主席严方: the organ is the previous person's, if any
                    # (…及代秘书长丙: acting, the marker before the post)
                    acting, start = _acting_before(text, found_at)
                    parts.append(
                        _Part(title, start, found_at, found_end, acting, None, "", orphan=True)
                    )
                    continue
                # an unknown composite keeps the group together but states no post
                role = self._continued_role(prev.role, title.surface) if prev.role else None
                # (副院长、代理院长: the acting marker is the continuing post's own)
                acting = marked or any(m in title.surface for m in _ACTING_INSIDE)
                if role:  # the specific post's tier and single-holder flag, not 主任's
                    title = self._title(role)
                    role = title.role
                parts.append(_Part(title, marker_at, found_at, found_end, acting, None, role or ""))
                continue
            if role == "书记":  # 衢州书记: a bare 书记 names the party secretary of its place
                if place is None and text[start - 1 : start] == "委":
                    continue  # 县(市、区)委书记: a committee's secretary, its place not written
                if place is None or place.level not in HOME_LEVELS:
                    parts.append(_Part(title, start, title_start, found_end, acting, None, role))
                    continue
                role = f"{place.level}委书记"
            parts.append(_Part(title, start, title_start, found_end, acting, place, role))
        return parts

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
                organ = _ORGAN_IN.match(role)
                self._committee_titles[role] = self._committee_title(
                    role, committee.level, organ[2] if organ else "政协", surface
                )
            return role
        return None

    def _groups(self, parts: list[_Part], text: str) -> list[list[_Part]]:
        """Titles joined by 、 belong to one person: 区委副书记、代区长; but after 分别任 each
        title with a place of its own is another person's (分别任甲县委书记、乙市委书记)."""
        groups: list[list[_Part]] = []
        for part in parts:
            if (
                groups
                # 副县长兼…主任; 市委常委政法委书记: no name stands between two titles;
                # 州委常委州政法委书记: nor a level character before a post of no level
                and (
                    # (县委常委、提名副县长人选甲: the nominated post is the chain's last)
                    (gap := text[groups[-1][-1].end : part.start]) in ("、", "兼", "、提名")
                    # (县人大常委会主任副主任甲: a continuing post run on is a slip, not a chain)
                    or (part.start == groups[-1][-1].end and part.title.level != "+")
                    or (gap in LEVEL_CHARS and len(gap) == 1 and part.title.level == "-")
                    # (州委副书记、州政法委书记: the level written again after 、)
                    or (
                        len(gap) == 2
                        and gap[0] == "、"
                        and gap[1] in LEVEL_CHARS
                        and part.title.level == "-"
                    )
                )
                and not (
                    part.place is not None
                    and self._respective
                    and self._respective_before(text, part.start) is not None
                )
            ):
                groups[-1].append(part)
            else:
                groups.append([part])
        return groups

    # -- jurisdictions --

    def _resolve(
        self,
        group: list[_Part],
        text: str,
        article_start: int,
        topics: dict[str, str],
        passage: Passage | None = None,
        home_levels: frozenset[str] | None = None,
        listed_place: str | None = None,
    ) -> None:
        previous: _Part | None = None
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
                pass  # 师范学院党委书记, 某公司党委副书记: the body's own post, no town's
            else:
                part.jurisdiction = self._nearest_subcounty(text, article_start, part.start, level)
                # 党工委副书记、管委会副主任甲: a working committee governs a zone where no
                # subdistrict is named
                if part.jurisdiction is None and part.title.role.startswith("党工委"):
                    part.jurisdiction = self._nearest_subcounty(
                        text, article_start, part.start, "开发区"
                    )
            previous = part
            if (level_written := part.written_level()) not in ("-", "+"):
                written = level_written

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
        """The place of `level` written last before `pos` in its article (龙游县, 开化县委)."""
        named = self._named_places.get(level)
        if named is None:
            named = self._named_places[level] = self._places_named_in(text, level)
        at = bisect.bisect_left(named, (pos,)) - 1
        if at >= 0 and named[at][0] >= max(article_start, pos - CONTEXT_SPAN):
            return named[at][1]
        return None

    def _places_named_in(self, text: str, level: str) -> list[tuple[int, str]]:
        """Where each place of `level` the text writes in full ends, in order, and its name."""
        found = []
        end = text.find(level, 1)
        while end >= 0:
            for k in range(min(6, end + 1), 1, -1):
                name = text[end + 1 - k : end + 1]
                # 各乡镇和县直单位: 和 joins two nouns there; it is no county 和县
                if k == 2 and text[end - 1] in CONJUNCTIONS and is_han(text[end - 2 : end - 1]):
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
                # 各乡镇和县直单位: 和 joins two nouns there; it is no county 和县
                if k == 2 and text[end - 1] in CONJUNCTIONS and is_han(text[end - 2 : end - 1]):
                    continue
                for place in self.lex.places_named(text[end + 1 - k : end + 1], self._year):
                    if place.level == level:
                        return place.name
            end = text.rfind(level[-1], floor, end)
        return None

    def _continue_organ(self, part: _Part, text: str, last: tuple[int, _Part] | None) -> None:
        """副主席 after 区政协主席金立， or 及秘书长 after a list of 区政协副主席: the post of
        the previous person's organ, when only a comma or a conjunction stands between."""
        if last is None:
            self._continue_written_organ(part, text)
            return
        if not (
            text[last[0] : part.start] in _CONTINUE_SEPARATORS
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
        ):
            return
        previous = last[1]
        role = self._continued_role(previous.role, part.title.surface)
        if role:
            part.assign(self._title(role))
            part.jurisdiction, part.home_level = previous.jurisdiction, previous.home_level

    def _copula_subject(self, text: str, group: list[_Part]) -> tuple[int, str] | None:
        """The name opening a clause `名是…<posts>` whose posts end it."""
        end = group[-1].end
        if end < len(text) and text[end] not in "，。；,;！\n":
            return None
        start = clause_start(text, group[0].start)
        start = max(start, text.rfind("\n", start, group[0].start) + 1)
        m = _COPULA.match(text, start, group[0].start)
        if m is None or not self.names.plausible(m[1]):
            return None
        if self.names.name_at(text, start) != m[1]:
            return None
        return (start, m[1])

    def _lead_and_name(self, text: str, start: int, end: int) -> bool:
        """text[start:end] is 率, a separator or a conjunction, then a full name."""
        gap = text[start:end]
        return (
            3 <= len(gap) <= 6
            and gap[0] in _LEADS_OF_NAME
            and self._name_before(text, end, _LEADS_OF_NAME) == (start + 1, gap[1:], False)
        )

    def _continue_written_organ(self, part: _Part, text: str) -> None:
        """区政协十四届一次会议举行闭幕大会，副主席甲主持会议: with nobody's post before it, a
        continuing post is of the congress or CPPCC its sentence names before it."""
        # 机关党组成员: a body the lexicon cannot read is written before it (闭幕大会副主席甲: a
        # meeting is no body)
        if text[part.start - 1 : part.start] in _BODY_ENDS and not text.endswith(
            "大会", 0, part.start
        ):
            return
        floor = max(0, part.start - 80)
        floor = max(floor, *(text.rfind(c, floor, part.start) + 1 for c in "。！？\n"))
        written = next(reversed(list(_ORGAN_IN.finditer(text, floor, part.start))), None)
        if written is None or written[1] not in HOME_LEVELS:
            return
        head = "主席" if written[2] == "政协" else "主任"
        role = self._continued_role(written[1] + written[2] + head, part.title.surface)
        if role:
            part.assign(self._title(role))
            part.home_level = written[1]

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

    # -- names --

    def _lead_start(self, text: str, start: int) -> int:
        """Where a title group begins, with the party's name and a county before its place:
        曾任中共开化县委书记, 任开化县池淮镇镇长 (the verb governs the whole)."""
        start = _party_start(text, start)
        if start and text[start - 1] in self._place_ends:
            for k in range(min(8, start), 1, -1):
                if text[start - k : start] in self.lex.place_names:
                    return _party_start(text, start - k)
        return start

    def _people(
        self, group: list[_Part], text: str, bounds: Sequence[int]
    ) -> list[tuple[int, str]]:
        first, last = group[0], group[-1]
        lead = self._lead_start(text, first.start)  # 任中共龙游县委副书记: 任 governs the title
        if self._resume_span(text, lead, last.end) is not None:
            subject = self._resume_subject(text, lead)
            return [subject] if subject else []
        before = text[max(0, lead - 12) : lead]
        if self._respective and (respectively := self._respectively(text, first.start)) is not None:
            return respectively
        # A、B等区领导
        if before.endswith("等"):
            return self._names_before_deng(text, lead - 1, bounds)
        # 提名王五为区长候选人 / 免去王五的区长职务
        # (a wider window: 选举甲、乙、丙三位同志为县政协副主席). The pattern opens with `.*`,
        # so one match from the window's line start finds what a search would, in one pass.
        named = None
        if text[lead - 1 : lead] in ("为", "的", "志"):  # what the pattern ends with
            # (the window holds a list of up to forty names: 选举甲、乙、…为市人大常委会委员)
            window = max(0, lead - 200)
            window = max(window, *(text.rfind(c, window, lead) + 1 for c in "\n。；;"))
            named = NAMED_FOR.match(text, window, lead)
        # 免去王五龙游县委书记职务: the name right before the title it is relieved of
        if named is None and "免" in before and (removed := REMOVED.search(before)):
            name = removed[1]
            if self.names.plausible(name) and (
                lead in self._split_towns or self.names.name_at(text, lead - len(name)) == name
            ):
                return [(lead - len(name), name)]
        # 任命县委副书记甲同志为副县长: the name a title of its own introduces
        if (
            named is None
            and text[lead - 1 : lead] == "为"
            and "任命" in text[max(0, lead - 40) : lead]
            and (titled := self._titled_name_before(text, lead - 1)) is not None
        ):
            return [titled]
        if named:
            # 任命甲、乙为副区长: each name of the list
            at = named.start(2)
            listed = named[2].split("、")
            oracle = len(listed) == 1
            found = []
            for name in listed:
                if self.names.plausible(name, oracle=oracle):
                    found.append((at, name))
                at += len(name) + 1
            if found:
                return found
        # 林小雨，…当选为尹家村党支部书记 / 朱大成自担任村党支部书记以来; but 时任区长王五
        # and 拟任副区长王五 name the person after the title.
        # (此前任 is a verb of the past, not 前任 "the former")
        adjective = before.endswith(_TITLE_ADJECTIVES) and not before.endswith(_EARLIER_VERBS)
        # (王立新任石门镇党委书记: 新 ends the name, 任 is the verb)
        if adjective and before.endswith("新任") and self._name_ending_at(text, lead - 1):
            adjective = False
        # (甘立新当选…主任，: 新 ends the name when no name follows the post; 向新当选镇长乙)
        if adjective and before.endswith("新当选") and self.names.name_at(text, last.end) is None:
            adjective = False
        # (当选为新一届西吉县政协主席: the term stands between the verb and the title)
        term = _NEW_TERM.search(before) if before[-1:] in ("届", "任") else None
        verb_end = lead - (len(term[0]) if term else 0)
        verb = None if adjective else _SUBJECT_VERBS.search(text, max(0, verb_end - 12), verb_end)
        if verb is not None:
            subject = self._subject(text, verb.start())
            if subject:
                return self._with_listed_before(text, subject)
            # 今年2月任龙南市委书记的刘五: the person the clause describes, after 的
            if text.startswith("的", last.end) and (names := self._described(text, last.end + 1)):
                return names
            return []
        # 庚五以丽水市委常委、莲都区委书记身份出席: the name before 以
        if before.endswith("以") and text.startswith("身份", last.end):
            subject = self._name_right_before(text, lead - 1)
            return [subject] if subject else []
        # …选举甲为市委书记，乙、丙为市委副书记: a clause of names, 为 and the title
        if before.endswith("为") and (listed := self._names_clause(text, lead - 1)):
            return listed
        # 王五任县委副书记，为县长人选 (提名为县长候选人): the nominee is the clause's subject
        if before.endswith("为") and text.startswith(_NOMINEES, last.end):
            nominated = lead - 1 - (2 if before.endswith(("提名为", "推荐为")) else 0)
            if (subject := self._subject(text, nominated)) is not None:
                return self._with_listed_before(text, subject)
        pos = last.end
        # 办事处副主任（主持工作）袁五, 副县长(挂职)周六: a qualifier in brackets between the
        # post and the name
        if text.startswith(("（", "("), pos) and (qualifier := _QUALIFIER.match(text, pos)):
            pos = qualifier.end()
        # 副区长提名人选王五, 区长候选人王五, 县长候选人的王五: the nominee's name follows
        # the qualifier
        if text.startswith(_NOMINEES, pos):
            nominee = next(q for q in _NOMINEES if text.startswith(q, pos))
            pos += len(nominee) + text.startswith("的", pos + len(nominee))
        # 区委书记：王五 (a table of posts and holders): the holder after the colon
        if text.startswith(("：", ":"), pos) and (names := self.names.name_list_at(text, pos + 1)):
            return names
        # A caption: the title on one line, the name alone on the next.
        if text.startswith("\n", pos):
            nxt = text[pos:].lstrip("\n")
            line = nxt.split("\n", 1)[0].strip()
            if 2 <= len(line) <= 4 and self.names.plausible(line):
                return [(len(text) - len(nxt), line)]
            return []
        # 我市长寿老人, 该区长期以来: the title's last character starts a word, not a name
        if (
            is_common_word(text[pos - 1 : pos + 1])
            and not self.names.common_surname(text[pos : pos + 1])
            and self.names.surname_length(text, pos) != 2  # 市长上官明: a compound surname
        ):
            return []
        # 市财政局党组成员农开办主任陈五: an office the lexicon does not know, run on
        # (the office's name was read as a person's, the post's head right after it)
        # (or not read as one: no name ends in 办 or 局)
        names = self.names.name_list_at(text, pos)
        office = OFFICE_TITLE.match(text, pos) if len(names) <= 1 else None
        if office is not None and (
            (names and OFFICE_HEAD.fullmatch(text, pos + len(names[0][1]), office.end()))
            or (not names and office.end() - pos <= 8)
        ):
            names = self.names.name_list_at(text, office.end())
        if not names and adjective and text.startswith("的", pos):  # 拟任市委书记的王五
            names = self.names.name_list_at(text, pos + 1)
        if not names and before.endswith(_SUBJECT_ADJECTIVES):  # 王五现任市长 / 王五，…现任市长
            subject = self._subject(text, lead - 2)
            return [subject] if subject else []
        # 副市长、市公安局局长王五: posts the lexicon does not know between title and name
        if not names and text.startswith("、", pos):
            names = self._names_after_unknown_posts(text, pos)
        # 分别是王五，龙游县委书记、二级巡视员；刘六，女，开化县委书记。: an appositive list
        if not names and text[lead - 1 : lead] in ("，", ","):
            holder = self._appositive_holder(text, lead - 1, last.end)
            if holder is not None:
                return [holder]
        # 甲，1962年12月生，江苏沭阳县委书记； a profile line: the post closes it, the name opens it
        if not names and (pos == len(text) or text[pos] in "；;。\n"):
            floor = max(0, first.start - 120)  # bounded: a one-line file must stay linear
            line = (
                max(
                    text.rfind("\n", floor, first.start),
                    text.rfind("。", floor, first.start),
                    floor - 1,
                )
                + 1
            )
            m = LEADING_NAME.match(text, line, first.start)
            if (
                m
                and self.names.plausible(m[1])
                and _PROFILE_LINE.search(text, m.end(), first.start)
            ):
                return [(m.start(1), m[1])]
        return names

    def _appositive_holder(self, text: str, comma: int, end: int) -> tuple[int, str] | None:
        """The name an item of an appositive list opens: a boundary (；, ：, 是), the name, a
        comma (and 男/女 with another), then the posts, which close the item (；, 。) with
        nothing after them but more posts."""
        if _APPOSITIVE_TAIL.match(text, end) is None:
            return None
        at = comma - 2 if text[comma - 2 : comma] in _SEX_AFTER_NAME else comma
        for n in (4, 3, 2):
            start = at - n
            if start < 0:
                continue
            name = text[start:at]
            if (
                (start == 0 or text[start - 1] in _APPOSITIVE_OPENERS)
                and self.names.plausible(name)
                and self.names.is_built_like_name(name)
            ):
                return (start, name)
        return None

    def _names_after_unknown_posts(self, text: str, pos: int) -> list[tuple[int, str]]:
        """The names after 、 and posts the lexicon cannot read: one post read whole
        (市公安局局长), or up to three each ending at its first post head (区推进协同发展领导
        小组组长、区协同办主任王五)."""
        unknown = _UNKNOWN_TITLE.match(text, pos + 1)
        if unknown is not None and (names := self.names.name_list_at(text, unknown.end())):
            return names
        at = pos
        for _ in range(3):
            item = _UNKNOWN_POST.match(text, at + 1) if text.startswith("、", at) else None
            if item is None:
                break
            if names := self.names.name_list_at(text, item.end()):
                return names
            at = item.end()
        return []

    def _respectively(self, text: str, pos: int) -> list[tuple[int, str]] | None:
        """甲、乙和丙…分别任A县委书记、B市委书记和C区委书记: the n-th name holds the n-th
        post when the counts agree, else nobody does (None: the group is in no such list)."""
        m = self._respective_before(text, pos)
        if m is None:
            return None
        clause = clause_start(text, m.start())
        chain, at = [], m.end()
        first = bisect.bisect_left(self._group_starts, m.end())
        for start, end in self._group_spans[first:]:
            if not _CHAIN_GAP.fullmatch(text, at, start):
                break
            chain.append(start)
            at = end
        if pos not in chain:
            return None
        head = max((text.rfind(c, clause, m.start()) for c in "，,：:"), default=clause - 1) + 1
        names = self.names.name_list_at(text, max(head, clause))
        if len(names) != len(chain):
            # 决定接受甲和乙分别辞去…: the list that ends at 分别, after the clause's verbs
            names = self._names_ending_at(text, max(head, clause), m.start()) or names
        if len(names) != len(chain) or names[-1][0] + len(names[-1][1]) > m.start():
            return []
        if m[0].endswith(("辞去", "不再担任")):
            self._resigned.add(pos)
        return [names[chain.index(pos)]]

    def _names_ending_at(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """The first list of names in text[start:end] that runs up to `end` (at most 40 back)."""
        for at in range(max(start, end - 40), end - 1):
            if at > 0 and is_word(text[at - 1 : at + 1]):
                continue  # (同意王五: no name starts inside a word)
            names = self.names.name_list_at(text, at)
            # (甲和乙分别: a list of two joined by 和, which the list reader leaves open)
            after = names[-1][0] + len(names[-1][1]) if names else -1
            if (
                0 < after < end - 2
                and text[after] in CONJUNCTIONS
                and self.names.plausible(text[after + 1 : end], oracle=False)
            ):
                names.append((after + 1, text[after + 1 : end]))
            if not names or names[-1][0] >= end - 1:
                continue
            last_start, last = names[-1]
            if last_start + len(last) > end:  # (甲、乙分别: 分 read into the last name)
                last = text[last_start:end]
                if not self.names.plausible(last, oracle=False):
                    continue
                names[-1] = (last_start, last)
            if last_start + len(last) == end:
                return names
        return []

    def _group_starts_within(self, lo: int, hi: int) -> bool:
        """Whether a title group starts in [lo, hi)."""
        i = bisect.bisect_left(self._group_starts, lo)
        return i < len(self._group_starts) and self._group_starts[i] < hi

    def _respective_before(self, text: str, pos: int) -> re.Match[str] | None:
        """The last 分别任 before `pos` in its clause, if any."""
        i = bisect.bisect_right(self._respective_ends, pos) - 1
        found = self._respective[i] if i >= 0 else None
        if found is None or CLAUSE_END.search(text, found.end(), pos) is not None:
            return None
        return found

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

    def _described(self, text: str, pos: int) -> list[tuple[int, str]]:
        """A name after 的 that closes its clause (…任市委书记的王五。), or none."""
        name = self.names.name_at(text, pos)
        if name is None or (pos + len(name) < len(text) and is_han(text[pos + len(name)])):
            return []
        return [(pos, name)]

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

    def _name_ending_at(self, text: str, end: int) -> bool:
        """A name the reader reads whole ends at `end`."""
        return any(
            start >= 0 and self.names.name_at(text, start) == text[start:end]
            for start in (end - 3, end - 2)
        )

    def _titled_name_before(self, text: str, end: int) -> tuple[int, str] | None:
        """The name right after a title group, ending at `end` (or before 同志 there)."""
        end -= 2 if text.endswith("同志", 0, end) else 0
        for n in (4, 3, 2):
            start = end - n
            if start in self._group_ends and self.names.name_at(text, start) == text[start:end]:
                return (start, text[start:end])
        return None

    def _names_clause(self, text: str, end: int) -> list[tuple[int, str]]:
        """The names of a clause that holds nothing else: 乙、丙 in …，乙、丙为副市长."""
        # …，乙同志为镇长，丙、丁两位同志为副镇长，戊等3名同志为委员
        if (comrades := _COMRADES.search(text, max(0, end - 10), end)) is not None:
            end = comrades.start()
        start, floor = end, max(0, end - 80)
        # 选举甲为A区区长、乙为B区法院院长: a title group's end closes the clause before 乙
        ends = self._group_ends
        while start > floor:
            if text.endswith(_SEX_MARKS, 0, start):  # 江五(女)、: a name's sex in brackets
                start -= 3
                continue
            if not (is_han(text[start - 1]) or text[start - 1] in "、·"):
                break
            if text[start - 1] == "、" and start - 1 in ends:
                break
            start -= 1
        after_group = start > 0 and text[start - 1] == "、" and start - 1 in ends
        if start == end or (start > 0 and text[start - 1] not in "，,；;。\n" and not after_group):
            return []
        names, pos = [], start
        for written in text[start:end].split("、"):
            lone = "、" not in text[start:end]
            seg = written[:-3] if written.endswith(_SEX_MARKS) else written
            if not (
                2 <= len(seg) <= 4
                and self.names.plausible(seg, oracle=lone and len(seg) == 2)
                and _NAMING_VERB.search(seg) is None  # 拟提名为县长候选人的王五
            ):
                return []
            names.append((pos, seg))
            pos += len(written) + 1
        return names

    def _names_before_deng(
        self, text: str, deng: int, bounds: Sequence[int]
    ) -> list[tuple[int, str]]:
        left = deng
        while left > 0 and (is_han(text[left - 1]) or text[left - 1] == "、"):
            if left in bounds:
                break
            left -= 1
        names = []
        pos = left
        segments = text[left:deng].split("、")
        for seg in segments:
            if seg:
                if pos == left:  # 高山、金星等: a word is a name in a list too
                    name = self.names.name_ending_at(
                        text, pos + len(seg), pos, oracle=len(segments) < 2
                    )
                else:  # between 、 and 、 or 等: the list says it is a name, even if a word
                    name = (
                        seg
                        if 2 <= len(seg) <= 4 and self.names.plausible(seg, oracle=False)
                        else None
                    )
                if name:
                    names.append((pos + len(seg) - len(name), name))
            pos += len(seg) + 1
        return names

    def _name_inside(
        self, text: str, part: _Part
    ) -> tuple[list[_Part], list[tuple[int, str]]] | None:
        """市委王五书记, 市林业局赵六局长, 县人民法院郑一院长: the organ, the name, then its
        head's post, as papers write a leader they address with respect."""
        post = text[part.title_start : part.end]
        for n in (4, 3, 2):
            name_start = part.title_start - n
            cand = text[name_start : part.title_start]
            surname = self.names.surname_length(cand, 0) if name_start >= 2 else 0
            if not surname or n - surname not in (1, 2) or not self.names.plausible(cand):
                continue
            title = self._organ_title_ending(text, name_start, post)
            if title is None:
                continue
            start = name_start - (len(title.surface) - len(post))
            place = place_before(text, start, title, self.lex, self._year)
            inner = _Part(
                title, place.start if place else start, start, part.end, False, place, title.role
            )
            return [inner], [(name_start, cand)]
        return None

    def _organ_title_ending(self, text: str, end: int, post: str) -> Title | None:
        """The longest organ ending at `end` that with `post` names a known post (林业局 +
        局长), whose first character starts no other word (县委 + 书记, not 委 + 书记)."""
        for k in range(min(end, 10), 1, -1):
            title = self.lex.titles.get(text[end - k : end] + post)
            if title is not None and not title.blocker and title.level != "+":
                return title
        return None

    def _name_before_verb(
        self, text: str, part: _Part, people: list[tuple[int, str]]
    ) -> list[tuple[int, str]]:
        """吴五副县长代表县政府作汇报, …的丁六副县长向会议报告: where a full name stands right
        before the title and a word or a preposition right after it, what follows is no name."""
        if len(people) != 1 or people[0][0] != part.end:
            return people
        at = part.end
        if not (starts_word(text, at) or text[at] in _PREPOSITIONS):
            return people
        if _VILLAGE_AFTER.match(text, at - 1):
            return people  # 白沙镇长湾村: a town and its village, no 镇长 and no name
        found = self._name_before(text, part.start, BEFORE_NAME_OR_DE)
        if found is None or found[2]:
            return people
        return [(found[0], found[1])]

    def _name_before(
        self, text: str, pos: int, lead: frozenset[str] | set[str] = BEFORE_NAME
    ) -> tuple[int, str, bool] | None:
        """王五区长 / 徐市长: a name (or a lone surname) written right before a title, after
        punctuation or one of `lead`."""
        for n in (3, 2, 1):
            start = pos - n
            if start < 0:
                continue
            cand = text[start:pos]
            prev = text[start - 1] if start > 0 else ""
            # (副县长李四代理县长职务: the name right after another title)
            if (
                is_han(prev)
                and prev not in lead
                and start not in self._group_ends
                and not text.endswith(_VERBS_BEFORE_NAME, 0, start)
            ):
                continue
            if n == 1:
                # (2名副县长, 两位副市长: a measure word after a number, not a surname)
                if cand in self.lex.surnames and not _COUNTED.match(text, start - 1):
                    return (start, cand, True)
            elif cand[0] in CONJUNCTIONS:
                continue  # 郭区长和徐副区长: 和 joins two ways of address
            elif (
                self.names.plausible(cand)
                and (cand[0] in self.lex.surnames or cand[:2] in self.lex.compound_surnames)
                # (决定代理区市长, 9位区市长: a level character before the title is a place's)
                and cand[-1] not in LEVEL_CHARS
            ):
                return (start, cand, False)
        return None

    # -- the pass --

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
        last: tuple[int, _Part] | None = None  # where the last names read end, and their post
        listed: tuple[int, str] | None = None  # where the last names end, and their status
        # the last group a verb of the past or future governs: where it ends, its people, status
        governed: tuple[int, list[tuple[int, str]], str] | None = None
        passage = Passage(self.lex, text)
        # posts opening a line, nobody's, joined by commas to the next: a list page's line
        comma_chain: list[_Part] = []
        for group in groups:
            article_start = _article_start(article_starts, group[0].start)
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
                found = self._name_before(text, at, _LEADS_OF_NAME)
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
                nominated_in_chain(text, group) and text.startswith(_NOMINEES, group[-1].end)
            )
            # 吉安市委常委，井冈山管理局党工委书记，井冈山市委书记甲: the line's posts are his
            chained = comma_chain if _comma_chained(text, comma_chain, group) else []
            comma_chain = []
            for name_start, person in people:
                for part in [*chained, *group]:
                    if not part.role:
                        continue
                    part_status = "designate" if nominee and part is group[-1] else status
                    bare_secretary = part.role == "书记"
                    if not (part.jurisdiction or part.home_level) and not bare_secretary:
                        continue
                    if bare_secretary and not (reference or len(people) == 1):
                        continue
                    out.append(
                        Mention(
                            person=canonical_name(person),
                            role=part.role,
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


def _comma_chained(text: str, chain: list[_Part], group: list[_Part]) -> list[_Part]:
    """The chain of posts with `group` at its end, if a comma joins it to the chain, or if it
    opens a line and a comma follows it (吉安市委常委，井冈山市委书记甲); else none."""
    if chain and text[chain[-1].end : group[0].start] in ("，", ","):
        return [*chain, *group]
    opens_line = group[0].start == 0 or text[group[0].start - 1] == "\n"
    if opens_line and group[-1].role and text[group[-1].end : group[-1].end + 1] in ("，", ","):
        return list(group)
    return []


def _determiner_before(text: str, start: int, level: str) -> tuple[str, int] | None:
    """我, 本 or 该 before a title of `level` at `start`, and where it stands: before the level
    character (我区副区长, 该县县委书记) or sharing it with the title (我县政协主席)."""
    if text[start : start + 1] == level[-1] and text[start - 1 : start] in _SHARING_DETERMINERS:
        return text[start - 1], start - 1
    if start >= 2 and text[start - 1] == level[-1] and text[start - 2] in _SHARING_DETERMINERS:
        return text[start - 2], start - 2
    return None


def _acting_before(text: str, start: int) -> tuple[bool, int]:
    for prefix in ACTING_PREFIXES:
        if text.startswith(prefix, start - len(prefix)):
            return True, start - len(prefix)
    return False, start


def _article_end(starts: Sequence[int], pos: int, length: int) -> int:
    i = bisect.bisect_right(starts, pos)
    return starts[i] if i < len(starts) else length


def _article_start(starts: Sequence[int], pos: int) -> int:
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0
