"""Benchmark roles on a synthetic archive built from the bundled seeds.

    python benchmarks/bench.py                         # 12k issues, compiled and pure core
    python benchmarks/bench.py --sizes 100000 --quick --append  # memory at archive scale

Each synthetic issue is a seed issue moved to another year (masthead date and weekday
rewritten, or a dated file name for the seed without a masthead) with every official and
reporter named in the gold files replaced by a name from a pool, a new set of names every 50
issues. So the ground truth is known: the gold facts with the names replaced.

Measured in one run, per size: the read+decode floor and a plain jieba.posseg scan of a sample
(once per archive), then for each matching core (`--cores compiled,pure`, each in a process of
its own): `roles facts` throughput in one process (start-up excluded), peak RSS of a `roles
facts` process, the `--jobs 2` speed-up (results checked identical to `--jobs 1`), a second,
cached run over the unchanged archive, and precision and recall on the synthetic truth. Prints
a table and writes JSON (benchmarks/results.json). Without --quick, the one- and two-job times
and the floor are the best of three runs (taken in turn), since this machine's speed drifts from
minute to minute, and a one-line issue of about 5 MB and one of 10 MB are timed: the ratio
should stay near 2.

    python benchmarks/bench.py --profile       # where extraction time goes, by stage (pure core)
    python benchmarks/bench.py --perf          # where the compiled core's time goes (Linux perf)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from roles.evaluate import evaluate  # noqa: E402
from roles.lexicons import load_lexicons  # noqa: E402
from roles.pipeline import Settings, scan  # noqa: E402

SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data"
WEEKDAYS = "一二三四五六日"
ERA = 50  # issues that share one set of officials
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉飞建国志红林峰宇浩凯晨轩然"
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
)


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


def name_pool(count: int, rng: random.Random, avoid: set[str]) -> list[str]:
    names: list[str] = []
    seen = set(avoid)
    while len(names) < count:
        name = rng.choice(SURNAMES) + "".join(
            rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))
        )
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def build_archive(folder: Path, size: int, seed: int = 7) -> pl.DataFrame:
    """Write `size` synthetic issues into `folder`; return their ground-truth facts."""
    rng = random.Random(seed)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds}
    facts = read_tsv(GOLD / "seeds-facts.tsv")
    others = read_tsv(GOLD / "seeds-nonofficials.tsv")
    people = sorted({r["person"] for r in facts} | {r["person"] for r in others})
    # a name may be split by OCR spaces and line breaks: 周向 军
    # one pass, longest first: 刘俊 must not replace the start of 刘俊峰, and a new name must not
    # be replaced again
    people.sort(key=lambda p: (-len(p), p))
    pattern = re.compile("|".join(r"[ \t\r\n]*".join(map(re.escape, p)) for p in people))
    # a pool of unique names; each era takes the next len(people) of them, wrapping around
    pool = name_pool(20_000, rng, set(people))
    truth = []
    for i in range(size):
        src = seeds[i % len(seeds)]
        era = i // ERA
        first = era * len(people) % (len(pool) - len(people))
        names = dict(zip(people, pool[first : first + len(people)], strict=True))
        text = texts[src.name]
        text = pattern.sub(lambda m, names=names: names["".join(m[0].split())], text)
        shift = 1 + (i // len(seeds)) % 150  # years back: copies get their own dates, mostly
        m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*星期([一二三四五六日])", text)
        if m:
            year = int(m[1]) - shift
            day = dt.date(year, int(m[2]), min(int(m[3]), 28))
            new = f"{year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
            text = text[: m.start()] + new + text[m.end() :]
            name = f"{i:06d}_{src.stem}.txt"
        else:
            day = dt.date(2025 - shift, 6, 27)
            name = f"{day.isoformat()}_{i:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        for r in facts:
            if r["doc"] == src.name:
                truth.append(
                    {
                        "doc": name,
                        "tier": int(r["tier"]),
                        "person": names[r["person"]],
                        "role": r["role"],
                        "jurisdiction": r["jurisdiction"],
                        "acting": r["acting"] == "yes",
                    }
                )
    schema = {"doc": pl.String, "tier": pl.Int8, "person": pl.String, "role": pl.String}
    schema |= {"jurisdiction": pl.String, "acting": pl.Boolean}
    return pl.DataFrame(truth, schema=schema).unique(
        subset=["doc", "person", "role", "jurisdiction", "acting"], maintain_order=True
    )


def read_floor(folder: Path) -> tuple[float, int]:
    """MB/s for reading and decoding every file, and the archive's size in bytes."""
    files = sorted(folder.glob("*.txt"))
    start = time.perf_counter()
    size = 0
    for path in files:
        data = path.read_bytes()
        data.decode("utf-8")
        size += len(data)
    return size / 1e6 / (time.perf_counter() - start), size


def posseg_rate(folder: Path, sample_bytes: int = 200_000) -> float:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    text = ""
    for path in sorted(folder.glob("*.txt")):
        text += path.read_text(encoding="utf-8")
        if len(text.encode("utf-8")) >= sample_bytes:
            break
    list(jieba.posseg.cut("预热"))  # load the dictionary outside the timing
    start = time.perf_counter()
    found = [w for w, flag in jieba.posseg.cut(text) if flag == "nr"]
    assert found
    return len(text.encode("utf-8")) / 1e6 / (time.perf_counter() - start)


def timed_scan(folder: Path, lex, **settings) -> tuple[float, object]:
    start = time.perf_counter()
    corpus = scan([folder], lex, Settings(**settings))
    facts = corpus.facts  # settle fully
    return time.perf_counter() - start, corpus if facts is not None else None


def long_line_seconds(work: Path, lex) -> tuple[float, float]:
    """Seconds (best of two) for one-line issues of the seeds' text, about 5 and 10 MB: the
    second should take about twice the first, so that no step of the matcher is quadratic in
    the length of a line (a scraper's dump can be one line)."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = text.replace("\n", "")
    times = []
    for copies in (60, 120):
        folder = work / f"long-line-{copies}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "2023-03-21.txt").write_text(text * copies, encoding="utf-8")
        times.append(min(timed_scan(folder, lex, jobs=1, home="衢江区")[0] for _ in range(2)))
        shutil.rmtree(folder, ignore_errors=True)
    return times[0], times[1]


def peak_rss_mb(folder: Path, out: Path) -> float:
    """Peak RSS of a whole `roles facts` process writing Parquet (jobs 1, no cache)."""
    # VmHWM is this process's own high-water mark (ru_maxrss may carry the parent's over fork)
    code = (
        "import re, sys; from roles.cli import main; "
        "sys.argv = ['roles', 'facts', sys.argv[1], '--jobs', '1', '--no-cache', "
        "'--format', 'parquet', '-o', sys.argv[2]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', status)[1])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(folder), str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return int(result.stdout.strip().splitlines()[-1]) / 1024


# Stages of one file's extraction, by the functions that do them (cumulative time, cProfile).
STAGES = (
    ("read + decode", "roles/reading.py", "decode"),
    ("normalise width", "roles/reading.py", "normalise_width"),
    ("OCR repair", "roles/reading.py", "repair"),
    ("traditional → simplified", "roles/reading.py", "simplify"),
    ("masthead", "roles/dating.py", "read_masthead"),
    ("articles and datelines", "roles/dating.py", "split_articles"),
    ("half-width punctuation", "roles/chars.py", "fold_punctuation"),
    ("titles and places", "roles/matching.py", "_parts"),
    ("jurisdictions", "roles/matching.py", "_resolve"),
    ("names", "roles/matching.py", "_people"),
    ("names before titles", "roles/matching.py", "_name_before"),
    ("status (former, designate, dated)", "roles/matching.py", "_status"),
    ("sentence lookups", "roles/reading.py", "bounds"),
    ("rows for polars", "roles/extract.py", "compact"),
    ("polars frames", "roles/workers.py", "mention_frame"),
)


def profile(folder: Path, lex, files: int = 500) -> list[tuple[str, float]]:
    """Share of extraction time per stage, over the first `files` issues of an archive."""
    import cProfile
    import pstats

    from roles.matching import Matcher
    from roles.workers import extract_chunk

    paths = sorted(folder.glob("*.txt"))[:files]
    chunk = [(str(p), p.name) for p in paths]
    matcher = Matcher(lex)
    extract_chunk(chunk[:5], matcher, Settings())  # the dictionary, outside the profile
    prof = cProfile.Profile()
    prof.enable()
    extract_chunk(chunk, matcher, Settings())
    prof.disable()
    stats = pstats.Stats(prof).stats  # {(file, line, name): (cc, nc, tottime, cumtime, callers)}
    total = sum(tt for _, _, tt, _, _ in stats.values())
    shares = []
    for label, file, name in STAGES:
        cum = sum(v[3] for (f, _, n), v in stats.items() if n == name and f.endswith(file))
        shares.append((label, cum / total))
    return shares


# What the processor does, by the leaf function of each sample (perf symbols).
KINDS = (
    ("regex engine", ("sre_", "_sre_", "pattern_")),
    ("dict and set lookups", ("unicodekeys_lookup", "_Py_dict_lookup", "set_lookkey", "siphash")),
    (
        "allocation and freeing",
        (
            "_PyObject_Malloc",
            "_PyObject_Free",
            "malloc",
            "_int_",
            "free",
            "tupledealloc",
            "tuple_alloc",
            "unicode_dealloc",
            "PyUnicode_New",
            "list_dealloc",
            "_Py_Dealloc",
            "PyObject_GC_",
            "_PyObject_Realloc",
        ),
    ),
    (
        "attribute and method lookup",
        ("_PyType_Lookup", "GetAttr", "_PyObject_GetMethod", "GetInstanceAttribute"),
    ),
    ("interpreted bytecode", ("_PyEval_EvalFrameDefault",)),
    ("garbage collection", ("gc_collect", "visit_")),
    ("typed loops (roles/passes)", ("__pyx_f_5roles_6passes", "__pyx_pf_5roles_6passes")),
    ("compiled rule code", ("__pyx_",)),
)
OTHER = "the rest of the runtime (reference counts, calls, type checks, strings)"
PERF_RUN = """
import sys
from pathlib import Path
from roles.lexicons import load_lexicons
from roles.matching import Matcher
from roles.pipeline import Settings
from roles.workers import extract_chunk
from roles.dictionary import dictionary_words
chunk = [(str(p), p.name) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
matcher = Matcher(load_lexicons())
dictionary_words()  # jieba's words are loaded once a process, not per issue
extract_chunk(chunk[:5], matcher, Settings())
extract_chunk(chunk, matcher, Settings())
"""


def perf_profile(folder: Path) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """Where the compiled core's extraction time goes, from `perf record --call-graph dwarf`
    (which sees through Cython's functions, as cProfile cannot): the share of extraction
    samples under each compiled function, and of each kind of work at the leaf."""
    data = folder.parent / "perf.data"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ROLES_PURE_PYTHON", None)
    record = ["perf", "record", "-q", "--call-graph", "dwarf,16384", "-F", "1500", "-o", str(data)]
    subprocess.run(
        [*record, sys.executable, "-c", PERF_RUN, str(folder)],
        env=env,
        check=True,
        capture_output=True,
    )
    script = subprocess.run(
        ["perf", "script", "-i", str(data)], capture_output=True, text=True, check=True
    ).stdout
    under: dict[str, int] = {}
    kinds: dict[str, int] = {}
    samples = 0
    for block in script.split("\n\n"):
        frames = [ln.split()[1] for ln in block.splitlines()[1:] if len(ln.split()) > 1]
        if not any("extract_text" in f for f in frames):
            continue
        samples += 1
        for name in {m[1] for f in frames if (m := re.match(r"__pyx_pw_5roles_(\w+)", f))}:
            under[name] = under.get(name, 0) + 1
        leaf = frames[0]
        kind = next((k for k, marks in KINDS if any(m in leaf for m in marks)), OTHER)
        kinds[kind] = kinds.get(kind, 0) + 1
    data.unlink(missing_ok=True)
    top = sorted(under.items(), key=lambda kv: -kv[1])[:25]
    return (
        [(name, n / samples) for name, n in top],
        sorted(((k, n / samples) for k, n in kinds.items()), key=lambda kv: -kv[1]),
    )


def measure(folder: Path, truth: pl.DataFrame, lex, quick: bool, long_lines: bool) -> dict:
    """Everything that depends on the matching core, in this process's core."""
    from roles.compiled import core_status

    mb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    one_s, corpus = timed_scan(folder, lex, jobs=1)
    result: dict = {"core_status": core_status()}
    facts = corpus.facts
    ev = evaluate(facts, truth, corpus.issues["doc"].to_list())
    for row in ev.by_tier.iter_rows(named=True):
        result[f"tier{row['tier']}_precision"] = round(row["precision"] or 0, 4)
        result[f"tier{row['tier']}_recall"] = round(row["recall"] or 0, 4)
    if not quick:
        # This shared machine's speed drifts by a third from minute to minute: one and two jobs
        # are timed in turn, twice more, and the best time of each is kept (as timeit does).
        two_s, corpus2 = timed_scan(folder, lex, jobs=2)
        for _ in range(2):
            one_s = min(one_s, timed_scan(folder, lex, jobs=1)[0])
            two_s = min(two_s, timed_scan(folder, lex, jobs=2)[0])
        result["facts_seconds_2_jobs"] = round(two_s, 2)
        result["jobs_2_speedup"] = round(one_s / two_s, 2)
        result["jobs_2_identical"] = corpus2.fact_table.equals(corpus.fact_table)
        cache = folder.parent / f"cache-{folder.name}"
        shutil.rmtree(cache, ignore_errors=True)
        cold, _ = timed_scan(folder, lex, jobs=2, cache=cache)
        warm, corpus3 = timed_scan(folder, lex, jobs=2, cache=cache)
        shutil.rmtree(cache, ignore_errors=True)
        result["cache_cold_seconds"] = round(cold, 2)
        result["cache_warm_seconds"] = round(warm, 2)
        result["cache_speedup"] = round(cold / warm, 1)
        result["cache_identical"] = corpus3.fact_table.equals(corpus.fact_table)
    result["facts_mb_s_1_job"] = round(mb / one_s, 2)
    result["facts_seconds_1_job"] = round(one_s, 2)
    del corpus, facts
    out = folder.parent / f"facts-{folder.name}.parquet"
    result["peak_rss_mb"] = round(peak_rss_mb(folder, out), 1)
    out.unlink(missing_ok=True)
    if long_lines:
        short, long = long_line_seconds(folder.parent, lex)
        result["long_line_5mb_seconds"] = round(short, 2)
        result["long_line_10mb_vs_5mb"] = round(long / short, 2)
    return result


def measure_in_core(core: str, folder: Path, truth: Path, quick: bool, long_lines: bool) -> dict:
    """`measure` in a process of its own running the `compiled` or the `pure` core (the core is
    chosen when `roles` is first imported)."""
    env = {k: v for k, v in os.environ.items() if k != "ROLES_PURE_PYTHON"}
    if core == "pure":
        env["ROLES_PURE_PYTHON"] = "1"
    args = [sys.executable, __file__, "--measure", str(folder), "--truth", str(truth)]
    args += ["--quick"] * quick + ["--long-lines"] * long_lines
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench(size: int, work: Path, quick: bool, cores: list[str], long_lines: bool) -> list[dict]:
    """One run per core over one archive of `size` issues; the floor and posseg are the
    archive's, measured once."""
    folder = work / f"archive-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    truth = build_archive(folder, size)
    built = time.perf_counter() - t0
    truth_path = work / f"truth-{size}.parquet"
    truth.write_parquet(truth_path)
    floor, nbytes = read_floor(folder)
    floor = max(floor, *(read_floor(folder)[0] for _ in range(2)))
    posseg = posseg_rate(folder)
    runs = []
    for core in cores:
        print(f"… {size} issues, {core} core", file=sys.stderr)
        run = {
            "issues": size,
            "megabytes": round(nbytes / 1e6, 1),
            "build_seconds": round(built, 1),
        }
        run["read_decode_mb_s"] = round(floor, 1)
        run["core"] = core
        run |= measure_in_core(core, folder, truth_path, quick, long_lines)
        if (run["core_status"] == "compiled") != (core == "compiled"):
            print(f"warning: asked for the {core} core, ran {run['core_status']}", file=sys.stderr)
        run["posseg_mb_s"] = round(posseg, 3)
        run["facts_vs_posseg"] = round(run["facts_mb_s_1_job"] / posseg, 1)
        run["facts_vs_floor"] = round(run["facts_mb_s_1_job"] / floor, 4)
        runs.append(run)
    shutil.rmtree(folder, ignore_errors=True)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="12000", help="issue counts, comma-separated")
    parser.add_argument(
        "--cores", default="compiled,pure", help="which matching cores to time: compiled, pure"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--work", type=Path, help="folder for the archives (default: a temp dir)")
    parser.add_argument("--quick", action="store_true", help="skip the jobs and cache runs")
    parser.add_argument(
        "--append", action="store_true", help="keep the runs of other sizes already in --out"
    )
    parser.add_argument(
        "--profile", action="store_true", help="only print where extraction time goes, by stage"
    )
    parser.add_argument(
        "--perf",
        action="store_true",
        help="only print where the compiled core's extraction time goes (needs Linux perf)",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # a core's own process
    parser.add_argument("--truth", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--long-lines", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    lex = load_lexicons()
    if args.measure:
        truth = pl.read_parquet(args.truth)
        print(json.dumps(measure(args.measure, truth, lex, args.quick, args.long_lines)))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="roles-bench-"))
    if args.perf:
        folder = work / "archive-perf"
        folder.mkdir(parents=True, exist_ok=True)
        build_archive(folder, 500)
        if shutil.which("perf") is None:
            sys.exit("bench: --perf needs Linux perf (apt install linux-perf)")
        functions, kinds = perf_profile(folder)
        print("share of extraction samples under each compiled function (they nest):")
        for name, share in functions:
            print(f"  {share:6.1%}  {name}")
        print("and by the work at the leaf of each sample:")
        for kind, share in kinds:
            print(f"  {share:6.1%}  {kind}")
        return
    if args.profile and os.environ.get("ROLES_PURE_PYTHON") != "1":
        # cProfile sees into Python functions only: the stages are timed in the pure core (for
        # the compiled one, `perf record --call-graph dwarf` sees through Cython's functions)
        env = {**os.environ, "ROLES_PURE_PYTHON": "1"}
        os.execve(sys.executable, [sys.executable, __file__, *sys.argv[1:]], env)
    if args.profile:
        folder = work / "archive-profile"
        folder.mkdir(parents=True, exist_ok=True)
        build_archive(folder, 500)
        for label, share in profile(folder, lex):
            print(f"{label:<36} {share:6.1%}")
        print("(pure-Python core; stages overlap: names and status run inside matching; shares")
        print(" of all extraction)")
        return
    cores = args.cores.split(",")
    runs = []
    for n, size in enumerate(int(s) for s in args.sizes.split(",")):
        runs += bench(size, work, args.quick, cores, long_lines=not args.quick and n == 0)
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, polars {pl.__version__}"
    )
    for run in runs:
        run["date"], run["quick"] = dt.date.today().isoformat(), args.quick
    if args.append and args.out.exists():
        done = {(r["issues"], r.get("core")) for r in runs}
        earlier = json.loads(args.out.read_text(encoding="utf-8"))["runs"]
        runs = [*runs, *(r for r in earlier if (r["issues"], r.get("core")) not in done)]
        runs.sort(key=lambda r: (r["issues"], r.get("core", "")))
    report = {"date": dt.date.today().isoformat(), "machine": machine, "runs": runs}
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    keys = sorted(
        {k for r in runs for k in r}, key=lambda k: list(runs[0]).index(k) if k in runs[0] else 99
    )
    width = max(map(len, keys))
    print(f"{report['date']} · {report['machine']}")
    for key in keys:
        print(f"{key:<{width}}  " + "  ".join(f"{str(r.get(key, ''))[:16]:>16}" for r in runs))
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
