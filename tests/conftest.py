from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from roles.lexicons import Lexicons, load_lexicons
from roles.matching import Matcher

# The CLI's result cache goes to a folder of this test session, never the user's.
os.environ["ROLES_CACHE_DIR"] = tempfile.mkdtemp(prefix="roles-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def lex() -> Lexicons:
    return load_lexicons()


@pytest.fixture(scope="session")
def matcher(lex: Lexicons) -> Matcher:
    return Matcher(lex)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a `#`-commented TSV file with a header row."""
    lines = [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]
