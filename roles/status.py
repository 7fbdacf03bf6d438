"""Status: whether a post is current, former, designate or dated where the text states it.

A title's status comes from what is written before it (原, 曾任, 拟任, 提名…为, 免去…), the
term of a congress or CPPCC the text shows is over (七届县政协副主席 where the ninth sits), a
résumé line's span of months (2013.02—2016.08 …), or a date in its clause before a verb of
taking office (2018年2月，王五任…; 今年3月当选…). The Matcher takes these rules as a mixin; they
read the title groups it found and the terms it recorded for the issue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from roles.chars import is_han
from roles.subjects import clause_start

if TYPE_CHECKING:
    from roles.titling import Part

TERM_OF_ORGAN = re.compile(
    r"([省市州县区旗盟])第?([一二三四五六七八九十]{1,3})届(?=人大|政协|人民代表大会)"
)
# Any term of a congress or CPPCC the text names: 区政协八届一次会议, 第十六届人民代表大会
_TERM_NAMED = re.compile(
    r"(?<![新上下这本每])第?([一二三四五六七八九十]{1,3})届(?:[\u4e00-\u9fff]{0,10}?委员会)?"
    r"(人大|政协|人民代表大会|第?([一二三四五六七八九十]{1,2})次会议)"
)
_TERM_IN = re.compile(r"([一二三四五六七八九十]{1,3})届")
# (新一届, 上一届: a term counted from this one, not the first)
TERM_BEFORE = re.compile(r"(?<![新上下这本每])第?([一二三四五六七八九十]{1,3})届$")
_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def chinese_number(written: str) -> int:
    """一 … 九十九, as terms are numbered: 八, 十六, 二十."""
    tens, _, ones = written.rpartition("十")
    if "十" not in written:
        return _DIGITS.get(written, 0)
    return (_DIGITS.get(tens, 0) if tens else 1) * 10 + _DIGITS.get(ones, 0)


def latest_terms(text: str) -> dict[str, tuple[int, bool]]:
    """The latest term of 人大 and of 政协 the text names, and whether it has taken over: its
    committee is named (第八届委员会副主席) or it meets for a second session or later. A
    session (八届一次会议) counts for the organ written just before it, or for both."""
    latest: dict[str, tuple[int, bool]] = {}
    for m in _term_mentions(text):
        named = m[0] + text[max(0, m.start() - 6) : m.start()]
        kinds = [k for k, words in _ORGAN_WORDS.items() if any(w in named for w in words)]
        term = chinese_number(m[1])
        seated = "委员会" in m[0] or (m[3] is not None and m[3] != "一")
        for kind in kinds or _ORGAN_WORDS:
            known, was_seated = latest.get(kind, (0, False))
            if term > known:
                latest[kind] = (term, seated)
            elif term == known:
                latest[kind] = (term, seated or was_seated)
    for m in FORMAL_CPPCC.finditer(text) if "委员会" in text else ():  # that committee sits
        if (termed := _TERM_IN.search(m[0])) is None:
            continue
        term = chinese_number(termed[1])
        if term >= latest.get("政协", (0, False))[0]:
            latest["政协"] = (term, True)
    return latest


def _term_mentions(text: str) -> list[re.Match[str]]:
    """_TERM_NAMED at each 届 (found in C): a scan from every numeral would try the pattern
    at each 一 of the text."""
    found = []
    at = text.find("届")
    while at >= 0:
        m = _TERM_NAMED.search(text, max(0, at - 4), at + 24)
        if (
            m is not None
            and m.start() <= at < m.end()
            and (not found or m.start() >= found[-1].end())
        ):
            found.append(m)
        at = text.find("届", at + 1)
    return found


def _past_term(term: int, latest: tuple[int, bool] | None) -> bool:
    """七届县政协副主席 where the text names the ninth, or the eighth once it has taken over
    (the seventh's officers still preside at the eighth's first session until it elects)."""
    if latest is None:
        return False
    newest, seated = latest
    return term <= newest - 2 or (term == newest - 1 and seated)


_ORGAN_WORDS = {"人大": ("人大", "人民代表大会"), "政协": ("政协",)}
# 政协天水市麦积区第八届委员会副主席, 中国人民政治协商会议蕲春县第十届委员会主席: the CPPCC
# committee by its formal name, the place inside it, with its term or without it
# (政协开福区委员会主席; or 政协第十届吉县委员会主席)
FORMAL_CPPCC = re.compile(
    r"(?:中国人民政治协商会议|政协)(?:([\u4e00-\u9fff]{2,16}?)(?:第?[一二三四五六七八九十]{1,3}届)?"
    r"|第?[一二三四五六七八九十]{1,3}届([\u4e00-\u9fff]{2,16}?))委员会"
)
# A span of months written inline before a verb of taking office: 曾于2015.12—2019.08任…
_SPAN = (
    r"(?P<y1>(?:19|20)\d{2})[.．](?P<m1>\d{1,2})[—\-–~至到]+"
    r"(?:(?P<y2>(?:19|20)\d{2})[.．](?P<m2>\d{1,2})|今)?"
)
_INLINE_SPAN = re.compile(r"于?" + _SPAN + r"(?:期间)?(?:任|担任)$")
# A résumé line: 2013.02—2016.08 开化县委副书记、县长 (or 2016.08— / 2016.08至今): the post held
# from the first month to the second.
_RESUME_LINE = re.compile(
    r"[ \t\u3000]*(?P<y1>(?:19|20)\d{2})\s*[.．/年]\s*(?P<m1>\d{1,2})\s*月?"
    r"(?:[ \t\u3000]*(?P<dash>[—–\-~～至－]+)[ \t\u3000]*"
    r"(?:(?P<y2>(?:19|20)\d{2})\s*[.．/年]\s*(?P<m2>\d{1,2})\s*月?|至今|今)?[ \t\u3000]*"
    r"|[ \t\u3000]*)"  # or a start alone: 2013年5月　祥云县委副书记 (then the line ends)
)
RESUME_LEAD_MAX = 40  # the longest span of dates and spaces before a résumé line's post
_RESUME_SPAN_ENDS = frozenset("0123456789月今 \t\u3000—–-~～－至\n")
# 提名王五为区长候选人, 任命王五为代区长: the name sits between the verb and 为.
NAMED_FOR = re.compile(
    r".*(提名|推荐|任命|聘任|补选出?|增选出?|选举(?:产生)?出?|选出|决定|同意|免去|免除|辞去)了?(?:[：:]\s*)?"
    # (each name may have its sex or people in brackets: 选举甲(女)、乙(藏族)为…)
    r"((?:[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff，,、]{1,8}[）)])?、){0,39}"
    r"(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}|"
    r"[\u4e00-\u9fff]{2,4}?(?:[（(][\u4e00-\u9fff，,、]{1,8}[）)])?))\s?"
    r"(?:等[\d一二两三四五六七八九十百]{1,4}[人名位])?(?:(?:[二两三四五六七八九十]位)?同志[为的]?|为|的)$"
)
REMOVED = re.compile(r"(?:免去|免除)([\u4e00-\u9fff]{2,4}?)$")
_FORMER_BEFORE = re.compile(
    r"(?:原任|原|前任|曾任|曾担任|曾经担任|此前任|此前担任|之前任|之前担任|以前任|担任过|此前是|之前是|"
    r"先后任|先后担任|先后出任|历任|时任|"
    r"不再担任|不再兼任|不再任|辞去|免去|往届|历届|"
    # (神光村退休村支书甲, 卸任的县委书记乙: a post left)
    r"退休|退休的|离休|离休的|卸任的|离任的)$"
)
_DESIGNATE_BEFORE = re.compile(
    r"(?:拟任|候任|拟提名为|拟推荐为|拟提名|拟推荐|提名为|推荐为|拟提拔为|拟提拔任|拟任命为|拟晋升为)$"
)
_DATE_IN_CLAUSE = re.compile(r"((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_RELATIVE_DATE = re.compile(r"(今年|去年|前年)(\d{1,2})月(?:(\d{1,2})日)?")
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}
# a time then (其时，王五任县长): what is said of it was so then
_THEN = re.compile(r"(?:其时|当时|彼时|那时)[，,]?")
# (主任, 责任, 信任 hold a 任 that appoints nobody)
_APPOINTED = re.compile(r"(?:(?<![主责信])任|当选)")


def designated_before(text: str, start: int) -> bool:
    """A verb of the future or a nomination stands right before the posts at `start` (拟任…)."""
    return _DESIGNATE_BEFORE.search(text, max(0, start - 8), start) is not None


def nominated_in_chain(text: str, group: list[Part]) -> bool:
    """县委常委、提名副县长人选甲: the chain's last post is nominated (人选 after it qualifies that
    post alone)."""
    return len(group) > 1 and text.endswith("、提名", 0, group[-1].start)


class StatusRules:
    """The status rules of `roles.matching.Matcher` (a mixin: the matcher sets these and
    provides _lead_start and _respective_before)."""

    _year: int | None
    _terms: dict[int, int]
    _former_inside: set[int]
    _latest: dict[str, tuple[int, bool]]

    def _resume_span(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The dates of the résumé line whose posts stand at `start`…`end`, if it is one: a line
        that opens with a span of months (2013.02—2016.08), or with a start month when the posts
        close the line (2013年5月　祥云县委副书记; not 2018年3月县委书记王五来到…)."""
        if start and text[start - 1] not in _RESUME_SPAN_ENDS:
            return None  # most titles: what stands before them ends no span of dates
        # bounded: a one-line file must stay linear, and a résumé's dates open its line
        floor = max(0, start - RESUME_LEAD_MAX)
        line = text.rfind("\n", floor, start) + 1
        if line == 0 and floor > 0:
            return None
        m = _RESUME_LINE.match(text, line, start)
        if m is None or m.end() != start:
            return None
        if m["dash"] is None and end < len(text) and is_han(text[end]):
            return None
        return m

    def _status(
        self, text: str, group: list[Part]
    ) -> tuple[str, tuple[int, int, int] | None, tuple[int, int, int] | None]:
        """current, former (原区委书记), designate (拟任, …候选人) or dated (2018年2月，他接任…;
        a résumé line 2013.02—2016.08 …, which also gives when the post ended)."""
        status, stated = self._status_of(text, group)
        until = None
        # 曾于2015.12—2019.08任信丰县委书记: held from the first month to the second
        window = text[max(0, group[0].start - 32) : group[0].start]
        if (
            status in ("current", "former")
            and ("." in window or "．" in window)
            and (lead := self._lead_start(text, group[0].start))
            and (span := _INLINE_SPAN.search(text, max(0, lead - 24), lead))
        ):
            stated = (int(span["y1"]), int(span["m1"]), 0)
            until = (int(span["y2"]), int(span["m2"]), 0) if span["y2"] else None
            return "dated", stated, until
        if (
            status == "dated"
            and (
                span := self._resume_span(
                    text, self._lead_start(text, group[0].start), group[-1].end
                )
            )
            and span["y2"]
        ):
            until = (int(span["y2"]), int(span["m2"]), 0)
        return status, stated, until

    def _past_term_of(self, text: str, part: Part, start: int) -> bool:
        """七届县政协副主席, 区十五届人大常委会主任: a congress or CPPCC post of a term the text
        shows is over (see _past_term)."""
        kind = {"congress": "人大", "cppcc": "政协"}.get(part.title.institution)
        if kind is None or kind not in self._latest:
            return False
        term = self._terms.get(part.title_start)
        if term is None and (m := TERM_BEFORE.search(text, max(0, start - 6), start)):
            term = chinese_number(m[1])
        return term is not None and _past_term(term, self._latest[kind])

    def _status_of(self, text: str, group: list[Part]) -> tuple[str, tuple[int, int, int] | None]:
        start, end = group[0].start, group[-1].end
        start = self._lead_start(text, start)
        if (span := self._resume_span(text, start, end)) is not None:
            return "dated", (int(span["y1"]), int(span["m1"]), 0)
        before = text[max(0, start - 8) : start]
        former = _FORMER_BEFORE.search(before)
        # 平原法院院长, 太原市…: 原 ending a place's name is no "former"
        if former and former[0] == "原" and text[start - 2 : start] in self.lex.place_strings:
            former = None
        if (
            former
            or self._past_term_of(text, group[0], start)
            or group[0].title_start in self._former_inside
        ):
            return "former", None
        # 本次任命前分别任…: the posts they held before
        if (r := self._respective_before(text, start)) is not None and text[r.start() - 1] == "前":
            return "former", None
        if designated_before(text, start) or (
            text.startswith(("候选人", "人选"), end) and not nominated_in_chain(text, group)
        ):
            return "designate", None
        if (named := NAMED_FOR.search(before)) is not None:
            if named[1] in ("提名", "推荐"):
                return "designate", None
            if named[1] in ("免去", "免除", "辞去"):
                return "former", None
        if "免" in before and REMOVED.search(before):  # 免去王五龙游县委书记职务
            return "former", None
        if before.endswith("现任"):
            return "current", None
        clause = clause_start(text, start)
        # 其时，王五任县长: a time then, and the verb of holding after it
        # (the clause may open right after the time's comma)
        then = _THEN.search(text, max(0, clause - 4), start)
        if then is not None and _APPOINTED.search(text, then.end(), start):
            return "former", None
        # a date of birth (1970年5月生) dates no appointment
        dates = [
            d
            for d in _DATE_IN_CLAUSE.finditer(text, clause, start)
            if not text.startswith(("生", "出生"), d.end())
        ]
        if dates and _APPOINTED.search(text, dates[-1].end(), start):
            d = dates[-1]
            return "dated", (int(d[1]), int(d[2] or 0), int(d[3] or 0))
        # 今年2月任…: a month of the year (or of the year before)
        if (
            self._year
            and (r := _RELATIVE_DATE.search(text, clause, start)) is not None
            and _APPOINTED.search(text, r.end(), start)
        ):
            year = self._year - _YEARS_BACK[r[1]]
            return "dated", (year, int(r[2]), int(r[3] or 0))
        return "current", None
