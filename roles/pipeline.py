"""The pipeline: files → dated issues and mentions → the issues and facts tables.

One stage per module: `roles.sources` (files and their formats → text), `roles.extract` (one
file), `roles.workers` (many files: workers, cache, spills), `roles.settle` (the corpus as a
whole). This module runs them (`scan`) and keeps their public names in one place.

Each file is read on its own (`extract_file`, a pure function of the file and the settings), so
files are processed in parallel (`jobs`) and their results cached by file and lexicon version.
Mentions leave each file as compact rows; a worker turns a chunk of files into one polars frame,
and the frames spill to Parquet when the corpus is large, so memory stays flat however many
issues there are. Then the corpus is settled as a whole, in polars, one spilled piece at a time:
the paper's home for issues without a sponsor line, the usual gap between events and print, the
dates of issues that print none, and the links from references (徐市长) to the one holder they
can mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from roles import dating, reading
from roles.cache import Cache
from roles.extract import (  # noqa: F401 (the pipeline's public names)
    MENTION_SCHEMA,
    DocInfo,
    FileResult,
    RawMention,
    compact,
    extract_file,
    extract_text,
)
from roles.lexicons import Lexicons
from roles.schemas import FACT_EXTRA_SCHEMA, FACT_SCHEMA, ISSUE_SCHEMA, Settings  # noqa: F401
from roles.settle import Corpus, settle
from roles.workers import (  # noqa: F401
    ROW_GROUP,
    MentionStore,
    Progress,
    cached_run,
    extract_all,
    extract_chunk,
    mention_frame,
)


def doc_name(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


# --- a whole run ---------------------------------------------------------------------------------


def scan(
    paths: Sequence[Path],
    lex: Lexicons,
    settings: Settings | None = None,
    progress: Progress | None = None,
    lexicon_dirs: tuple[Path, ...] = (),
) -> Corpus:
    """Read every issue under `paths` and settle them into tables.

    `lexicon_dirs` are the user folders `lex` was loaded with (workers load them again).
    """
    settings = settings or Settings()
    manifest: dict[str, dating.ManifestEntry] = {}
    run_warnings: list[str] = []
    if settings.manifest is not None:
        manifest, problems = dating.read_manifest(settings.manifest)
        run_warnings.extend(problems)
    # Paths as strings: a hundred thousand Path objects would take 50 MB.
    files = sorted(
        (
            (str(path), doc_name(path, root if root.is_dir() else None))
            for root in paths
            for path in reading.find_issue_files([root], settings.glob)
        ),
        key=lambda f: (f[1], f[0]),
    )
    cache = Cache(settings.cache, lex.fingerprint, settings.encoding) if settings.cache else None
    keys = cache.keys([path for path, _ in files]) if cache else [None] * len(files)
    run = cached_run(files, keys, lex, settings, manifest)
    if run is not None and run.exists():
        if cache is not None:
            cache.close()
        # An unchanged archive: the settled tables are loaded, no issue is read.
        return Corpus(
            pl.read_parquet(run.path / "issues.parquet"),
            pl.scan_parquet(run.path / "facts.parquet"),
            run.warnings(),
            dict(lex.versions),
        )
    docs: list[DocInfo] = []
    store = MentionStore()
    for infos, frame in extract_all(files, lex, settings, lexicon_dirs, progress, cache, keys):
        docs.extend(infos)
        store.add(frame)
    del files, keys  # 20 MB at 100k issues that settling can use
    seen = {Path(d.doc).name for d in docs} if manifest else set()
    for name, entry in sorted(manifest.items()):
        if name not in seen:
            run_warnings.append(
                f"{settings.manifest}:{entry.line}: no such file among the issues: {name}"
            )
    corpus = settle(docs, store, lex, settings, manifest, run_warnings)
    corpus.store = store
    if run is not None:

        def write(folder: Path) -> None:
            corpus.issues.write_parquet(folder / "issues.parquet")
            corpus.lazy_facts.sink_parquet(folder / "facts.parquet", row_group_size=ROW_GROUP)

        try:
            run.save(write, corpus.warnings)
            corpus.lazy_facts = pl.scan_parquet(run.path / "facts.parquet")
        except OSError:
            pass  # an unwritable cache costs the next run time, never this run its result
    return corpus
