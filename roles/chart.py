"""The tenure chart: who held which post of a jurisdiction when, on one time axis, uncertainty
drawn.

Each tenure is three segments on its post's row: the window in which it began (from the
previous holder's last sighting to this one's first), the attested span (first to last
sighting), and the window in which it ended (to the next holder's first sighting). The windows
are drawn light, the attested span solid, every sighting day as a tick (a tenure seen once is a
tick, not an invisible sliver), and the holder's name on the bar. The frame handed to the
plotting library (`chart_frame`) is the chart's data, tested on its own; Altair (Vega-Lite)
draws it, and vl-convert writes SVG (names stay text) or PNG (with a CJK font found on the
machine) without a browser.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from roles.careers import post_rank

CHART_SCHEMA: dict[str, pl.DataType] = {
    "row": pl.UInt32(),  # the post's row, top first (party secretary, head, …)
    "post": pl.String(),  # jurisdiction and role: 衢江区 区委书记
    "person": pl.String(),
    "segment": pl.String(),  # began-within / attested / ended-within
    "start": pl.Date(),
    "end": pl.Date(),
    "label": pl.String(),  # the name on an attested bar (with （代） when acting), else ""
}
SIGHTING_SCHEMA: dict[str, pl.DataType] = {
    "row": pl.UInt32(),
    "post": pl.String(),
    "person": pl.String(),
    "date": pl.Date(),
}
SEGMENTS = ("began-within", "attested", "ended-within")
ROW_HEIGHT = 26  # pixels per post
FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
WIDTH = 760


class ChartError(ValueError):
    """Nothing to draw, or no way to draw it; the message says which."""


def _post_order(roles: Sequence[str], institutions: dict[str, str]) -> list[str]:
    """Posts top first: party secretary, head, deputies, others; then by name."""
    return sorted(set(roles), key=lambda r: (-post_rank(r, institutions.get(r, "")), r))


def chart_frame(
    tenure: pl.DataFrame,
    jurisdiction: str,
    institutions: dict[str, str],
    roles: Sequence[str] | None = None,
) -> pl.DataFrame:
    """The segments to draw for `jurisdiction`'s single-holder posts (or only `roles`)."""
    rows = tenure.filter((pl.col("jurisdiction") == jurisdiction) & pl.col("single"))
    if roles:
        rows = rows.filter(pl.col("role").is_in(list(roles)))
    order = {r: i for i, r in enumerate(_post_order(rows["role"].to_list(), institutions))}
    out = []
    for t in rows.sort("role", "first_seen", "person").iter_rows(named=True):
        post = f"{jurisdiction} {t['role']}"
        row = order[t["role"]]
        acting = "（代）" if t["acting"] and not t["confirmed"] else ""
        acting = "（代→正）" if t["acting"] and t["confirmed"] else acting
        if t["start_earliest"] is not None and t["start_earliest"] < t["first_seen"]:
            out.append(
                (row, post, t["person"], SEGMENTS[0], t["start_earliest"], t["first_seen"], "")
            )
        out.append(
            (
                row,
                post,
                t["person"],
                SEGMENTS[1],
                t["first_seen"],
                t["last_seen"],
                t["person"] + acting,
            )
        )
        if t["end_latest"] is not None and t["end_latest"] > t["last_seen"]:
            out.append((row, post, t["person"], SEGMENTS[2], t["last_seen"], t["end_latest"], ""))
    return pl.DataFrame(out, schema=CHART_SCHEMA, orient="row").sort(
        "row", "start", "person", "segment"
    )


def sighting_frame(facts: pl.DataFrame, frame: pl.DataFrame, renames=None) -> pl.DataFrame:
    """Every day each charted holder is seen in the charted post (one tick each)."""
    from roles.timeline import canonical_facts

    if frame.is_empty():
        return pl.DataFrame(schema=SIGHTING_SCHEMA)
    posts = frame.select("row", "post", "person").unique()
    seen = (
        canonical_facts(facts, renames)
        .with_columns(post=pl.concat_str("jurisdiction", "role", separator=" "))
        .select("post", "person", "date")
        .collect()
    )
    return (
        seen.join(posts, on=["post", "person"], how="inner", maintain_order="left")
        .select(list(SIGHTING_SCHEMA))
        .unique()
        .sort("row", "date", "person")
        .cast(SIGHTING_SCHEMA)
    )


def chart_spec(frame: pl.DataFrame, sightings: pl.DataFrame, title: str) -> dict:
    """The Vega-Lite specification (as a dict) of the chart of `frame`."""
    import altair as alt

    if frame.is_empty():
        raise ChartError("no tenure of a single-holder post to draw")
    posts = frame.unique("row").sort("row")["post"].to_list()
    y = alt.Y("post:N", sort=posts, title=None, axis=alt.Axis(labelLimit=240))
    x = alt.X(
        "start:T",
        title=None,
        axis=alt.Axis(format="%Y", tickCount="year", grid=True, labelAngle=0),
    )
    colour = alt.Color(
        "segment:N",
        scale=alt.Scale(domain=list(SEGMENTS), range=["#b9d3a6", "#2f5d8a", "#ecc59b"]),
        legend=alt.Legend(orient="bottom", title=None),
    )
    data = frame.with_columns(pl.col("start", "end").cast(pl.String))
    tooltip = ["person", "segment", "start", "end"]

    def bars(segment: str, height: float, offset: float) -> alt.Chart:
        # the windows are thin and set apart: where one holder's end window is the next one's
        # start window, both show (ended above, began below the row's middle)
        return (
            alt.Chart(data.filter(pl.col("segment") == segment))
            .mark_bar(height=height, yOffset=offset)
            .encode(x=x, x2="end:T", y=y, color=colour, tooltip=tooltip)
        )

    windows = alt.layer(
        bars(SEGMENTS[1], ROW_HEIGHT * 0.55, 0),
        bars(SEGMENTS[0], ROW_HEIGHT * 0.22, ROW_HEIGHT * 0.14),
        bars(SEGMENTS[2], ROW_HEIGHT * 0.22, -ROW_HEIGHT * 0.14),
    )
    names = (
        alt.Chart(data.filter(pl.col("label") != ""))
        .mark_text(align="left", baseline="middle", dx=3, dy=-ROW_HEIGHT * 0.42, fontSize=11)
        .encode(x=x, y=y, text="label:N")
    )
    layers = [windows, names]
    if not sightings.is_empty():
        ticks = (
            alt.Chart(sightings.with_columns(pl.col("date").cast(pl.String)))
            .mark_tick(thickness=2, size=ROW_HEIGHT * 0.55, color="#13334f")
            .encode(x=alt.X("date:T"), y=y)
        )
        layers.insert(1, ticks)
    chart = (
        alt.layer(*layers)
        .properties(width=WIDTH, height=ROW_HEIGHT * max(1, len(posts)), title=title)
        .configure(font=FONTS)
    )
    return chart.to_dict()


def chart_svg(spec: dict) -> str:
    """The chart as SVG text: names stay text, drawn by the viewer's fonts."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(spec)


FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    str(Path.home() / ".fonts"),
    str(Path.home() / ".local/share/fonts"),
    "/System/Library/Fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
_CJK_FONT_NAMES = (
    "notosanscjk",
    "notoserifcjk",
    "sourcehansans",
    "wqy",
    "droidsansfallback",
    "simhei",
    "simsun",
    "msyh",
    "pingfang",
    "uming",
    "ukai",
    "arphic",
)


def cjk_font_dir() -> Path | None:
    """A folder holding a CJK font on this machine, or None."""
    for root in FONT_DIRS:
        if not os.path.isdir(root):
            continue
        for folder, _, files in sorted(os.walk(root)):
            for name in sorted(files):
                flat = name.lower().replace("-", "").replace("_", "")
                if flat.endswith((".ttf", ".otf", ".ttc")) and flat.startswith(_CJK_FONT_NAMES):
                    return Path(folder)
    return None


def chart_png(spec: dict, scale: float = 2.0) -> bytes:
    """The chart as PNG; a CJK font must be found on the machine, else ChartError."""
    import vl_convert as vlc

    fonts = cjk_font_dir()
    if fonts is None:
        raise ChartError(
            "no CJK font found on this machine, so a PNG would draw names as boxes: install "
            "one (Debian: fonts-noto-cjk) or write SVG"
        )
    vlc.register_font_directory(str(fonts))
    return vlc.vegalite_to_png(spec, scale=scale)


def tenure_chart(
    facts: pl.DataFrame,
    tenure: pl.DataFrame,
    jurisdiction: str,
    institutions: dict[str, str],
    roles: Sequence[str] | None = None,
    renames=None,
) -> dict:
    """The chart's specification for one jurisdiction, from a run's facts and tenures."""
    frame = chart_frame(tenure, jurisdiction, institutions, roles)
    sightings = sighting_frame(facts, frame, renames)
    return chart_spec(frame, sightings, f"{jurisdiction}: who held which post when")
