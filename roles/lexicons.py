"""Lexicons: the language data `roles` matches with, loaded from plain UTF-8 TSV files.

Each file holds one concept, starts with a `#` comment header that carries `# version:` and
`# source:`, then a header row of column names, then one row per surface form. Every file is
validated on load; problems are reported as `file:line: problem` and abort loading, because a
half-read lexicon would silently change every result.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from roles.resources import bundled_lexicon_dir

CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))

#: levels a title may name; 军分区 and 社区 are units named after their parent place.
LEVELS = (
    "省",
    "市",
    "州",
    "地区",
    "盟",
    "县",
    "区",
    "旗",
    "镇",
    "乡",
    "街道",
    "村",
    "社区",
    "军分区",
    "开发区",
)
#: levels at which the paper's home or its ancestors answer a bare title (区委书记 → the home).
HOME_LEVELS = ("省", "市", "州", "地区", "盟", "县", "区", "旗")
#: levels whose places may be written in short form before a title that starts with the level
#: character: 鄞州 + 区委书记, 宁波 + 市委常委, 浮石 + 街道办事处主任.
SHORT_FORM_LEVELS = ("省", "市", "州", "县", "区", "旗", "盟", "街道")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message is `file:line: problem`."""


def is_cjk(text: str) -> bool:
    return bool(text) and all(any(lo <= ord(c) <= hi for lo, hi in CJK_RANGES) for c in text)


@dataclass(frozen=True)
class Title:
    surface: str
    role: str  # '-' marks an organ name that must not match as a title
    level: str  # '-' = inherit from the title before it, else the paper's home
    institution: str
    single: bool
    tier: int

    @property
    def blocker(self) -> bool:
        return self.role == "-"


@dataclass(frozen=True, slots=True)
class Place:
    """A province-, prefecture- or county-level division, in use today or at some time since 1981.

    `code` is the row's key: the GB/T 2260 code, or `code@since` for an earlier unit that used
    a code later given to another (120110@1981 东郊区, 120110 东丽区); `parent` is a key too.
    """

    code: str
    name: str
    level: str
    parent: str
    short: str
    since: int | None = None  # first year in use (1981 = in use in 1981 or before); None: unknown
    until: int | None = None  # last year in use; None = in use today
    successors: tuple[str, ...] = ()  # keys its area passed to when it ended
    transfers: tuple[tuple[str, int], ...] = ()  # (key, year): parts passed on while in use

    @property
    def current(self) -> bool:
        return self.until is None

    @property
    def gb_code(self) -> str:
        """The six-digit GB/T 2260 code ('' for a unit known only from renames.tsv)."""
        code = self.code.partition("@")[0]
        return code if code.isdigit() else ""

    def in_use(self, year: int) -> bool:
        return self.years_from(year) == 0

    def years_from(self, year: int) -> int:
        """How many years `year` lies outside the unit's years in use (0 when it was in use)."""
        if self.since is not None and year < self.since:
            return self.since - year
        if self.until is not None and year > self.until:
            return year - self.until
        return 0


def _as_of(places: list[Place], year: int | None) -> list[Place]:
    """Units in use in `year` first, then the nearest in time; without a year, the order kept
    (current units first, then older ones, the most recently abolished first)."""
    if year is None:
        return places
    return sorted(places, key=lambda p: p.years_from(year))


@dataclass(frozen=True)
class Lexicons:
    titles: dict[str, Title]
    places: dict[str, Place]  # by key: code, or code@since for an earlier user of the code
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    name_ends: dict[str, bool]  # word -> strong
    nonofficials: dict[str, str]  # word -> kind
    simplified: dict[int, int] = field(default_factory=dict)  # str.translate table, T → S
    renames: dict[str, tuple[str, int]] = field(default_factory=dict)  # old -> (new, year)
    surname_freq: dict[str, int] = field(default_factory=dict)  # persons per million, 0 unknown
    given_shares: dict[str, int] = field(default_factory=dict)  # char -> per 10,000 given chars
    name_parts: frozenset[str] = frozenset()  # syllables of Tibetan, Mongolian, Uyghur names
    versions: dict[str, str] = field(default_factory=dict)  # file stem -> version
    fingerprint: str = ""

    def places_named(self, name: str, year: int | None = None) -> list[Place]:
        """Divisions with this full name: with a year, those in use that year first; without,
        current ones first (in code order), then abolished ones."""
        return _as_of(self._by_name.get(name, []), year)

    def places_short(self, short: str, year: int | None = None) -> list[Place]:
        """Divisions with this short form (衢江, 宁波), ordered as `places_named`."""
        return _as_of(self._by_short.get(short, []), year)

    def parent_of(self, place: Place) -> Place | None:
        return self.places.get(place.parent)

    def ancestors(self, place: Place) -> list[Place]:
        """The place itself, then its parent city, then its province."""
        chain = [place]
        while (parent := self.parent_of(chain[-1])) is not None and len(chain) < 4:
            chain.append(parent)
        return chain

    def __post_init__(self) -> None:
        by_name: dict[str, list[Place]] = {}
        by_short: dict[str, list[Place]] = {}
        # Current units first, in code order; then abolished ones, the most recent first.
        order = sorted(self.places.values(), key=lambda p: (p.until is not None, -(p.until or 0)))
        for place in order:
            if place.until is not None and len(place.name) == 2 and place.name[1] == "区":
                continue  # 新区, 市区, 北区, 南区 (abolished): words before they are names
            by_name.setdefault(place.name, []).append(place)
            if place.short:
                by_short.setdefault(place.short, []).append(place)
        object.__setattr__(self, "_by_name", by_name)
        # every string a place may be written as: a quick test before the lookups
        object.__setattr__(self, "place_strings", frozenset(by_name) | frozenset(by_short))
        object.__setattr__(self, "place_names", frozenset(by_name))
        object.__setattr__(self, "_by_short", by_short)


# --- reading TSV files ---------------------------------------------------------------------------

Check = Callable[[str], str | None]  # returns a problem description, or None when the value is fine


def _one_of(*allowed: str) -> Check:
    return lambda v: None if v in allowed else f"expected one of {'/'.join(allowed)}, got {v!r}"


def _cjk(v: str) -> str | None:
    return None if is_cjk(v) else f"{v!r} is not a run of Chinese characters"


def _cjk_or_dash(v: str) -> str | None:
    return None if v == "-" else _cjk(v)


def _one_char(v: str) -> str | None:
    return None if len(v) == 1 and is_cjk(v) else f"{v!r} is not one Chinese character"


def _year(v: str) -> str | None:
    return None if v.isdigit() and len(v) == 4 else f"{v!r} is not a year"


def _year_or_empty(v: str) -> str | None:
    return None if v == "" else _year(v)


# The gazetteer has 6,800 rows: its checks are regular expressions (same ranges as is_cjk).
_CJK_RUN = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_RANGES) + "]+")
_PLACE_KEY = re.compile(r"\d{6}(?:@\d{4})?")
_SUCCESSOR = re.compile(r"(\d{6}(?:@\d{4})?)(?:\[(\d{4})\])?")


def _place_name(v: str) -> str | None:
    return None if _CJK_RUN.fullmatch(v) else f"{v!r} is not a run of Chinese characters"


def _place_short(v: str) -> str | None:
    return None if v == "" else _place_name(v)


def _place_key(v: str) -> str | None:
    if _PLACE_KEY.fullmatch(v):
        return None
    return f"{v!r} is not a division code (330803, or 330803@1985 for an earlier unit)"


def _place_key_or_empty(v: str) -> str | None:
    return None if v == "" else _place_key(v)


def _successors(v: str) -> str | None:
    for item in v.split(";") if v else ():
        if not _SUCCESSOR.fullmatch(item):
            return f"{item!r} is not a successor (code, code@year, optionally [year])"
    return None


def _count(v: str) -> str | None:
    return None if v.isdigit() else f"{v!r} is not a whole number"


def _any(v: str) -> str | None:
    return None if v.strip() else "empty value"


SCHEMAS: dict[str, dict[str, Check]] = {
    "titles": {
        "surface": _cjk,
        "role": _cjk_or_dash,
        "level": _one_of("-", "+", *LEVELS),
        "institution": _any,
        "single": _one_of("yes", "no"),
        "tier": _one_of("1", "2", "-"),
    },
    "places": {
        "code": _place_key,
        "name": _place_name,
        "level": _one_of("-", *LEVELS),
        "parent": _place_key_or_empty,
        "short": _place_short,
        "since": _year_or_empty,
        "until": _year_or_empty,
        "successors": _successors,
    },
    "surnames": {
        "surname": _cjk,
        "kind": _one_of("single", "compound"),
        "freq": _count,
        "common_word": _one_of("yes", "no"),
    },
    "given_chars": {"char": _one_char, "count": _count, "share": _count},
    "name_parts": {"part": _cjk, "people": _any},
    "name_ends": {"word": _cjk, "strong": _one_of("yes", "no")},
    "nonofficials": {"word": _cjk, "kind": _any},
    "traditional": {"traditional": _one_char, "simplified": _one_char},
    "renames": {"old": _cjk, "new": _cjk, "year": _year},
}


# Columns a file may leave out (files written before they existed); readers give defaults.
OPTIONAL_COLUMNS = frozenset({"freq", "common_word", "since", "until", "successors"})


@dataclass(frozen=True)
class Table:
    path: Path
    version: str
    rows: list[tuple[int, dict[str, str]]]  # (line number, row)


def read_table(path: Path, schema: dict[str, Check]) -> Table:
    """Read and validate one lexicon file; raise LexiconError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read ({exc.strerror})") from None
    version = source = ""
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    key = next(iter(schema))
    seen: dict[str, int] = {}
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            body = line[1:].strip()
            if body.startswith("version:"):
                version = body.split(":", 1)[1].strip()
            elif body.startswith("source:"):
                source = body.split(":", 1)[1].strip()
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            unknown = [c for c in header if c not in schema]
            missing = [c for c in schema if c not in header and c not in OPTIONAL_COLUMNS]
            if unknown:
                raise LexiconError(f"{path}:{lineno}: unknown column {unknown[0]!r}")
            if missing:
                raise LexiconError(f"{path}:{lineno}: missing column {missing[0]!r}")
            continue
        if len(cells) != len(header):
            raise LexiconError(
                f"{path}:{lineno}: expected {len(header)} tab-separated cells, got {len(cells)}"
            )
        row = dict(zip(header, cells, strict=True))
        for column, check in schema.items():
            if column not in row:
                continue
            problem = check(row[column])
            if problem:
                raise LexiconError(f"{path}:{lineno}: {column}: {problem}")
        if row[key] in seen:
            raise LexiconError(
                f"{path}:{lineno}: duplicate {key} {row[key]!r} (first on line {seen[row[key]]})"
            )
        seen[row[key]] = lineno
        rows.append((lineno, row))
    if not version:
        raise LexiconError(f"{path}:1: missing '# version:' header")
    if not source:
        raise LexiconError(f"{path}:1: missing '# source:' header")
    if header is None:
        raise LexiconError(f"{path}:1: no header row")
    return Table(path, version, rows)


def _merge(tables: list[Table], key: str) -> dict[str, dict[str, str]]:
    """Later folders extend and override earlier ones, row by key."""
    merged: dict[str, dict[str, str]] = {}
    for table in tables:
        for _, row in table.rows:
            merged[row[key]] = row
    return merged


# --- places and renames --------------------------------------------------------------------------


def _links(text: str) -> list[tuple[str, int | None]]:
    """`330802;330803[2001]` → [('330802', None), ('330803', 2001)]."""
    found: list[tuple[str, int | None]] = []
    for item in text.split(";") if text else ():  # checked on reading
        key, _, year = item.partition("[")
        found.append((key, int(year[:-1]) if year else None))
    return found


def _place(key: str, r: dict[str, str]) -> Place:
    links = _links(r.get("successors", ""))
    since, until = r.get("since"), r.get("until")
    return Place(
        code=key,
        name=r["name"],
        level=r["level"],
        parent=r["parent"],
        short=r["short"],
        since=int(since) if since else None,
        until=int(until) if until else None,
        successors=tuple(k for k, year in links if year is None),
        transfers=tuple((k, year) for k, year in links if year is not None),
    )


def _load_places(tables: list[Table]) -> dict[str, Place]:
    """Places by key; every parent and successor a row names must be a place of some folder."""
    places = {key: _place(key, r) for key, r in _merge(tables, "code").items()}
    for table in tables:
        for lineno, row in table.rows:
            if row["parent"] and row["parent"] not in places:
                raise LexiconError(
                    f"{table.path}:{lineno}: parent: no division {row['parent']!r} in places"
                )
            for key, _ in _links(row.get("successors", "")):
                if key not in places:
                    raise LexiconError(
                        f"{table.path}:{lineno}: successors: no division {key!r} in places"
                    )
    return places


def derive_renames(places: dict[str, Place]) -> dict[str, tuple[str, int]]:
    """Old name → (the name its posts continue under, year the old name went out of use).

    A unit's heir is the successor that carries its name on under a new code (鄞县 332226 →
    330227, 1983), or else the one successor set up the year it ended, when that year the new
    unit took area from it alone, or also from units the old one passed area to (衢县 → 衢江区,
    2001, with a strip of 柯城区), or when the new name carries the old one on (房山县 → 房山区,
    1986, with 燕山区). Heirs are followed to the last: 余杭县 → 余杭市 → 余杭区 gives 余杭县 →
    余杭区, 1994. Units merged into an existing neighbour (崇文区 → 东城区, 2010), split, or
    joined with parts of others into a new name (江干区 → 钱塘区, which also took part of
    萧山区) are left out: their posts do not continue as one chain. A name is renamed only when
    every unit that ever bore it leads to the same new name, so a name still in use somewhere
    (城区, 郊区) never is.
    """
    fed: dict[tuple[str, int], set[str]] = {}  # (key, year) -> the units it took area from
    for place in places.values():
        if place.until is not None:
            for key in place.successors:
                fed.setdefault((key, place.until + 1), set()).add(place.code)
        for key, year in place.transfers:
            fed.setdefault((key, year), set()).add(place.code)

    def heir(old: Place) -> Place | None:
        if old.until is None:
            return None
        after = [places[k] for k in old.successors if k in places]
        for place in after:
            if place.name == old.name:
                return place
        new = [p for p in after if p.since == old.until + 1]
        if len(new) != 1:
            return None
        others = fed.get((new[0].code, old.until + 1), set()) - {old.code}
        if others <= set(old.successors) or new[0].name.startswith(old.short or old.name[:-1]):
            return new[0]
        return None

    outcomes: dict[str, set[tuple[str, int] | None]] = {}
    for place in places.values():
        unit, seen, renamed_in = place, {place.code}, None
        while (after := heir(unit)) is not None and after.code not in seen:
            seen.add(after.code)
            if renamed_in is None and after.name != place.name and after.since is not None:
                renamed_in = after.since
            unit = after
        outcome = None
        if renamed_in is not None and unit.name != place.name:
            outcome = (unit.name, renamed_in)
        outcomes.setdefault(place.name, set()).add(outcome)
    return {
        name: next(iter(found))
        for name, found in outcomes.items()
        if len(found) == 1 and None not in found
    }


def _load_renames(tables: list[Table], places: dict[str, Place]) -> dict[str, tuple[str, int]]:
    """Renames derived from the gazetteer's successor links, then renames.tsv's rows (which
    win). An old name the gazetteer lacks becomes a place of its own (key `code/year`) under
    its successor's parent, so older issues that name it still resolve."""
    renames = derive_renames(places)
    renames.update((o, (r["new"], int(r["year"]))) for o, r in _merge(tables, "old").items())
    by_name: dict[str, Place] = {}
    for place in places.values():
        if place.name not in by_name or place.current:
            by_name[place.name] = place
    for old, (new, year) in renames.items():
        successor = by_name.get(new)
        if successor is not None and old not in by_name:
            code = f"{successor.code[:6]}/{year}"
            level = old[-1] if old[-1] in LEVELS else "-"
            short = old[:-1] if len(old) > 2 else ""
            places[code] = Place(
                code,
                old,
                level,
                successor.parent,
                short,
                until=year - 1,
                successors=(successor.code,),
            )
    return renames


# An organ's head, by how its title ends: the head's own word, and that word after the end of
# the organ's name (县民政局局长, 省民政厅厅长, 县检察院检察长, 县法院院长)
_ORGAN_HEADS = {
    "局长": "局局长",
    "厅长": "厅厅长",
    "检察长": "检察院检察长",
    "院长": "法院院长",
    "主任": "委主任",  # a commission (县卫健委, 县发改委): its party group and committee too
}
# Every department of a government has a party group (or committee) with these posts.
_PARTY_GROUP_POSTS = (
    ("党组书记", True),
    ("党组副书记", False),
    ("党组成员", False),
    ("党委书记", True),
    ("党委副书记", False),
    ("党委委员", False),
)


# The judicial posts a congress appoints besides a court's and a procuratorate's heads and
# deputies, by the deputy's role and word they are derived from
_JUDICIAL_POSTS = {
    ("法院副院长", "副院长"): (
        ("审判员", "审判员"),
        ("审判委员会委员", "审判委员会委员"),
        ("审委会委员", "审判委员会委员"),
    ),
    ("检察院副检察长", "副检察长"): (
        ("检察员", "检察员"),
        ("检察委员会委员", "检察委员会委员"),
        ("检委会委员", "检察委员会委员"),
    ),
}


# A county bureau's, court's and procuratorate's posts, read without the level too
# (公安局党委书记、局长; 法院党组书记、院长 in the court's own news)
_BUREAU_POSTS = (
    "局长",  # (局局长, and 教育局长 written with one 局)
    "局副局长",
    "局党组书记",
    "局党组副书记",
    "局党组成员",
    "局党委书记",
    "局党委副书记",
    "局党委委员",
    "局政委",
    "局政治部主任",
    "局政治部副主任",
    "法院院长",
    "法院副院长",
    "院党组书记",
    "院党组副书记",
    "院党组成员",
    "检察院检察长",
    "检察院副检察长",
)


# The organs whose posts a prefecture (地区) has as an autonomous prefecture does
_PARTY_ORGANS = ("部", "政法委", "办公室", "秘书长", "直属机关工委", "党校")
_STATE_ORGANS = ("局", "法院", "检察院", "办公室", "委员会", "办")


def with_organ_forms(titles: dict[str, Title]) -> dict[str, Title]:
    """The titles, and the forms every organ of a kind has, where the lexicon lists no row:
    the party group of a department, court or procuratorate (县民政局局长 → 县民政局党组书记,
    党组成员; 县检察院党组书记) and a public security bureau's 政委, an organ's party
    group members (县政协党组书记 → 县政协党组成员), and 人大 and the formal name for 人大常委会
    (县人大党组书记, 县人民代表大会常务委员会委员), the formal name of a government (省人民政府
    副秘书长), 自治区 for 省 (自治区政协常委), a prefecture's (地区) departments as an autonomous
    prefecture's (地区民政局局长, 地委组织部部长), and a county department's head without its
    level (公安局局长, a post of the level written before it)."""
    derived: dict[str, Title] = {}

    def add(surface: str, role: str, like: Title, single: bool | None = None) -> None:
        if surface not in titles and surface not in derived:
            derived[surface] = Title(
                surface=surface,
                role=role,
                level=like.level,
                institution=like.institution,
                single=like.single if single is None else single,
                tier=like.tier,
            )

    for title in titles.values():
        if title.blocker or title.level == "+":
            continue
        # (a level-less head keeps its level-less forms from _BUREAU_POSTS below; a level-less
        # party group, 政协党组书记, has its members and deputies so written)
        head = next((w for w, end in _ORGAN_HEADS.items() if title.surface.endswith(end)), None)
        if title.level != "-" and head is not None and title.role.endswith(_ORGAN_HEADS[head]):
            organ, role_organ = title.surface[: -len(head)], title.role[: -len(head)]
            for post, single in _PARTY_GROUP_POSTS:
                add(organ + post, role_organ + post, title, single)
            if organ.endswith(("公安局", "公安分局")):  # the bureau's political commissar
                add(organ + "政委", role_organ + "政委", title, True)
                # and its political department (市公安局党委委员、政治部主任)
                add(organ + "政治部主任", role_organ + "政治部主任", title, True)
                add(organ + "政治部副主任", role_organ + "政治部副主任", title, False)
            # (区公安分局副局长: a branch's deputies, as its head, are the bureau's)
            if head == "局长" and organ.endswith("分局"):
                add(organ + "副局长", role_organ + "副局长", title, False)
        elif title.surface.endswith("党组书记") and title.role.endswith("党组书记"):
            add(title.surface[:-4] + "党组成员", title.role[:-4] + "党组成员", title, False)
            add(title.surface[:-4] + "党组副书记", title.role[:-4] + "党组副书记", title, False)
        # (市乡村振兴局常务副局长: a bureau's first deputy, as a procuratorate's is listed)
        if title.surface.endswith("局副局长") and title.role.endswith("局副局长"):
            add(title.surface[:-3] + "常务副局长", title.role[:-3] + "常务副局长", title, True)
        # (市中院政治部副主任: a court's or procuratorate's political department's deputies)
        if title.surface.endswith("政治部主任") and title.role.endswith("政治部主任"):
            add(title.surface[:-2] + "副主任", title.role[:-2] + "副主任", title, False)
        # 县教育局长, 财政局长: a bureau's head written with one 局 (县教育局局长)
        if title.surface.endswith("局局长") and not title.surface.endswith("分局局长"):
            add(title.surface[:-3] + "局长", title.role, title)
        # a congress appoints a court's judges and its judicial committee, a procuratorate's
        # prosecutors and its committee, as it does their deputies (任命甲为县人民法院审判员、
        # 审委会委员、副院长)
        # a procuratorate's first deputy, as a court's is listed (区检察院常务副检察长)
        if title.surface.endswith("检察院副检察长") and title.role.endswith("副检察长"):
            add(title.surface[:-4] + "常务副检察长", title.role[:-4] + "常务副检察长", title, True)
        for (role_end, deputy), posts in _JUDICIAL_POSTS.items():
            if title.surface.endswith(deputy) and title.role.endswith(role_end):
                organ, role_organ = title.surface[: -len(deputy)], title.role[: -len(deputy)]
                for surface, role in posts:
                    add(organ + surface, role_organ + role, title, False)
    for title in [*titles.values(), *derived.values()]:
        # 县政府党组成员、公安局局长: a county department's posts written without the level are
        # posts of the level written before them, or of the home (as 公安局长 is); its party
        # group and committee too (自然资源局党组成员甲, 公安局党委书记、局长乙)
        if (
            not title.blocker
            and title.level == "县"
            and title.surface.startswith("县")
            and title.role.startswith("县")
            and title.surface.endswith(_BUREAU_POSTS)
        ):
            bare = replace(title, surface=title.surface[1:], role=title.role[1:], level="-")
            if bare.surface not in titles and bare.surface not in derived:
                derived[bare.surface] = bare
    for title in [*titles.values(), *derived.values()]:
        # a prefecture (地区)'s departments and its party committee's, as an autonomous
        # prefecture's (州民政局局长 → 地区民政局局长, 州委组织部部长 → 地委组织部部长); not its
        # heads (地区长 would read 该地区长期), which the lexicon lists (行署专员)
        if title.blocker or title.level != "州" or not title.surface.startswith("州"):
            continue
        if title.surface.startswith("州委") and any(k in title.surface for k in _PARTY_ORGANS):
            surface, role = "地委" + title.surface[2:], "地委" + title.role[2:]
        elif not title.surface.startswith("州委") and any(
            k in title.surface for k in _STATE_ORGANS
        ):
            surface, role = "地区" + title.surface[1:], "地区" + title.role[1:]
        else:
            continue
        if surface not in titles and surface not in derived:
            derived[surface] = replace(title, surface=surface, role=role, level="地区")
    for title in [*titles.values(), *derived.values()]:
        # a region's posts as a province's: 自治区政协常委 is the 省政协常委 of 新疆
        if title.level == "省" and title.surface.startswith("省") and not title.blocker:
            add("自治区" + title.surface[1:], title.role, title)
    for title in [*titles.values(), *derived.values()]:
        # the formal name of a government: 省人民政府副秘书长, 县人民政府办公室主任
        if title.surface[1:3] == "政府" and not title.blocker:
            add(title.surface[0] + "人民" + title.surface[1:], title.role, title)
        if "人大常委会" in title.surface and not title.blocker:
            add(title.surface.replace("人大常委会", "人大"), title.role, title)
            # the formal name: 县人民代表大会常务委员会委员
            add(title.surface.replace("人大常委会", "人民代表大会常务委员会"), title.role, title)
    return {**titles, **dict(sorted(derived.items()))}


def load_lexicons(extra_dirs: tuple[Path, ...] = ()) -> Lexicons:
    """Load the bundled lexicons, extended by any user folders (their rows win)."""
    dirs = [bundled_lexicon_dir(), *extra_dirs]
    tables: dict[str, list[Table]] = {name: [] for name in SCHEMAS}
    digest = hashlib.sha256()
    for directory in dirs:
        if not directory.is_dir():
            raise LexiconError(f"{directory}: not a folder of lexicons")
        for name, schema in SCHEMAS.items():
            path = directory / f"{name}.tsv"
            if not path.exists():
                if directory == dirs[0]:
                    raise LexiconError(f"{path}: missing bundled lexicon")
                continue
            tables[name].append(read_table(path, schema))
            digest.update(path.read_bytes())
    titles = {
        s: Title(
            surface=s,
            role=r["role"],
            level=r["level"],
            institution=r["institution"],
            single=r["single"] == "yes",
            tier=int(r["tier"]) if r["tier"].isdigit() else 0,
        )
        for s, r in _merge(tables["titles"], "surface").items()
    }
    titles = with_organ_forms(titles)
    places = _load_places(tables["places"])
    renames = _load_renames(tables["renames"], places)
    surnames = _merge(tables["surnames"], "surname")
    return Lexicons(
        titles=titles,
        places=places,
        surnames=frozenset(s for s, r in surnames.items() if r["kind"] == "single"),
        compound_surnames=frozenset(s for s, r in surnames.items() if r["kind"] == "compound"),
        name_ends={w: r["strong"] == "yes" for w, r in _merge(tables["name_ends"], "word").items()},
        nonofficials={w: r["kind"] for w, r in _merge(tables["nonofficials"], "word").items()},
        simplified={
            ord(t): ord(r["simplified"])
            for t, r in _merge(tables["traditional"], "traditional").items()
        },
        renames=renames,
        surname_freq={s: int(r.get("freq") or 0) for s, r in surnames.items()},
        given_shares={c: int(r["share"]) for c, r in _merge(tables["given_chars"], "char").items()},
        name_parts=frozenset(_merge(tables["name_parts"], "part")),
        versions={name: "+".join(t.version for t in ts) for name, ts in tables.items()},
        fingerprint=digest.hexdigest()[:16],
    )


def check_lexicon_dir(directory: Path) -> list[str]:
    """Validate every lexicon file in a folder; return the problems found (empty when clean)."""
    problems = []
    found = False
    for name, schema in SCHEMAS.items():
        path = directory / f"{name}.tsv"
        if path.exists():
            found = True
            try:
                read_table(path, schema)
            except LexiconError as exc:
                problems.append(str(exc))
    if not found:
        problems.append(f"{directory}: no lexicon files ({', '.join(SCHEMAS)}.tsv)")
    return problems
