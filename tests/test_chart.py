"""The tenure chart: its data (golden), the picture's contents, the CLI, and byte-identical
reports whatever order the files are given in."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from roles.careers import institutions
from roles.chart import CHART_SCHEMA, ChartError, chart_frame, chart_spec, chart_svg, cjk_font_dir
from roles.cli import cli
from roles.markdown import report_markdown
from roles.pipeline import scan
from roles.render import tenure_bars
from roles.report import build_report
from roles.timeline import tenures

from .conftest import SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def seeded(lex):
    corpus = scan([SEEDS], lex)
    return corpus, tenures(corpus.facts, lex.renames)


def test_chart_data_matches_golden(lex, seeded) -> None:
    _, tenure = seeded
    frame = chart_frame(tenure, "衢江区", institutions(lex))
    assert frame.schema == pl.Schema(CHART_SCHEMA)
    text = frame.write_csv()
    golden = GOLDEN / "chart-frame.csv"
    if not golden.exists():
        golden.write_text(text, encoding="utf-8")
        pytest.fail(f"wrote {golden}: review it and run the tests again")
    assert text == golden.read_text(encoding="utf-8")


def test_chart_rows_and_windows(lex, seeded) -> None:
    _, tenure = seeded
    frame = chart_frame(tenure, "衢江区", institutions(lex))
    posts = frame.unique("row").sort("row")["post"].to_list()
    assert posts[0] == "衢江区 区委书记" and "衢江区 区长" in posts  # the party secretary on top
    wang = frame.filter(pl.col("person") == "王慧杰").select("segment", "start", "end").rows()
    assert [s for s, _, _ in wang] == ["began-within", "attested", "ended-within"]
    assert str(wang[0][1]) == "2020-10-19" and str(wang[2][2]) == "2025-05-16"
    # an acting post confirmed later is marked on the name
    assert "徐惠文（代→正）" in frame["label"].to_list()
    only = chart_frame(tenure, "衢江区", institutions(lex), roles=["区长"])
    assert set(only["post"]) == {"衢江区 区长"}


def test_the_svg_keeps_names_as_text_and_draws_every_segment(lex, seeded) -> None:
    _, tenure = seeded
    frame = chart_frame(tenure, "衢江区", institutions(lex))
    svg = chart_svg(chart_spec(frame, frame.head(0).select(), "t"))
    texts = set(re.findall(r"<text[^>]*>([^<]+)</text>", svg))
    assert {"周向军", "王慧杰", "贵丽青"} <= texts
    # Vega draws each bar as a <path> in <g class="mark-rect …"> groups, one per layer
    assert svg.count('class="mark-rect role-mark') == 3  # began-within, attested, ended-within
    assert svg.count("<path") >= frame.height
    assert svg == chart_svg(chart_spec(frame, frame.head(0).select(), "t"))  # deterministic


def test_nothing_to_draw_is_an_error(lex, seeded) -> None:
    _, tenure = seeded
    with pytest.raises(ChartError, match="no tenure"):
        chart_spec(chart_frame(tenure, "无此区", institutions(lex)), pl.DataFrame(), "t")


def test_chart_command(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "c.svg"
    result = runner.invoke(cli, ["chart", "-o", str(out), "-r", "区委书记"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<svg") and "王慧杰" in out.read_text()
    result = runner.invoke(cli, ["chart", "-o", str(tmp_path / "c.txt")])
    assert result.exit_code == 2 and "give a .svg or .png file" in result.output
    result = runner.invoke(cli, ["chart", "-j", "无此区", "-o", str(out)])
    assert result.exit_code == 2 and "无此区: no tenure" in result.output
    png = tmp_path / "c.png"
    result = runner.invoke(cli, ["chart", "-o", str(png)])
    if cjk_font_dir() is None:
        assert result.exit_code == 2 and "no CJK font found" in result.output
    else:
        assert result.exit_code == 0 and png.read_bytes().startswith(b"\x89PNG")


def test_report_folder_gets_markdown_and_chart(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "-o", str(tmp_path) + "/"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "衢江区.md").read_text(encoding="utf-8")
    assert "![衢江区: officials and their posts: the tenure chart](衢江区-tenures.svg)" in md
    assert (tmp_path / "衢江区-tenures.svg").read_text(encoding="utf-8").startswith("<svg")
    assert md.count("```mermaid") == 1 and "王慧杰 took office :done" in md


@pytest.mark.parametrize(
    ("first", "last", "bar"),
    [
        ("2021-01-01", "2021-01-01", "·█······"),
        ("2020-01-01", "2027-12-31", "████████"),
    ],
)
def test_terminal_bars(first: str, last: str, bar: str) -> None:
    import datetime as dt

    row = {
        "first_seen": dt.date.fromisoformat(first),
        "last_seen": dt.date.fromisoformat(last),
        "start_earliest": None,
        "end_latest": None,
    }
    table = pl.DataFrame([row], schema={k: pl.Date for k in row})
    span = (dt.date(2020, 1, 1), dt.date(2028, 1, 1))
    assert tenure_bars(table, span, width=8).to_list() == [bar]


def test_reports_are_byte_identical_whatever_the_file_order(lex, tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    files = sorted((tmp_path / "seeds").glob("*.txt"))
    outputs = set()
    rng = random.Random(7)
    for _ in range(4):
        rng.shuffle(files)
        corpus = scan(list(files), lex)
        outputs.add(report_markdown(build_report(corpus, lex, "seeds")))
    assert len(outputs) == 1
