"""Places: the paper's home jurisdiction and the posts a bare title names relative to it."""

from __future__ import annotations

from roles.lexicons import Lexicons, Place

_CITY_LEVELS = ("市", "州", "地区", "盟")


# 积石山保安族东乡族撒拉族自治县 (15 characters) is the longest name in the gazetteer
LONGEST_PLACE_NAME = 16


def places_in(lex: Lexicons, text: str, year: int | None = None) -> list[Place]:
    return [place for _, place in placed_in(lex, text, year)]


def placed_in(lex: Lexicons, text: str, year: int | None = None) -> list[tuple[int, Place]]:
    """Gazetteer places written one after another, full or short: 衢州市衢江区 → 衢州市, 衢江区.

    Each later place is preferred under the one before it, which settles names that several
    divisions share (朝阳区 in Beijing and in Changchun). Units in use today come first, or,
    given a year, units in use that year (the gazetteer holds every division since 1981).
    """
    found: list[tuple[int, Place]] = []  # (where the place's name ends, the place)
    pos = 0
    while pos < len(text):
        for k in range(min(LONGEST_PLACE_NAME, len(text) - pos), 1, -1):
            cand = text[pos : pos + k]
            options = lex.places_named(cand, year)
            if not options and (options := lex.places_short(cand, year)):
                # 甘南州: the level written after a short name picks the prefecture (甘南藏族
                # 自治州), not the county of the same short name (甘南县)
                after = text[pos + k : pos + k + 1]
                if after and (same := [p for p in options if p.level == after]):
                    options, k = same, k + 1
            if options:
                under = [p for p in options if found and found[-1][1] in lex.ancestors(p)[1:]]
                found.append((pos + k, (under or options)[0]))
                pos += k
                break
        else:
            pos += 1
    return found


def resolve_home(lex: Lexicons, text: str | None, year: int | None = None) -> Place | None:
    """The home jurisdiction named by a sponsor line or a user's `--home`: the last place in it."""
    if not text:
        return None
    found = placed_in(lex, text, year)
    # 松山新区, 龙港镇: a zone or a town named like a county is not that county (nor one of the
    # same name elsewhere); the home is the place written before it, if any. (兰州新区 is in
    # 兰州市, whose posts a bare 市 title names; 浦东新区 is itself in the gazetteer.)
    if found:
        end, place = found[-1]
        if (
            text.endswith(_BELOW_COUNTY, end)
            and not text.endswith(place.name)
            and not place.gb_code.endswith("00")  # a county, not a prefecture
        ):
            found.pop()
    return found[-1][1] if found else None


# what a home below or beside the county level ends with
_BELOW_COUNTY = ("镇", "乡", "街道", "新区", "开发区", "园区", "高新区", "经开区", "管理区")


def home_at_level(lex: Lexicons, home: Place | None, level: str) -> str | None:
    """The jurisdiction a bare title of `level` names in a paper at `home`.

    区委书记 in a 区 paper is the home's; 市长 is its city's, 省委 posts its province's. '-' (a
    department title with no level of its own) is the home's; 军分区 is named after the city.
    """
    if home is None:
        return None
    if level == "-":
        return home.name
    if level == "军分区":
        city = home_at_level(lex, home, "市")
        return city[:-1] + "军分区" if city else None
    for place in lex.ancestors(home):
        if place.level == level or (level in _CITY_LEVELS and place.name.endswith(level)):
            return place.name
    return None


def code_for(lex: Lexicons, name: str, home: Place | None) -> str | None:
    """The GB/T 2260 code of a jurisdiction, preferring one near the home where names repeat.

    Units in use today win over abolished ones of the same name; an abolished unit (衢县) has
    the code it last had (330821).
    """
    options = [p for p in lex.places_named(name) if p.gb_code]
    if not options:
        return None
    if home is not None and len(options) > 1:
        options.sort(
            key=lambda p: (
                not p.current,
                p.gb_code[:4] != home.gb_code[:4],
                p.gb_code[:2] != home.gb_code[:2],
                p.gb_code,
            )
        )
    return options[0].gb_code
