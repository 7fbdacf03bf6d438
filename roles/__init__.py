"""roles: an officials timeline and role-change analyser for Chinese local newspapers.

`roles.read(paths)` reads an archive and returns a `Run` (see `roles.api`); the command line is
built on it.
"""

from roles import compiled as _compiled

__version__ = "0.1.0"

_compiled.choose_core(__path__)  # compiled or pure-Python matching core (roles/compiled.py)

#: output formats of every table command (kept here so that `roles --help` imports nothing heavy)
FORMATS = ("table", "csv", "json", "parquet")


def __getattr__(name: str):  # the API is imported on first use: `roles --help` stays fast
    if name in ("read", "Run"):
        from roles import api

        return getattr(api, name)
    raise AttributeError(f"module 'roles' has no attribute {name!r}")
