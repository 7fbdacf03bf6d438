"""Evaluation: the facts found against a hand-coded gold file, by tier and by role.

The gold format is that of `tests/data/seeds-facts.tsv`: a TSV with `#` comments and the columns
doc, tier, person, role, jurisdiction, acting (yes/no), and optionally title_as_written and
evidence. A fact is one (doc, person, role, jurisdiction, acting); mentions of the same fact in
one issue count once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from roles.matching import SIGHTING_STATUSES

KEY = ["doc", "person", "role", "jurisdiction", "acting"]
GOLD_COLUMNS = ("doc", "tier", "person", "role", "jurisdiction", "acting")


class GoldError(ValueError):
    """The gold file is malformed; the message is `file:line: problem`."""


def read_gold(path: Path) -> pl.DataFrame:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from None
    header: list[str] | None = None
    rows = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if missing := [c for c in GOLD_COLUMNS if c not in header]:
                raise GoldError(f"{path}:{lineno}: missing column {missing[0]!r}")
            continue
        if len(cells) != len(header):
            raise GoldError(f"{path}:{lineno}: expected {len(header)} cells, got {len(cells)}")
        row = dict(zip(header, cells, strict=True))
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
    if header is None:
        raise GoldError(f"{path}:1: no header row")
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
        .join(hits, on=by, how="left", coalesce=True)
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
    found = found.join(gold_keys, on=KEY, how="left").with_columns(
        pl.col("correct").fill_null(False)
    )
    found_keys = found.select(KEY).with_columns(pl.lit(True).alias("hit"))
    gold = gold.join(found_keys, on=KEY, how="left").with_columns(pl.col("hit").fill_null(False))
    return Evaluation(
        by_tier=_scores(found, gold, ["tier"]),
        by_role=_scores(found, gold, ["tier", "role"]),
        by_doc=_scores(found, gold, ["doc", "tier"]),
        misses=gold.filter(~pl.col("hit")).drop("hit").sort(["doc", "tier", "role", "person"]),
        false_hits=found.filter(~pl.col("correct"))
        .drop("correct")
        .sort(["doc", "tier", "role", "person"]),
    )
