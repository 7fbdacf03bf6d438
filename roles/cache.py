"""A cache of results, so a re-run over an unchanged archive reads no issue again.

Per-file results are kept in one SQLite file per cache folder, keyed by the file's content
(a SHA-256 digest of its bytes), the lexicons' fingerprint, the forced encoding, and a
fingerprint of roles's own code: a changed file, lexicon or program version misses the cache,
and a file that was only copied, moved, renamed or touched does not. So that an unchanged
archive is not read even to be hashed, each file's digest is remembered under its path, size,
modification time and inode, as git's index does; a file rewritten in place with all four
unchanged would be missed, which editors and copying tools do not do.

A whole run's settled tables are kept too (Parquet), keyed by all of its files' keys and its
settings, so a second run over an unchanged archive only loads them; after a change, only the
changed files are read again.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA = 4  # 4: a file's entry holds a list of issues (records of a scraper's file)


def default_cache_dir() -> Path:
    """$ROLES_CACHE_DIR, else $XDG_CACHE_HOME/roles, else ~/.cache/roles."""
    if env := os.environ.get("ROLES_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "roles"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of roles's own code, subpackages (the format readers) included."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Cache:
    """Per-file results. A cache that cannot be used (read-only folder, locked or damaged
    database) is simply not used: the run reads the files, it never fails for the cache."""

    def __init__(self, folder: Path, lexicons: str, encoding: str | None) -> None:
        self._salt = f"{SCHEMA}|{code_fingerprint()}|{lexicons}|{encoding or ''}"
        self._pending = 0
        self._db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(folder / "results.sqlite", timeout=30)
            self._db.execute(
                "create table if not exists results (key text primary key, value blob)"
            )
            self._db.execute(
                "create table if not exists files (stat text primary key, digest text)"
            )
        except (OSError, sqlite3.Error):
            self._db = None

    def keys(self, paths: Sequence[str]) -> list[str | None]:
        """Each file's result key (None for a file that cannot be read: never cached)."""
        stats = [_stat_key(p) for p in paths]
        digests = self._known_digests([s for s in stats if s])
        keys: list[str | None] = []
        learned: list[tuple[str, str]] = []
        for path, stat in zip(paths, stats, strict=True):
            digest = digests.get(stat) if stat else None
            if digest is None and stat is not None:
                digest = _content_digest(path)
                if digest is not None:
                    learned.append((stat, digest))
            keys.append(None if digest is None else _sha(f"{self._salt}|{digest}"))
        self._remember(learned)
        return keys

    def _select(self, query: str, keys: list[str]) -> Iterator[tuple[str, Any]]:
        """(key, value) rows of `query` (`… where key in ({marks})`), 500 keys at a time; a
        database error ends the rows early (what was not found is a miss)."""
        if self._db is None:
            return
        for i in range(0, len(keys), 500):
            batch = keys[i : i + 500]
            try:
                yield from self._db.execute(
                    query.format(marks=",".join("?" * len(batch))), batch
                ).fetchall()
            except sqlite3.Error:
                return

    def _known_digests(self, stats: list[str]) -> dict[str, str]:
        return dict(self._select("select stat, digest from files where stat in ({marks})", stats))

    def _remember(self, learned: list[tuple[str, str]]) -> None:
        if self._db is None or not learned:
            return
        try:
            self._db.executemany("insert or replace into files values (?, ?)", learned)
            self._db.commit()
        except sqlite3.Error:
            self._db = None

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        query = "select key, value from results where key in ({marks})"
        for key, value in self._select(query, list(keys)):
            try:
                found[key] = pickle.loads(zlib.decompress(value))
            except Exception:  # a damaged or foreign entry is a miss, never an error
                continue
        return found

    @staticmethod
    def encode(value: Any) -> bytes:
        """A value as stored; done by the workers, so the parent process only writes."""
        return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)

    def put(self, key: str, blob: bytes) -> None:
        """Store an `encode`d value."""
        if self._db is None:
            return
        try:
            self._db.execute("insert or replace into results values (?, ?)", (key, blob))
            self._pending += 1
            if self._pending >= 1000:
                self._db.commit()
                self._pending = 0
        except sqlite3.Error:
            self._db = None

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self._db.commit()
            self._db.close()
        except sqlite3.Error:
            pass


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stat_key(path: str) -> str | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _sha(f"{os.path.abspath(path)}|{st.st_size}|{st.st_mtime_ns}|{st.st_ino}")


def _content_digest(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None


KEEP_RUNS = 8  # settled runs kept; the least recently used go first


class RunCache:
    """Settled tables of whole runs: issues.parquet, facts.parquet and warnings.json."""

    def __init__(self, folder: Path, key: str) -> None:
        self.root = folder / "runs"
        self.path = self.root / key

    @staticmethod
    def key(file_keys: Iterable[str | None], *settings: object) -> str | None:
        digest = hashlib.sha256(f"{SCHEMA}|{code_fingerprint()}".encode())
        for k in file_keys:
            if k is None:  # a file that cannot be stat'ed: never trust an old run
                return None
            digest.update(k.encode())
        digest.update(repr(settings).encode("utf-8"))
        return digest.hexdigest()[:32]

    def exists(self) -> bool:
        return (self.path / "done").exists()

    def warnings(self) -> list[str]:
        self.path.touch()
        return json.loads((self.path / "warnings.json").read_text(encoding="utf-8"))

    def save(self, write: Callable[[Path], None], warnings: list[str]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        write(tmp)
        (tmp / "warnings.json").write_text(
            json.dumps(warnings, ensure_ascii=False), encoding="utf-8"
        )
        (tmp / "done").touch()
        shutil.rmtree(self.path, ignore_errors=True)
        tmp.rename(self.path)
        runs = sorted(
            (p for p in self.root.iterdir() if (p / "done").exists()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in runs[KEEP_RUNS:]:
            shutil.rmtree(old, ignore_errors=True)
