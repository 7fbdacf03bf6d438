"""A cache of per-file results, so a re-run over an unchanged archive reads no issue again.

Results are kept in one SQLite file per cache folder, keyed by the file's path, size and
modification time, the lexicons' fingerprint, the forced encoding, and a fingerprint of roles's
own code: a changed file, lexicon or program version misses the cache.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA = 1


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Cache:
    def __init__(self, folder: Path, lexicons: str, encoding: str | None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(folder / "results.sqlite")
        self._db.execute("create table if not exists results (key text primary key, value blob)")
        self._salt = f"{SCHEMA}|{code_fingerprint()}|{lexicons}|{encoding or ''}"
        self._pending = 0

    def key(self, path: Path) -> str | None:
        try:
            st = path.stat()
        except OSError:
            return None
        raw = f"{self._salt}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        keys = list(keys)
        for i in range(0, len(keys), 500):
            batch = keys[i : i + 500]
            marks = ",".join("?" * len(batch))
            for key, value in self._db.execute(
                f"select key, value from results where key in ({marks})", batch
            ):
                try:
                    found[key] = pickle.loads(zlib.decompress(value))
                except Exception:  # a damaged or foreign entry is a miss, never an error
                    continue
        return found

    def put(self, key: str, value: Any) -> None:
        blob = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._db.execute("insert or replace into results values (?, ?)", (key, blob))
        self._pending += 1
        if self._pending >= 1000:
            self._db.commit()
            self._pending = 0

    def close(self) -> None:
        self._db.commit()
        self._db.close()
