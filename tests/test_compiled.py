"""The compiled core and its pure-Python fallback: one source, identical results.

The suite itself runs twice in CI (compiled, then with ROLES_PURE_PYTHON=1); here each mode
reads the same archives in a process of its own and the tables are compared byte for byte.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from click.testing import CliRunner

from roles import compiled
from roles.cli import cli

from .conftest import DATA

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Reads the archives named on the command line and prints the core's status, then writes
# every table the archive settles into (facts with their extra columns, issues) as CSV.
READER = """
import sys
from pathlib import Path
import roles
from roles.compiled import core_status
print(core_status())
out = Path(sys.argv[1])
for i, folder in enumerate(sys.argv[2:]):
    run = roles.read([folder], cache=False, jobs=1)
    run.corpus.fact_table.write_csv(out / f"{i}-facts.csv")
    run.issues.write_csv(out / f"{i}-issues.csv")
"""


def can_compile() -> bool:
    """A C compiler and Python's headers: what building the core needs."""
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return shutil.which(cc) is not None and headers.is_file()


def read_in_mode(out: Path, folders: list[Path], pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_PYTHON_VARIABLE}
    if pure:
        env[compiled.PURE_PYTHON_VARIABLE] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", READER, str(out), *map(str, folders)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    )
    return done.stdout.splitlines()[0]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """A small synthetic archive of the benchmark's kind (seeds moved in time, names replaced)."""
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    folder = tmp_path_factory.mktemp("synthetic")
    bench.build_archive(folder, 120)
    return folder


def test_compiled_and_pure_python_give_identical_tables(tmp_path, synthetic) -> None:
    folders = [SEEDS, DATA / "dev", DATA / "heldout", DATA / "careers" / "dev", synthetic]
    status = read_in_mode(tmp_path / "compiled", folders, pure=False)
    if status != "compiled":
        if can_compile():
            pytest.fail(f"a C compiler is here but the core is not built: {status}")
        pytest.skip(f"no C compiler or no Python headers: {status}")
    assert read_in_mode(tmp_path / "pure", folders, pure=True).startswith("pure Python")
    for i, folder in enumerate(folders):
        for table in ("facts", "issues"):
            name = f"{i}-{table}.csv"
            fast = (tmp_path / "compiled" / name).read_bytes()
            slow = (tmp_path / "pure" / name).read_bytes()
            assert fast == slow, f"{folder.name}: {table} differ between the two cores"
            assert fast.count(b"\n") > 1  # something was read


def test_the_pure_python_switch_loads_every_core_module_from_source(tmp_path) -> None:
    code = "from roles.compiled import compiled_modules; print(compiled_modules())"
    env = {**os.environ, compiled.PURE_PYTHON_VARIABLE: "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "()"


@pytest.mark.parametrize(
    ("forced", "built", "expected"),
    [
        (True, (), "pure Python (ROLES_PURE_PYTHON=1)"),
        (False, compiled.CORE, "compiled"),
        (
            False,
            ("chars",),
            "pure Python: not compiled: dating, dictionary, extract, jurisdictions, matching, name_lists",
        ),
    ],
)
def test_core_status_says_what_runs(monkeypatch, forced, built, expected) -> None:
    monkeypatch.setattr(compiled, "_stale", ())
    monkeypatch.setattr(compiled, "pure_python_forced", lambda: forced)
    monkeypatch.setattr(compiled, "compiled_modules", lambda: built)
    assert compiled.core_status().startswith(expected)


def test_a_missing_core_is_warned_of_once(monkeypatch, capsys) -> None:
    monkeypatch.setattr(compiled, "_warned", False)
    monkeypatch.setattr(compiled, "_stale", ())
    monkeypatch.setattr(compiled, "pure_python_forced", lambda: False)
    monkeypatch.setattr(compiled, "compiled_modules", lambda: ())
    compiled.warn_if_pure()
    compiled.warn_if_pure()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: the compiled core is not in use")


def test_no_warning_when_the_pure_core_is_asked_for(monkeypatch, capsys) -> None:
    monkeypatch.setattr(compiled, "_warned", False)
    monkeypatch.setattr(compiled, "pure_python_forced", lambda: True)
    compiled.warn_if_pure()
    assert capsys.readouterr().err == ""


def test_version_names_the_core() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("roles, version ") and "(core: " in result.output


@pytest.mark.parametrize(
    ("checkout", "source_age", "built", "stale"),
    [
        (True, 0, True, ("names",)),  # edited after the build
        (True, -100, True, ()),  # built after the last edit
        (True, 0, False, ()),  # never built: not stale, just pure
        (False, 0, True, ()),  # an installed package is never rebuilt in place
    ],
)
def test_stale_compiled_modules_are_found_in_a_checkout(
    tmp_path, checkout, source_age, built, stale
) -> None:
    package = tmp_path / "roles"
    package.mkdir()
    if checkout:
        (tmp_path / "setup.py").write_text("")
    for name in compiled.CORE:
        (package / f"{name}.py").write_text("")
        if built:
            so = package / f"{name}{compiled.EXTENSION_SUFFIXES[0]}"
            so.write_bytes(b"")
            os.utime(so, (1_000_000, 1_000_000))
        os.utime(package / f"{name}.py", (999_000, 999_000))
    os.utime(package / "names.py", (1_000_100 + source_age,) * 2)
    assert compiled.stale_modules(package) == stale


def test_an_edited_pxd_makes_its_module_stale(tmp_path) -> None:
    package = tmp_path / "roles"
    package.mkdir()
    (tmp_path / "setup.py").write_text("")
    for name in compiled.CORE:
        (package / f"{name}.py").write_text("")
        os.utime(package / f"{name}.py", (999_000, 999_000))
        so = package / f"{name}{compiled.EXTENSION_SUFFIXES[0]}"
        so.write_bytes(b"")
        os.utime(so, (1_000_000, 1_000_000))
    (package / "passes.pxd").write_text("")
    os.utime(package / "passes.pxd", (1_000_100, 1_000_100))
    assert compiled.stale_modules(package) == ("passes",)
