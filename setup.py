"""Build: the compiled core (Cython, optional) and the bundled data.

The modules of the matching core are compiled from their own Python source (Cython's pure
mode, with C types in a `.pxd` beside a module where they pay: roles/passes.pxd), so the
compiled and the pure-Python core share their rules and give identical results. Where no
compiler (or no Cython) is found the build says so and installs the pure-Python package;
`roles` then warns once. Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from roles.compiled import CORE  # noqa: E402  (the modules of the per-issue path)

DATA = ("lexicons", "seeds")  # top-level folders a wheel carries inside roles/_data


def core_extensions() -> list:
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("roles: Cython is not installed: installing the pure-Python core")
        return []
    from setuptools import Extension

    modules = [Extension(f"roles.{name}", [f"roles/{name}.py"], optional=True) for name in CORE]
    return cythonize(
        modules,
        build_dir="build/cython",
        compiler_directives={"language_level": 3, "binding": True},
        quiet=True,
    )


class BuildCore(build_ext):
    """A failed compile leaves the pure-Python module in place, with one line saying so."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:  # the modules compile independently: one per core
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler at all: distutils raises before any extension
            print(f"roles: the compiled core was not built ({type(exc).__name__}): pure Python")

    def build_extension(self, ext) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:
            print(f"roles: {ext.name} was not compiled ({type(exc).__name__}): using its source")


class BuildWithData(build_py):
    """A wheel carries lexicons/ and seeds/ inside the package (roles/resources.py finds them)."""

    def run(self) -> None:
        super().run()
        for name in DATA:
            target = Path(self.build_lib) / "roles" / "_data" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target)


setup(
    ext_modules=core_extensions(),
    cmdclass={"build_ext": BuildCore, "build_py": BuildWithData},
)
