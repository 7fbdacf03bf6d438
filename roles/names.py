"""Personal names: where a name written beside a title starts and ends.

Names are never looked up in a list of people. A name is read from how Chinese names are built
(a surname of one or two characters and one or two given-name characters; or the syllables of a
Tibetan, Mongolian or Uyghur name, joined by · in transliterations) and from what can follow a
name: punctuation, a title, a particle or one-character verb (因 在 等 说), or any word of the
dictionary (看来, 近日, 一行). When two readings fit, how often the third character appears in
given names decides (王小平安排 is 王小平; 李明说 is 李明).

The tests a reading is held to live in roles.name_rules; lists of names (A、B和C) in
roles.name_lists.
"""

from __future__ import annotations

import re

from roles.chars import LEVEL_CHARS, is_han
from roles.dictionary import (
    FREQUENT_NOUN,
    NOMINAL,
    NOT_NAMES,
    VERBAL,
    dictionary_words,
    is_nominal_word,
    is_word,
    starts_verb,
    starts_word,
)
from roles.name_rules import (
    CONJUNCTIONS,
    DOTTED,
    GIVEN_COMMON,
    NAME_DOTS,
    PREPOSITION_SURNAMES,
    NameRules,
    gazetteer_place_at,
    is_common_word,
)

# When both a two- and a three-character reading end at a name boundary, a third character that
# is one of these is read as the boundary: 王刚说 is 王刚 + 说.
# (继甲、乙后，: 后 closes a clause of time after a name)
_PREFER_SHORT = frozenset("等说称在和与及对向的了就以后、")
# A light verb (作讲话, 作报告, 做介绍, 致欢迎辞) takes the verbal noun that follows it: when a
# word follows it, it is the verb and not the name's last character (柯军作讲话 is 柯军).
_LIGHT_VERBS = frozenset("作做致")
_PREPOSITIONS = frozenset("于在对向从")
# Listed verbs and adverbs that no name ends in, unlike 将 or 让 (周立将, 代明让)
_NEVER_LAST = frozenset("拟则")
_LEADING_VERBS = frozenset("率携")  # 陶五携调研组, 谢五率考察团: verbs of leading a group
_SUBDISTRICT_WORDS = ("街道", "社区")
_ASPECT_PARTICLES = frozenset("了着")
_LIST_STOPS = frozenset("，,、；;。")
_MODIFIERS_OF_NOUNS = ("相关", "有关")
_DOT_CHAR = re.compile("[" + re.escape(NAME_DOTS) + "]")


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


class NameReader(NameRules):
    """Reads personal names at a position, deciding where each ends from what follows."""

    # -- reading --

    def name_at(self, text: str, pos: int, oracle: bool = True) -> str | None:
        """The name starting at `pos`, or None: the longest of a Han reading, a reading from
        the syllables of minority names, and a transliteration joined by ·."""
        if self.nonofficial.end_at(text, pos) >= 0:
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
                    or gazetteer_place_at(text, pos + 1, self.lex.place_names) >= n - 1
                    # (书记和受资助的学生: a character no given name uses after the conjunction)
                    or (n == 2 and self._given.get(cand[1], 0) == 0)
                    # (人大主席和新一届乡政府: a term follows, 一届, and no name stands before it)
                    or text.startswith("一届", end)
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
                # (市长于春风出席: a rarer noun, 春风, that a listed verb follows is a given name)
                if (
                    oracle
                    and cand[0] in PREPOSITION_SURNAMES
                    and given_kind is not None
                    and given_kind != VERBAL
                    and (text[end : end + 1] not in _LIST_STOPS or given_kind == FREQUENT_NOUN)
                    and not (given_kind == NOMINAL and strength == 3)
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
            # (嘎查达额尔登布和的时候: or the possessive particle after it)
            if end < 0 or end - pos < 4 or end - pos > 6:
                continue
            if self.end_strength(text, end) < 3 and text[end : end + 1] != "的":
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
        m = DOTTED.match(text, pos)
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

    def span_is_name(self, span: str) -> bool:
        if DOTTED.fullmatch(span):
            return self.plausible(span)
        # (第一书记和省级、市级…: a conjunction and a word or a level, no name)
        if span[:1] in CONJUNCTIONS and (is_word(span[1:]) or span[1:2] in LEVEL_CHARS):
            return False
        return 2 <= len(span) <= (6 if self.is_parts(span) else 4) and self.plausible(
            span, oracle=False
        )

    def is_built_like_name(self, name: str) -> bool:
        """A surname and given name, a transliteration with ·, or minority-name syllables: what a
        name standing alone at a sentence's start must be (据了解, 另据 are not)."""
        return (
            self.surname_length(name, 0) > 0
            or (not name.isalpha() and DOTTED.fullmatch(name) is not None)
            or self.is_parts(name)
        )

    def is_parts(self, span: str) -> bool:
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
        if self.span_is_name(span) and self.plausible(span, oracle=oracle):
            return span
        for n in (3, 2):
            cand = text[end - n : end]
            # (王艳拟提名为…: 拟 and 则 are no name's last character)
            if n == 3 and cand[-1] in _NEVER_LAST:
                continue
            if end - n >= left and cand[0] in self.lex.surnames and self.plausible(cand, oracle):
                return cand
        return None
