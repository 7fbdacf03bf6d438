"""HTML formatting of a report: one self-contained page, readable offline and printable.

The page holds what the Markdown report holds, in the same order, with the same footnote
numbers: every cited fact links to its sentence in *Evidence*, which links back. Nothing is
fetched: no script, no font, style sheet or image from elsewhere (a content security policy
says so to the browser too); a chart, when given, is inlined as SVG. Same report, same bytes.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from roles.report import (
    Citation,
    Citations,
    Post,
    Report,
    career_citation,
    change_citations,
    first_citation,
    last_citation,
)

FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
MONO = '"Noto Sans Mono CJK SC", ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace'

STYLE = f"""
:root {{ color-scheme: light; }}
body {{ font-family: {FONTS}; line-height: 1.55; color: #1b1b1b; background: #fff;
  max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }}
h1 {{ font-size: 1.6rem; margin-bottom: .5rem; }}
h2 {{ font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #bbb; }}
h3 {{ font-size: 1.08rem; margin: 1.6rem 0 .4rem; }}
code {{ font-family: {MONO}; font-size: .88em; overflow-wrap: anywhere; }}
table {{ border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }}
th, td {{ border: 1px solid #999; padding: .25rem .45rem; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }}
th {{ background: #eee; }}
td.date {{ white-space: nowrap; }}
sup {{ line-height: 0; }}
sup a {{ text-decoration: none; }}
.chain {{ font-size: 1.08rem; font-weight: bold; margin: .3rem 0; }}
.note {{ color: #555; }}
figure {{ margin: 1rem 0; }}
figure svg {{ max-width: 100%; height: auto; }}
figcaption {{ color: #555; font-size: .9rem; }}
ol.evidence li {{ margin-bottom: .3rem; }}
:target {{ background: #fff3b0; }}
@media print {{
  body {{ max-width: none; padding: 0; font-size: 10pt; }}
  a {{ color: inherit; text-decoration: none; }}
  h2, h3 {{ break-after: avoid; }}
  tr, li, figure {{ break-inside: avoid; }}
  thead {{ display: table-header-group; }}
  :target {{ background: none; }}
}}
"""

# No network, no script: the browser is told as well (a chart's inline styles are allowed).
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


class Footnotes(Citations):
    """HTML footnotes: numbered as the Markdown's (`roles.report.Citations`), each reference
    with its own anchor (`ref-3-2`) so the evidence links back to the first."""

    def __init__(self) -> None:
        super().__init__()
        self._uses: dict[int, int] = {}

    def ref(self, citation: Citation) -> str:
        n = self.number(citation)
        k = self._uses[n] = self._uses.get(n, 0) + 1
        return f'<sup><a href="#ev-{n}" id="ref-{n}-{k}">{n}</a></sup>'

    def definitions(self, issue_dates: dict[str, dt.date | None]) -> list[str]:
        return [
            f'<li id="ev-{n}" value="{n}">“{_text(c.sentence)}” — {c.date.isoformat()}'
            f'{printed}, <code>{escape(c.doc)}</code> <a href="#ref-{n}-1" '
            f'aria-label="back to the first reference">↩</a></li>'
            for n, c, printed in self.numbered(issue_dates)
        ]


def _text(text: str) -> str:
    """One line of escaped text (OCR line breaks and runs of spaces made one space)."""
    return escape(" ".join(text.split()))


def _date(value: dt.date | None, open_text: str = "open") -> str:
    return value.isoformat() if value is not None else open_text


def _window(earliest: dt.date | None, latest: dt.date | None) -> str:
    if earliest is None:
        return f"by {_date(latest)}"
    return f"{earliest.isoformat()} … {_date(latest)}"


def _cited(value: dt.date | None, cite: str, open_text: str = "open") -> tuple[str, str]:
    """A date cell with its footnote (already HTML), marked as a date."""
    return (escape(_date(value, open_text)) + cite, "date")


def _table(header: list[str], rows: list[list[str | tuple[str, str]]]) -> list[str]:
    """A table; a cell is escaped text, or (html, class) when it is already HTML."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    lines = ["<table>", f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    for row in rows:
        cells = []
        for cell in row:
            if isinstance(cell, tuple):
                html, cls = cell
                cells.append(f'<td class="{cls}">{html}</td>' if cls else f"<td>{html}</td>")
            else:
                cells.append(f"<td>{escape(cell)}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return lines


def _post_section(post: Post, notes: Footnotes) -> list[str]:
    names = " → ".join(link.person for link in post.chain.links)
    lines = [
        f"<h3>{escape(post.jurisdiction)} {escape(post.role)}</h3>",
        f'<p class="chain">{escape(names)}</p>',
    ]
    rows: list[list[str | tuple[str, str]]] = []
    for t in post.tenures:
        acting = (
            "acting"
            if t["acting"] and not t["confirmed"]
            else ("acting, then confirmed" if t["acting"] else "")
        )
        rows.append(
            [
                t["person"],
                _cited(t["first_seen"], notes.ref(first_citation(t))),
                _cited(t["last_seen"], notes.ref(last_citation(t))),
                _window(t["start_earliest"], t["start_latest"]),
                f"{t['end_earliest'].isoformat()} … {_date(t['end_latest'])}",
                str(t["sightings"]),
                acting,
            ]
        )
    header = ["person", "first seen", "last seen", "took office", "left office", "issues", "acting"]
    lines += _table(header, rows)
    if post.chain.conflicts:
        lines.append(
            f'<p class="note">⚠ {post.chain.conflicts} conflict(s) in this post: see '
            '<a href="#changes">Acting posts, career moves and conflicts</a>.</p>'
        )
    return lines


def _single_section(single: list[Post], notes: Footnotes) -> list[str]:
    rows: list[list[str | tuple[str, str]]] = [
        [
            p.jurisdiction,
            p.role,
            p.tenures[0]["person"],
            _cited(p.tenures[0]["first_seen"], notes.ref(first_citation(p.tenures[0]))),
            _cited(p.tenures[0]["last_seen"], notes.ref(last_citation(p.tenures[0]))),
        ]
        for p in single
    ]
    header = ["jurisdiction", "post", "person", "first seen", "last seen"]
    return ["<h3>Posts with one holder seen</h3>", *_table(header, rows)]


def _changes_section(report: Report, notes: Footnotes) -> list[str]:
    if not report.moves:
        return ["<p>No acting posts, career moves or conflicts were seen.</p>"]
    rows: list[list[str | tuple[str, str]]] = []
    for m in report.moves:
        cite_from, cite_to = change_citations(m)
        who = m["from"] if m["from"] == m["to"] else f"{m['from']} / {m['to']}"
        rows.append(
            [
                m["kind"],
                m["jurisdiction"],
                m["role"],
                who,
                _cited(m["after"], notes.ref(cite_from), "?"),
                _cited(m["before"], notes.ref(cite_to)),
            ]
        )
    return _table(["kind", "jurisdiction", "post", "person", "after", "by"], rows)


def _career_cell(row: dict | None, notes: Footnotes) -> tuple[str, str]:
    if row is None:
        return (escape("— (not in these issues)"), "")
    when = row["first_seen"] or row["start_latest"]
    dated = f", {when.isoformat()}" if when else f", before {row['end_latest'].isoformat()}"
    text = f"{row['jurisdiction']} {row['role']} ({row['basis']}{dated})"
    return (escape(text) + notes.ref(career_citation(row)), "")


def _careers_section(report: Report, notes: Footnotes) -> list[str]:
    if not report.careers:
        return ["<p>No top post of the home was seen.</p>"]
    lines = [
        "<p>Where the holders of the home's top posts came from and went next, as far as these "
        "issues tell (sightings, dated career histories, and former posts: 原…, 曾任…).</p>"
    ]
    for post in report.careers:
        rows: list[list[str | tuple[str, str]]] = [
            [
                h.person_id,
                _career_cell(h.came_from, notes),
                _career_cell(h.post, notes),
                _career_cell(h.went_to, notes),
            ]
            for h in post.holders
        ]
        lines.append(f"<h3>{escape(post.jurisdiction)} {escape(post.role)}</h3>")
        lines += _table(["person", "came from", "in the post", "went to"], rows)
    return lines


def _people_section(report: Report, notes: Footnotes) -> list[str]:
    lines = []
    for person, posts in report.people.items():
        lines += [f"<h3>{escape(person)}</h3>", "<ul>"]
        for t in posts:
            span = notes.seen_span(t)
            acting = " (acting)" if t["acting"] and not t["confirmed"] else ""
            lines.append(
                f"<li>{escape(t['jurisdiction'])} {escape(t['role'])}{acting}: {span}</li>"
            )
        lines.append("</ul>")
    return lines


def _sources_section(report: Report) -> list[str]:
    rows: list[list[str | tuple[str, str]]] = [
        [
            (f"<code>{escape(i['doc'])}</code>", ""),
            (escape(_date(i["issue_date"], "—")), "date"),
            i["date_basis"] or "—",
            i["issue_no"] or "—",
            i["home"] or "—",
            str(i["mentions"]),
        ]
        for i in report.issues
    ]
    return _table(["file", "issue date", "dated by", "no.", "home", "mentions"], rows)


def _warnings_section(report: Report) -> list[str]:
    items = [f"<li>{_text(w)}</li>" for w in report.warnings]
    items += [
        f"<li>name read with low confidence: {escape(p)} ({escape(why)})</li>"
        for p, why in report.low_confidence
    ]
    return ["<ul>", *items, "</ul>"] if items else ["<p>None.</p>"]


def _figure(chart_svg: str) -> list[str]:
    caption = (
        "Who held which post when: the dark bar runs from an official's first sighting in a "
        "post to the last, each tick a sighting; the light bars are the windows in which the "
        "tenure began (below) and ended (above), reaching to the neighbouring holder's "
        "sightings. The tables below cite the sentences."
    )
    return [
        '<figure id="chart">',
        chart_svg.strip(),
        f"<figcaption>{escape(caption)}</figcaption>",
        "</figure>",
    ]


def report_html(report: Report, chart_svg: str | None = None) -> str:
    """The report as one self-contained HTML5 page (UTF-8), `chart_svg` inlined when given."""
    notes = Footnotes()
    span = (
        f"{report.date_span[0].isoformat()} to {report.date_span[1].isoformat()}"
        if report.date_span
        else "no dated issue"
    )
    versions = ", ".join(f"{k} {v}" for k, v in report.lexicon_versions.items())
    summary = [
        f"<li>Corpus: {escape(report.corpus_name)}: {len(report.issues)} issues, {span}</li>",
        f"<li>Lexicons: {escape(versions)}</li>",
        f'<li>Warnings: {report.n_warnings} (see <a href="#warnings">Warnings</a>)</li>',
    ]
    if report.generated:
        summary.append(f"<li>Generated: {escape(report.generated)}</li>")
    body = [
        f"<h1>{escape(report.title)}</h1>",
        '<ul class="summary">',
        *summary,
        "</ul>",
        "<p>Every date below is a sighting: the day an issue names the person in the post. "
        "Tenures begin and end inside the windows shown; footnotes quote the sentences.</p>",
        *(_figure(chart_svg) if chart_svg else []),
        '<h2 id="posts">Posts held by one person at a time</h2>',
    ]
    chained = [p for p in report.posts if len(p.chain.links) > 1]
    single = [p for p in report.posts if len(p.chain.links) == 1]
    for post in chained:
        body += _post_section(post, notes)
    if single:
        body += _single_section(single, notes)
    body += ['<h2 id="changes">Acting posts, career moves and conflicts</h2>']
    body += _changes_section(report, notes)
    body += ['<h2 id="careers">Careers</h2>', *_careers_section(report, notes)]
    body += ['<h2 id="people">People</h2>', *_people_section(report, notes)]
    body += ['<h2 id="sources">Sources</h2>', *_sources_section(report)]
    body += ['<h2 id="warnings">Warnings</h2>', *_warnings_section(report)]
    evidence = notes.definitions(report.issue_dates)
    body += ['<h2 id="evidence">Evidence</h2>']
    body += ['<ol class="evidence">', *evidence, "</ol>"] if evidence else ["<p>None.</p>"]
    head = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hans">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="roles">',
        f"<title>{escape(report.title)}</title>",
        '<link rel="icon" href="data:,">',
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    return "\n".join([*head, *body, "</main>", "</body>", "</html>"]) + "\n"
