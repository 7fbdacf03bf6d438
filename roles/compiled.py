"""Which matching core runs, compiled or pure Python, and the one warning when it is not asked.

The modules in CORE are compiled by Cython from their own source when the package is built
(setup.py). Compiled, the whole-text passes and the lexicon-word finder run as typed loops
(roles/passes.py) instead of their regex forms; tests hold the two forms to identical results.
The pure-Python modules run where no compiler was found, where ROLES_PURE_PYTHON=1 asks for
them, and in a source checkout whose sources changed after the last build (a stale compiled
module would run old rules).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from importlib.machinery import EXTENSION_SUFFIXES, SOURCE_SUFFIXES, FileFinder, SourceFileLoader
from pathlib import Path

#: set to 1 to run the pure-Python core even where the compiled one is built
PURE_PYTHON_VARIABLE = "ROLES_PURE_PYTHON"
#: the per-issue path, text → mentions; everything after it is corpus-level work in polars
CORE = (
    "passes",
    "chars",
    "reading",
    "dating",
    "dictionary",
    "name_rules",
    "names",
    "name_lists",
    "placing",
    "places",
    "subjects",
    "status",
    "titling",
    "jurisdictions",
    "people",
    "matching",
    "extract",
)

_stale: tuple[str, ...] = ()
_warned = False


def pure_python_forced() -> bool:
    return os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0")


def stale_modules(folder: Path) -> tuple[str, ...]:
    """In a source checkout (setup.py beside the package), core modules edited since their
    compiled module was built."""
    if not (folder.parent / "setup.py").is_file():
        return ()
    stale = []
    for name in CORE:
        sources = [folder / f"{name}.py", folder / f"{name}.pxd"]  # the .pxd holds C types
        edited = max(p.stat().st_mtime for p in sources if p.is_file())
        built = [folder / f"{name}{suffix}" for suffix in EXTENSION_SUFFIXES]
        built_at = max((p.stat().st_mtime for p in built if p.is_file()), default=None)
        if built_at is not None and edited > built_at:
            stale.append(name)
    return tuple(stale)


def choose_core(package_path: Iterable[str]) -> None:
    """Called by `roles/__init__` before any core module loads: where the pure core is asked for
    or the compiled one is stale, a finder that knows only source files serves the package."""
    global _stale
    folders = list(package_path)
    _stale = tuple(n for f in folders for n in stale_modules(Path(f)))
    if pure_python_forced() or _stale:
        for folder in folders:
            sys.path_importer_cache[folder] = FileFinder(
                folder, (SourceFileLoader, SOURCE_SUFFIXES)
            )


def runs_compiled(module) -> bool:
    """Whether `module` was loaded from a compiled extension."""
    return (getattr(module, "__file__", None) or "").endswith(tuple(EXTENSION_SUFFIXES))


def compiled_modules() -> tuple[str, ...]:
    """The core modules this process runs compiled."""
    found = []
    for name in CORE:
        if runs_compiled(importlib.import_module(f"roles.{name}")):
            found.append(name)
    return tuple(found)


def core_status() -> str:
    """`compiled`, or `pure Python` and why."""
    if pure_python_forced():
        return f"pure Python ({PURE_PYTHON_VARIABLE}=1)"
    if _stale:
        return (
            "pure Python: edited since built: "
            + ", ".join(_stale)
            + " (`pip install -e .` rebuilds)"
        )
    missing = [n for n in CORE if n not in compiled_modules()]
    if not missing:
        return "compiled"
    return "pure Python: not compiled: " + ", ".join(sorted(missing))


def warn_if_pure() -> None:
    """One line on stderr, once per process, where the pure core runs unasked."""
    global _warned
    if _warned or pure_python_forced():
        return
    _warned = True
    status = core_status()
    if status != "compiled":
        print(
            f"warning: the compiled core is not in use ({status.split(': ', 1)[1]}): running "
            f"the pure-Python core (same results, slower); set {PURE_PYTHON_VARIABLE}=1 to "
            "choose it without this warning",
            file=sys.stderr,
        )
