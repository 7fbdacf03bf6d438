"""The Python API: what the command line does, for notebooks and scripts.

```python
import roles
run = roles.read(["archive/"])       # or roles.read([]) for the bundled sample issues
run.facts                            # polars.DataFrame, the export columns
run.issues                           # one row per issue read, with its warnings
run.timeline()                       # tenures
run.changes()                        # successions, acting posts, moves
run.careers()                        # one row per post per person
run.who("区委书记", on="2021-06-01")
run.report()                         # the Markdown report, as a string
```

The CLI is built on these calls; each result is computed once per run and kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from roles.cache import default_cache_dir
from roles.careers import Careers, careers
from roles.lexicons import Lexicons, load_lexicons
from roles.pipeline import Corpus, Settings, scan
from roles.resources import bundled_seed_dir
from roles.timeline import Answer, changes, tenures
from roles.timeline import who as answer


def read(
    paths: Sequence[str | Path] = (),
    *,
    home: str | None = None,
    manifest: str | Path | None = None,
    lexicons: Sequence[str | Path] = (),
    jobs: int = 0,
    cache: bool | str | Path = True,
    encoding: str | None = None,
    glob: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Run:
    """Read the issues under `paths` (files, or folders searched for .txt, .md, .htm, .html,
    .jsonl and .json, each also gzipped; `glob` narrows what folders give), or the bundled
    sample issues when none is given.

    `home` is the paper's home for issues that name none; `manifest` a CSV/TSV of file,date[,home];
    `lexicons` folders of TSV files extending the bundled lexicons; `jobs` worker processes (0:
    all cores); `cache` True for the default cache folder, a folder, or False for none.
    Problems with single issues never raise: they are in `Run.warnings` and `Run.issues`.
    """
    lexicon_dirs = tuple(Path(d) for d in lexicons)
    lex = load_lexicons(lexicon_dirs)
    if cache is True:
        cache_dir: Path | None = default_cache_dir()
    elif cache is False:
        cache_dir = None
    else:
        cache_dir = Path(cache)
    settings = Settings(
        encoding=encoding,
        home=home,
        manifest=Path(manifest) if manifest is not None else None,
        jobs=jobs,
        cache=cache_dir,
        glob=glob,
    )
    targets = [Path(p) for p in paths] or [bundled_seed_dir()]
    return Run(scan(targets, lex, settings, progress, lexicon_dirs), lex)


@dataclass(eq=False)
class Run:
    """A read archive: its tables, and what can be inferred from them."""

    corpus: Corpus
    lex: Lexicons

    @property
    def facts(self) -> pl.DataFrame:
        """One row per mention of a person with a post (the export columns)."""
        return self.corpus.fact_table

    @property
    def issues(self) -> pl.DataFrame:
        return self.corpus.issues

    @property
    def warnings(self) -> list[str]:
        return self.corpus.warnings

    @property
    def home(self) -> str | None:
        """The most common home jurisdiction of the issues."""
        return self.corpus.home

    @functools.cache  # noqa: B019 (a run lives as long as its results)
    def timeline(self) -> pl.DataFrame:
        """Tenures: who was seen in which post, from when to when, with windows."""
        return tenures(self.corpus.facts, self.lex.renames)

    @functools.cache  # noqa: B019
    def career_data(self) -> Careers:
        """Careers with the reasons people were told apart, and their moves."""
        return careers(self.corpus.facts, self.lex, self.corpus.issues, self.timeline())

    def careers(self) -> pl.DataFrame:
        """One row per post per person, in career order."""
        return self.career_data().table

    @functools.cache  # noqa: B019
    def changes(self) -> pl.DataFrame:
        """Successions, acting posts confirmed, career moves, moves and conflicts."""
        return changes(
            self.corpus.facts, self.timeline(), self.lex.renames, self.career_data().moves
        )

    def who(self, role: str, on: str | dt.date, jurisdiction: str | None = None) -> Answer:
        """The holder of `role` on a date (2021-06-01, 2021年6月1日, a date), or the window
        between two holders; the jurisdiction defaults to the papers' home."""
        from roles.dating import parse_user_date

        day = on if isinstance(on, dt.date) else parse_user_date(on)
        place = jurisdiction or self.home
        if place is None:
            raise ValueError("no home jurisdiction is known: give jurisdiction=")
        return answer(self.timeline(), role, place, day)

    def build_report(self, corpus_name: str = "the issues read", generated: str | None = None):
        """The report's content (`roles.report.Report`), from this run's tables."""
        from roles.report import build_report

        tables = (self.timeline(), self.career_data(), self.changes())
        return build_report(self.corpus, self.lex, corpus_name, generated, tables)

    def report(self, corpus_name: str = "the issues read", generated: str | None = None) -> str:
        """The Markdown report (chains, tenures, careers, moves, footnoted evidence);
        `corpus_name` names what was read, `generated` is a timestamp to print, if any."""
        from roles.markdown import report_markdown

        return report_markdown(self.build_report(corpus_name, generated))

    def warning_summary(self, examples: int = 1) -> list[str]:
        """The warnings by kind: run-level ones whole, issue ones counted (see summarise)."""
        return summarise(self.corpus.warnings, self.corpus.issues["doc"].to_list(), examples)


def _kind(message: str) -> str:
    """A warning's kind: its message up to the first colon (the second after `skipped:`),
    numbers and dates replaced."""
    parts = message.split(": ")
    head = ": ".join(parts[:2]) if parts[0] == "skipped" and len(parts) > 1 else parts[0]
    return re.sub(r"\d[\d\-.:]*", "N", head)


def summarise(warnings: Sequence[str], docs: Sequence[str], examples: int = 1) -> list[str]:
    """Warnings as a short summary: those of the run (a manifest row, --home) whole, those of
    issues counted by kind with an example each: `2,400 × no printed date (e.g. 0001.txt)`."""
    names = sorted(docs, key=len, reverse=True)  # the longest name that prefixes a warning
    run_level: list[str] = []
    kinds: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for line in warnings:
        doc = next((d for d in names if line.startswith(d + ": ")), None)
        if doc is None:
            run_level.append(line)
            continue
        kind = _kind(line[len(doc) + 2 :])
        kinds[kind] += 1
        if len(shown.setdefault(kind, [])) < examples:
            shown[kind].append(doc)
    lines = list(run_level)
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{n:,} × {kind} (e.g. {', '.join(shown[kind])})")
    return lines
