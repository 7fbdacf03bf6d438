"""People: the names that hold a title group's posts.

Names after the titles (区领导A、B、C等参加), before them (A、B等区领导; X当选为…书记;
X，现任…), paired in order after 分别任, after unknown posts in a chain, or on the next line of
a caption (`roles.names` reads each name). Whose post it is when no name stands by the title is
read by `roles.subjects`. The Matcher takes these rules as a mixin.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from roles.chars import LEVEL_CHARS, after_spaces, is_han
from roles.dictionary import is_plain_word, is_word, starts_word
from roles.lexicons import Title
from roles.name_lists import NAME_NOTE, OFFICE_HEAD, OFFICE_TITLE, name_list_at
from roles.name_rules import CONJUNCTIONS, is_common_word
from roles.placing import PlaceRef, place_before, subcounty_name_before
from roles.status import NAMED_FOR, REMOVED
from roles.subjects import BEFORE_NAME, CLAUSE_END, LEADING_NAME, clause_start, opens_sentence
from roles.titling import Part

# (not 全 or 本, which open names too: 全旺镇, 本溪)
_DETERMINERS_OF_TOWNS = frozenset("我该这那各此每")

# 丙、丁两位同志 (为副镇长): the count and 同志 after the names of an election's clause
_COMRADES = re.compile(r"(?:等?[一二两三四五六七八九十\d]{1,3}[位名])?同志$")


_COUNTED = re.compile(r"[\d一二两三四五六七八九十几数多][名位个]")


_CHAIN_GAP = re.compile(r"[、和及与]?")


_SUBJECT_VERBS = re.compile(
    r"(?:当选为|当选|担任|出任|升任|改任|兼任|调任|转任|挂任|接任|就任|任命为|被任命为|代理|辞去|履新|决定为|决定其为|任)$"
)


# what lies between the name and the post of a profile line: a birth date, a native place
_PROFILE_LINE = re.compile(r"\d{2,4}年?\d{0,2}月?(?:出)?生|籍贯|人[，,]")


_PARTY_PREFIXES = ("中国共产党", "中共")


# what describes a holder between 是 and 的: words and numbers, no punctuation
_DESCRIPTION = re.compile(r"[\u4e00-\u9fff0-9]{2,15}")


# 该院, 我局: the court, procuratorate or bureau the article has named
_THIS_BODY = ("该院", "我院", "本院", "该局", "我局", "本局")


# numbers: a headline's counts, not a list of posts (原标题：…16名“80后”代区长)
_HEADLINE_MARKS = re.compile(r"[0-9０-９]")


# a name opening a line, a colon after it (张五：, 艾力·买买提：)
_COLON_NAME = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff·]{2,8})[：:]")


def _after_qualifier(text: str, pos: int) -> int:
    """Past a qualifier in brackets after a post (…党工委书记(兼)甲), if one stands there."""
    m = _QUALIFIER.match(text, pos) if text.startswith(("（", "("), pos) else None
    return m.end() if m else pos


def _party_start(text: str, start: int) -> int:
    for prefix in _PARTY_PREFIXES:
        if text.startswith(prefix, start - len(prefix)):
            return start - len(prefix)
    return start


# (“百千万工程”指挥部办公室主任: a quoted name of a campaign inside the post)
_UNKNOWN_TITLE = re.compile(
    r"[\u4e00-\u9fff“”]{1,14}(?:局长|主任|部长|院长|检察长|行长|校长|社长|所长|站长|队长|"
    r"董事长|总经理|总裁|理事长|会长|书记|主席|委员|总指挥|指挥长|组长|团长|司令员|政委|台长|馆长|"
    r"总编辑|总督察|处长)"
)


# … and one of a chain of them, ending at its first post head (州脱贫攻坚领导小组副组长、
# 州脱贫攻坚办主任; 援藏工作队总领队; 工作专班召集人)
_UNKNOWN_POST = re.compile(
    # (…援疆指挥部党委书记、指挥长甲: a head of three characters may stand alone)
    r"(?:副指挥长|指挥长|总指挥(?!部)|总领队|总督察)"
    r"|[\u4e00-\u9fff“”]{2,30}?(?:副组长|组长|副指挥长|指挥长|总指挥|常务副主任|副主任|主任|总领队|"
    r"领队|召集人|副局长|局长|副书记|书记|队长|站长|所长|台长|馆长|总编辑|总督察|处长)"
    # (…副秘书长、二级巡查员甲: a grade, which is no post, between the post and the name)
    r"|[一二三四]级(?:巡视员|调研员|巡查员|主任科员)|副?(?:巡视员|调研员)"
)


# An appositive list's item: 王五，龙游县委书记、二级巡视员；
_APPOSITIVE_TAIL = re.compile(r"(?:、[\u4e00-\u9fff]{2,12})*(?:[；;。\n]|$)")


_APPOSITIVE_OPENERS = frozenset("；;：:。\n是")


# A name's sex or people in brackets after it: 江五(女), 欧五（藏族）
_NOTE_AT_END = re.compile("(?:" + NAME_NOTE + ")$")


_SEX_AFTER_NAME = ("，男", "，女", ",男", ",女")


# 任 in these words qualifies the title that follows rather than being a verb with a subject.
# ... and these also follow their subject: 王五现任衢州市长.
_SUBJECT_ADJECTIVES = ("现任", "历任", "曾任", "时任", "原任")


# A yearbook's list of leaders: what may end a post's line after its holder (a note in brackets),
# and a line holding one more name of the same post (乙(女), 丙（蒙古族）)
_ROSTER_LINE_REST = re.compile(r"(?:[（(][^（）()\n]{1,12}[）)])?[ \t\u3000]*")
_LONE_NAME_LINE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:[（(][^（）()\n]{1,12}[）)])?[ \t\u3000]*")
_ROSTER_LINES_MAX = 12
# What may stand between a bracket after a name and the posts in it: a place the gazetteer lacks,
# or 兼 and posts the lexicon does not read (甲（兼市政协委员、区政协常委）)
_BRACKETED_LEAD = re.compile(r"兼?[\u4e00-\u9fff、]{0,15}")
# 王五拟任县委书记, 王五，…拟提拔为副县长: a nominee's verb, its subject before it
_NOMINATING_VERB = re.compile(r"(?:拟任|拟提拔为|拟提拔任|拟提名为|拟推荐为|拟任命为|拟晋升为)$")


# (…向新当选镇长乙表示祝贺: 新当选 describes the post, whose holder's name follows it; 候任区长甲:
# the designated head)
_TITLE_ADJECTIVES = (
    *("前任", "时任", "拟任", "原任", "现任", "新任", "继任", "首任", "历任", "曾任"),
    *("候任", "新当选"),
)


_NEW_TERM = re.compile(r"(?:新一届|新一任|第?[一二三四五六七八九十]{1,3}届)$")


_EARLIER_VERBS = ("此前任", "之前任", "以前任", "先前任")


_NAMING_VERB = re.compile("提名|推荐|任命|提拔|选举|补选|决定|同意|免去|免除|辞去")


# After a title, before the name: the post is the one the person is nominated for.
NOMINEES = ("候选人提名人选", "提名人选", "候选人", "人选")


# what stands where a name would, right after a title: a preposition opening the clause's
# predicate (副县长向会议报告, 副县长在会上讲话)
_PREPOSITIONS = frozenset("向在对为与就从到给把被将由")


_VILLAGE_AFTER = re.compile(r"长[\u4e00-\u9fff]{1,2}村")  # the 长 of 镇长 opening a village


BEFORE_NAME_OR_DE = frozenset(BEFORE_NAME | {"的"})  # (分管工业的丁六副县长)


# what stands before a name that a post follows (县长率王五副县长, 局长甲和乙副局长)
LEADS_OF_NAME = frozenset(BEFORE_NAME | {"率", "，", "、"})


# a post's qualifier in brackets: （主持工作）, (挂职), （正科级）; not a sex or an age (女, 45岁)
_QUALIFIER = re.compile(
    # (副院长（分管日常工作）甲, 副主任（主持日常工作）乙: a portfolio)
    r"[（(](?:主持工作|主持全面工作|主持日常工作|分管[\u4e00-\u9fff、]{1,12}|挂职|兼|试用期|援疆|援藏|"
    r"[正副](?:部|省部|厅|局|地厅|处|县|县处|科|乡科)级)[）)]"  # a grade: 管委会主任(正厅级)甲
)


# 名是 + a few characters of place before the posts: the copula's subject
_COPULA = re.compile(r"([\u4e00-\u9fff]{2,3})(?:同志)?(?:现在)?是[\u4e00-\u9fff]{0,12}$")


# Verbs after which a name opens a clause (决定郑五副区长代理区长职务)
_VERBS_BEFORE_NAME = ("决定", "同意", "邀请", "欢迎", "感谢")


class PeopleRules:
    """The name rules of `roles.matching.Matcher` (a mixin)."""

    def _copula_subject(self, text: str, group: list[Part]) -> tuple[int, str] | None:
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
            and gap[0] in LEADS_OF_NAME
            and self._name_before(text, end, LEADS_OF_NAME) == (start + 1, gap[1:], False)
        )

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

    def _people(self, group: list[Part], text: str, bounds: Sequence[int]) -> list[tuple[int, str]]:
        first, last = group[0], group[-1]
        lead = self._lead_start(text, first.start)  # 任中共龙游县委副书记: 任 governs the title
        if self._resume_span(text, lead, last.end) is not None:
            subject = self._resume_subject(text, lead)
            return [subject] if subject else []
        before = text[max(0, lead - 12) : lead]
        if self._respective and (respectively := self._respectively(text, first.start)) is not None:
            return respectively
        # 任命甲（宁安县委书记、县长）为站长: the posts in brackets after a name are its holder's
        # (a place the gazetteer lacks, a county abolished before 1980, may stand between the
        # bracket and the title;
        # 甲（兼市政协委员、区政协常委）: or 兼 and posts the lexicon does not read)
        if text[last.end : last.end + 1] in ("）", ")"):
            bracket = max(
                text.rfind("（", max(0, lead - 16), lead), text.rfind("(", max(0, lead - 16), lead)
            )
            if (
                bracket > 0
                and _BRACKETED_LEAD.fullmatch(text, bracket + 1, lead) is not None
                and (holder := self._name_right_before(text, bracket)) is not None
            ):
                return [holder]
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
            for written in listed:
                name = (
                    written[: note.start()] if (note := _NOTE_AT_END.search(written)) else written
                )
                # (a bracket that is no sex nor people is no part of a name: 甲(挂职))
                if name == written and not is_han(written[-1:] or "。"):
                    return []
                if self.names.plausible(name, oracle=oracle):
                    found.append((at, name))
                at += len(written) + 1
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
        if before.endswith("为") and text.startswith(NOMINEES, last.end):
            nominated = lead - 1 - (2 if before.endswith(("提名为", "推荐为")) else 0)
            nominated -= text[nominated - 1 : nominated] == "拟"  # (王五拟提名为…)
            if (subject := self._subject(text, nominated)) is not None:
                return self._with_listed_before(text, subject)
        pos = last.end
        # 办事处副主任（主持工作）袁五, 副县长(挂职)周六: a qualifier in brackets between the
        # post and the name
        if text.startswith(("（", "("), pos) and (qualifier := _QUALIFIER.match(text, pos)):
            pos = qualifier.end()
        # 副区长提名人选王五, 区长候选人王五, 县长候选人的王五: the nominee's name follows
        # the qualifier
        if text.startswith(NOMINEES, pos):
            nominee = next(q for q in NOMINEES if text.startswith(q, pos))
            pos += len(nominee) + text.startswith("的", pos + len(nominee))
        # 区委书记：王五 (a table of posts and holders): the holder after the colon, and any
        # spaces after it (副县长: 王五)
        if text.startswith(("：", ":"), pos) and (
            names := name_list_at(self.names, text, after_spaces(text, pos + 1))
        ):
            return names + self._names_on_lines_after(text, names[-1][0] + len(names[-1][1]))
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
            # (市长牙库甫·艾力: a transliterated name, whatever word its first syllable makes)
            and self.names.transliterated_name_at(text, pos) is None
        ):
            return []
        # 市财政局党组成员农开办主任陈五: an office the lexicon does not know, run on
        # (the office's name was read as a person's, the post's head right after it)
        # (or not read as one: no name ends in 办 or 局)
        shared = not all(part.title.single for part in group)
        names = name_list_at(self.names, text, pos, commas=shared)
        # 藏区长期稳定: the title's last character makes a word with the next (长期), and no
        # surname follows; what was read is no title and no name
        if names and text[pos] not in self.lex.surnames and is_common_word(text[pos - 1 : pos + 1]):
            names = []
        office = OFFICE_TITLE.match(text, pos) if len(names) <= 1 else None
        if office is not None and (
            (names and OFFICE_HEAD.fullmatch(text, pos + len(names[0][1]), office.end()))
            or (not names and office.end() - pos <= 8)
        ):
            names = name_list_at(self.names, text, office.end())
        if not names and adjective and text.startswith("的", pos):  # 拟任市委书记的王五
            # (候任区长的任命: a word after 的 is what the post's, not who holds it)
            names = [n for n in name_list_at(self.names, text, pos + 1) if not is_word(n[1])]
        # 现任县委书记是王五 / …是1964年出生的王五: the holder after 是, or after what
        # describes him (a clause closed by 的)
        if not names and text.startswith("是", pos):
            names = self._holder_after_copula(text, pos + 1)
        # 市委常委包括甲、乙、丙: the members listed after 包括
        if not names and text.startswith("包括", pos):
            names = name_list_at(self.names, text, pos + 2)
        if not names and before.endswith(_SUBJECT_ADJECTIVES):  # 王五现任市长 / 王五，…现任市长
            # (朱五为现任市长: 为, the copula, between the name and the adjective)
            subject = self._subject(text, lead - 2 - before.endswith("为现任"))
            return [subject] if subject else []
        if not names and (nominating := _NOMINATING_VERB.search(before)) is not None:
            subject = self._subject(text, lead - len(nominating[0]))
            return [subject] if subject else []
        # 副市长、市公安局局长王五: posts the lexicon does not know between title and name
        # (县卫健委党组书记、主任，县中医药发展局局长王五: a comma too, when the posts open
        # their sentence, or open a clause and the post after the comma is of their level:
        # 大会召开，省卫健委党组书记、主任，省中医药管理局局长王五)
        if (
            not names
            # (县政府陆县长、县法院院长甲: a way of address, whose person is the surname)
            and not (len(group) == 1 and self._addressed(text, first))
            and (
                text.startswith("、", pos)
                # 区商务局局长兼项目服务中心主任王五: a post held with it that the lexicon lacks
                or (text.startswith("兼", pos) and not text.startswith("兼任", pos))
                or (
                    text.startswith(("，", ","), pos)
                    and (
                        opens_sentence(text, first.start)
                        or (
                            text[first.start - 1 : first.start] in ("，", ",")
                            and text[first.start] in LEVEL_CHARS
                            and text.startswith(text[first.start], pos + 1)
                        )
                    )
                )
            )
        ):
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
        # 张五：中共某区委副书记，某区人民政府区长。 a line or sentence opened by a name and a
        # colon lists that person's posts
        if not names and (holder := self._colon_holder(text, first.start)) is not None:
            return [holder]
        return names

    def _names_on_lines_after(self, text: str, pos: int) -> list[tuple[int, str]]:
        """副主任：甲 then 乙 and 丙(女) alone on the lines after it (a yearbook's list of
        leaders): the names that hold the same post, up to a line that is not a lone name."""
        line_end = text.find("\n", pos)
        if line_end < 0 or not _ROSTER_LINE_REST.fullmatch(text, pos, line_end):
            return []
        names: list[tuple[int, str]] = []
        while len(names) < _ROSTER_LINES_MAX:
            nxt = line_end + 1
            while nxt < len(text) and text[nxt] in " \t\u3000\n":
                nxt += 1
            line_end = text.find("\n", nxt)
            line_end = len(text) if line_end < 0 else line_end
            m = _LONE_NAME_LINE.fullmatch(text, nxt, line_end)
            if (
                m is None
                or not self.names.plausible(m[1])
                or not self.names.is_built_like_name(m[1])
            ):
                break
            names.append((m.start(1), m[1]))
        return names

    def _colon_holder(self, text: str, start: int) -> tuple[int, str] | None:
        """The name that opens the line or sentence of `start` with a colon after it."""
        floor = max(0, start - 60)
        opening = max(text.rfind(c, floor, start) for c in "\n。；;") + 1
        if opening == 0 and floor > 0:
            return None
        m = _COLON_NAME.match(text, opening, start)
        # (原标题：北京11个区新任16名“80后”代区长: a headline's label; a holder's colon is
        # followed by posts and places, not by counts)
        if m is None or _HEADLINE_MARKS.search(text, m.end(), start):
            return None
        name = m[1]
        # (龙口黄山馆镇：书记镇长…: a headline opened by a place, not a person)
        if name[-1] in LEVEL_CHARS or name.endswith("街道"):
            return None
        if self.names.plausible(name) and self.names.is_built_like_name(name):
            return (m.start(1), name)
        return None

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

    def _holder_after_copula(self, text: str, pos: int) -> list[tuple[int, str]]:
        """The name after 是 that closes its clause: right after it, or after a description
        ending in 的 (no punctuation inside); a name must be built like one and end firmly."""
        starts = [pos]
        de = text.find("的", pos, pos + 16)
        if de > pos and _DESCRIPTION.fullmatch(text, pos, de):
            starts.append(de + 1)
        for start in starts:
            name = self.names.name_at(text, start)
            if (
                name is not None
                and self.names.is_built_like_name(name)
                and self.names.end_strength(text, start + len(name)) == 3
                and not is_han(text[start + len(name) : start + len(name) + 1] or "。")
            ):
                return [(start, name)]
        return []

    def _names_after_unknown_posts(self, text: str, pos: int) -> list[tuple[int, str]]:
        """The names after 、 and posts the lexicon cannot read: one post read whole
        (市公安局局长), or up to three each ending at its first post head (区推进协同发展领导
        小组组长、区协同办主任王五)."""
        unknown = _UNKNOWN_TITLE.match(text, pos + 1)
        if unknown is not None and (
            names := name_list_at(self.names, text, _after_qualifier(text, unknown.end()))
        ):
            return names
        at = pos
        for _ in range(3):
            item = _UNKNOWN_POST.match(text, at + 1) if text.startswith("、", at) else None
            if item is None:
                break
            if names := name_list_at(self.names, text, _after_qualifier(text, item.end())):
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
        names = name_list_at(self.names, text, max(head, clause))
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
            names = name_list_at(self.names, text, at)
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

    def _described(self, text: str, pos: int) -> list[tuple[int, str]]:
        """A name after 的 that closes its clause (…任市委书记的王五。), or none."""
        name = self.names.name_at(text, pos)
        if name is None or (pos + len(name) < len(text) and is_han(text[pos + len(name)])):
            return []
        return [(pos, name)]

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
            # 江五(女)、, 欧五(藏族)为: a name's sex or people in brackets
            if text[start - 1 : start] in "）)" and (
                note := _NOTE_AT_END.search(text, max(floor, start - 12), start)
            ):
                start = note.start()
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
            seg = written[: note.start()] if (note := _NOTE_AT_END.search(written)) else written
            if not (
                2 <= len(seg) <= 4
                and self.names.plausible(seg, oracle=lone and len(seg) == 2)
                and _NAMING_VERB.search(seg) is None  # 拟提名为县长候选人的王五
                # (…，拟提拔为副县长: a lone word before 为 is a name only if built like one)
                and (not lone or self.names.is_built_like_name(seg))
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
        self, text: str, part: Part
    ) -> tuple[list[Part], list[tuple[int, str]]] | None:
        """市委王五书记, 市林业局赵六局长, 县人民法院郑一院长: the organ, the name, then its
        head's post, as papers write a leader they address with respect."""
        post = text[part.title_start : part.end]
        for n in (4, 3, 2):
            name_start = part.title_start - n
            cand = text[name_start : part.title_start]
            if not self._addressed_name(cand, name_start):
                continue
            names = [(name_start, cand)]
            title = self._organ_title_ending(text, name_start, post)
            # (省财政厅李五、周六副厅长: names listed between the organ and its post)
            while title is None and text[name_start - 1 : name_start] == "、" and len(names) < 6:
                listed = self._listed_name_before(text, name_start - 1, post)
                if listed is None:
                    break
                names.insert(0, listed)
                name_start = listed[0]
                title = self._organ_title_ending(text, name_start, post)
            if title is None and (town := self._town_title_ending(text, name_start, post)):
                # 杉树乡周五乡长, 廿里镇徐六书记: a town or village, the name, then its post
                title, place = town
                return [
                    Part(title, place.start, name_start - 1, part.end, False, place, title.role)
                ], names
            if title is None and text.endswith(_THIS_BODY, 0, name_start):
                # 该院杨五检察长, 我局王六局长: the body its article names before
                inner = Part(part.title, name_start, name_start, part.end, part.acting, None)
                self._continue_named_body(inner, text)
                if inner.role:
                    return [inner], names
            if title is None:
                continue
            start = name_start - (len(title.surface) - len(post))
            place = place_before(text, start, title, self.lex, self._year)
            inner = Part(
                title, place.start if place else start, start, part.end, False, place, title.role
            )
            return [inner], names
        return None

    def _listed_name_before(self, text: str, end: int, post: str) -> tuple[int, str] | None:
        """The name of a list that ends at `end` (before a 、): one that another 、 or an organ
        ending with a known post precedes."""
        for n in (3, 2, 4):
            start = end - n
            cand = text[start:end]
            if self._addressed_name(cand, start) and (
                text[start - 1] == "、" or self._organ_title_ending(text, start, post) is not None
            ):
                return (start, cand)
        return None

    def _addressed_name(self, cand: str, start: int) -> bool:
        """A surname and a given name of one or two characters, as an organ's name precedes it."""
        surname = self.names.surname_length(cand, 0) if start >= 2 else 0
        return bool(surname) and len(cand) - surname in (1, 2) and self.names.plausible(cand)

    def _town_title_ending(self, text: str, end: int, post: str) -> tuple[Title, PlaceRef] | None:
        """The post of the town or village whose name ends at `end` (杉树乡 + 乡长, 廿里镇 +
        书记 → its 党委书记), and the place."""
        level = text[end - 1 : end]
        if level not in ("镇", "乡", "村"):
            return None
        title = self.lex.titles.get(post)
        if title is None or title.level != level:
            title = self.lex.titles.get(level + post)
        if title is None or title.blocker or title.level != level:
            return None
        town = subcounty_name_before(text, end - 1)
        # (我们乡王五乡长, 该镇: a pronoun or determiner names no town)
        if town is None or text[town] in _DETERMINERS_OF_TOWNS:
            return None
        return title, PlaceRef(town, text[town:end], level)

    def _organ_title_ending(self, text: str, end: int, post: str) -> Title | None:
        """The longest organ ending at `end` that with `post` names a known post (林业局 +
        局长), whose first character starts no other word (县委 + 书记, not 委 + 书记)."""
        for k in range(min(end, 10), 1, -1):
            title = self.lex.titles.get(text[end - k : end] + post)
            if title is not None and not title.blocker and title.level != "+":
                return title
        return None

    def _name_before_verb(
        self, text: str, part: Part, people: list[tuple[int, str]]
    ) -> list[tuple[int, str]]:
        """吴五副县长代表县政府作汇报, …的丁六副县长向会议报告: where a full name stands right
        before the title and a word or a preposition right after it, what follows is no name
        (whether or not it was read as one)."""
        if len(people) > 1 or (people and people[0][0] != part.end):
            return people
        at = part.end
        if at >= len(text) or not ((people and starts_word(text, at)) or text[at] in _PREPOSITIONS):
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
            # (2名副县长, 两位副市长, 2名女市长: a measure word after a number, not a surname)
            if start > 0 and _COUNTED.match(text, start - 1):
                continue
            # (副县长李四代理县长职务: the name right after another title)
            if (
                is_han(prev)
                and prev not in lead
                and start not in self._group_ends
                and not text.endswith(_VERBS_BEFORE_NAME, 0, start)
            ):
                continue
            if n == 1:
                if cand in self.lex.surnames:
                    return (start, cand, True)
            elif cand[0] in CONJUNCTIONS:
                continue  # 郭区长和徐副区长: 和 joins two ways of address
            elif (
                self.names.plausible(cand)
                and (cand[0] in self.lex.surnames or cand[:2] in self.lex.compound_surnames)
                # (决定代理区市长, 9位区市长: a level character before the title is a place's)
                and cand[-1] not in LEVEL_CHARS
                # (厅长普遍由副省长兼任: between two titles, a plain word opens no name)
                and not (is_han(prev) and is_plain_word(cand[:2]))
            ):
                return (start, cand, False)
        return None
