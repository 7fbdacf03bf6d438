"""How personal names are built and where one can end: the tests a reading is held to.

A name is a surname of one or two characters and one or two given-name characters, or the
syllables of a Tibetan, Mongolian or Uyghur name, joined by · in transliterations. What may follow
one decides where it ends: punctuation, a title, a particle or one-character verb (因 在 等 说), or
any word of the dictionary (看来, 近日). `NameRules` holds these tests and the per-text record of
readings; roles.names reads names with them and roles.name_lists reads lists of names.
"""

from __future__ import annotations

import re

from roles.chars import CJK_RUN, LEVEL_CHARS, WordFinder, is_han, word_finder
from roles.dictionary import (
    VERBAL,
    dictionary_words,
    is_word,
    starts_verb,
    starts_word,
)
from roles.lexicons import Lexicons

# Characters no name starts with (function words, verbs and nouns that follow a bare title).
# Surnames that are also common words (于, 任, 向, 和, 时, 全, 曾, 强) are left out on purpose.
NOT_NAME_START = frozenset(
    "的了在与及等是为对将也都就要并把被从这那其各每该本我你他她它们有无不没一二三四五六七八九十"
    "第上下中后会届年月日又还再已所以之而或如若因至到给让使请由带率作来去出进参讲主指表说认介"
    "听召提组兼当现新总级部局委办处科室队团院校站厅及"
)
_VERBS_OF_GOING = frozenset("赴到至往去来抵")
_OPENING_QUOTES = frozenset("“‘「『《")
_ORGAN_ENDS = frozenset("局办厅署室")
_ORGAN_WORDS = frozenset(("政协", "人大", "政府", "党委", "纪委", "法院", "检察", "委员"))
# The levels below a county, as their names end (石门镇, 东街社区)
SUBCOUNTY_LEVELS = ("街道", "社区", "镇", "乡", "村")
CONJUNCTIONS = frozenset("和与及同")
# Surnames that are also prepositions opening a predicate (向, 于, 由, 从, 将)
PREPOSITION_SURNAMES = frozenset("向于由从将")
# A given-name character seen less often than this (per 10,000 given-name characters) is not
# taken as the third character of a name when the shorter reading also fits, nor as part of a
# name that is also a common word (高峰 is a name, 全面 is not).
GIVEN_COMMON = 10
# Surnames borne by fewer persons per million than this (笪, 禚, 区, 将) start a name only when
# its given name is built like one or a firm boundary (a verb, a title, punctuation) ends it.
RARE_SURNAME = 40
# Separators inside transliterated names: 艾力·买买提 (web copies write • ‧ ・ or a full stop).
NAME_DOTS = "·•‧・.．"
# 桂华拟任…: 任 after these is part of the verb, and the character before it no name's
_VERBS_OF_TAKING_UP = frozenset(
    {"拟任", "调任", "出任", "升任", "改任", "兼任", "接任", "现任", "曾任", "历任", "转任", "挂任"}
    | {"继任", "就任", "新任", "后任", "前任", "时任", "原任", "担任", "留任", "连任", "聘任"}
)
# Posts of a delegation, working group or command that 任 may take (任团长, 任副组长)
_GROUP_POSTS = ("团长", "副团长", "组长", "副组长", "队长", "副队长", "指挥长", "总指挥", "召集人")
# Heads of posts that follow a surname as a way of address (任政委, 李部长), besides the titles
POST_HEADS = frozenset(
    {"政委", "部长", "秘书", "司令", "司令员", "队长", "组长", "校长", "院长", "所长"}
    | {"站长", "行长", "社长", "经理", "主席", "委员", "常委"}
)
DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[" + re.escape(NAME_DOTS) + r"][\u4e00-\u9fff]{1,8})+")


# Bodies that are no place's organ: a bare town title after one is the body's own post
# (师范学院党委书记), and what precedes one in a list is no person's name
NON_PLACE_BODIES = ("集团", "公司", "企业", "银行", "协会", "商会", "学院", "大学", "医院")
# Schools and hospitals: a post written after one is that institution's own (县人民医院院长,
# 南昌师范学院党委书记, 县第一中学校长), and the institution, named as written, is its jurisdiction
INSTITUTIONS = (
    *("医院", "卫生院", "保健院", "学院", "大学", "学校", "中学", "小学", "中心校", "幼儿园"),
    "党校",
)


def is_common_word(text: str) -> bool:
    """A dictionary word that could be mistaken for a name (it starts like one)."""
    return text[:1] not in NOT_NAME_START and text in dictionary_words()


def canonical_name(name: str) -> str:
    """A name as one spells it whatever the glyph of its separator: 艾力•买买提 → 艾力·买买提."""
    return name if name.isalpha() else name.translate(_DOT_TO_MIDDLE)


_DOT_TO_MIDDLE = str.maketrans({d: "·" for d in NAME_DOTS[1:]})


class NameRules:
    """The tests a name's reading is held to, and the readings of the text being read."""

    def __init__(self, lex: Lexicons, titles: WordFinder):
        self.lex = lex
        self.titles = titles
        self._place_heads = frozenset(p[:2] for p in lex.place_names if len(p) >= 3)
        self.place_string_heads = frozenset(p[:2] for p in lex.place_strings)
        self._address = frozenset(t for t in lex.titles if len(t) <= 3) | POST_HEADS
        self._ends = word_finder(lex.name_ends)
        # the lexicon's strong words, which no name holds: a character after its first (等), a
        # word anywhere (代表, 班子, 职务)
        strong = sorted((w for w, firm in lex.name_ends.items() if firm), key=len, reverse=True)
        self._strong_chars = frozenset(w for w in strong if len(w) == 1) | {"、"}
        self._strong_words = re.compile("|".join(w for w in strong if len(w) > 1) or "(?!)")
        self.nonofficial = word_finder(lex.nonofficials)
        # verbs of two characters or more (讲话, 主持, 参加): after one, even a word is a name
        self._verbs = word_finder(w for w in lex.name_ends if len(w) >= 2)
        self._parts = word_finder(lex.name_parts) if lex.name_parts else None
        # Characters of transliterated names and the two-character openings of their syllables:
        # 阿古达木, 乌日根 are read from them when no listed syllables spell the whole name.
        self._translit = frozenset("".join(lex.name_parts))
        # … less the conjunctions and particles that join a name to what follows (艾力和县长)
        self._translit_run = self._translit - frozenset("和及与同在的等")
        self._openings = frozenset(p[:2] for p in lex.name_parts if len(p) >= 2)
        self._given = lex.given_shares
        self._surname_freq = lex.surname_freq
        # Per text: names read with one reading only, and the readings chosen between two
        # (position -> both), so that a name read unambiguously once fixes the others.
        self.sure: set[str] = set()
        self.choices: dict[int, tuple[str, str]] = {}

    def start_text(self) -> None:
        self.sure = set()
        self.choices = {}

    def settled(self, pos: int, name: str) -> str:
        """The reading of the name at `pos` once the whole text is read: the other reading of
        an ambiguous one when only that one was read unambiguously elsewhere (孙立将，… and
        孙立将作…)."""
        both = self.choices.get(pos)
        # (阿布都·买买提: a longer name read at the same place, a transliteration, is neither)
        if both is None or name in self.sure or name not in both:
            return name
        other = both[0] if both[1] == name else both[1]
        return other if other in self.sure else name

    # -- what follows a name --

    def end_strength(self, text: str, pos: int) -> int:
        """How firmly a name may end right before `pos`: 3 for punctuation, a title or a listed
        verb of two characters or more (主持, 一行); 2 for a listed particle or one-character
        verb (将, 在, 说); 1 for any other dictionary word (看来, 近日); 0 for none."""
        if pos >= len(text):
            return 3
        if not is_han(text[pos]):
            # (李娟用“一座桥”推介: an opening quote follows a verb more often than a name)
            return 1 if text[pos] in _OPENING_QUOTES else 3
        if self.titles.end_at(text, pos) >= 0:
            return 3
        # 单立前赴无为市: a verb of going, then a place the gazetteer knows, is the verb
        if (
            text[pos] in _VERBS_OF_GOING
            and text[pos + 1 : pos + 3] in self.place_string_heads
            and gazetteer_place_at(text, pos + 1, self.lex.place_strings) > 0
        ):
            return 3
        # 王五市南区代区长: a place and its title start the next entry
        if text[pos : pos + 2] in self._place_heads and self._place_and_title_at(text, pos):
            return 3
        # 戊五任丽水市委副书记: 任 before a post is the verb, not a name's character
        if (
            text[pos] == "任"
            # (王立新任…: 新 ends many names, and a name with 新任 after it has no verb)
            and (text[pos - 1 : pos + 1] not in _VERBS_OF_TAKING_UP or text[pos - 1] == "新")
            and (
                self.titles.end_at(text, pos + 1) >= 0
                or (
                    text[pos + 1 : pos + 3] in self._place_heads
                    and self._place_and_title_at(text, pos + 1)
                )
                # (王立新任石门镇党委书记: a town's name, its level and a title)
                or self._town_and_title_at(text, pos + 1)
                # (以市农委主任鲁一铭任团长的考察团: a post of a delegation or a task group)
                or text.startswith(_GROUP_POSTS, pos + 1)
            )
        ):
            return 3
        listed = self._ends.end_at(text, pos)
        if listed - pos >= 2:
            return 3
        # a verb of the dictionary (来到, 安排) is as firm as a listed one; a particle alone
        # (将, 来) is less firm, and any other word (平安, 此前) less again
        if starts_verb(text, pos):
            return 3
        if listed >= 0:
            return 2
        # 冒着, 顶着, 聊了: a character an aspect particle follows is a verb, not a name's
        if text[pos + 1 : pos + 2] in ("着", "了", "过"):
            return 2
        return 1 if starts_word(text, pos) else 0

    def ends_name(self, text: str, pos: int) -> bool:
        """Whether a name may end right before `pos`."""
        return self.end_strength(text, pos) > 0

    def _place_and_title_at(self, text: str, pos: int) -> bool:
        """A division's full name and a title start at `pos` (市南区代区长, 东湖区委书记)."""
        for k in range(3, 8):
            if text[pos : pos + k] in self.lex.place_names:
                after = pos + k + text.startswith("代", pos + k)
                if self.titles.end_at(text, after) >= 0 or (
                    after == pos + k and self.titles.end_at(text, after - 1) >= 0
                ):
                    return True
        return False

    def _town_and_title_at(self, text: str, pos: int) -> bool:
        """A town's, street's or village's name of two to four characters, its level word and
        a title start at `pos` (石门镇党委书记, 城关镇镇长, 东街社区党委书记)."""
        for k in range(2, 5):
            at = pos + k
            word = next((w for w in SUBCOUNTY_LEVELS if text.startswith(w, at)), None)
            if word is None or not CJK_RUN.fullmatch(text, pos, at):
                continue
            after = at + len(word)
            return self.titles.end_at(text, after) > after or self.titles.end_at(text, at) > after
        return False

    def _listed_end(self, text: str, pos: int) -> bool:
        """A title, or a listed verb of two characters or more, starts at `pos`."""
        return self.titles.end_at(text, pos) >= 0 or self._ends.end_at(text, pos) - pos >= 2

    def _firm_end(self, text: str, pos: int) -> bool:
        """A verb of two characters or more, or a title: enough for a name without a surname."""
        return self._verbs.end_at(text, pos) >= 0 or self.titles.end_at(text, pos) >= 0

    # -- how names are built --

    def common_surname(self, surname: str) -> bool:
        return self._surname_freq.get(surname, RARE_SURNAME) >= RARE_SURNAME

    def given_common(self, chars: str) -> bool:
        return all(self._given.get(c, 0) >= GIVEN_COMMON for c in chars)

    def surname_length(self, text: str, pos: int) -> int:
        """1 or 2 for a surname starting at `pos`, 0 for none."""
        if text[pos : pos + 2] in self.lex.compound_surnames:
            return 2
        return 1 if text[pos : pos + 1] in self.lex.surnames else 0

    def plausible(self, cand: str, oracle: bool = True) -> bool:
        """Could `cand` be a name? Inside a list of names (A、B、C) the dictionary is not asked:
        the place itself says it is a name, and names like 高峰 or 金志 are words too."""
        # (a name of letters only has no dot: most candidates skip the regex)
        if not cand.isalpha() and DOTTED.fullmatch(cand):
            return len(cand) <= 16 and self.nonofficial.end_at(cand, 0) < 0
        return (
            len(cand) >= 2
            and CJK_RUN.fullmatch(cand) is not None
            and (cand[0] not in NOT_NAME_START or cand[:2] in self.lex.compound_surnames)
            and not any(c in self._strong_chars for c in cand[1:])
            and self._strong_words.search(cand) is None
            # 区政府办、发改局、经科信局: an organ's last character ends no name of three or more,
            # nor do its level and organ start one (区政协, 县人大)
            and not (len(cand) >= 3 and cand[-1] in _ORGAN_ENDS)
            and not (cand[0] in LEVEL_CHARS and cand[1:3] in _ORGAN_WORDS)
            and not (cand[0] in LEVEL_CHARS and cand[1] == "委")  # (区委, 县委: a committee)
            and self.nonofficial.end_at(cand, 0) < 0
            and cand not in self.lex.name_ends  # 副区长代理…职务: a verb, not a name
            and not (oracle and is_common_word(cand))
            # 刚刚卸任: a doubled character that makes a word (刚刚, 常常) opens no name
            and not (cand[0] == cand[1] and is_word(cand[:2]))
            # 原一级巡视员: a grade (一级, 二级) is no given name
            and not (cand[-2:-1] in "一二三四" and cand[-1] == "级")
            # 王书记, 任政委: a surname and a title make a way of address, not a name
            and (len(cand) < 3 or cand[1:] not in self._address)
            and (len(cand) < 4 or cand[2:] not in self._address)
            # 名以及, 区相关: a rare surname before a verb or conjunction is no name
            and not (
                len(cand) == 3
                and dictionary_words().get(cand[1:]) == VERBAL
                and not self.common_surname(cand[0])
            )
            # 简历显示, 报道指出: four characters that end in a verb are a clause, unless a
            # compound surname opens them
            and not (
                len(cand) == 4
                and dictionary_words().get(cand[2:]) == VERBAL
                and cand[:2] not in self.lex.compound_surnames
            )
        )

    def lengths(self, text: str, pos: int) -> tuple[int, ...]:
        if text[pos : pos + 2] in self.lex.compound_surnames:
            return (4, 3)
        return (3, 2)


def gazetteer_place_at(text: str, pos: int, places: frozenset[str]) -> int:
    """The length of the longest gazetteer name (full or short) at `pos`, or 0."""
    return next((k for k in range(8, 1, -1) if text[pos : pos + k] in places), 0)
