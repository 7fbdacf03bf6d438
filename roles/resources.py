"""Where the bundled lexicons and seed issues live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A wheel carries the folders inside the package (roles/_data/...); a source checkout or an
    # editable install has them at the top of the repository.
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def bundled_lexicon_dir() -> Path:
    return _bundled("lexicons")


def bundled_seed_dir() -> Path:
    return _bundled("seeds")
