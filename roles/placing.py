"""Where a title's place is written: a place before the title (衢州市衢江区委书记,
景宁畲族自治县委书记, 尹家村党支部书记), towns and villages named in an article, and passages in
which a speaker represents another place (代表兰溪市委、市政府致辞)."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from roles.chars import is_han
from roles.dictionary import ends_in_verb, is_frequent_noun, is_plain_word, is_word, starts_verb
from roles.lexicons import HOME_LEVELS, SHORT_FORM_LEVELS, Lexicons, Place, Title
from roles.name_rules import SUBCOUNTY_LEVELS

# --- places written before a title ---------------------------------------------------------------

# Inner Mongolia's township (苏木) and village (嘎查), by the level they stand at
_MONGOLIAN_LEVELS = {"苏木": "乡", "嘎查": "村"}
_AUTONOMOUS_LEVELS = frozenset("县州旗")
# Development zones, longest suffix first; their posts (党工委书记, 管委会主任) are at level 开发区.
ZONE_SUFFIXES = (
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "产业集聚区",
    "工业集中区",
    "工业园区",
    "产业园区",
    "园区",
    "高新区",
    "经开区",
    "开发区",
    "示范区",
    "试验区",
    "投资区",  # 台商投资区
    "合作区",  # 特别合作区
    "度假区",
    "保税区",
    "片区",  # 自贸片区: a free-trade zone's part
    "新区",
    "生态城",  # 中新天津生态城, 唐山湾生态城
    "新城",  # 沣东新城, 空港新城: a new district's zones
)
# Zone suffixes that are words of place names too, read as a zone's only after its name and
# before its organ (沣东新城管委会), never alone (新城街道, 新城镇)
_NAMED_ONLY_ZONES = frozenset(("新城", "生态城"))
_LEVELS_AFTER_NAMED_ONLY = ("镇", "乡", "区", "村", "街", "社")
# Characters that cannot stand inside a town or village name, so one ends there: particles,
# verbs that introduce places, and the level characters of the places above it.
_PLACE_STOP = set(
    "在为于的和与及是到赴往从任选由向对把被将要了着过也就还又再才个些兼"
    "、，。；：,;:（）()“”\"'《》镇乡村区县市省道州旗盟社 \n"
)
_LEVEL_CHARS = set("镇乡村区县市省道州旗盟")
_ORDINAL_END = re.compile("第[一二三四五六七八九十]")  # 西航第一社区: an ordinal in a name

_FUNCTION_CHARS = frozenset("在为于的和与及是到赴往从任选由向对把被")
_NAME_OPENING_FUNCTION = frozenset("向于和任由")  # 向阳, 于家, 和平, 任庄, 由义
_STOP_NOT_OPENING = frozenset(_PLACE_STOP - _NAME_OPENING_FUNCTION)
# (and 副: in 政府副乡长, 政府副苏木达 it and the level character start a deputy's title)
# The 55 minority peoples, as an ethnic township's name writes them before 族 (清溪土家族乡,
# 长坡苗族侗族乡): what precedes them is the township's own name
_PEOPLES = (
    *("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白"),
    *("土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡"),
    *("纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬"),
    *("锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安"),
    *("裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"),
)
_GENERIC_BEFORE_LEVEL = frozenset("全各本该我每两几此这那哪乡小强名重届副")
_COUNTY_LEVEL_CHARS = frozenset("县市区旗")
# particles and prepositions that govern what follows them: no place's name ends in one
# (交通不便给村发展带来…: 给 takes 村 as its object; 野保站距乡政府140公里: 距 its distance)
_NEVER_END_A_PLACE = frozenset("的了着给把被让距受")  # (甲受镇政府委托: 受, like 被, governs)
_GOING = frozenset("在到赴往至于从进入抵")  # 到胜利镇, 深入和平镇, 走进建设村
# Conjunctions and prepositions that stand between a name and the title after it
_JOINING_WORDS = frozenset("和与及同跟在对向给")
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
    "政府",  # 政府镇长: the town's government, not a town called 政府
    "人民政府",
    # 全体镇干部, 所有村: a determiner of two characters before the level character
    "全体",
    "所有",
    "整个",
    "每个",
    "各个",
}
_SENTENCE_OPENERS = frozenset("。！？；\n")
_FOUNDING = ("建立", "设立", "成立", "组建", "筹建", "撤销")  # verbs whose object is a body
_DATE_END = re.compile("年度|年|月份|月|日|号")


@dataclass(frozen=True)
class PlaceRef:
    """A place as written in the text, resolved to a jurisdiction name."""

    start: int  # where it is written
    name: str  # the jurisdiction's own name: 衢州市, 鄞州区, 尹家村
    level: str
    place: Place | None = None  # the gazetteer entry, where there is one


# the levels of a court, procuratorate or department a short name may name (武进 + 人民检察院)
SHORT_NAMED_BODY_LEVELS = ("县", "区", "市", "旗")


def short_named_place(
    lex: Lexicons,
    text: str,
    end: int,
    levels: tuple[str, ...],
    year: int | None = None,
    prefecture: bool = False,
) -> tuple[int, Place] | None:
    """Where the short name (2–4 characters) ending at `end` starts, and its division, of one of
    `levels` (武进 → 武进区, 湛江 → 湛江市; a prefecture's only, if asked); the longest first."""
    for k in (4, 3, 2):
        if end < k:
            continue
        for place in lex.places_short(text[end - k : end], year):
            if place.level in levels and (not prefecture or place.gb_code.endswith("00")):
                return end - k, place
    return None


def opens_village_name(text: str, pos: int) -> bool:
    """永和镇长安村: a village's or community's name of two or three characters starts at `pos`,
    the last character of a town's title (镇长, 乡长), so the title is the town's name run into
    the village's (but 镇长到村, 镇长进村: a verb between is no name)."""
    # (廿里镇镇长王立村: after the town's own level character the title is whole)
    return (
        text[pos - 1 : pos] in ("镇", "乡")
        and text[pos - 2 : pos - 1] != text[pos - 1]
        and any(
            text.startswith(level, pos + k)
            and all(is_han(c) and c not in _PLACE_STOP for c in text[pos + 1 : pos + k])
            and not starts_verb(text, pos + 1)
            for k in (2, 3)
            for level in ("村", "社区")
        )
    )


def subcounty_name_before(text: str, end: int, max_len: int = 4) -> int | None:
    """Start of a town/village name (2–4 characters) ending at `end`, or None."""
    # 全镇, 各街道, 我镇, 乡镇, 特色小镇, 工业强镇, 新一届镇: a determiner or a generic modifier
    # before the level character makes it a common noun, not a name
    if end < 1 or text[end - 1] in _GENERIC_BEFORE_LEVEL:
        return None
    # (云溪镇镇长: the level written twice ends the name at the first, never inside it; but
    # 湖镇镇, 仁村村: a one-character name and its level are the name)
    if (
        text[end - 1] == text[end : end + 1]
        and text[end - 1] in _LEVEL_CHARS
        and is_han(text[end - 3 : end - 2] or "。")
        and text[end - 3] not in _PLACE_STOP
    ):
        return None
    # (巴彦宝力格图嘎查: a Mongolian village's or sum's name runs to six characters)
    if text.startswith(("嘎查", "苏木"), end):
        max_len = max(max_len, 6)
    # a street named after its road (广州东路街道, 中山北路社区) is read whole
    road = text[end - 1] in "路街"
    # and an ethnic township (清溪土家族乡, 长坡苗族侗族乡) with its peoples
    whole = road or text[end - 1] == "族"  # no leading word is cut off either
    if whole:
        max_len = max(max_len, 6 if road else 10)
    start = end
    while start > end - max_len and start > 0 and is_han(text[start - 1]):
        ch = text[start - 1]
        # 举村乡, 衢州 + 经济技术开发区: a level character inside a short name is part of it
        # (广州东路: roads are named after cities, and keep their 州)
        if ch in _PLACE_STOP and (
            ch not in _LEVEL_CHARS or (end - start >= 2 and not (road and ch == "州"))
        ):
            break
        start -= 1
    # 街道办事处金世纪社区: a subdistrict's office ends before the community's name
    if (office := text.rfind("办事处", max(0, start - 2), end)) >= 0:
        start = max(start, office + 3)
    # 中共湖镇镇委员会: the party's name before a town is not the town's
    if text.startswith("中共", start) and end - start > 3:
        start += 2
    # 2019年青石镇, 2021年度…: no name starts with the end of a date
    if start > 0 and text[start - 1].isdigit() and (date_end := _DATE_END.match(text, start)):
        start = min(date_end.end(), end)
    # 向阳镇, 永和镇, 于家村: a function character inside a two-character name, when the name
    # stands alone after punctuation or another function character (在向阳镇; but not 张三和镇)
    if end - start < 2 and end >= 2 and _function_char_name(text, end - 2, end):
        start = end - 2
    # 当选永和土家族乡: a conjunction ends a township's own name before its peoples (永和, 太和)
    if whole and not road and (people := _peoples_start(text, end)) - start < 2 and people >= 2:
        first, last = text[people - 2], text[people - 1]
        if is_han(first) and first not in _PLACE_STOP and last in "和与及同":
            start = people - 2
    # 带动白水村, 浦东合庆镇: a leading word is not part of a name of two or more characters
    # (广东路街道 keeps its 广东; a street named after its road, 南京东路街道, its 南京)
    full = start == end - max_len and not whole
    # (西航第一社区: an ordinal alone is no name; the word before it is the name)
    if (
        end - start > 3
        and is_word(text[start : start + 2])
        and not whole
        and not _ORDINAL_END.fullmatch(text, start + 2, end)
    ):
        start, full = start + 2, False
    # 选举产生白沙镇: a name does not start inside a word that runs on from before it
    while end - start > 2 and full and start > 0 and is_word(text[start - 1 : start + 1]):
        start += 1
    # 颁发镇…, 代表镇…: no town's name ends in a verb; the level character starts a word
    if (
        end - start < 2
        or text[start:end] in _NOT_PLACE
        or text[end - 1] in _NEVER_END_A_PLACE
        or ends_in_verb(text, start, end)
    ):
        return None
    # 香立新代表镇委: a name of three or four characters does not end in a word that is no noun
    # (代表, 召开); a two-character one may be a word (胜利镇, 前进镇)
    # (a community's or subdistrict's may end in a frequent noun or an ordinal: 金世纪社区,
    # 西航第一社区)
    if (
        end - start > 2
        and is_plain_word(text[end - 2 : end])
        and not (
            text.startswith(("社区", "街道"), end)
            and (is_frequent_noun(text[end - 2 : end]) or _ORDINAL_END.match(text, end - 2))
        )
    ):
        return None
    # 视察示范镇, 将提交镇政府: a common word run into the text before it is no name; a town
    # called after one (和平镇, 胜利镇) stands after punctuation or a verb of going (到胜利镇)
    # (永康县桥下乡: after its county's level character it is a name too)
    before = text[start - 1] if start > 0 else "。"
    if (
        is_han(before)
        and before not in _GOING
        and before not in _COUNTY_LEVEL_CHARS
        and is_plain_word(text[start:end])
    ):
        return None
    return start


def _peoples_start(text: str, end: int) -> int:
    """Where the peoples of an ethnic township's name, written before `end`, start (土家族,
    苗族侗族): `end` itself when none is written there."""
    while text[end - 1 : end] == "族" and (
        people := next((p for p in _PEOPLES if text.startswith(p, end - 1 - len(p))), None)
    ):
        end -= len(people) + 1
    return end


def _function_char_name(text: str, start: int, end: int) -> bool:
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start > 0 else "。"
    return (
        is_han(first)
        and is_han(last)
        and first not in _LEVEL_CHARS
        and (first in _NAME_OPENING_FUNCTION or last == "和")
        and first not in _STOP_NOT_OPENING
        and (not is_han(before) or before in _FUNCTION_CHARS)
    )


def place_before(
    text: str, pos: int, title: Title, lex: Lexicons, year: int | None = None
) -> PlaceRef | None:
    """The place written immediately before a title starting at `pos`, if any, with the
    names of its city and province when they are written before it (温州市鹿城区委书记).
    Given the issue's year, a name two units bore is the one in use that year."""
    ref = _place_written_before(text, pos, title, lex, year)
    if ref is None or ref.place is None:
        return ref
    start, place = ref.start, ref.place
    for _ in range(2):
        parent = lex.parent_of(place)
        if parent is None:
            break
        # 温州市鹿城区, or in short 江苏沭阳县委书记; an autonomous prefecture by its short
        # name and level (恩施州来凤县委书记)
        forms = (parent.name, parent.short, parent.short + parent.level)
        written = next(
            (w for w in forms if len(w) >= 2 and text.endswith(w, 0, start)),
            None,
        )
        if written is None:
            break
        start, place = start - len(written), parent
    return dataclasses.replace(ref, start=start) if start != ref.start else ref


def _autonomous_short_form(cand: str, first: str, lex: Lexicons, year: int | None) -> Place | None:
    """The autonomous county, prefecture or banner `cand` names by its short form and 自治
    (务川自治 + 县委书记, 景宁自治县 + 县长), if one."""
    if cand.endswith("自治") and first in _AUTONOMOUS_LEVELS:
        short, level = cand[:-2], first
    elif cand[-3:-1] == "自治" and cand[-1] in _AUTONOMOUS_LEVELS:
        short, level = cand[:-3], cand[-1]
    else:
        return None
    if len(short) < 2:
        return None
    return next((p for p in lex.places_short(short, year) if p.name.endswith("自治" + level)), None)


def _in_use(place: Place, year: int | None) -> bool:
    """In use in `year`; without a year, in use today."""
    return place.until is None if year is None else not place.years_from(year)


def _place_written_before(
    text: str, pos: int, title: Title, lex: Lexicons, year: int | None
) -> PlaceRef | None:
    if pos == 0 or not is_han(text[pos - 1]):  # most titles follow punctuation: nothing to read
        return None
    # Gazetteer names, full (衢州市衢江区) or short before a title that starts with the level
    # character (鄞州 + 区委书记). Longest first.
    short_ok = (
        title.surface[0] in SHORT_FORM_LEVELS
        or title.surface.startswith(("自治区", "林区"))  # 内蒙古 + 自治区…, 神农架 + 林区…
        or title.level in ("军分区", "地区")  # 阿勒泰 + 地委书记, 行署专员
        or title.role == "书记"
    )
    strings = lex.place_strings
    first = title.surface[0]
    region = title.surface.startswith("自治区")
    for k in range(min(9, pos), 1, -1):
        cand = text[pos - k : pos]
        # 务川自治县委书记, 景宁自治县县长: a short form, 自治 and the level (the level is the
        # title's first character, or written before the title)
        if (autonomous := _autonomous_short_form(cand, first, lex, year)) is not None:
            return PlaceRef(pos - k, autonomous.name, autonomous.level, autonomous)
        # 广西壮族自治区党委书记: the place's 自治区 opens the title (自治区党委书记)
        if region and (cand + "自治区") in strings:
            for place in lex.places_named(cand + "自治区", year):
                return PlaceRef(pos - k, place.name, place.level, place)
        if cand not in strings and cand[:-1] not in strings and cand + first not in strings:
            continue
        for place in lex.places_named(cand, year):
            # 梅县区委副书记 in 2023: the district the county became, not the county (梅县)
            if first in SHORT_FORM_LEVELS and not _in_use(place, year):
                current = [p for p in lex.places_named(cand + first, year) if _in_use(p, year)]
                if current:
                    return PlaceRef(pos - k, current[0].name, current[0].level, current[0])
            return PlaceRef(pos - k, place.name, place.level, place)
        # 景宁县县长: a short form and a level character, for a unit whose name is longer
        if k >= 3 and cand[-1] in SHORT_FORM_LEVELS:
            for place in lex.places_short(cand[:-1], year):
                if place.level == cand[-1]:
                    return PlaceRef(pos - k, place.name, place.level, place)
        # 景宁畲族自治县委书记: the place's last character is the title's first
        if k >= 3 and first in SHORT_FORM_LEVELS:
            for place in lex.places_named(cand + first, year):
                return PlaceRef(pos - k, place.name, place.level, place)
        if short_ok and (places := lex.places_short(cand, year)):
            if title.level == "军分区":
                return PlaceRef(pos - k, cand + "军分区", "军分区", places[0])
            level = (
                title.level
                if title.surface.startswith(("自治区", "林区")) or title.level == "地区"
                else title.surface[0]
            )
            fits = [
                p
                for p in places
                if p.level == level or p.name.endswith(level) or title.role == "书记"
            ]
            if fits:
                return PlaceRef(pos - k, fits[0].name, fits[0].level, fits[0])
    # ，衢县委书记: a county of one character shares its 县 with the title (but 前任县长 is
    # no 任县 county's)
    # (辞去房县人民政府县长职务: before the name of an organ, whatever precedes the county,
    # unless the character is a conjunction after a name: 王五和县政协副主席李四)
    organ = title.surface[1:].startswith(("人民政府", "政府", "人大", "政协", "人民代表大会"))
    if (
        first in SHORT_FORM_LEVELS
        and (title.surface[1:2] == "委" or organ)
        and (
            pos == 1 or not is_han(text[pos - 2]) or (organ and text[pos - 1] not in _JOINING_WORDS)
        )
        and (places := lex.places_named(text[pos - 1] + first, year))
    ):
        return PlaceRef(pos - 1, places[0].name, places[0].level, places[0])
    # Zones, towns, subdistricts and villages are not in the gazetteer: read their names from
    # the text.
    for suffix in ZONE_SUFFIXES:
        if text.startswith(suffix, pos - len(suffix)):
            # (金色新城社区党委书记: a community's post after 新城 is the community's)
            if suffix in _NAMED_ONLY_ZONES and title.surface.startswith(_LEVELS_AFTER_NAMED_ONLY):
                continue
            # 无为经济开发区: a zone named after its county (whose name may be a word too)
            named = pos - len(suffix)
            if (after := _named_after_place(text, named, lex.place_strings)) is not None:
                return PlaceRef(after, text[after:pos], "开发区")
            start = _whole_zone_name_start(text, named)
            if start is None:
                start = subcounty_name_before(text, named)
            if start is not None:
                return PlaceRef(start, text[start:pos], "开发区")
            # ，高新区管委会主任: the home's zone, written without a name after punctuation
            # (or after a conjunction: 副县长兼经开区党工委书记); 新城 alone is no zone's name
            if suffix in _NAMED_ONLY_ZONES:
                continue
            before = text[pos - len(suffix) - 1 : pos - len(suffix)]
            if len(suffix) >= 2 and (not is_han(before) or before in _FUNCTION_CHARS | {"兼"}):
                return PlaceRef(pos - len(suffix), suffix, "开发区")
            # 、县产业集聚区党委书记: the home's zone, after its level
            ahead = text[pos - len(suffix) - 2 : pos - len(suffix) - 1]
            if before in ("县", "市", "区") and (not is_han(ahead) or ahead in _FUNCTION_CHARS):
                return PlaceRef(pos - len(suffix) - 1, suffix, "开发区")
    # 柳湾区管委会主任: a zone's own organ after a name ending in 区
    # (新开区党工委书记: a working committee of the party before it governs a zone, not a street)
    # (山西转型综改示范区: read whole back to the boundary before it, as a zone's name)
    if (title.level == "开发区" or title.surface.startswith("党工委")) and text[pos - 1] == "区":
        start = _whole_zone_name_start(text, pos)
        if start is None or start == pos - 1:
            start = subcounty_name_before(text, pos - 1, 3)
        if start is not None:
            return PlaceRef(start, text[start:pos], "开发区")
    for word in (*SUBCOUNTY_LEVELS, *_MONGOLIAN_LEVELS):
        if text.startswith(word, pos - len(word)):
            # 云溪镇镇人大主席: the level written twice, the town's and then its organ's
            twice = (
                len(word) == 1
                and text[pos - 2 : pos - 1] == word
                and is_han(text[pos - 4 : pos - 3] or "。")
                and text[pos - 4] not in _PLACE_STOP
            )
            start = subcounty_name_before(text, pos - len(word) - twice)
            if start is not None:
                return PlaceRef(start, text[start : pos - twice], _MONGOLIAN_LEVELS.get(word, word))
    for level in ("街道", "社区"):  # 浮石 + 街道办事处主任, 东山 + 社区党委书记
        if title.surface.startswith(level):
            start = subcounty_name_before(text, pos)
            if start is not None:
                return PlaceRef(start, text[start:pos] + level, level)
    return None


def _named_after_place(text: str, end: int, place_strings: frozenset[str]) -> int | None:
    """Where the place a zone is named after starts, if one ends at `end` (庐江经济开发区), and
    no name runs on before it (三江口新区 is no zone of 江口)."""
    return next(
        (
            end - k
            for k in range(min(8, end), 1, -1)
            if text[end - k : end] in place_strings and _opens_place(text, end - k)
        ),
        None,
    )


def _zone_named_from_place(text: str, end: int, place_strings: frozenset[str]) -> int | None:
    """泉州 + 台商 + 投资区: where a zone's name starts with a place's, a descriptor between
    it and the suffix (参观泉州台商投资区: not from 参观)."""
    lo = end
    while lo > 0 and end - lo < 10 and _zone_name_char(text[lo - 1]):
        lo -= 1
    for i in range(lo, end - 2):
        if any(
            text[i : i + k] in place_strings for k in range(min(8, end - 1 - i), 1, -1)
        ) and _opens_place(text, i):
            return i
    return None


def _opens_place(text: str, pos: int) -> bool:
    """Whether a place's name may start at `pos`: no word runs across it from before (三江口:
    三江 is a word; 中共广州…, 代表广州… are not)."""
    return pos == 0 or not is_word(text[pos - 1 : pos + 1])


def _whole_zone_name_start(text: str, end: int, max_len: int = 10) -> int | None:
    """南川新型工业化 + 经济开发区: a zone's name, longer than a town's, read back to the
    punctuation, conjunction or verb of going before it; None when no such boundary is near."""
    start = end
    while start > 0 and end - start < max_len and _zone_name_char(text[start - 1]):
        start -= 1
    if start > 0 and _zone_name_char(text[start - 1]):
        return None
    return start if end - start >= 3 else None


def _zone_opening_sentence(text: str, end: int) -> int | None:
    """柳湾生态示范区成立三周年: a zone's whole name opening a sentence or line, or the object
    of a verb of founding that opens its clause (，建立台州湾产业集聚区党工委)."""
    start = _whole_zone_name_start(text, end)
    if start is None:
        return None
    founding = next((v for v in _FOUNDING if text.startswith(v, start)), None)
    if founding is not None and end - start - len(founding) >= 3:
        return start + len(founding) if start == 0 or not is_han(text[start - 1]) else None
    if start > 0 and text[start - 1] not in _SENTENCE_OPENERS:
        return None
    return start


def _reads_as_zone_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] can name a zone: no verb inside it and none of coming or going
    at its end (not 会议视察了 + 高新区, 王五来 + 园区: a clause before the zone's suffix)."""
    return (
        text[end - 1] not in _GOING
        and text[end - 1] not in "来去"
        and "了" not in text[start:end]
        and not any(starts_verb(text, i) for i in range(start, end - 1))
    )


def _zone_name_char(ch: str) -> bool:
    return is_han(ch) and ch not in _FUNCTION_CHARS and ch not in _GOING and ch not in "来去兼"


def subcounty_mentions(
    text: str, start: int, end: int, place_strings: frozenset[str] = frozenset()
) -> list[PlaceRef]:
    """Towns, subdistricts, villages and zones named in text[start:end], in order (a zone named
    after a place of `place_strings`, 庐江 + 经济开发区, from that place)."""
    found = []
    for m in _SUBCOUNTY_WORD.finditer(text, start, end):
        zone = m[0] in ZONE_SUFFIXES
        name_start = None
        if zone:
            name_start = _named_after_place(text, m.start(), place_strings)
            if name_start is None:
                name_start = _zone_named_from_place(text, m.start(), place_strings)
            if name_start is None:
                name_start = _zone_opening_sentence(text, m.start())
        if name_start is None:
            name_start = subcounty_name_before(text, m.start())
        if zone and name_start is not None and not _reads_as_zone_name(text, name_start, m.start()):
            name_start = None
        if name_start is not None:
            level = "开发区" if m[0] in ZONE_SUFFIXES else _MONGOLIAN_LEVELS.get(m[0], m[0])
            found.append(PlaceRef(name_start, text[name_start : m.end()], level))
    return found


# (新城镇, 新城区, 新城街道: a town's or a district's name, not a zone's suffix)
_SUBCOUNTY_WORD = re.compile(
    "|".join(
        (
            *(
                z + f"(?![{''.join(_LEVELS_AFTER_NAMED_ONLY)}])" if z in _NAMED_ONLY_ZONES else z
                for z in ZONE_SUFFIXES
            ),
            *SUBCOUNTY_LEVELS,
            *_MONGOLIAN_LEVELS,
        )
    )
)


# --- passages about another place ------------------------------------------------------------

_REPRESENTS = re.compile(
    r"代表(?:([\u4e00-\u9fff]{1,12}?(?:省|市|州|盟|县|区|旗))(?:委|人大|人民政府|政府|政协)|团成员)"
)


PASSAGE_SPAN = 2000  # how far back a passage's speaker or place still counts


def same_paragraph(text: str, start: int, end: int) -> bool:
    """No line break between `start` and `end`, which are at most PASSAGE_SPAN apart."""
    return 0 <= end - start <= PASSAGE_SPAN and text.find("\n", start, end) < 0


class Passage:
    """Whose bare titles these are in a passage about another place's delegation: after
    代表兰溪市委、市政府致辞 (to the end of the paragraph) bare 市 titles are 兰溪市's, unless
    another 市 was named since; after 代表团成员, the place last named at the title's level."""

    def __init__(self, lex: Lexicons, text: str) -> None:
        self.explicit: dict[str, tuple[int, str]] = {}  # level -> (where, place) last named
        self.spans: list[tuple[int, int, PlaceRef | None]] = []
        self.starts: list[int] = []
        if "代表" not in text:
            return
        for m in _REPRESENTS.finditer(text):
            end = text.find("\n", m.end(), m.end() + PASSAGE_SPAN)
            end = end if end >= 0 else min(len(text), m.end() + PASSAGE_SPAN)
            if m[1] is None:
                self.spans.append((m.start(), end, None))
                continue
            place = next(iter(lex.places_named(m[1])), None)
            if place is not None and place.level in HOME_LEVELS:
                self.spans.append(
                    (m.start(), end, PlaceRef(m.start(1), place.name, place.level, place))
                )
        self.starts = [start for start, _, _ in self.spans]

    def place_for(self, text: str, level: str, pos: int) -> str | None:
        seen = self.explicit.get(level)
        last = bisect.bisect_left(self.starts, pos)
        for start, end, ref in reversed(self.spans[:last]):
            if start < pos - PASSAGE_SPAN:
                break  # bounded: a one-line file must stay linear
            if not start < pos < end:
                continue
            if ref is None:  # 代表团成员
                if seen is not None and same_paragraph(text, seen[0], pos):
                    return seen[1]
            elif ref.level == level and (seen is None or seen[0] < start or seen[1] == ref.name):
                return ref.name
        return None
