from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from roles.cli import cli
from roles.export import post_label, wikidata_time

D = dt.date


@pytest.mark.parametrize(
    ("earliest", "latest", "value"),
    [
        (D(2020, 10, 19), D(2020, 10, 19), "+2020-10-19T00:00:00Z/11"),
        (D(2020, 10, 1), D(2020, 10, 19), "+2020-10-00T00:00:00Z/10"),
        (D(2020, 3, 1), D(2020, 10, 19), "+2020-00-00T00:00:00Z/9"),
        (D(2019, 3, 1), D(2020, 10, 19), None),  # no honest precision: left out
        (None, D(2020, 10, 19), None),
    ],
)
def test_wikidata_time_never_invents_a_day(earliest, latest, value) -> None:
    assert wikidata_time(earliest, latest) == value


@pytest.mark.parametrize(
    ("place", "role", "label"),
    [
        ("衢江区", "区委书记", "衢江区委书记"),
        ("宁波市", "市委常委", "宁波市委常委"),
        ("廿里镇", "镇长", "廿里镇镇长"),
    ],
)
def test_post_label(place, role, label) -> None:
    assert post_label(place, role) == label


def test_popolo_export() -> None:
    result = CliRunner().invoke(cli, ["export", "--to", "popolo"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert set(doc) == {"persons", "organizations", "posts", "memberships"}
    posts = {p["id"]: p["label"] for p in doc["posts"]}
    people = {p["id"]: p["name"] for p in doc["persons"]}
    held = {(people[m["person_id"]], posts[m["post_id"]]): m for m in doc["memberships"]}
    wang = held[("王慧杰", "衢江区委书记")]
    assert (wang["start_date_earliest"], wang["start_date_latest"]) == ("2020-10-19", "2022-07-15")
    assert (wang["end_date_earliest"], wang["end_date_latest"]) == ("2023-03-21", "2025-05-16")
    assert "start_date" not in wang and "end_date" not in wang  # no invented exact days
    assert wang["sources"][0]["note"].startswith("“")
    qujiang = next(o for o in doc["organizations"] if o["name"] == "衢江区")
    assert qujiang["identifiers"] == [{"scheme": "GB/T 2260", "identifier": "330803"}]


def test_quickstatements_and_table_exports(tmp_path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--to", "quickstatements"])
    line = next(
        ln for ln in result.stdout.splitlines() if ln.startswith("{王慧杰}\tP39\t{衢江区委书记}")
    )
    assert "P580" not in line and "S1683" in line
    out = tmp_path / "m.parquet"
    assert runner.invoke(cli, ["export", "--to", "parquet", "-o", str(out)]).exit_code == 0
    assert runner.invoke(cli, ["export", "--to", "parquet"]).exit_code == 2


def test_exports_carry_person_ids(tmp_path) -> None:
    runner = CliRunner()
    doc = json.loads(runner.invoke(cli, ["export", "--to", "popolo"]).stdout)
    gui = [p for p in doc["persons"] if p["name"] == "贵丽青"]
    assert [p["identifiers"] for p in gui] == [[{"scheme": "roles", "identifier": "贵丽青#1"}]]
    held = {m["post_id"] for m in doc["memberships"] if m["person_id"] == gui[0]["id"]}
    assert len(held) >= 2  # 区长 and 区委书记: one person, two memberships
    out = tmp_path / "m.csv"
    assert runner.invoke(cli, ["export", "--to", "csv", "-o", str(out)]).exit_code == 0
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("person_id,person,role,")
