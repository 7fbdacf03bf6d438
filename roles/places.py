"""Places: the paper's home jurisdiction and the posts a bare title names relative to it."""

from __future__ import annotations

from roles.lexicons import Lexicons, Place

_CITY_LEVELS = ("市", "州", "地区", "盟")


# 积石山保安族东乡族撒拉族自治县 (15 characters) is the longest name in the gazetteer
LONGEST_PLACE_NAME = 16


def places_in(lex: Lexicons, text: str, year: int | None = None) -> list[Place]:
    """Gazetteer places written one after another, full or short: 衢州市衢江区 → 衢州市, 衢江区.

    Each later place is preferred under the one before it, which settles names that several
    divisions share (朝阳区 in Beijing and in Changchun). Units in use today come first, or,
    given a year, units in use that year (the gazetteer holds every division since 1981).
    """
    found: list[Place] = []
    pos = 0
    while pos < len(text):
        for k in range(min(LONGEST_PLACE_NAME, len(text) - pos), 1, -1):
            cand = text[pos : pos + k]
            options = lex.places_named(cand, year) or lex.places_short(cand, year)
            if options:
                under = [p for p in options if found and found[-1] in lex.ancestors(p)[1:]]
                found.append((under or options)[0])
                pos += k
                break
        else:
            pos += 1
    return found


def resolve_home(lex: Lexicons, text: str | None, year: int | None = None) -> Place | None:
    """The home jurisdiction named by a sponsor line or a user's `--home`: the last place in it."""
    if not text:
        return None
    found = places_in(lex, text, year)
    return found[-1] if found else None


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
