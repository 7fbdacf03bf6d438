"""The development set: 25 issues written for the project (forms 1-13 of real local copy),
scored against their gold facts. A regression guard, not evidence of generalisation: the rules
were improved while reading these sentences. The bars sit a little under today's figures."""

from __future__ import annotations

import polars as pl
import pytest

from roles.evaluate import evaluate, read_gold
from roles.pipeline import scan

from .conftest import DATA

DEV = DATA / "dev"
TIER1 = {"precision": 0.98, "recall": 0.95}  # measured 2026-11-30: 0.998 / 0.984
FORM_RECALL = 0.70  # no file's tier-1 recall below this (the weakest today: b08e, 0.80)


@pytest.fixture(scope="module")
def result(lex):
    corpus = scan([DEV], lex)
    assert corpus.issues.height == len(list(DEV.glob("*.txt")))
    return evaluate(corpus.facts, read_gold(DATA / "dev-facts.tsv"), corpus.issues["doc"].to_list())


def test_tier1_bars(result) -> None:
    row = result.by_tier.filter(pl.col("tier") == 1).row(0, named=True)
    assert row["gold"] >= 500
    assert row["precision"] >= TIER1["precision"], result.false_hits.filter(pl.col("tier") == 1)
    assert row["recall"] >= TIER1["recall"], result.misses.filter(pl.col("tier") == 1)


def test_every_form_is_read(result) -> None:
    forms = result.by_doc.filter(pl.col("tier") == 1)
    weak = forms.filter(pl.col("recall") < FORM_RECALL)
    assert forms.height == len(list(DEV.glob("*.txt"))) and weak.is_empty(), weak


def test_non_officials_in_the_dev_set_are_never_officials(result) -> None:
    """People the dev set plants as non-officials (记者, 村民, 教授 …) come back with no post."""
    planted = {"方晓燕", "王金土", "周海鸥", "王阿大", "次仁拉姆", "巴雅尔", "尼玛拉姆", "林晓光"}
    found = set(result.false_hits["person"].to_list())
    assert not planted & found


def test_held_out_set_bars(lex) -> None:
    """Set c (tests/data/heldout) was written by someone who never ran the tool nor read its
    rules, and measured once blind (tier 1: 0.989 / 0.974). It has been read since, so it is a
    regression guard now like the development set."""
    folder = DATA / "heldout"
    corpus = scan([folder], lex)
    result = evaluate(
        corpus.facts, read_gold(DATA / "heldout-facts.tsv"), corpus.issues["doc"].to_list()
    )
    row = result.by_tier.filter(pl.col("tier") == 1).row(0, named=True)
    assert row["gold"] >= 180
    assert row["precision"] >= 0.97, result.false_hits.filter(pl.col("tier") == 1)
    assert row["recall"] >= 0.95, result.misses.filter(pl.col("tier") == 1)
