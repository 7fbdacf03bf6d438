"""Reading many files: chunks for worker processes, the cache, and mention rows spilled to
Parquet when the corpus is large, so memory stays flat however many issues there are."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from roles import dating
from roles.cache import Cache, RunCache
from roles.compiled import warn_if_pure
from roles.dictionary import release_dictionary
from roles.extract import MENTION_SCHEMA, DocInfo, compact, extract_file
from roles.lexicons import Lexicons
from roles.matching import Matcher
from roles.schemas import Settings

# --- reading many files ------------------------------------------------------------------------

Progress = Callable[[int, int], None]  # (files done, files in all)

CHUNK = 64  # files a worker handles at a time
SPILL_ROWS = 20_000  # mention rows kept in memory before they are written to Parquet
# Row groups of a few thousand rows: a streaming writer holds one group of long evidence strings
# in memory per thread (polars' default, 250k rows, is 80 MB of them).
ROW_GROUP = 10_000


def mention_frame(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=MENTION_SCHEMA, orient="row")


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a chunk of files gives: each file's issue records (one for a text or a page, one
    per record of a scraper's file), and all their mention rows as one frame (built in the
    worker, so the parent process only concatenates)."""

    infos: list[list[DocInfo]]  # per file
    counts: list[int]  # mention rows per file, in order
    frame: pl.DataFrame
    blobs: list[bytes] | None = None  # each file's result encoded for the cache, if one is used

    def per_file(self) -> Iterator[tuple[list[DocInfo], pl.DataFrame, bytes | None]]:
        offset = 0
        for i, (infos, n) in enumerate(zip(self.infos, self.counts, strict=True)):
            yield infos, self.frame.slice(offset, n), self.blobs[i] if self.blobs else None
            offset += n


def extract_chunk(
    chunk: Sequence[tuple[str, str]], matcher: Matcher, settings: Settings
) -> Extracted:
    """(path, doc name) pairs → their records and mention frame (and cache entries)."""
    infos, counts, rows = [], [], []
    for path, doc in chunk:
        file_infos, file_rows = [], []
        for result in extract_file(Path(path), doc, matcher, settings):
            info, issue_rows = compact(result)
            file_infos.append(info)
            file_rows.extend(issue_rows)
        infos.append(file_infos)
        counts.append(len(file_rows))
        rows.extend(file_rows)
    out = Extracted(infos, counts, mention_frame(rows))
    if settings.cache is None:
        return out
    blobs = [Cache.encode((infos, frame)) for infos, frame, _ in out.per_file()]
    return replace(out, blobs=blobs)


def _renamed(
    infos: list[DocInfo], frame: pl.DataFrame, old: str, new: str
) -> tuple[list[DocInfo], pl.DataFrame]:
    """A cached file's results under the name it has now (the same file, copied or moved):
    `old` and `old#12` become `new` and `new#12`."""
    if old == new:
        return infos, frame
    infos = [replace(i, doc=new + i.doc[len(old) :]) for i in infos]
    frame = frame.with_columns(
        (pl.lit(new, pl.String) + pl.col("doc").str.slice(len(old))).alias("doc")
    )
    return infos, frame


class MentionStore:
    """Mention frames, in order, in memory for a small corpus and spilled to Parquet for a big
    one; each row gets `seq`, the order in which it was read."""

    def __init__(self) -> None:
        self._seq = 0
        self._held = 0
        self._frames: list[pl.DataFrame] = []
        self._parts: list[Path] = []
        self._settled = 0
        self._spill: tempfile.TemporaryDirectory[str] | None = None

    def add(self, frame: pl.DataFrame) -> None:
        if frame.is_empty():
            return
        self._frames.append(frame)
        self._held += frame.height
        if self._held >= SPILL_ROWS:
            self._write()

    def _take(self) -> pl.DataFrame:
        frame = pl.concat(self._frames, rechunk=True).with_row_index("seq", offset=self._seq)
        self._seq += frame.height
        self._frames, self._held = [], 0
        return frame

    def _write(self) -> None:
        if self._spill is None:
            self._spill = tempfile.TemporaryDirectory(prefix="roles-")
        path = Path(self._spill.name) / f"part-{len(self._parts):05d}.parquet"
        # Uncompressed, no statistics: the parts are read back once, in full, and the writer
        # then needs no more memory than the frame it writes.
        self._take().write_parquet(
            path, compression="uncompressed", statistics=False, row_group_size=ROW_GROUP
        )
        self._parts.append(path)

    def pieces(self) -> list[pl.LazyFrame]:
        """The rows in order, as pieces of at most about SPILL_ROWS rows each (at least one)."""
        pieces = [pl.scan_parquet(p) for p in self._parts]
        if self._frames or not pieces:
            pieces.append(self._take().lazy() if self._frames else _empty_mentions().lazy())
        return pieces

    def keep(self, frame: pl.DataFrame) -> pl.LazyFrame:
        """A settled piece: spilled beside the parts if the corpus spilled, else kept in memory."""
        if self._spill is None:
            return frame.lazy()
        path = Path(self._spill.name) / f"settled-{self._settled:05d}.parquet"
        self._settled += 1
        frame.write_parquet(
            path, compression="uncompressed", statistics=False, row_group_size=ROW_GROUP
        )
        return pl.scan_parquet(path)


def _empty_mentions() -> pl.DataFrame:
    return mention_frame([]).with_row_index("seq")


_WORKER: tuple[Matcher, Settings] | None = None


def _init_worker(lexicon_dirs: tuple[Path, ...], settings: Settings) -> None:
    global _WORKER
    from roles.lexicons import load_lexicons

    _WORKER = (Matcher(load_lexicons(lexicon_dirs)), settings)


def _work(chunk: list[tuple[str, str]]) -> Extracted:
    assert _WORKER is not None
    matcher, settings = _WORKER
    return extract_chunk(chunk, matcher, settings)


def extract_all(
    files: list[tuple[str, str]],
    lex: Lexicons,
    settings: Settings,
    lexicon_dirs: tuple[Path, ...],
    progress: Progress | None,
    cache: Cache | None,
    keys: list[str | None],
) -> Iterator[tuple[list[DocInfo], pl.DataFrame]]:
    """Every file's issue records and mention frame, in the order of `files`, from the cache (`keys`
    are the files' cache keys) or the workers."""
    cached = cache.get_many([k for k in keys if k]) if cache else {}
    todo = [i for i, k in enumerate(keys) if k not in cached]
    jobs = settings.jobs or os.cpu_count() or 1
    fresh: dict[int, tuple[list[DocInfo], pl.DataFrame, bytes | None]] = {}
    done = len(files) - len(todo)
    if todo:
        warn_if_pure()

    def results() -> Iterator[tuple[int, tuple[list[DocInfo], pl.DataFrame, bytes | None]]]:
        chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
        if jobs > 1 and len(chunks) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(
                jobs, initializer=_init_worker, initargs=(lexicon_dirs, settings)
            ) as pool:
                outs = pool.map(_work, ([files[i] for i in c] for c in chunks))
                for chunk, out in zip(chunks, outs, strict=True):
                    yield from zip(chunk, out.per_file(), strict=True)
        else:
            matcher = Matcher(lex)
            for chunk in chunks:
                out = extract_chunk([files[i] for i in chunk], matcher, settings)
                yield from zip(chunk, out.per_file(), strict=True)
            release_dictionary()  # 30 MB the settling of a large corpus can use

    stream = results()
    for i, key in enumerate(keys):
        if key in cached:
            infos, frame = cached[key]
            old = infos[0].doc.split("#", 1)[0] if infos else files[i][1]
            item = _renamed(infos, frame, old, files[i][1])
        else:
            while i not in fresh:
                j, out = next(stream)
                fresh[j] = out
                done += 1
                if cache is not None and keys[j] is not None and out[2] is not None:
                    cache.put(keys[j], out[2])
                if progress is not None:
                    progress(done, len(files))
            infos, frame, _ = fresh.pop(i)
            item = (infos, frame)
        yield item
    if cache is not None:
        cache.close()


def cached_run(
    files: list[tuple[str, str]],
    keys: list[str | None],
    lex: Lexicons,
    settings: Settings,
    manifest: dict[str, dating.ManifestEntry],
) -> RunCache | None:
    """Where a run over exactly these files, settings and lexicons keeps its settled tables."""
    if settings.cache is None:
        return None
    manifest_rows = sorted((k, v.date, v.home, v.line) for k, v in manifest.items())
    key = RunCache.key(
        keys,
        [doc for _, doc in files],
        lex.fingerprint,
        settings.encoding,
        settings.home,
        manifest_rows,
        str(settings.manifest),
    )
    return RunCache(settings.cache, key) if key else None
