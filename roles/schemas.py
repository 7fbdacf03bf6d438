"""The tables a run produces (facts, issues) and the settings it runs with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

FACT_SCHEMA: dict[str, pl.DataType] = {
    "doc": pl.String(),
    "issue_date": pl.Date(),
    "date": pl.Date(),
    "date_basis": pl.String(),
    "person": pl.String(),
    "role": pl.String(),
    "jurisdiction": pl.String(),
    "jurisdiction_code": pl.String(),
    "acting": pl.Boolean(),
    "status": pl.String(),
    "title": pl.String(),
    "evidence": pl.String(),
    "offset": pl.Int64(),
}
"""One row per mention of a person with a post. `date` is the article's own date where its
dateline gives one, else the issue's; `date_basis` says which (masthead / manifest / page /
record / path / filename / article / inferred, or stated: the date a career history gives,
2018年2月，他接任…).
`jurisdiction_code` is the GB/T 2260 code of the jurisdiction (null below the county level).
`status` is current, former (原区委书记, 曾任), designate (拟任, …候选人) or dated (a career
history with its own date). `title` is as written (repaired, in the original script); `offset`
is the character offset of the title in the decoded original file; `evidence` is the repaired
sentence that states the fact."""

FACT_EXTRA_SCHEMA: dict[str, pl.DataType] = {
    "tier": pl.Int8(),
    "single": pl.Boolean(),
    "level": pl.String(),
    "stated_end": pl.Date(),  # a dated fact's last possible day: 2018年2月 → 2018-02-28
    "ended_earliest": pl.Date(),  # a résumé line's end month (2013.02—2016.08): its first day
    "ended_latest": pl.Date(),  # … and its last
}
"""Columns kept beside the facts for later stages (tenures need `single`; eval needs `tier`)."""

ISSUE_SCHEMA: dict[str, pl.DataType] = {
    "doc": pl.String(),
    "issue_date": pl.Date(),
    "issue_no": pl.String(),
    "date_basis": pl.String(),
    "home": pl.String(),
    "articles": pl.Int64(),
    "mentions": pl.Int64(),
    "warnings": pl.String(),
}
"""One row per file read. A file that could not be read or dated has no `issue_date` and says
why in `warnings` (messages joined by '; ')."""


@dataclass(frozen=True)
class Settings:
    encoding: str | None = None
    home: str | None = None  # --home: the paper's home for issues without a sponsor line
    manifest: Path | None = None
    jobs: int = 1  # worker processes; 0 = all cores
    cache: Path | None = None  # a cache folder; None = no cache
    glob: str | None = None  # narrows what folders give: *.jsonl.gz, 2021-*/*.htm
