"""Subjects: whom a post belongs to when no name stands next to its title.

The person a clause is about: the name before a verb of taking office (王五当选为…,
王五现任…), the name or title holder opening the sentence or the passage (王五，男，… /
王五出生于… / 双江镇党委书记王五是…, and 他/她 after them), the profile or heading above a
résumé, the subject of a career sentence (曾任…，…等职), and the names listed before a subject
(甲、乙当选为…). The Matcher takes these rules as a mixin; they read the title groups it found.
"""

from __future__ import annotations

import bisect
import re

from roles.chars import WordFinder, after_spaces, is_han
from roles.dictionary import is_word, starts_word
from roles.lexicons import Lexicons
from roles.name_lists import NAME_NOTE
from roles.name_rules import NOT_NAME_START, is_common_word
from roles.names import NameReader

_NOTE_BEFORE = re.compile(NAME_NOTE + "$")
_SUBJECT_FILLERS = re.compile(
    # (甲（现任…）: an opening bracket between the name and 现任)
    r"(?:自|曾|曾经|已|因|则|先后|又|还|再次|现|正式|回村|回乡|到村|起|开始|并|于|被|同志|不再|近日|日前|此前|之前|，|,|（|\(|"
    r"(?:19|20)\d{2}[.．]\d{1,2}[—\-–~至到]+(?:(?:19|20)\d{2}[.．]\d{1,2}|今)?|"
    r"(?:19|20)\d{2}[—\-–~至到]+(?:19|20)\d{2}年|"  # 1953-1966年，历任…
    r"等?[\d一二两三四五六七八九十]{1,3}(?:人|名|位)(?:同志|委员|代表)?|"
    r"等|" + NAME_NOTE + "|"
    r"以(?:\d+|全|满)票(?:的)?(?:高票|全票)?|全票|高票|满票|零反对票|"
    r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?|"
    # 王五2010年5月至2011年4月担任…, 2011年5月以后任…
    r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[至到—\-–~]+(?:(?:19|20)\d{2}年)?"
    r"(?:\d{1,2}月)?(?:\d{1,2}日)?|以后|以来|至今)$"
)
_SUBJECT_FILLERS_ONLY = re.compile(
    r"(?:[，,]|(?:19|20)\d{2}[—\-–~至到]+(?:19|20)\d{2}年|(?:19|20)\d{2}[.．]\d{1,2}[—\-–~至到]+(?:(?:19|20)\d{2}[.．]\d{1,2}|今)?|(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?|又|后|起|再|同年|次年|次月|同月|当月|翌年|"
    r"今年|去年|前年|先后|其后|此后|随后|之后|此前|之前|曾经|曾|同时|并|还|另|不再|至今|以后|以来|"
    r"[至到—\-–~])*"
)
LEADING_NAME = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}[：:])?([\u4e00-\u9fff]{2,4})(?:[（(][男女][）)])?[，,]"
)
_LABEL_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}[：:]\s*")  # 主要经历： above résumé lines
_DATED_LINE = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}\s*(?:[.．/]|年\s*\d{1,2}\s*月)")
# 章友林同志简历 heading a résumé
_RESUME_HEADING = re.compile(r"\n?\s*([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:个人)?(?:简历|简介)\s*\n")
_TO_PLACE = frozenset("在到赴来去于")  # 在兴宾担任区长: a place after these, not a name
# 欧阳嵩同志二〇一八年到长汀工作，先后任…: 同志 after a name opening the sentence
_LEADING_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,4}?)同志")
# A profile opens its paragraph: 王五，男，汉族，1970年3月生 / 王五同志，1970年3月出生. Its
# dated clauses without a subject (2008年4月任…；2011年2月任…) are all about that person.
_PROFILE_LEAD = re.compile(
    r"(?:^|(?<![\u4e00-\u9fff])|(?<=简历)|(?<=简介))[ \t\u3000]*"
    # (兰五生于1965年: a heading name whose line break the reading joined to its profile)
    r"([\u4e00-\u9fff]{2,4}?)(?:同志)?"
    r"(?:[，,]\s*|[ \t\u3000]*\n[ \t\u3000]*|(?=(?:出)?生于|(?:19|20)\d))"
    r"(?:[男女][，,]|[\u4e00-\u9fff]{1,4}族[，,]|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出)?生|"
    r"(?:出)?生于)"
)
PROFILE_SPAN = 1200  # how far a profile's dated clauses may run from its name
_SENTENCE_STARTS = re.compile(r"^|(?<=[。\n])")
_NAME_AND_COMMA = re.compile(r"([\u4e00-\u9fff]{2,3})[，,]")
_NUMERALS = frozenset("一二两三四五六七八九十")
# 据了解，/ 公开资料显示，/ 官方简历显示，: a clause naming where what follows is from
_SOURCE_OPENING = re.compile(r"[\u4e00-\u9fff]{0,6}(?:显示|了解|介绍|获悉|得知|报道)[，,]")
# A transliterated name that ends where a verb starts (哈力·柯赛 + 当选)
_DOTTED_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$")
# A career sentence: a verb of past posts, then posts up to 等职 or the sentence's end
_CAREER_VERB = re.compile(
    "曾任|曾担任|曾经担任|历任|先后任|先后担任|先后出任|此前任|此前担任|之前任|担任过|做过|当过|"
    "此前是|之前是"
)
_CAREER_BREAK = re.compile("现任|现为|至今|任命|当选|出任|调任|升任|接任|同志|[。；;]")
CAREER_SPAN = 600  # how far back a career sentence's verb may stand (long lists of posts)
CLAUSE_END = re.compile(r"[。！？；;\n]")
# What may stand right before a name that precedes its title.
BEFORE_NAME = set("在与和对向由及据请给让随同陪是把被跟接替")  # (甲接替乙任…)
_PRONOUNS = ("他", "她")
_COMMA = re.compile("[，,]")


def clause_start(text: str, pos: int, span: int = 60) -> int:
    """Start of the clause (after 。；, or a line break) that `pos` is in."""
    floor = max(0, pos - span)
    ends = [m.end() for m in CLAUSE_END.finditer(text, floor, pos)]
    return ends[-1] if ends else floor


_DATELINE_BEFORE = re.compile(
    r"(?:\d{1,4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|早上)?[，,]$"
)


def opens_sentence(text: str, start: int) -> bool:
    """Whether a sentence opens at `start` (spaces before it aside): after 。！？；, a line
    break, or a dateline's date (3月14日，)."""
    while start > 0 and text[start - 1] in " \t\u3000":
        start -= 1
    if start == 0 or text[start - 1] in "。！？；;\n":
        return True
    return _DATELINE_BEFORE.search(text, max(0, start - 16), start) is not None


class SubjectRules:
    """The subject rules of `roles.matching.Matcher` (a mixin: the matcher sets these)."""

    lex: Lexicons
    names: NameReader
    titles: WordFinder
    _careers: bool
    _last_subject: tuple[int, str] | None
    _group_spans: list[tuple[int, int]]
    _group_starts: list[int]
    _group_ends: frozenset[int]

    def _inside_group(self, pos: int) -> bool:
        """Whether `pos` lies strictly inside a title group."""
        i = bisect.bisect_right(self._group_starts, pos) - 1
        return i >= 0 and self._group_spans[i][0] < pos < self._group_spans[i][1]

    def _with_listed_before(
        self, text: str, subject: tuple[int, str], joined: bool = True
    ) -> list[tuple[int, str]]:
        """乙、丙当选为副市长: the subject and the names listed before it with 、 (the last
        may be joined by 和/及/与: 甲、乙和丙当选为副县长; not when `joined` is off, for names
        before their title: 局长甲和乙副局长)."""
        found = [subject]
        start = subject[0]
        while text.startswith("、", start - 1) or (
            joined and len(found) == 1 and text[start - 1 : start] in ("和", "及", "与")
        ):
            # 王甲、艾力·买买提、李乙当选为…: a transliterated name in the list
            dotted = (
                _DOTTED_BEFORE.search(text, max(0, start - 19), start - 1) if "·" in text else None
            )
            if (
                dotted is not None
                and self.names.plausible(dotted[0])
                and (dotted.start() == 0 or text[dotted.start() - 1] in "、，,：:；;。\n")
            ):
                found.insert(0, (dotted.start(), dotted[0]))
                start = dotted.start()
                continue
            # 李乙（女）、孙丙（藏族）当选为…: a note of sex or people after a listed name
            note = _NOTE_BEFORE.search(text, max(0, start - 10), start - 1)
            end = note.start() if note else start - 1
            for n in (4, 3, 2):
                cand = text[end - n : end]
                if (
                    end - n >= 0
                    and self.names.plausible(cand, oracle=False)
                    and (
                        end - n == 0
                        or not is_han(text[end - n - 1])
                        or text[end - n - 1] == "、"
                        # (会议由甲、乙副县长主持: a preposition opens the list)
                        or (
                            text[end - n - 1] in BEFORE_NAME and self.names.is_built_like_name(cand)
                        )
                    )
                ):
                    found.insert(0, (end - n, cand))
                    start = end - n
                    break
            else:
                break
        return found

    def _career_subject(self, text: str, start: int) -> tuple[int, str] | None:
        """The subject of the career sentence (曾任…，…，…等职) that `start` lies in, if any."""
        if not self._careers:
            return None
        floor = max(0, start - CAREER_SPAN)
        sentence = max(text.rfind(c, floor, start) for c in "。；;\n") + 1
        verbs = list(_CAREER_VERB.finditer(text, max(sentence, floor), start))
        verb = verbs[-1] if verbs else None
        if verb is None or _CAREER_BREAK.search(text, verb.end(), start):
            return None
        # (她…先后担任…: the person the passage opened with, if any; never the last subject)
        pronoun = max(text.rfind(p, sentence, verb.start()) for p in _PRONOUNS)
        if pronoun >= 0:
            return self._passage_subject(text, pronoun)
        found = self._subject(text, verb.start())
        if found is None:
            # 此后，王五在新疆工作多年，历任…: a name opening an earlier clause of the
            # sentence, a verb or preposition after it
            clauses = [sentence] + [m.end() for m in _COMMA.finditer(text, sentence, verb.start())]
            for at in reversed(clauses):
                if (found := self._opening_subject(text, at, verb.start(), 2)) is not None:
                    break
        return found

    def _subject(self, text: str, end: int) -> tuple[int, str] | None:
        """The subject of 当选为/担任: a name just before the verb, or opening the sentence;
        a clause without one (…；2020年6月任副市长) continues the last subject nearby."""
        found = self._subject_named(text, end)
        if found is not None:
            self._last_subject = found
            return found
        last = self._last_subject
        floor = max(0, end - 80)
        start = max((text.rfind(c, floor, end) for c in "，,：:；;。\n"), default=-1) + 1
        start = max(start, floor)
        if start > end or not _SUBJECT_FILLERS_ONLY.fullmatch(text, start, end):
            return None
        if last is not None and 0 <= start - last[0] <= 300 and "\n" not in text[last[0] : start]:
            # (甲当选…。乙，男，汉族，…。曾任…: a profile opened since is whom it is about; it
            # writes a sex, a people or a birth, so most spans are passed over unread)
            since = text[last[0] + len(last[1]) : start]
            if any(c in since for c in "男女族生"):
                for m in _PROFILE_LEAD.finditer(text, last[0] + len(last[1]), start):
                    if self.names.plausible(m[1]):
                        last = self._last_subject = (m.start(1), m[1])
            return last
        return self._profile_subject(text, start)

    def _resume_subject(self, text: str, start: int) -> tuple[int, str] | None:
        """The person a résumé line is about: the profile or heading (王五同志简历) above its run
        of résumé lines, blank lines allowed between them."""
        floor = max(0, start - PROFILE_SPAN)
        end = text.rfind("\n", floor, start)  # the end of the line above
        while end >= floor:
            above = text.rfind("\n", floor, end) + 1
            if above == 0 and floor > 0:
                return None
            line = text[above:end]
            if line.strip() and not _DATED_LINE.match(line) and not _LABEL_LINE.fullmatch(line):
                found = None
                for pattern in (_PROFILE_LEAD, _RESUME_HEADING):
                    for m in pattern.finditer(text, above, end + 1):
                        if self.names.plausible(m[1]) and (found is None or m.start(1) > found[0]):
                            found = (m.start(1), m[1])
                return found
            if above == 0:
                return None
            end = above - 1
        return None

    def _profile_subject(self, text: str, start: int) -> tuple[int, str] | None:
        """The person whose profile the paragraph holding `start` opens, if it opens one."""
        line = text.rfind("\n", max(0, start - PROFILE_SPAN), start)
        if line < 0 and start > PROFILE_SPAN:
            return None
        found = None
        # (兰五\n生于1965年4月，…: a name alone on the line above the profile it opens)
        above = text.rfind("\n", 0, line) + 1 if line > 0 else 0
        if line - above > 12:
            above = max(line, 0)
        for m in _PROFILE_LEAD.finditer(text, above, start):
            if self.names.plausible(m[1]) and (m.start() >= line or "\n" in m[0]):
                found = (m.start(1), m[1])
        return found

    def _subject_named(self, text: str, end: int) -> tuple[int, str] | None:
        crossed_clause = False
        comma = -1
        while (m := _SUBJECT_FILLERS.search(text, max(0, end - 24), end)) is not None:
            if m.start() == end:
                break
            if m[0] in "，,":
                crossed_clause, comma = True, m.start()
            end = m.start()
        if text[end - 1 : end] in _PRONOUNS:  # 2018年2月，他接任…: the person the passage is about
            return self._passage_subject(text, end - 1)
        # Right before the verb (朱大成自担任), unless a clause lies between them; or before
        # the post the person moves from (王五从甲县委书记调任…).
        if not crossed_clause:
            clause = clause_start(text, end)
            moved_from = text.rfind("从", clause, end)
            for stop in (end, moved_from) if moved_from > clause else (end,):
                if (found := self._name_right_before(text, stop)) is not None:
                    # (甲接乙出任…, 甲接替乙任…: the one named first succeeds the other)
                    succeeds = next(
                        (len(v) for v in ("接替", "接") if text.endswith(v, 0, found[0])), 0
                    )
                    if succeeds and (
                        successor := self._name_right_before(text, found[0] - succeeds)
                    ):
                        return successor
                    return found
            # (…主席，妥五当选为…副主席: a run that opens its clause, no word and no name the
            # reader knows, is that clause's own subject, not the line's first name)
            comma = max(text.rfind(c, max(0, end - 6), end) for c in "，,；;")
            run = text[comma + 1 : end]
            if (
                comma >= 0
                and 2 <= len(run) <= 4
                and all(is_han(c) for c in run)
                and run[0] not in NOT_NAME_START
                and not starts_word(text, comma + 1)
            ):
                return None
        elif (
            comma == end
            and (found := self._name_right_before(text, comma)) is not None
            and (found[0] == 0 or not is_han(text[found[0] - 1]) or text[found[0] - 1] == "的")
        ):
            return found  # …的邬立峰，现任缙云县委书记
        floor = max(0, end - 80)
        # 甲，男，…现任乙；丙，女，…现任丁: a semicolon starts the next person's profile
        line_start = max((text.rfind(c, floor, end) for c in "\n。；;"), default=-1)
        line_start = max(line_start, floor - 1) + 1
        m = LEADING_NAME.match(text[line_start:end]) or _LEADING_COMRADE.match(text[line_start:end])
        last = self._last_subject
        if last is not None and line_start + (m.start(1) if m else 0) < last[0] < end:
            return None  # 据了解，欧阳嵩曾任…，今年2月任…: the person named since leads
        if m and self.names.plausible(m[1]) and self.names.is_built_like_name(m[1]):
            return (line_start + m.start(1), m[1])
        # 王五出生于1968年，…，历任…: the sentence opens with the name and a verb of its own
        # (据了解，王五生于…: after an opening that is no name)
        # (a subject named since the line's start has returned above)
        opening_at = line_start if m is None else line_start + m.end() if m[0][-1] in "，," else -1
        return self._opening_subject(text, opening_at, end) if opening_at >= 0 else None

    def _passage_subject(self, text: str, pronoun: int) -> tuple[int, str] | None:
        """Whom 他/她 at `pronoun` means: the nearest earlier sentence of the passage opened by a
        name (王五，… / 王五出生于…)."""
        floor = max(0, pronoun - 300)
        starts = reversed(list(_SENTENCE_STARTS.finditer(text, floor, pronoun)))
        later = pronoun  # where the sentence after the one read starts
        nth = -1
        for m in starts:
            start, end, later = m.end(), later, m.start()
            # (…中共党员。\n\n  他历任…: a paragraph's indent opens no sentence, and a blank
            # line is none)
            start = min(after_spaces(text, start), end)
            if start < end and text[start] == "\n":
                continue
            nth += 1
            # (现任县委书记是1964年出生的陈某。他曾任…: the sentence before closes on the person
            # it is about, after 是 or 的)
            if nth == 1 and (closing := self._closing_holder(text, start, end)) is not None:
                return closing
            # (公开资料显示，王五是…。他曾任…: past an opening that names the source)
            if (source := _SOURCE_OPENING.match(text, start, pronoun)) is not None:
                start = source.end()
            lead = _NAME_AND_COMMA.match(text, start, pronoun)
            if lead is not None and self.names.plausible(lead[1]):
                if self.names.is_built_like_name(lead[1]):
                    return (lead.start(1), lead[1])
            # the pronoun's own sentence and the one before it may open with a name and its
            # verb or title; further back, a sentence about someone else may lie between
            elif nth > 1:
                continue
            # (张五于1985年出生…。他曾任…: a particle after the name is enough here; 孙五今年
            # 47岁，他之前任…: in the pronoun's own sentence, a clause opened by a name and any
            # word but a title)
            elif (opening := self._opening_subject(text, start, pronoun, 2)) is not None or (
                nth == 0 and (opening := self._clause_opening(text, start, pronoun)) is not None
            ):
                return opening
            elif (titled := self._titled_opening(text, start, pronoun)) is not None:
                return titled
        return None

    def _closing_holder(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """The name that closes the sentence text[start:end] after 是 or 的, if one does."""
        stop = end - 1 if text[end - 1 : end] in "。\n" else end
        for n in (3, 2):
            at = stop - n
            if at - 1 < start or text[at - 1] not in "是的":
                continue
            name = text[at:stop]
            if self.names.plausible(name) and self.names.is_built_like_name(name):
                return (at, name)
        return None

    def _clause_opening(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """The last clause of text[start:end] that a name opens, a particle or word after it."""
        clauses = [start] + [m.end() for m in _COMMA.finditer(text, start, end)]
        for at in reversed(clauses):
            if (found := self._opening_subject(text, at, end, 2)) is not None:
                return found
        return None

    def _titled_opening(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """双江镇党委书记王五是…: the name after the title that opens the sentence at `start`
        (its place before it, nothing else)."""
        i = bisect.bisect_left(self._group_starts, start)
        if i >= len(self._group_starts):
            return None
        title_start, after = self._group_spans[i]
        if title_start - start > 8 or not all(is_han(c) for c in text[start:title_start]):
            return None
        name = self.names.name_at(text, after) if after < end else None
        if name is None or not self.names.plausible(name) or after + len(name) >= end:
            return None
        return (after, name)

    def _opening_subject(
        self, text: str, start: int, end: int, strength: int = 3
    ) -> tuple[int, str] | None:
        """A name opening the sentence at `start` that a verb or a title closes (王五出生于…,
        王五同志是…), not one inside a longer phrase."""
        name = self.names.name_at(text, start)
        if (
            name is None
            or start + len(name) >= end
            or not self.names.plausible(name)
            or not self.names.is_built_like_name(name)
            or not is_han(text[start + len(name)])
            or self.names.end_strength(text, start + len(name)) < strength
            # 双江镇党委书记王五是…: before a title it is a place (a name before its own title is
            # read with the title)
            or self.titles.end_at(text, start + len(name)) >= 0
            # 同在8月…: a two-character "name" whose second character is a particle
            or (len(name) == 2 and name[1] in self.lex.name_ends)
        ):
            return None
        return (start, name)

    def _name_right_before(self, text: str, end: int) -> tuple[int, str] | None:
        # 哈力·柯赛当选: a transliterated name, read back to its first part
        dotted = _DOTTED_BEFORE.search(text, max(0, end - 18), end) if "·" in text else None
        if dotted is not None and self.names.plausible(dotted[0]):
            start = dotted.start()
            if start == 0 or not is_han(text[start - 1]) or self._starts_word_boundary(text, start):
                return (start, dotted[0])
        # (派驻到敬南镇海子村挂任…: a town's village, not a name)
        if text[end - 1 : end] == "村" and any(
            text[end - k - 1 : end - k] in ("镇", "乡") for k in (2, 3)
        ):
            return None
        # (欧阳小明任…, 上官红当选: a compound surname and one or two given characters)
        # (高原同志任…: 同志 follows a name only, so a name that is also a word is one)
        comrade = text.startswith("同志", end)
        for n in (4, 3, 2):
            cand = text[end - n : end]
            compound = cand[:2] in self.lex.compound_surnames
            if (
                end - n >= 0
                and (compound or (n < 4 and cand[0] in self.lex.surnames))
                and self.names.plausible(cand, oracle=not comrade)
                # (副秘书长闵军调任: a name opens where a title ends, never inside one)
                and not self._inside_group(end - n)
                and (end - n in self._group_ends or self._starts_word_boundary(text, end - n))
                and not (
                    cand in self.lex.place_strings and text[end - n - 1 : end - n] in _TO_PLACE
                )
                # (连续三任市委书记: a word and a number count terms; no name ends so)
                and not (n == 3 and cand[-1] in _NUMERALS and is_word(cand[:2]))
            ):
                return (end - n, cand)
        return None

    def _starts_word_boundary(self, text: str, pos: int) -> bool:
        """A name opens here: after punctuation, a particle, or a whole word (决定王五任…);
        not inside a run of characters (衢江区成立后任… has no name 成立后)."""
        return (
            pos == 0
            or not is_han(text[pos - 1])
            or text[pos - 1] in BEFORE_NAME
            or text[pos - 1] == "的"
            or is_common_word(text[pos - 2 : pos])
            # (负责人王五: a word of three characters ending in 人; 江苏人王五, 衢州人王五: a
            # place's native, the place as the gazetteer writes it)
            or (
                text[pos - 1] == "人"
                and (
                    is_common_word(text[pos - 3 : pos])
                    or any(text[pos - 1 - k : pos - 1] in self.lex.place_strings for k in (2, 3))
                )
            )
            # 2015年王五调任…: a date ends where a name may start
            or (text[pos - 1] in "年月日" and text[pos - 2 : pos - 1].isdigit())
        )
