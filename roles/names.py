"""Personal names: where a name written beside a title starts and ends.

Names are never looked up in a list of people. A name is read from how Chinese names are built
(a surname of one or two characters and one or two given-name characters; or the syllables of a
Tibetan, Mongolian or Uyghur name, joined by · in transliterations) and from what can follow a
name: punctuation, a title, a particle or one-character verb (因 在 等 说), or any word of the
dictionary (看来, 近日, 一行). When two readings fit, how often the third character appears in
given names decides (王小平安排 is 王小平; 李明说 is 李明).
"""

from __future__ import annotations

import re

from roles.chars import CJK_RUN, LEVEL_CHARS, WordFinder, is_han, word_finder
from roles.dictionary import (
    FREQUENT_NOUN,
    NOMINAL,
    NOT_NAMES,
    VERBAL,
    dictionary_words,
    is_nominal_word,
    is_plain_word,
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
# When both a two- and a three-character reading end at a name boundary, a third character that
# is one of these is read as the boundary: 王刚说 is 王刚 + 说.
# (继甲、乙后，: 后 closes a clause of time after a name)
_PREFER_SHORT = frozenset("等说称在和与及对向的了就以后、")
# A light verb (作讲话, 作报告, 做介绍, 致欢迎辞) takes the verbal noun that follows it: when a
# word follows it, it is the verb and not the name's last character (柯军作讲话 is 柯军).
_LIGHT_VERBS = frozenset("作做致")
_OPENING_QUOTES = frozenset("“‘「『《")
_ORGAN_ENDS = frozenset("局办厅署室")
_ORGAN_WORDS = frozenset(("政协", "人大", "政府", "党委", "纪委", "法院", "检察", "委员"))
_PREPOSITIONS = frozenset("于在对向从")
# Listed verbs and adverbs that no name ends in, unlike 将 or 让 (周立将, 代明让)
_NEVER_LAST = frozenset("拟则")
_LEADING_VERBS = frozenset("率携")  # 陶五携调研组, 谢五率考察团: verbs of leading a group
_SUBDISTRICT_WORDS = ("街道", "社区")
# The levels below a county, as their names end (石门镇, 东街社区)
SUBCOUNTY_LEVELS = ("街道", "社区", "镇", "乡", "村")
CONJUNCTIONS = frozenset("和与及同")
_ASPECT_PARTICLES = frozenset("了着")
# Surnames that are also prepositions opening a predicate (向, 于, 由, 从, 将)
PREPOSITION_SURNAMES = frozenset("向于由从将")
_LIST_STOPS = frozenset("，,、；;。")
_MODIFIERS_OF_NOUNS = ("相关", "有关")
# A given-name character seen less often than this (per 10,000 given-name characters) is not
# taken as the third character of a name when the shorter reading also fits, nor as part of a
# name that is also a common word (高峰 is a name, 全面 is not).
GIVEN_COMMON = 10
# Surnames borne by fewer persons per million than this (笪, 禚, 区, 将) start a name only when
# its given name is built like one or a firm boundary (a verb, a title, punctuation) ends it.
RARE_SURNAME = 40
# Separators inside transliterated names: 艾力·买买提 (web copies write • ‧ ・ or a full stop).
NAME_DOTS = "·•‧・.．"
# A post of an office, written without its level: 统计局副局长, 考核办常务副主任, 信息中心主任,
# 文学艺术界联合会主席. No verb stands inside one (分别任…县公安局局长 is a clause, not an office).
_OFFICE_HEADS = r"(?:常务副|副)?(?:局长|主任|站长|所长|队长|馆长|处长|科长|股长|主席|秘书长)"
OFFICE_TITLE = re.compile(
    r"(?:(?![任为是在到])[\u4e00-\u9fff]){1,8}(?:局|办|中心|站|所|队|馆|处|科|股|(?<![常委])会|联|(?<!政)协|工委)"
    + _OFFICE_HEADS
    + r"|(?:(?![任为是在到])[\u4e00-\u9fff]){1,6}股长"  # (教育股长: a section's head, abbreviated)
)
OFFICE_HEAD = re.compile(_OFFICE_HEADS)
# 桂华拟任…: 任 after these is part of the verb, and the character before it no name's
_VERBS_OF_TAKING_UP = frozenset(
    {"拟任", "调任", "出任", "升任", "改任", "兼任", "接任", "现任", "曾任", "历任", "转任", "挂任"}
    | {"继任", "就任", "新任", "后任", "前任", "时任", "原任", "担任", "留任", "连任", "聘任"}
)
# Posts of a delegation, working group or command that 任 may take (任团长, 任副组长)
_GROUP_POSTS = ("团长", "副团长", "组长", "副组长", "队长", "副队长", "指挥长", "总指挥", "召集人")
# Heads of posts that follow a surname as a way of address (任政委, 李部长), besides the titles
_POST_HEADS = frozenset(
    {"政委", "部长", "秘书", "司令", "司令员", "队长", "组长", "校长", "院长", "所长"}
    | {"站长", "行长", "社长", "经理", "主席", "委员", "常委"}
)
_DOT_CHAR = re.compile("[" + re.escape(NAME_DOTS) + "]")
_DOTTED = re.compile(
    r"[\u4e00-\u9fff]{1,6}(?:[" + re.escape(NAME_DOTS) + r"][\u4e00-\u9fff]{1,8})+"
)


# A name's note in a list (李乙（女）, 孙丙（藏族）, 赵丁（女，回族）)
NAME_NOTE = (
    r"[（(](?:[男女]|[\u4e00-\u9fff]{1,4}族)(?:[，,、][男女]|[，,、][\u4e00-\u9fff]{1,4}族)?[）)]"
)
_NOTE = re.compile(NAME_NOTE)


# Bodies that are no place's organ: a bare town title after one is the body's own post
# (师范学院党委书记), and what precedes one in a list is no person's name
NON_PLACE_BODIES = ("集团", "公司", "企业", "银行", "协会", "商会", "学院", "大学", "医院")
# Schools and hospitals: a post written after one is that institution's own (县人民医院院长,
# 南昌师范学院党委书记, 县第一中学校长), and the institution, named as written, is its jurisdiction
INSTITUTIONS = (
    *("医院", "卫生院", "保健院", "学院", "大学", "学校", "中学", "小学", "中心校", "幼儿园"),
    "党校",
)
# A body's name run on from a list item read as a name (台北 + 医学大学), within eight characters
_RUN_ON_BODY = re.compile(
    "[\u4e00-\u9fff]{0,6}?(?:" + "|".join(dict.fromkeys((*NON_PLACE_BODIES, *INSTITUTIONS))) + ")"
)
# Nouns that end the name of a body: what precedes them in a list is no person's name
_BODY_NOUNS = (
    *NON_PLACE_BODIES,
    "机关",
    "部门",
    "单位",
    "系统",
    "办事处",
    # (…、黄龙法院党组书记乙, 邱村镇党政主要负责人: a place's organs)
    "法院",
    "检察院",
    "人民",
    "政府",
    "党委",
    "党政",
    # (…、扶余工业集中区管委会主任乙: a place's zone)
    "开发区",
    "高新区",
    "经开区",
    "园区",
    "工业园区",
    "产业园区",
    "工业集中区",
    "产业集聚区",
    "示范区",
    "新区",
)


def is_common_word(text: str) -> bool:
    """A dictionary word that could be mistaken for a name (it starts like one)."""
    return text[:1] not in NOT_NAME_START and text in dictionary_words()


def canonical_name(name: str) -> str:
    """A name as one spells it whatever the glyph of its separator: 艾力•买买提 → 艾力·买买提."""
    return name if name.isalpha() else name.translate(_DOT_TO_MIDDLE)


_DOT_TO_MIDDLE = str.maketrans({d: "·" for d in NAME_DOTS[1:]})


def _opens_frame_of_yi(text: str, pos: int) -> bool:
    """以 stands earlier in the clause before `pos`, as a word of its own (not 可以, 以来)."""
    floor = max(0, pos - 40)
    clause = max(text.rfind(c, floor, pos) for c in "，,。；;！？!?\n：:") + 1
    i = text.rfind("以", max(clause, floor), pos)
    return (
        i >= 0
        and not (i > 0 and is_common_word(text[i - 1 : i + 1]))
        and not is_common_word(text[i : i + 2])
    )


class NameReader:
    """Reads personal names at a position, deciding where each ends from what follows."""

    def __init__(self, lex: Lexicons, titles: WordFinder):
        self.lex = lex
        self.titles = titles
        self._place_heads = frozenset(p[:2] for p in lex.place_names if len(p) >= 3)
        self.place_string_heads = frozenset(p[:2] for p in lex.place_strings)
        self._address = frozenset(t for t in lex.titles if len(t) <= 3) | _POST_HEADS
        self._ends = word_finder(lex.name_ends)
        # the lexicon's strong words, which no name holds: a character after its first (等), a
        # word anywhere (代表, 班子, 职务)
        strong = sorted((w for w, firm in lex.name_ends.items() if firm), key=len, reverse=True)
        self._strong_chars = frozenset(w for w in strong if len(w) == 1) | {"、"}
        self._strong_words = re.compile("|".join(w for w in strong if len(w) > 1) or "(?!)")
        self._nonofficial = word_finder(lex.nonofficials)
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
        if not cand.isalpha() and _DOTTED.fullmatch(cand):
            return len(cand) <= 16 and self._nonofficial.end_at(cand, 0) < 0
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
            and self._nonofficial.end_at(cand, 0) < 0
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

    # -- reading --

    def name_at(self, text: str, pos: int, oracle: bool = True) -> str | None:
        """The name starting at `pos`, or None: the longest of a Han reading, a reading from
        the syllables of minority names, and a transliteration joined by ·."""
        if self._nonofficial.end_at(text, pos) >= 0:
            return None
        found = [
            n
            for n in (
                self._han_name_at(text, pos, oracle),
                self._parts_name_at(text, pos),
                self.transliterated_name_at(text, pos),
            )
            if n
        ]
        if not found:
            return None
        name = max(found, key=len)
        end = pos + len(name)
        # 江岸区长江路街道: what a subdistrict's level word follows is its name, not a person's;
        # 和县人民政府: no name ends inside 人民
        if text.startswith(_SUBDISTRICT_WORDS, end) or text[end - 1 : end + 1] == "人民":
            return None
        return name

    def _han_name_at(self, text: str, pos: int, oracle: bool) -> str | None:
        surname = self.surname_length(text, pos)
        adverb = self._ends.end_at(text, pos) >= 0  # 亲自部署: not a name
        valid: list[tuple[int, int]] = []  # (length, how firmly what follows ends it)
        for n in self.lengths(text, pos):
            cand = text[pos : pos + n]
            if len(cand) < n or not self.plausible(cand, oracle=False):
                continue
            # 书记镇长成了讲解员: an aspect particle ends a verb, never a name
            if cand[-1] in _ASPECT_PARTICLES:
                continue
            end = pos + n
            strength = self.end_strength(text, end)
            # 吴区长和郑副区长: a conjunction and a surname before a title, not a name;
            # 秘书长和常务委员: a conjunction and a word
            # (政协主席和市有关部门: a conjunction and a level character, 市 or 县, is no name)
            # (区长和南沙区…委员: a conjunction and a place; 第一书记和工作队: and a word that
            # runs on past the name)
            if (
                cand[0] in CONJUNCTIONS
                and (
                    (n == 2 and (self.titles.end_at(text, end) >= 0 or cand[1] in LEVEL_CHARS))
                    or (n == 3 and is_word(cand[1:]))
                    or _gazetteer_place_at(text, pos + 1, self.lex.place_names) >= n - 1
                    # (书记和受资助的学生: a character no given name uses after the conjunction)
                    or (n == 2 and self._given.get(cand[1], 0) == 0)
                    or (
                        n == 2
                        and is_word(text[pos + 1 : pos + 3])
                        # (第一书记和工作队: the word runs on past the name's end; 和平和企业家…)
                        and (strength < 2 or is_word(text[pos + 1 : pos + 4]))
                    )
                )
            ):
                continue
            # 县长向大会报告: a preposition, then a frequent noun running past the name's end
            if (
                n == 2
                and cand[0] in PREPOSITION_SURNAMES
                and dictionary_words().get(text[pos + 1 : pos + 3]) == FREQUENT_NOUN
            ):
                continue
            # 人选名单中: a rare surname that makes a word with the next character (名单) is
            # that word's first character
            if (
                n == 3
                and surname == 1
                and is_common_word(cand[:2])
                and not self.common_surname(cand[0])
            ):
                continue
            if surname:
                # A name that is also a word (高峰, 方明) is one when its given name is built
                # like one, or when it is a noun a verb or particle follows (林业对…, 高原介绍);
                # 全面, 亲自 are not.
                # Only a one-character given name makes a noun a name (高峰, 林业): 候选人 and
                # 负责人 are not 候 选人, 负 责人.
                if (
                    oracle
                    and is_common_word(cand)
                    and not self.given_common(cand[surname:])
                    and not (
                        is_nominal_word(cand)
                        and len(cand) - surname == 1
                        and self.common_surname(cand[:surname])
                        and strength >= 2
                    )
                ):
                    continue
                # 职务的请求: a rare surname's word, then a character no given name uses
                if (
                    oracle
                    and n - surname == 2
                    and not self.common_surname(cand[:surname])
                    and is_common_word(cand[: n - 1])
                    and self._given.get(cand[-1], 0) < GIVEN_COMMON
                ):
                    continue
                # 张区长首先讲话: a rare surname and one character that together are a verb or
                # adverb of the dictionary (首先, 随后) are that word
                if (
                    n == 2
                    and not self.common_surname(cand[:1])
                    and dictionary_words().get(cand) == VERBAL
                ):
                    continue
                # 及区相关单位: a rare surname, or one that is also a level character (区), then
                # a verb or function word (相关, 有关) as the given name
                # (in a list too when the word is a verb or conjunction: 1名以及)
                given_kind = dictionary_words().get(cand[surname:]) if n - surname == 2 else None
                if (
                    given_kind in NOT_NAMES
                    and (oracle or given_kind == VERBAL)
                    and (cand[0] in LEVEL_CHARS or not self.common_surname(cand[:surname]))
                ):
                    continue
                # 副县长向会议报告, 镇长向上级汇报: a preposition that is also a surname, then its
                # object, a noun of the dictionary (向前进, a verb, is a name)
                # (县政协主席于海峰，: a prepositional phrase never ends at a list's comma; a
                # name does, unless its object is a frequent noun: 向群众、)
                if (
                    oracle
                    and cand[0] in PREPOSITION_SURNAMES
                    and given_kind is not None
                    and given_kind != VERBAL
                    and (text[end : end + 1] not in _LIST_STOPS or given_kind == FREQUENT_NOUN)
                ):
                    continue
                ok = strength > 0 and (
                    strength == 3
                    or not oracle
                    or self.common_surname(cand[:surname])
                    or self.given_common(cand[surname:])
                )
            else:
                # No known surname: firmer ground, a verb after it (笪明远讲话) or a list;
                # a bare particle is not enough (该区长期以来 is not 区长 期以).
                # 矣晓梅，: punctuation after a given name built like one
                # (县人大换届…: a level character that is no surname starts an organ)
                ok = (
                    cand[0] not in LEVEL_CHARS
                    and (
                        (not adverb and self._firm_end(text, end))
                        or (not oracle and strength > 0)
                        or (
                            n == 3
                            and strength == 3
                            and not is_han(text[end : end + 1] or "。")
                            and self.given_common(cand[1:])
                            and not is_common_word(cand[:2])
                        )
                        # 县委书记泽尔登，县委副书记乙: characters of transliterated names, then the
                        # next titled person of a list
                        or (
                            n == 3
                            and text[end : end + 1] in ("，", ",", "、")
                            and all(c in self._translit for c in cand)
                            and self.titles.end_at(text, end + 1) >= 0
                        )
                    )
                )
            if ok:
                valid.append((n, strength))
        if not valid:
            return None
        if len(valid) > 1:
            (longer, long_end), (shorter, short_end) = valid[0], valid[-1]
            self.choices[pos] = (text[pos : pos + shorter], text[pos : pos + longer])
            n = self._choose(text, pos, longer, shorter, long_end, short_end)
            if n == longer and (pos + n >= len(text) or not is_han(text[pos + n])):
                self.sure.add(text[pos : pos + n])  # 孙立将，: punctuation closes the longer
            return text[pos : pos + n]
        self.sure.add(text[pos : pos + valid[0][0]])
        return text[pos : pos + valid[0][0]]

    def _choose(
        self, text: str, pos: int, longer: int, shorter: int, long_end: int, short_end: int
    ) -> int:
        """Both readings end at a boundary: the firmer boundary wins (孙立将主持: 主持 is firmer
        than 将); when both are as firm, a third character rare in given names is the start
        of what follows (王小平安排 but 周文明确)."""
        third = text[pos + shorter]
        if text.startswith("、", pos + longer):  # 林志和、王蓉: a list item ends at 、
            return longer
        after = pos + longer
        # 以常务副省长柏健身为团长: 以 earlier in the clause opens the frame 以…为, whose 为 ends
        # the name (not 身为, 成为 after the shorter reading)
        if text.startswith("为", after) and _opens_frame_of_yi(text, pos):
            return longer
        # 张三和镇长李四: a conjunction before a title joins two people, even when the title
        # names no place the matcher can read
        if third in CONJUNCTIONS and self.titles.end_at(text, after) > after:
            return shorter
        # 侯五与考察团一行…: a conjunction before a noun of three characters or more joins
        # the two, and ends the name
        if third in CONJUNCTIONS and any(is_nominal_word(text[after : after + k]) for k in (3, 4)):
            return shorter
        # 姜平及相关负责同志: 相关 and 有关 modify the noun the conjunction joins, though the
        # dictionary tags them as verbs
        if third in CONJUNCTIONS and text.startswith(_MODIFIERS_OF_NOUNS, after):
            return shorter
        # 韩庆和，/ 韩庆和主持: a conjunction joins no comma and no verb to a name: it ends one
        # (郑永和等: no conjunction stands before 等 either)
        # (丁扬及4名委员: a count after it is no punctuation; the conjunction joins it)
        if third in CONJUNCTIONS and (
            (
                long_end == 3
                and not is_han(next_char := text[after : after + 1] or "。")
                and not next_char.isalnum()
            )
            or starts_verb(text, after)
            or text.startswith("等", after)
        ):
            return longer
        # 钱中于和县人大…: a preposition (于, 在) takes an object, never a conjunction; the
        # character is the name's last
        # (王刚在和平村: 和 opens a word there, and no title follows it)
        if (
            third in _PREPOSITIONS
            and (
                (text.startswith("等", after) and not starts_word(text, after))  # (在等待)
                or (
                    text.startswith(("和", "及", "与"), after)
                    and is_han(text[after + 1 : after + 2] or "。")
                    and self.titles.end_at(text, after + 1) > after + 1
                )
            )
        ):
            return longer
        # 陈大为等在家常委: 等 closes a list of names, never stands inside one, and no word
        # starts with it here; the name runs up to it
        if (
            text.startswith("等", after)
            and third not in _PREFER_SHORT
            and not starts_word(text, after)
            and not is_common_word(text[pos + shorter : after + 1])
        ):
            return longer
        # (陈辛作《政府工作报告》: its object may open with a title mark)
        if third in _LIGHT_VERBS and (starts_word(text, after) or text[after : after + 1] in "《“"):
            return shorter
        # 王刚说。 is 王刚; 韩庆荣， is 韩庆荣 (荣 is a given-name character, 说 is not)
        if third in _PREFER_SHORT and not (
            long_end == 3
            and not is_han(text[pos + longer : pos + longer + 1] or "。")
            and self._given.get(third, 0) >= GIVEN_COMMON
        ):
            return shorter
        # 孙八率副局长周九: a listed one-character verb that no given name uses, before a
        # title, governs the titled person; it is not the name's last character. 率 and 携 lead
        # whatever follows (陶五携调研组); 将 only before a title (names do end in 将)
        # (王艳拟提名为…, 严平则任…: 拟 and 则, which never end a name, whatever follows them)
        if (
            short_end == 2
            and self._given.get(third, 0) == 0
            and (
                third in _LEADING_VERBS
                or third in _NEVER_LAST
                or self.titles.end_at(text, after) > after
            )
        ):
            return shorter
        # 冯丽此前: the longer reading cuts a word (此前) with a character no given name uses
        # (not a word the dictionary holds only a few times: 柴小征到 is not cut by 征到)
        cut = text[pos + longer - 1 : pos + longer + 1]
        if (
            self._given.get(third, 0) < GIVEN_COMMON
            and long_end < 3  # 孙秀洋参加: 参加 ends it firmly, whatever 洋参 is
            and is_common_word(cut)
            and dictionary_words()[cut] != NOMINAL
            and short_end > 0
            # (盛五功率党政领导: 率 leads what follows, so 功 ends the name)
            and text[after : after + 1] not in _LEADING_VERBS
        ):
            return shorter
        # 柯翔提请审议: a character no given name uses, starting a word after the shorter
        # reading, is that word's (提请), whatever follows the longer one
        if (
            self._given.get(third, 0) == 0
            and long_end < 3
            and short_end > 0
            and starts_word(text, pos + shorter)
        ):
            return shorter
        # 王五来不及休息: a verb of three or four characters starting after the shorter reading
        # (来不及) reads the text whole; the longer one would cut it
        if short_end > 0 and any(
            dictionary_words().get(text[pos + shorter : pos + shorter + k]) == VERBAL
            for k in (3, 4)
        ):
            return shorter
        # 费月高出席: a listed verb or a title after the longer reading explains the text
        # better than a dictionary word (高出) after the shorter one
        if (
            long_end == short_end == 3
            and self._listed_end(text, after)
            and not self._listed_end(text, pos + shorter)
        ):
            return longer
        if long_end != short_end:
            return longer if long_end > short_end else shorter
        return longer if self._given.get(third, 0) >= GIVEN_COMMON else shorter

    def _parts_name_at(self, text: str, pos: int) -> str | None:
        """次仁多吉, 巴特尔: one to three syllables of a minority name, then a boundary."""
        if self._parts is None:
            return None
        ends = []
        end = pos
        while len(ends) < 3 and (found := self._parts.end_at(text, end)) > end:
            end = found
            ends.append(end)
        for end in reversed(ends):
            if end - pos >= 2 and self.ends_name(text, end):
                return text[pos:end]
        # 阿拉坦仓、: a known syllable, then more of the name up to a firm boundary
        # (苏嘎尔布作通报: four syllables end before a one-character verb too)
        for end in range(ends[-1] + 1, pos + 7) if ends else ():
            if not is_han(text[end - 1 : end]):
                break
            strength = self.end_strength(text, end)
            if strength == 3 or (end - pos >= 4 and strength == 2):
                return text[pos:end]
        # 洛要才仁，/ 阿多彭措出席: syllables the lexicon lacks, then one it knows closing the
        # name at a firm boundary (four to six characters: a Han name is shorter)
        if not ends and (closing := self._closing_syllable_end(text, pos)) is not None:
            return text[pos:closing]
        if text[pos : pos + 2] not in self._openings:
            return None
        end = pos + 2
        while end < pos + 6 and text[end : end + 1] in self._translit:
            end += 1
            if end - pos >= 3 and self.end_strength(text, end) == 3:
                return text[pos:end]
        return None

    def _closing_syllable_end(self, text: str, pos: int) -> int | None:
        """Where a minority name that closes on a known syllable ends: four to six Han
        characters, the last syllable listed, a firm boundary after it, and no title, verb
        or organ inside (刘某才仁 would be a Han name and a syllable, so the first two
        characters must not be a Han reading that a firm boundary ends)."""
        assert self._parts is not None
        for start in range(pos + 2, pos + 5):
            if not is_han(text[start - 1 : start]):
                return None
            end = self._parts.end_at(text, start)
            if end < 0 or end - pos < 4 or end - pos > 6 or self.end_strength(text, end) < 3:
                continue
            if any(self.end_strength(text, k) >= 2 for k in range(pos + 2, end)):
                return None
            return end
        return None

    def transliterated_name_at(self, text: str, pos: int) -> str | None:
        """艾力·买买提: a transliteration joined by · starting at `pos`; its last part ends at
        the first name boundary."""
        if _DOT_CHAR.search(text, pos, pos + 7) is None:
            return None
        m = _DOTTED.match(text, pos)
        if m is None:
            return None
        last = max(m[0].rfind(d) for d in NAME_DOTS) + pos + 1
        # The last part ends at the first firm boundary (a verb, a title, punctuation, a
        # listed particle or one-character verb: 率, 作, 在), else at the first word:
        # transliterations are full of characters that start words.
        if (parts := self._parts_end(text, last)) is not None and self.ends_name(text, parts):
            return text[pos:parts]
        # 阿不都热西提到会: the longest run of transliteration characters that a verb, a title or
        # punctuation closes; the first boundary would cut it at the particle 都.
        run = last
        while run < m.end() and run - last < 8 and text[run] in self._translit_run:
            run += 1
        for end in range(run, last + 2, -1):
            # where the run stops on its own any boundary will do; inside it, only a firm one
            if self.end_strength(text, end) >= (2 if end == run else 3):
                return text[pos:end]
        ends = range(last + 2, m.end() + 1)
        for firmness in (2, 1):
            for end in ends:
                if self.end_strength(text, end) >= firmness:
                    return text[pos:end]
        return None

    def name_list_at(self, text: str, pos: int, commas: bool = False) -> list[tuple[int, str]]:
        """Names after a title: `A`, or `A、B、C` up to 等/参加/punctuation or the next title;
        a list of two or more may close with 和/及/与 and one more name. With `commas` (a post
        several may hold), a name alone between commas before the next post is listed too."""
        names: list[tuple[int, str]] = []
        closing = False  # the name after 和/及 that closes a list is read like a lone name
        while pos < len(text):
            # 局长甲、统计局副局长乙: an office the lexicon does not know starts another title
            if names and OFFICE_TITLE.match(text, pos):
                break
            in_list = not closing and (bool(names) or "、" in text[pos + 2 : pos + 4])
            name = self.name_at(text, pos, oracle=not in_list)
            if name is None:
                # Between two 、 the span itself is the name, whatever follows it.
                nxt = text.find("、", pos, pos + 9)
                span = text[pos:nxt] if nxt > pos else ""
                if not (in_list and self._span_is_name(span)):
                    break
                name = span
            if names and self.titles.end_at(text, pos + len(name)) >= 0:
                break  # …、大会秘书长甲: a title's own prefix, not a name of the list
            # (副院长甲、纪检组长乙: a post's head after it, then a name: an unknown office)
            after = pos + len(name)
            if (
                names
                and text[after : after + 2] in _POST_HEADS
                and self.name_at(text, after + 2) is not None
            ):
                break
            # 书记甲、分管农业的副乡长乙, 第一书记、村支书交流发言, 主任助理: a verb or a word
            # opens a clause or a post, not a name (of a rare surname, or of none)
            surname = text[pos] in self.lex.surnames
            if (
                (names and (starts_verb(text, pos) or is_plain_word(name)))
                or (is_word(name) and not surname and not self._is_parts(name))
            ) and not (surname and self.common_surname(text[pos])):
                break
            # (村委会主任甲、原总账会计乙: 原 and a word open a former post, not a name)
            if names and text[pos] == "原" and is_word(text[pos + 1 : pos + 3]):
                break
            # 副书记甲、海宁新兴公司经理乙: a place's name run into more words is no name
            if (
                names
                and (name in self.lex.place_strings or name[:2] in self.lex.place_strings)
                and self.end_strength(text, pos + len(name)) < 3
            ):
                break
            if names and text.startswith(_BODY_NOUNS, pos + len(name)):
                break  # 副县长甲、天山集团副总裁乙: a body's name opens the next item
            # 院长甲、台北医学大学副校长乙: a body's name whose first word runs on from it
            if names and self._body_runs_on(text, pos + len(name)):
                break
            names.append((pos, name))
            pos += len(name)
            if text.startswith(("（", "("), pos) and (note := _NOTE.match(text, pos)):
                pos = note.end()  # 副县长甲（女）、乙: the note is the name's
            sep = text[pos : pos + 1]
            if sep == "、":
                if self.titles.end_at(text, pos + 1) >= 0 or starts_with_place(text, pos + 1, self):
                    break
            elif commas and sep in ("，", ",") and self._name_alone_in_list(text, pos + 1):
                pass  # 副县长甲，乙，县人大副主任丙: a name alone between commas shares the post
            elif (
                sep not in ("和", "及", "与")
                or len(names) < 2
                or self.titles.end_at(text, pos + 1) >= 0
                or self._nonofficial.end_at(text, pos + 1) >= 0
            ):
                break
            else:
                closing = True
            pos += 1
        return names

    def _body_runs_on(self, text: str, pos: int) -> bool:
        """A word no firmer than a noun starts at `pos`, and the run of characters from there
        ends, within eight, in a body's noun (医学大学, 实验中学)."""
        body = _RUN_ON_BODY.match(text, pos)
        return body is not None and body.end() - pos <= 8 and self.end_strength(text, pos) <= 1

    def _name_alone_in_list(self, text: str, pos: int, depth: int = 0) -> bool:
        """A name alone between two commas in a list of posts and their holders: the next
        item after it opens with a post or a place, or is such a name too (副县长甲，乙，丙，
        县人大副主任丁)."""
        end = next((i for i in range(pos + 2, pos + 4) if text[i : i + 1] in ("，", ",")), -1)
        if end < 0:
            return False
        name = text[pos:end]
        return (
            CJK_RUN.fullmatch(name) is not None
            and self.name_at(text, pos) == name
            and not is_plain_word(name)
            and (
                self.titles.end_at(text, end + 1) >= 0
                or starts_with_place(text, end + 1, self)
                or (depth < 4 and self._name_alone_in_list(text, end + 1, depth + 1))
            )
        )

    def _span_is_name(self, span: str) -> bool:
        if _DOTTED.fullmatch(span):
            return self.plausible(span)
        # (第一书记和省级、市级…: a conjunction and a word or a level, no name)
        if span[:1] in CONJUNCTIONS and (is_word(span[1:]) or span[1:2] in LEVEL_CHARS):
            return False
        return 2 <= len(span) <= (6 if self._is_parts(span) else 4) and self.plausible(
            span, oracle=False
        )

    def is_built_like_name(self, name: str) -> bool:
        """A surname and given name, a transliteration with ·, or minority-name syllables: what a
        name standing alone at a sentence's start must be (据了解, 另据 are not)."""
        return (
            self.surname_length(name, 0) > 0
            or (not name.isalpha() and _DOTTED.fullmatch(name) is not None)
            or self._is_parts(name)
        )

    def _is_parts(self, span: str) -> bool:
        return self._parts_end(span, 0) == len(span)

    def _parts_end(self, text: str, pos: int) -> int | None:
        """Where a run of minority-name syllables starting at `pos` ends, if there is one."""
        end = pos
        while self._parts is not None and (found := self._parts.end_at(text, end)) > end:
            end = found
        return end if end > pos else None

    def name_ending_at(self, text: str, end: int, left: int, oracle: bool = True) -> str | None:
        """A name that ends at `end` and starts no earlier than `left` (read backwards)."""
        span = text[left:end]
        if self._span_is_name(span) and self.plausible(span, oracle=oracle):
            return span
        for n in (3, 2):
            cand = text[end - n : end]
            # (王艳拟提名为…: 拟 and 则 are no name's last character)
            if n == 3 and cand[-1] in _NEVER_LAST:
                continue
            if end - n >= left and cand[0] in self.lex.surnames and self.plausible(cand, oracle):
                return cand
        return None


def starts_with_place(text: str, pos: int, reader: NameReader) -> bool:
    """`、` followed by a place and a title (宁波市委常委、鄞州区委书记) starts new titles; a
    name joined by 和/及/与 to a title is not a place (甲、乙和县委常委丙: 乙和 is no place,
    太和县委书记 is one)."""
    for k in range(2, 7):
        if (
            reader.titles.end_at(text, pos + k) > pos + k
            and CJK_RUN.fullmatch(text, pos, pos + k)
            and (text[pos + k] in LEVEL_CHARS or text[pos + k - 1] in LEVEL_CHARS)
            and not (
                # 乙和 / 乙和县 before 县委常委 or 政协副主席: a name and a conjunction, unless
                # the whole is a known place (太和县, 和县)
                any(c in CONJUNCTIONS for c in text[pos + 2 : pos + k])
                and text[pos : pos + k] not in reader.lex.place_strings
            )
            # (甲、乙分别任县委书记…: a verb of taking office ends the names, no place)
            and not (
                text[pos + k - 1] in "任为"
                and ("分别" in text[pos : pos + k] or starts_verb(text, pos + k - 2))
            )
        ):
            return True
    # 广东省佛山市顺德区委书记: places of the gazetteer written one after another, then a title
    if text[pos : pos + 2] not in reader.place_string_heads:
        return False
    at = pos
    while (step := _gazetteer_place_at(text, at, reader.lex.place_strings)) > 0:
        at += step
        # 广西自治区来宾市: a region's short name written with 自治区 (its full name holds 壮族)
        at += 3 * text.startswith("自治区", at)
        if reader.titles.end_at(text, at) > at or (
            text[at - 1] in LEVEL_CHARS and reader.titles.end_at(text, at - 1) > at
        ):
            return at - pos > 6  # (shorter ones are read above)
    return False


def _gazetteer_place_at(text: str, pos: int, places: frozenset[str]) -> int:
    """The length of the longest gazetteer name (full or short) at `pos`, or 0."""
    return next((k for k in range(8, 1, -1) if text[pos : pos + k] in places), 0)
