"""Markdown formatting of a report: chains, tenure tables, Mermaid gantt charts, footnotes.

Every fact cites its evidence as a footnote (`[^3]`) whose definition quotes the sentence and
names the issue date and file; one sentence is one footnote however often it is cited.
"""

from __future__ import annotations

import datetime as dt

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


class Footnotes(Citations):
    """Markdown footnotes: `[^3]`, defined at the end."""

    def ref(self, citation: Citation) -> str:
        return f"[^{self.number(citation)}]"

    def definitions(self, issue_dates: dict[str, dt.date | None]) -> list[str]:
        return [
            f"[^{n}]: “{_escape(c.sentence)}” — {c.date.isoformat()}{printed}, `{c.doc}`"
            for n, c, printed in self.numbered(issue_dates)
        ]


def _escape(text: str) -> str:
    """Keep a cell or a quote on one line and out of Markdown's way."""
    return " ".join(text.split()).replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _date(value: dt.date | None, open_text: str = "open") -> str:
    return value.isoformat() if value is not None else open_text


def _window(earliest: dt.date | None, latest: dt.date | None) -> str:
    if earliest is None:
        return f"by {_date(latest)}"
    return f"{earliest.isoformat()} … {_date(latest)}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def gantt(jurisdiction: str, posts: list[Post]) -> list[str]:
    """One Mermaid gantt (it renders on GitHub and GitLab) of a jurisdiction's single-holder
    posts: for each tenure the window it began in (done), the attested span, and the window it
    ended in (done); acting spans are marked active."""
    lines = [
        "```mermaid",
        "gantt",
        f"    title {jurisdiction}: who held which post when",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %Y",
    ]
    task = 0
    for post in posts:
        lines.append(f"    section {post.role}")
        for t in post.tenures:
            name = t["person"] + ("（代）" if t["acting"] and not t["confirmed"] else "")
            spans = []
            if t["start_earliest"] is not None and t["start_earliest"] < t["first_seen"]:
                spans.append(
                    (f"{name} took office", "done, ", t["start_earliest"], t["first_seen"])
                )
            end = t["last_seen"] + dt.timedelta(days=1)  # a single sighting still shows as a day
            tags = "active, " if t["acting"] else ""
            spans.append((f"{name} seen", tags, t["first_seen"], end))
            if t["end_latest"] is not None and t["end_latest"] > t["last_seen"]:
                spans.append((f"{name} left", "done, ", end, t["end_latest"]))
            for label, tag, start, stop in spans:
                task += 1
                lines.append(f"    {label} :{tag}t{task}, {start.isoformat()}, {stop.isoformat()}")
    lines.append("```")
    return lines


def _post_section(post: Post, notes: Footnotes) -> list[str]:
    names = " → ".join(link.person for link in post.chain.links)
    lines = [f"### {post.jurisdiction} {post.role}", "", f"**{names}**", ""]
    rows = []
    for t in post.tenures:
        acting = (
            "acting"
            if t["acting"] and not t["confirmed"]
            else ("acting, then confirmed" if t["acting"] else "")
        )
        rows.append(
            [
                t["person"],
                t["first_seen"].isoformat() + notes.ref(first_citation(t)),
                t["last_seen"].isoformat() + notes.ref(last_citation(t)),
                _window(t["start_earliest"], t["start_latest"]),
                f"{t['end_earliest'].isoformat()} … {_date(t['end_latest'])}",
                str(t["sightings"]),
                acting,
            ]
        )
    header = ["person", "first seen", "last seen", "took office", "left office", "issues", "acting"]
    lines += _table(header, rows)
    if post.chain.conflicts:
        lines += ["", f"⚠ {post.chain.conflicts} conflict(s) in this post: see *Changes*."]
    lines.append("")
    return lines


def _changes_section(report: Report, notes: Footnotes) -> list[str]:
    if not report.moves:
        return ["No acting posts, career moves or conflicts were seen.", ""]
    rows = []
    for m in report.moves:
        cite_from, cite_to = change_citations(m)
        who = m["from"] if m["from"] == m["to"] else f"{m['from']} / {m['to']}"
        rows.append(
            [
                m["kind"],
                m["jurisdiction"],
                m["role"],
                who,
                _date(m["after"], "?") + notes.ref(cite_from),
                m["before"].isoformat() + notes.ref(cite_to),
            ]
        )
    return [*_table(["kind", "jurisdiction", "post", "person", "after", "by"], rows), ""]


def _career_cell(row: dict | None, notes: Footnotes) -> str:
    if row is None:
        return "— (not in these issues)"
    when = row["first_seen"] or row["start_latest"]
    dated = f", {when.isoformat()}" if when else f", before {row['end_latest'].isoformat()}"
    cite = notes.ref(career_citation(row))
    return f"{row['jurisdiction']} {row['role']} ({row['basis']}{dated}){cite}"


def _careers_section(report: Report, notes: Footnotes) -> list[str]:
    if not report.careers:
        return ["No top post of the home was seen.", ""]
    lines = [
        "Where the holders of the home's top posts came from and went next, as far as these",
        "issues tell (sightings, dated career histories, and former posts: 原…, 曾任…).",
        "",
    ]
    for post in report.careers:
        rows = [
            [
                h.person_id,
                _career_cell(h.came_from, notes),
                _career_cell(h.post, notes),
                _career_cell(h.went_to, notes),
            ]
            for h in post.holders
        ]
        lines += [f"### {post.jurisdiction} {post.role}", ""]
        lines += [*_table(["person", "came from", "in the post", "went to"], rows), ""]
    return lines


def _people_section(report: Report, notes: Footnotes) -> list[str]:
    lines = []
    for person, posts in report.people.items():
        lines += [f"### {person}", ""]
        for t in posts:
            span = notes.seen_span(t)
            acting = " (acting)" if t["acting"] and not t["confirmed"] else ""
            lines.append(f"- {t['jurisdiction']} {t['role']}{acting}: {span}")
        lines.append("")
    return lines


def _sources_section(report: Report) -> list[str]:
    rows = [
        [
            f"`{i['doc']}`",
            _date(i["issue_date"], "—"),
            i["date_basis"] or "—",
            i["issue_no"] or "—",
            i["home"] or "—",
            str(i["mentions"]),
        ]
        for i in report.issues
    ]
    return [*_table(["file", "issue date", "dated by", "no.", "home", "mentions"], rows), ""]


def _warnings_section(report: Report) -> list[str]:
    lines = [f"- {_escape(w)}" for w in report.warnings]
    lines += [f"- name read with low confidence: {p} ({why})" for p, why in report.low_confidence]
    return [*(lines or ["None."]), ""]


def report_markdown(report: Report, chart_file: str | None = None) -> str:
    """The report as Markdown; `chart_file`, the tenure chart's file beside it, is linked."""
    notes = Footnotes()
    span = (
        f"{report.date_span[0].isoformat()} to {report.date_span[1].isoformat()}"
        if report.date_span
        else "no dated issue"
    )
    versions = ", ".join(f"{k} {v}" for k, v in report.lexicon_versions.items())
    lines = [
        f"# {report.title}",
        "",
        f"- Corpus: {report.corpus_name}: {len(report.issues)} issues, {span}",
        f"- Lexicons: {versions}",
        f"- Warnings: {report.n_warnings} (see *Warnings*)",
    ]
    if report.generated:
        lines.append(f"- Generated: {report.generated}")
    lines += [
        "",
        "Every date below is a sighting: the day an issue names the person in the post. Tenures",
        "begin and end inside the windows shown; footnotes quote the sentences.",
        "",
    ]
    if chart_file:
        lines += [f"![{report.title}: the tenure chart]({chart_file})", ""]
    lines += ["## Posts held by one person at a time", ""]
    chained = [p for p in report.posts if len(p.chain.links) > 1]
    single = [p for p in report.posts if len(p.chain.links) == 1]
    for post in chained:
        lines += _post_section(post, notes)
    by_place: dict[str, list[Post]] = {}
    for post in report.posts:
        by_place.setdefault(post.jurisdiction, []).append(post)
    for place, posts in by_place.items():
        if any(len(p.chain.links) > 1 for p in posts):
            lines += [*gantt(place, posts), ""]
    if single:
        lines += ["### Posts with one holder seen", ""]
        rows = [
            [
                p.jurisdiction,
                p.role,
                p.tenures[0]["person"],
                p.tenures[0]["first_seen"].isoformat() + notes.ref(first_citation(p.tenures[0])),
                p.tenures[0]["last_seen"].isoformat() + notes.ref(last_citation(p.tenures[0])),
            ]
            for p in single
        ]
        lines += [*_table(["jurisdiction", "post", "person", "first seen", "last seen"], rows), ""]
    lines += ["## Acting posts, career moves and conflicts", "", *_changes_section(report, notes)]
    lines += ["## Careers", "", *_careers_section(report, notes)]
    lines += ["## People", "", *_people_section(report, notes)]
    lines += ["## Sources", "", *_sources_section(report)]
    lines += ["## Warnings", "", *_warnings_section(report)]
    lines += ["## Evidence", "", *notes.definitions(report.issue_dates)]
    return "\n".join(lines).rstrip("\n") + "\n"
