"""Lexicons: the language data `roles` matches with, loaded from plain UTF-8 TSV files.

Each file holds one concept, starts with a `#` comment header that carries `# version:` and
`# source:`, then a header row of column names, then one row per surface form. Every file is
validated on load; problems are reported as `file:line: problem` and abort loading, because a
half-read lexicon would silently change every result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: str
    parent: str
    short: str


@dataclass(frozen=True)
class Lexicons:
    titles: dict[str, Title]
    places: dict[str, Place]  # by code
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    name_ends: dict[str, bool]  # word -> strong
    nonofficials: dict[str, str]  # word -> kind
    simplified: dict[int, int] = field(default_factory=dict)  # str.translate table, T → S
    renames: dict[str, tuple[str, int]] = field(default_factory=dict)  # old -> (new, year)
    versions: dict[str, str] = field(default_factory=dict)  # file stem -> version
    fingerprint: str = ""

    def places_named(self, name: str) -> list[Place]:
        return self._by_name.get(name, [])

    def places_short(self, short: str) -> list[Place]:
        return self._by_short.get(short, [])

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
        for place in self.places.values():
            by_name.setdefault(place.name, []).append(place)
            if place.short:
                by_short.setdefault(place.short, []).append(place)
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_by_short", by_short)


# --- reading TSV files ---------------------------------------------------------------------------

Check = Callable[[str], str | None]  # returns a problem description, or None when the value is fine


def _one_of(*allowed: str) -> Check:
    return lambda v: None if v in allowed else f"expected one of {'/'.join(allowed)}, got {v!r}"


def _cjk(v: str) -> str | None:
    return None if is_cjk(v) else f"{v!r} is not a run of Chinese characters"


def _cjk_or_dash(v: str) -> str | None:
    return None if v == "-" else _cjk(v)


def _digits(v: str) -> str | None:
    return None if v.isdigit() and len(v) == 6 else f"{v!r} is not a 6-digit division code"


def _digits_or_empty(v: str) -> str | None:
    return None if v == "" else _digits(v)


def _cjk_or_empty(v: str) -> str | None:
    return None if v == "" else _cjk(v)


def _one_char(v: str) -> str | None:
    return None if len(v) == 1 and is_cjk(v) else f"{v!r} is not one Chinese character"


def _year(v: str) -> str | None:
    return None if v.isdigit() and len(v) == 4 else f"{v!r} is not a year"


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
        "code": _digits,
        "name": _cjk,
        "level": _one_of("-", *LEVELS),
        "parent": _digits_or_empty,
        "short": _cjk_or_empty,
    },
    "surnames": {"surname": _cjk, "kind": _one_of("single", "compound")},
    "name_ends": {"word": _cjk, "strong": _one_of("yes", "no")},
    "nonofficials": {"word": _cjk, "kind": _any},
    "traditional": {"traditional": _one_char, "simplified": _one_char},
    "renames": {"old": _cjk, "new": _cjk, "year": _year},
}


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
            missing = [c for c in schema if c not in header]
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
    places = {
        c: Place(code=c, name=r["name"], level=r["level"], parent=r["parent"], short=r["short"])
        for c, r in _merge(tables["places"], "code").items()
    }
    renames = {o: (r["new"], int(r["year"])) for o, r in _merge(tables["renames"], "old").items()}
    # A unit renamed away (衢县 → 衢江区) is still a place older issues name; it has no code of
    # its own here, and its parent is its successor's.
    by_name = {p.name: p for p in places.values()}
    for old, (new, year) in renames.items():
        successor = by_name.get(new)
        if successor is not None and old not in by_name:
            code = f"{successor.code}/{year}"
            level = old[-1] if old[-1] in LEVELS else "-"
            short = old[:-1] if len(old) > 2 else ""
            places[code] = Place(code, old, level, successor.parent, short)
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
        renames={
            o: (r["new"], int(r["year"])) for o, r in _merge(tables["renames"], "old").items()
        },
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
