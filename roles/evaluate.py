"""Evaluation: the facts found against a hand-coded gold file, by tier and by role.

The gold format is that of `tests/data/seeds-facts.tsv`: a TSV with `#` comments and the columns
doc, tier, person, role, jurisdiction, acting (yes/no), and optionally title_as_written and
evidence. A fact is one (doc, person, role, jurisdiction, acting); mentions of the same fact in
one issue count once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from roles.identity import career_role
from roles.matching import SIGHTING_STATUSES

KEY = ["doc", "person", "role", "jurisdiction", "acting"]
GOLD_COLUMNS = ("doc", "tier", "person", "role", "jurisdiction", "acting")


class GoldError(ValueError):
    """The gold file is malformed; the message is `file:line: problem`."""


def _gold_rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a `#`-commented TSV gold file with a header row naming `required`
    columns; GoldError (`file:line: problem`) for what is malformed."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from None
    header: list[str] | None = None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if missing := [c for c in required if c not in header]:
                raise GoldError(f"{path}:{lineno}: missing column {missing[0]!r}")
            continue
        if len(cells) != len(header):
            raise GoldError(f"{path}:{lineno}: expected {len(header)} cells, got {len(cells)}")
        yield lineno, dict(zip(header, cells, strict=True))
    if header is None:
        raise GoldError(f"{path}:1: no header row")


def read_gold(path: Path) -> pl.DataFrame:
    rows = []
    for lineno, row in _gold_rows(path, GOLD_COLUMNS):
        if row["tier"] not in ("1", "2"):
            raise GoldError(f"{path}:{lineno}: tier must be 1 or 2, got {row['tier']!r}")
        if row["acting"] not in ("yes", "no"):
            raise GoldError(f"{path}:{lineno}: acting must be yes or no, got {row['acting']!r}")
        rows.append(
            {
                "doc": row["doc"],
                "tier": int(row["tier"]),
                "person": row["person"],
                "role": row["role"],
                "jurisdiction": row["jurisdiction"],
                "acting": row["acting"] == "yes",
            }
        )
    schema = {"doc": pl.String, "tier": pl.Int8, "person": pl.String, "role": pl.String}
    schema |= {"jurisdiction": pl.String, "acting": pl.Boolean}
    return pl.DataFrame(rows, schema=schema).unique(subset=KEY, keep="first", maintain_order=True)


@dataclass(frozen=True)
class Evaluation:
    by_tier: pl.DataFrame  # tier, gold, found, correct, precision, recall
    by_role: pl.DataFrame  # role, tier, gold, found, correct, precision, recall
    by_doc: pl.DataFrame  # doc, tier, gold, found, correct, precision, recall
    misses: pl.DataFrame  # gold facts not found
    false_hits: pl.DataFrame  # facts found that the gold does not have


def _scores(found: pl.DataFrame, gold: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    g = gold.group_by(by).agg(pl.len().alias("gold"))
    f = found.group_by(by).agg(pl.len().alias("found"), pl.col("correct").sum().alias("correct"))
    hits = gold.filter(pl.col("hit")).group_by(by).agg(pl.len().alias("gold_found"))
    out = (
        g.join(f, on=by, how="full", coalesce=True)
        .join(hits, on=by, how="left", coalesce=True, maintain_order="left")
        .with_columns(pl.col("gold", "found", "correct", "gold_found").fill_null(0).cast(pl.Int64))
        .with_columns(
            precision=pl.when(pl.col("found") > 0).then(pl.col("correct") / pl.col("found")),
            recall=pl.when(pl.col("gold") > 0).then(pl.col("gold_found") / pl.col("gold")),
        )
        .drop("gold_found")
        .sort(by)
    )
    return out


def evaluate(
    facts: pl.DataFrame,
    gold: pl.DataFrame,
    docs: list[str] | None = None,
    statuses: tuple[str, ...] | None = SIGHTING_STATUSES,
) -> Evaluation:
    """Compare facts (FACT_SCHEMA + tier) with gold rows, on the docs both cover.

    Only the gold rows of documents that were read count, so a gold file for a whole archive
    can check a sample of it. By default only the posts the issues state as held (current, or
    dated histories) count; former and designate posts are left out (`statuses=None` keeps all).
    """
    docs = docs if docs is not None else facts["doc"].unique().to_list()
    if statuses is not None and "status" in facts.columns:
        facts = facts.filter(pl.col("status").is_in(statuses))
    gold = gold.filter(pl.col("doc").is_in(docs))
    found = (
        facts.select(*KEY, "tier")
        .with_columns(pl.col("tier").cast(pl.Int8))
        .unique(subset=KEY, keep="first", maintain_order=True)
    )
    gold_keys = gold.select(KEY).with_columns(pl.lit(True).alias("correct"))
    found = found.join(gold_keys, on=KEY, how="left", maintain_order="left").with_columns(
        pl.col("correct").fill_null(False)
    )
    found_keys = found.select(KEY).with_columns(pl.lit(True).alias("hit"))
    gold = gold.join(found_keys, on=KEY, how="left", maintain_order="left").with_columns(
        pl.col("hit").fill_null(False)
    )
    return Evaluation(
        by_tier=_scores(found, gold, ["tier"]),
        by_role=_scores(found, gold, ["tier", "role"]),
        by_doc=_scores(found, gold, ["doc", "tier"]),
        misses=gold.filter(~pl.col("hit")).drop("hit").sort(["doc", "tier", "role", "person"]),
        false_hits=found.filter(~pl.col("correct"))
        .drop("correct")
        .sort(["doc", "tier", "role", "person"]),
    )


# --- careers --------------------------------------------------------------------------------------

CAREER_GOLD_COLUMNS = ("person_key", "name", "step", "jurisdiction", "role")


def read_career_gold(path: Path) -> pl.DataFrame:
    """A careers gold file: `#` comments, then person_key, name, step, jurisdiction, role (and
    any other columns, ignored): one row per post per real person, `step` its place in order."""
    rows = []
    for lineno, row in _gold_rows(path, CAREER_GOLD_COLUMNS):
        if not row["step"].isdigit():
            raise GoldError(f"{path}:{lineno}: step must be a number, got {row['step']!r}")
        rows.append(
            {c: row[c] for c in CAREER_GOLD_COLUMNS}
            | {"step": int(row["step"]), "role": career_role(row["role"])}
        )
    schema = {c: pl.String for c in CAREER_GOLD_COLUMNS} | {"step": pl.Int64}
    return pl.DataFrame(rows, schema=schema).unique(
        subset=["person_key", "jurisdiction", "role"], keep="first", maintain_order=True
    )


@dataclass(frozen=True)
class CareerEvaluation:
    summary: pl.DataFrame  # measure, value, of: the share and what it is a share of
    problems: pl.DataFrame  # kind, person_key, name, detail


def evaluate_careers(table: pl.DataFrame, gold: pl.DataFrame) -> CareerEvaluation:
    """Compare careers (CAREER_SCHEMA) with gold careers.

    Each real person is matched to the person_id of their name that holds most of their posts.
    Measures: posts read at all (under any person of the name); posts under the matched person;
    real persons split over several person_ids; person_ids that join several real persons;
    pairs of a person's posts in the gold's order (those begun together are not compared); the
    share of the matched persons' posts that the gold has (the rest are listed as extra posts)."""
    held: dict[str, dict[tuple[str, str], int]] = {}
    names: dict[str, list[str]] = {}
    for pid, name, step, jurisdiction, role in table.select(
        "person_id", "person", "step", "jurisdiction", "role"
    ).iter_rows():
        held.setdefault(pid, {})[(jurisdiction, role)] = step
        if pid not in names.setdefault(name, []):
            names[name].append(pid)
    problems: list[tuple[str, str, str, str]] = []
    counts = dict.fromkeys(
        ("rows", "read", "placed", "pairs", "ordered", "people", "split", "shown", "extra"), 0
    )
    owners: dict[str, set[str]] = {}
    for (key, name), posts in gold.sort("step").group_by(
        ["person_key", "name"], maintain_order=True
    ):
        wanted = [(r["jurisdiction"], r["role"], r["step"]) for r in posts.iter_rows(named=True)]
        pids = names.get(name, [])
        found_in = {pid for pid in pids for j, r, _ in wanted if (j, r) in held[pid]}
        best = max(pids, key=lambda p: sum((j, r) in held[p] for j, r, _ in wanted), default=None)
        mine = held.get(best, {}) if best else {}
        counts["people"] += 1
        counts["rows"] += len(wanted)
        for j, r, _ in wanted:
            if any((j, r) in held[p] for p in pids):
                counts["read"] += 1
                if (j, r) in mine:
                    counts["placed"] += 1
                    owners.setdefault(best, set()).add(key)  # type: ignore[arg-type]
            else:
                problems.append(("missing post", key, name, f"{j} {r}"))
        if best is not None:  # the matched person's other posts: read, but not in the gold
            golden = {(j, r) for j, r, _ in wanted}
            extra = sorted(p for p in mine if p not in golden)
            counts["shown"] += len(mine)
            counts["extra"] += len(extra)
            problems.extend(("extra post", key, name, f"{j} {r}") for j, r in extra)
        if len(found_in) > 1:
            counts["split"] += 1
            problems.append(("split", key, name, ", ".join(sorted(found_in))))
        for (j1, r1, s1), (j2, r2, s2) in itertools.combinations(wanted, 2):
            if s1 == s2 or (j1, r1) not in mine or (j2, r2) not in mine:
                continue
            counts["pairs"] += 1
            if (mine[(j1, r1)] < mine[(j2, r2)]) == (s1 < s2) and mine[(j1, r1)] != mine[(j2, r2)]:
                counts["ordered"] += 1
            else:
                problems.append(("order", key, name, f"{j1} {r1} / {j2} {r2}"))
    merged = {pid: keys for pid, keys in owners.items() if len(keys) > 1}
    for pid, keys in sorted(merged.items()):
        problems.append(("merge", ", ".join(sorted(keys)), pid.split("#")[0], pid))

    def share(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    summary = pl.DataFrame(
        [
            ("posts read", share(counts["read"], counts["rows"]), counts["rows"]),
            (
                "posts under the right person",
                share(counts["placed"], counts["rows"]),
                counts["rows"],
            ),
            ("people split", share(counts["split"], counts["people"]), counts["people"]),
            ("people joined with another", share(len(merged), len(owners)), len(owners)),
            ("pairs of posts in order", share(counts["ordered"], counts["pairs"]), counts["pairs"]),
            (
                "posts shown that the gold has",
                share(counts["shown"] - counts["extra"], counts["shown"]),
                counts["shown"],
            ),
        ],
        schema={"measure": pl.String, "value": pl.Float64, "of": pl.Int64},
        orient="row",
    )
    return CareerEvaluation(
        summary,
        pl.DataFrame(
            problems,
            schema={
                "kind": pl.String,
                "person_key": pl.String,
                "name": pl.String,
                "detail": pl.String,
            },
            orient="row",
        ).sort("kind", "person_key", "detail"),
    )
