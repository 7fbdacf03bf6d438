"""Matching: officials' titles and names in repaired issue text, as mentions.

One pass of a prefix-factored regular expression finds every title in the lexicon (longest
surface at each position). Around each title the matcher reads, from the raw characters:
the place written before it (宁波市委常委, 鄞州区委书记, 尹家村党支部书记), an acting marker
(代区长), the titles joined to it by 、, and the names: after the titles (区领导A、B、C等参加),
before them (A、B等区领导; X当选为…书记), or on the next line of a caption. Names are never
looked up in a list of people: a name is 2–4 characters whose end is fixed by what follows it.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from roles import reading
from roles.lexicons import HOME_LEVELS, SHORT_FORM_LEVELS, Lexicons, Place, Title

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def is_han(ch: str) -> bool:
    # comparisons, not a regex: this runs tens of thousands of times an issue
    return len(ch) == 1 and (
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
    )


# --- the title scanner ---------------------------------------------------------------------------


def trie_regex(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, factored by common prefix, longest first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@functools.lru_cache(maxsize=8)
def _title_pattern(surfaces: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(trie_regex(surfaces))


def title_pattern(lex: Lexicons) -> re.Pattern[str]:
    return _title_pattern(tuple(sorted(lex.titles)))


# --- places written before a title ---------------------------------------------------------------

SUBCOUNTY_LEVELS = ("街道", "社区", "镇", "乡", "村")
# Development zones, longest suffix first; their posts (党工委书记, 管委会主任) are at level 开发区.
ZONE_SUFFIXES = (
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "产业集聚区",
    "工业园区",
    "产业园区",
    "高新区",
    "开发区",
    "新区",
)
# Characters that cannot stand inside a town or village name, so one ends there: particles,
# verbs that introduce places, and the level characters of the places above it.
_PLACE_STOP = set(
    "在为于的和与及是到赴往从任选由向对把被、，。；：,;:（）()“”\"'《》镇乡村区县市省道州旗盟社 \n"
)
_LEVEL_CHARS = set("镇乡村区县市省道州旗盟")
_NOT_PLACE = {
    "全区",
    "全县",
    "全市",
    "全镇",
    "全乡",
    "全村",
    "本村",
    "该村",
    "各村",
    "我村",
    "两委",
    "村村",
    "回村",
    "进村",
    "驻村",
    "到村",
    "行政",
    "各镇",
    "该镇",
    "本镇",
    "乡镇",
    "城乡",
    "全省",
    "本区",
    "我区",
}


@dataclass(frozen=True)
class PlaceRef:
    """A place as written in the text, resolved to a jurisdiction name."""

    start: int  # where it is written
    name: str  # the jurisdiction's own name: 衢州市, 鄞州区, 尹家村
    level: str
    place: Place | None = None  # the gazetteer entry, where there is one


def subcounty_name_before(text: str, end: int, max_len: int = 4) -> int | None:
    """Start of a town/village name (2–4 characters) ending at `end`, or None."""
    start = end
    while start > end - max_len and start > 0 and is_han(text[start - 1]):
        ch = text[start - 1]
        # 举村乡, 衢州 + 经济技术开发区: a level character inside a short name is part of it
        if ch in _PLACE_STOP and (ch not in _LEVEL_CHARS or end - start >= 2):
            break
        start -= 1
    # 带动白水村: a leading verb is not part of the name.
    if end - start > 2 and is_common_word(text[start : start + 2]):
        start += 2
    if end - start < 2 or text[start:end] in _NOT_PLACE:
        return None
    return start


def place_before(text: str, pos: int, title: Title, lex: Lexicons) -> PlaceRef | None:
    """The place written immediately before a title starting at `pos`, if any."""
    if pos == 0 or not is_han(text[pos - 1]):  # most titles follow punctuation: nothing to read
        return None
    # Gazetteer names, full (衢州市衢江区) or short before a title that starts with the level
    # character (鄞州 + 区委书记). Longest first.
    short_ok = (
        title.surface[0] in SHORT_FORM_LEVELS or title.level == "军分区" or title.role == "书记"
    )
    for k in range(min(9, pos), 1, -1):
        cand = text[pos - k : pos]
        for place in lex.places_named(cand):
            return PlaceRef(pos - k, place.name, place.level, place)
        if short_ok and (places := lex.places_short(cand)):
            if title.level == "军分区":
                return PlaceRef(pos - k, cand + "军分区", "军分区", places[0])
            level = title.surface[0]
            fits = [
                p
                for p in places
                if p.level == level or p.name.endswith(level) or title.role == "书记"
            ]
            if fits:
                return PlaceRef(pos - k, fits[0].name, fits[0].level, fits[0])
    # Zones, towns, subdistricts and villages are not in the gazetteer: read their names from
    # the text.
    for suffix in ZONE_SUFFIXES:
        if text.startswith(suffix, pos - len(suffix)):
            start = subcounty_name_before(text, pos - len(suffix))
            if start is not None:
                return PlaceRef(start, text[start:pos], "开发区")
    for level in SUBCOUNTY_LEVELS:
        if text.startswith(level, pos - len(level)):
            start = subcounty_name_before(text, pos - len(level))
            if start is not None:
                return PlaceRef(start, text[start:pos], level)
    for level in ("街道", "社区"):  # 浮石 + 街道办事处主任, 东山 + 社区党委书记
        if title.surface.startswith(level):
            start = subcounty_name_before(text, pos, 3)
            if start is not None:
                return PlaceRef(start, text[start:pos] + level, level)
    return None


def subcounty_mentions(text: str, start: int, end: int) -> list[PlaceRef]:
    """Towns, subdistricts and villages named in text[start:end], in order."""
    found = []
    for m in _SUBCOUNTY_WORD.finditer(text, start, end):
        name_start = subcounty_name_before(text, m.start())
        if name_start is not None:
            level = "开发区" if m[0] in ZONE_SUFFIXES else m[0]
            found.append(PlaceRef(name_start, text[name_start : m.end()], level))
    return found


_SUBCOUNTY_WORD = re.compile("|".join((*ZONE_SUFFIXES, *SUBCOUNTY_LEVELS)))


# --- names ---------------------------------------------------------------------------------------

# Characters no name starts with (function words, verbs and nouns that follow a bare title).
# Surnames that are also common words (于, 任, 向, 和, 时, 全, 曾, 强) are left out on purpose.
_NOT_NAME_START = set(
    "的了在与及等是为对将也都就要并把被从这那其各每该本我你他她它们有无不没一二三四五六七八九十"
    "第上下中后会届年月日又还再已所以之而或如若因至到给让使请由带率作来去出进参讲主指表说认介"
    "听召提组兼当现新总级部局委办处科室队团院校站厅及"
)
# When both a two- and a three-character reading end at a name boundary, a third character that
# is one of these is read as the boundary: 王刚说 is 王刚 + 说.
_PREFER_SHORT = set("等说在和与及对向、")
_STRONG = set("等、")


@functools.lru_cache(maxsize=1)
def _dictionary_words() -> set[str]:
    """jieba's dictionary, as an oracle for strings that are common words, not names.

    Only words that could be mistaken for a name are kept (2–4 characters, not tagged as a
    name, not starting with a character no name starts with): a third of the memory.
    """
    import jieba  # imported lazily: only its dictionary file is read

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = line.split()
            if (
                2 <= len(word) <= 4
                and word[0] not in _NOT_NAME_START
                and not tag.startswith("nr")
                and int(freq) >= 3
            ):
                words.add(word)
    return words


def release_dictionary() -> None:
    """Forget the dictionary (it is read again if asked for)."""
    _dictionary_words.cache_clear()


def is_common_word(text: str) -> bool:
    return text in _dictionary_words()


class NameReader:
    """Reads personal names at a position, deciding where each ends from what follows."""

    def __init__(self, lex: Lexicons, titles: re.Pattern[str]):
        self.lex = lex
        self.titles = titles
        self._ends = _prefix_regex(lex.name_ends)
        self._nonofficial = _prefix_regex(lex.nonofficials)
        # verbs of two characters or more (讲话, 主持, 参加): after one, even a word is a name
        self._verbs = _prefix_regex(w for w in lex.name_ends if len(w) >= 2)

    def ends_name(self, text: str, pos: int) -> bool:
        """Whether a name may end right before `pos`."""
        if pos >= len(text):
            return True
        ch = text[pos]
        if not is_han(ch):
            return True
        return bool(self._ends.match(text, pos) or self.titles.match(text, pos))

    def plausible(self, cand: str, oracle: bool = True) -> bool:
        """Could `cand` be a name? Inside a list of names (A、B、C) the dictionary is not asked:
        the place itself says it is a name, and names like 高峰 or 金志 are words too."""
        return (
            len(cand) >= 2
            and _CJK_RUN.fullmatch(cand) is not None
            and cand[0] not in _NOT_NAME_START
            and not any(c in _STRONG for c in cand[1:])
            and not self._nonofficial.match(cand)
            and not (oracle and is_common_word(cand))
        )

    def lengths(self, text: str, pos: int) -> tuple[int, ...]:
        if text[pos : pos + 2] in self.lex.compound_surnames:
            return (4, 3)
        return (3, 2)

    def name_at(self, text: str, pos: int, oracle: bool = True) -> str | None:
        """The name starting at `pos`, or None."""
        if self._nonofficial.match(text, pos):
            return None
        # A name that does not start with a known surname needs firmer ground: a verb after it
        # (笪明远讲话) or a place in a list; a bare particle or punctuation is not enough there
        # (该区长期以来 is not 区长 期以).
        surname = (
            text[pos] in self.lex.surnames or text[pos : pos + 2] in self.lex.compound_surnames
        )
        adverb = self._ends.match(text, pos) is not None  # 亲自部署: not a name
        valid = []
        for n in self.lengths(text, pos):
            cand = text[pos : pos + n]
            if len(cand) < n or not self.plausible(cand, oracle=False):
                continue
            if (not adverb and self._verbs.match(text, pos + n) is not None) or (
                (surname or not oracle)
                and not (oracle and is_common_word(cand))
                and self.ends_name(text, pos + n)
            ):
                valid.append(n)
        if not valid:
            return None
        if len(valid) > 1 and text[pos + valid[-1]] in _PREFER_SHORT:
            return text[pos : pos + valid[-1]]
        return text[pos : pos + valid[0]]

    def name_list_at(self, text: str, pos: int) -> list[tuple[int, str]]:
        """Names after a title: `A`, or `A、B、C` up to 等/参加/punctuation or the next title."""
        names: list[tuple[int, str]] = []
        while pos < len(text):
            in_list = (
                bool(names) or text.startswith("、", pos + 2) or text.startswith("、", pos + 3)
            )
            name = self.name_at(text, pos, oracle=not in_list)
            if name is None:
                # Between two 、 the span itself is the name, whatever follows it.
                nxt = text.find("、", pos, pos + 5)
                span = text[pos:nxt] if nxt > pos else ""
                if not (in_list and 2 <= len(span) <= 4 and self.plausible(span, oracle=False)):
                    break
                name = span
            names.append((pos, name))
            pos += len(name)
            if not text.startswith("、", pos) or self.titles.match(text, pos + 1):
                break
            if _starts_with_place(text, pos + 1, self):
                break
            pos += 1
        return names

    def name_ending_at(self, text: str, end: int, left: int) -> str | None:
        """A name that ends at `end` and starts no earlier than `left` (read backwards)."""
        span = text[left:end]
        if 2 <= len(span) <= 4 and self.plausible(span):
            return span
        for n in (3, 2):
            cand = text[end - n : end]
            if end - n >= left and cand[0] in self.lex.surnames and self.plausible(cand):
                return cand
        return None


def _starts_with_place(text: str, pos: int, reader: NameReader) -> bool:
    """`、` followed by a place and a title (宁波市委常委、鄞州区委书记) starts new titles."""
    for k in range(2, 7):
        m = reader.titles.match(text, pos + k)
        if m and m.end() > pos + k:
            return True
    return False


def _prefix_regex(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(trie_regex(words))


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
    stated: tuple[int, int, int] | None = None  # the date a dated statement gives (day 1 if none)
    reference: bool = False  # a surname (徐市长) or a bare 书记: to be resolved against the corpus


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

    def written_level(self) -> str | None:
        return self.place.level if self.place is not None else self.title.level


ACTING_PREFIXES = ("代理", "代")
CONTEXT_SPAN = 3000  # how far back in its article a bare 村/镇 title looks for its place
_SUBJECT_VERBS = re.compile(
    r"(?:当选为|当选|担任|出任|升任|改任|兼任|调任|接任|就任|任命为|被任命为|代理|任)$"
)
_SUBJECT_FILLERS = re.compile(
    r"(?:自|曾|曾经|已|先后|又|还|再次|现|正式|回村|回乡|到村|起|并|于|被|同志|，|,|"
    r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)$"
)
_LEADING_NAME = re.compile(r"^([\u4e00-\u9fff]{2,4})[，,]")
_LEADING_NAMES = re.compile(r"(?:^|[。\n])([\u4e00-\u9fff]{2,3})[，,]")
# 提名王五为区长候选人, 任命王五为代区长: the name sits between the verb and 为.
_NAMED_FOR = re.compile(
    r".*(提名|推荐|任命|选举|决定|同意|免去|辞去)([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:为|的)$"
)
# Posts that end a title, longest first: what is left is the organ (区人大常委会, 区委, 区政协).
_ORGAN_POSTS = tuple(
    sorted(
        (
            "党组书记",
            "党组副书记",
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
        ),
        key=len,
        reverse=True,
    )
)
_UNKNOWN_TITLE = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:局长|主任|部长|院长|检察长|行长|校长|社长|所长|站长|队长|"
    r"董事长|总经理|总裁|理事长|会长|书记|主席|委员)"
)
# 任 in these words qualifies the title that follows rather than being a verb with a subject.
_TITLE_ADJECTIVES = ("前任", "时任", "拟任", "原任", "现任", "新任", "继任", "首任", "历任")
_FORMER_BEFORE = re.compile(
    r"(?:原任|原|前任|曾任|曾担任|曾经担任|此前任|此前担任|历任|时任|不再担任|辞去|免去)$"
)
_DESIGNATE_BEFORE = re.compile(r"(?:拟任|拟提名为|拟推荐为|拟提名|拟推荐|提名为|推荐为)$")
_DATE_IN_CLAUSE = re.compile(r"((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_APPOINTED = re.compile(r"(?:任|担任|接任|当选|调任|升任|出任|就任|任命)")
_CLAUSE_END = re.compile(r"[。！？；;\n]")
# Titles that may also follow a name: 王五区长, 王五书记, 徐市长.
_AFTER_NAME = frozenset(
    {"省长", "市长", "州长", "县长", "区长", "旗长", "盟长", "镇长", "乡长", "书记"}
)
# What may stand right before a name that precedes its title.
_BEFORE_NAME = set("在与和对向由及据请给让随同陪")
_PRONOUNS = ("他", "她")


def _clause_start(text: str, pos: int, span: int = 60) -> int:
    """Start of the clause (after 。；, or a line break) that `pos` is in."""
    floor = max(0, pos - span)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, floor, pos)]
    return ends[-1] if ends else floor


class Matcher:
    def __init__(self, lex: Lexicons):
        self.lex = lex
        self.titles = title_pattern(lex)
        self.names = NameReader(lex, self.titles)
        self.traditional = reading.traditional_detector(lex.simplified)

    # -- title groups --

    def _parts(self, text: str) -> list[_Part]:
        parts = []
        for m in self.titles.finditer(text):
            title = self.lex.titles[m[0]]
            if title.blocker:
                continue
            start = m.start()
            # 尹家村 + 党支部书记, not 尹家 + 村党支部书记: towns and villages are written in full.
            rest = self.lex.titles.get(title.surface[1:]) if title.surface[0] in "村镇乡" else None
            if rest and not rest.blocker and subcounty_name_before(text, start) is not None:
                title, start = rest, start + 1
            title_start = start
            acting, start = _acting_before(text, start)
            place = place_before(text, start, title, self.lex)
            if place is not None:
                start = place.start
                if not acting:  # 代理衢州市市长: the marker may stand before the place
                    acting, start = _acting_before(text, start)
            role = title.role
            if title.level == "+":  # 区人大常委会党组书记、常务副主任: only inside a compound
                prev = parts[-1] if parts else None
                if prev is None or prev.end != m.start() - 1 or text[prev.end] != "、":
                    continue
                # an unknown composite keeps the group together but states no post
                role = self._continued_role(prev.role, title.surface) if prev.role else None
                parts.append(_Part(title, m.start(), m.start(), m.end(), False, None, role or ""))
                continue
            if role == "书记":  # 衢州书记: a bare 书记 names the party secretary of its place
                if place is None or place.level not in HOME_LEVELS:
                    parts.append(_Part(title, start, title_start, m.end(), acting, None, role))
                    continue
                role = f"{place.level}委书记"
            parts.append(_Part(title, start, title_start, m.end(), acting, place, role))
        return parts

    def _continued_role(self, previous: str, surface: str) -> str | None:
        """区人大常委会党组书记 + 常务副主任 → 区人大常委会常务副主任, if that is a known post."""
        for suffix in _ORGAN_POSTS:
            if previous.endswith(suffix):
                role = previous[: -len(suffix)] + surface
                title = self.lex.titles.get(role)
                return role if title is not None and not title.blocker else None
        return None

    @staticmethod
    def _groups(parts: list[_Part], text: str) -> list[list[_Part]]:
        """Titles joined by 、 belong to one person: 区委副书记、代区长."""
        groups: list[list[_Part]] = []
        for part in parts:
            if groups and text[groups[-1][-1].end : part.start] == "、":
                groups[-1].append(part)
            else:
                groups.append([part])
        return groups

    # -- jurisdictions --

    def _resolve(
        self, group: list[_Part], text: str, article_start: int, topics: dict[str, str]
    ) -> None:
        previous: _Part | None = None
        for part in group:
            level = part.title.level
            if part.place is not None:
                part.jurisdiction = part.place.name
            elif (
                previous is not None
                and (previous.jurisdiction or previous.home_level)
                and (level in ("-", "+") or level == previous.written_level())
            ):
                part.jurisdiction = previous.jurisdiction
                part.home_level = previous.home_level
            elif level in topics:
                # 滨江区委书记王五、区长李四: a bare title after an explicit place of its level,
                # in the same sentence, is that place's.
                part.jurisdiction = topics[level]
            elif level in HOME_LEVELS or level in ("-", "军分区"):
                part.home_level = level
            else:
                part.jurisdiction = self._nearest_subcounty(text, article_start, part.start, level)
            previous = part

    @staticmethod
    def _nearest_subcounty(text: str, start: int, pos: int, level: str) -> str | None:
        start = max(start, pos - CONTEXT_SPAN)
        mentions = [p for p in subcounty_mentions(text, start, pos) if p.level == level]
        return mentions[-1].name if mentions else None

    # -- names --

    def _people(
        self, group: list[_Part], text: str, bounds: Sequence[int]
    ) -> list[tuple[int, str]]:
        first, last = group[0], group[-1]
        before = text[max(0, first.start - 12) : first.start]
        # A、B等区领导
        if before.endswith("等"):
            return self._names_before_deng(text, first.start - 1, bounds)
        # 提名王五为区长候选人 / 免去王五的区长职务
        if (named := _NAMED_FOR.search(before)) and self.names.plausible(named[2]):
            return [(first.start - len(before) + named.start(2), named[2])]
        # 林小雨，…当选为尹家村党支部书记 / 朱大成自担任村党支部书记以来; but 时任区长王五
        # and 拟任副区长王五 name the person after the title.
        verb = None if before.endswith(_TITLE_ADJECTIVES) else _SUBJECT_VERBS.search(before)
        if verb is not None:
            subject = self._subject(text, first.start - len(verb[0]))
            return [subject] if subject else []
        pos = last.end
        # A caption: the title on one line, the name alone on the next.
        if text.startswith("\n", pos):
            nxt = text[pos:].lstrip("\n")
            line = nxt.split("\n", 1)[0].strip()
            if 2 <= len(line) <= 4 and self.names.plausible(line):
                return [(len(text) - len(nxt), line)]
            return []
        names = self.names.name_list_at(text, pos)
        # 副市长、市公安局局长王五: a post the lexicon does not know between title and name
        unknown = _UNKNOWN_TITLE.match(text, pos + 1) if text.startswith("、", pos) else None
        if not names and unknown is not None:
            names = self.names.name_list_at(text, unknown.end())
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
        for seg in text[left:deng].split("、"):
            if seg:
                if pos == left:
                    name = self.names.name_ending_at(text, pos + len(seg), pos)
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

    def _subject(self, text: str, end: int) -> tuple[int, str] | None:
        """The subject of 当选为/担任: a name just before the verb, or opening the sentence."""
        crossed_clause = False
        while (m := _SUBJECT_FILLERS.search(text, max(0, end - 12), end)) is not None:
            if m.start() == end:
                break
            crossed_clause |= m[0] in "，,"
            end = m.start()
        if text[end - 1 : end] in _PRONOUNS:  # 2018年2月，他接任…: the person the passage is about
            found = list(_LEADING_NAMES.finditer(text, max(0, end - 300), end))
            for m in reversed(found):
                if self.names.plausible(m[1]):
                    return (m.start(1), m[1])
            return None
        # Right before the verb (朱大成自担任), unless a clause lies between them.
        for n in (3, 2):
            cand = text[end - n : end]
            if crossed_clause:
                break
            if end - n >= 0 and cand[0] in self.lex.surnames and self.names.plausible(cand):
                return (end - n, cand)
        floor = max(0, end - 80)
        line_start = max(text.rfind("\n", floor, end), text.rfind("。", floor, end), floor - 1) + 1
        m = _LEADING_NAME.match(text[line_start:end])
        if m and self.names.plausible(m[1]):
            return (line_start, m[1])
        return None

    def _name_before(self, text: str, pos: int) -> tuple[int, str, bool] | None:
        """王五区长 / 徐市长: a name (or a lone surname) written right before a title."""
        for n in (3, 2, 1):
            start = pos - n
            if start < 0:
                continue
            cand = text[start:pos]
            prev = text[start - 1] if start > 0 else ""
            if is_han(prev) and prev not in _BEFORE_NAME:
                continue
            if n == 1:
                if cand in self.lex.surnames:
                    return (start, cand, True)
            elif self.names.plausible(cand) and (
                cand[0] in self.lex.surnames or cand[:2] in self.lex.compound_surnames
            ):
                return (start, cand, False)
        return None

    # -- status --

    def _status(self, text: str, group: list[_Part]) -> tuple[str, tuple[int, int, int] | None]:
        """current, former (原区委书记), designate (拟任, …候选人) or dated (2018年2月，他接任…)."""
        start, end = group[0].start, group[-1].end
        before = text[max(0, start - 8) : start]
        if _FORMER_BEFORE.search(before):
            return "former", None
        if _DESIGNATE_BEFORE.search(before) or text.startswith("候选人", end):
            return "designate", None
        if (named := _NAMED_FOR.search(before)) is not None:
            if named[1] in ("提名", "推荐"):
                return "designate", None
            if named[1] in ("免去", "辞去"):
                return "former", None
        clause = _clause_start(text, start)
        dates = list(_DATE_IN_CLAUSE.finditer(text, clause, start))
        if dates and _APPOINTED.search(text, dates[-1].end(), start):
            d = dates[-1]
            return "dated", (int(d[1]), int(d[2] or 1), int(d[3] or 1))
        return "current", None

    # -- the pass --

    def mentions(self, text: str, article_starts: Sequence[int] = (0,)) -> list[Mention]:
        """Every (person, post) stated in `text`, in order of appearance.

        A bare title (区委书记) comes back with `home_level` set and no jurisdiction: it names
        the post in the paper's home (or its city, or province), which the caller knows.
        """
        parts = self._parts(text)
        groups = self._groups(parts, text)
        ends = {g[-1].end for g in groups}
        out: list[Mention] = []
        topics: dict[str, str] = {}
        topic_sentence = -1
        sentences = reading.Sentences(text)
        for group in groups:
            article_start = _article_start(article_starts, group[0].start)
            sentence = sentences.bounds(group[0].start)[0]
            if sentence != topic_sentence:
                topics, topic_sentence = {}, sentence
            self._resolve(group, text, article_start, topics)
            for part in group:
                if part.place is not None and part.place.level in HOME_LEVELS:
                    topics[part.place.level] = part.place.name
            people = self._people(group, text, ends)
            reference = False
            if not people and len(group) == 1 and group[0].title.surface in _AFTER_NAME:
                found = self._name_before(text, group[0].start)
                end = group[0].end
                if found is not None and (self.names.ends_name(text, end) or text[end] == "的"):
                    name_start, person, reference = found
                    people = [(name_start, person)]
            if not people:
                continue
            status, stated = self._status(text, group)
            title_text = text[group[0].start : group[-1].end]
            for name_start, person in people:
                for part in group:
                    if not part.role:
                        continue
                    bare_secretary = part.role == "书记"
                    if not (part.jurisdiction or part.home_level) and not bare_secretary:
                        continue
                    if bare_secretary and not (reference or len(people) == 1):
                        continue
                    out.append(
                        Mention(
                            person=person,
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
                            status=status,
                            stated=stated,
                            reference=reference or bare_secretary,
                        )
                    )
        return out


def _acting_before(text: str, start: int) -> tuple[bool, int]:
    for prefix in ACTING_PREFIXES:
        if text.startswith(prefix, start - len(prefix)):
            return True, start - len(prefix)
    return False, start


def _article_start(starts: Sequence[int], pos: int) -> int:
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0
