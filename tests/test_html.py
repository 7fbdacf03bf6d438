"""The HTML report: well-formed, self-contained, footnotes as links numbered as the Markdown's,
escaped, deterministic, and the committed golden copy."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from selectolax.lexbor import LexborHTMLParser as Selectolax

from roles.html import report_html
from roles.markdown import report_markdown
from roles.pipeline import scan
from roles.report import build_report

from .conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"

CHART = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
    '<g class="mark-rect role-mark"><path d="M0,0h60v20h-60Z" fill="#4c78a8"/></g>'
    '<text x="2" y="35">周向军</text></svg>'
)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Checker(HTMLParser):
    """Tags balanced (void elements and `<x/>` aside), ids unique, links and sources gathered."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag, attrs) -> None:
        self._attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs) -> None:
        self._attrs(tag, attrs)

    def handle_endtag(self, tag) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def _attrs(self, tag, attrs) -> None:
        for name, value in attrs:
            if name == "id":
                self.ids.append(value)
            if name in ("href", "src", "xlink:href", "srcset", "action", "data"):
                self.links.append((tag, name, value or ""))


@pytest.fixture(scope="module")
def report(lex):
    return build_report(scan([SEEDS], lex), lex, "bundled seed issues")


@pytest.fixture(scope="module")
def page(report) -> str:
    return report_html(report, chart_svg=CHART)


@pytest.fixture(scope="module")
def checked(page: str) -> Checker:
    checker = Checker()
    checker.feed(page)
    checker.close()
    return checker


def test_page_is_well_formed_html5(page: str, checked: Checker) -> None:
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-Hans">')
    assert checked.doctype == "DOCTYPE html"
    assert not checked.errors and not checked.stack, (checked.errors, checked.stack)
    assert len(checked.ids) == len(set(checked.ids)), "ids are unique"
    tree = Selectolax(page)
    assert tree.css_first("meta[charset]").attributes["charset"] == "utf-8"
    assert tree.css_first("title").text() == "衢江区: officials and their posts"
    headings = [h.text() for h in tree.css("h2")]
    assert headings == [
        "Posts held by one person at a time",
        "Acting posts, career moves and conflicts",
        "Careers",
        "People",
        "Sources",
        "Warnings",
        "Evidence",
    ]


def test_nothing_is_fetched_or_run(page: str, checked: Checker) -> None:
    assert "<script" not in page.lower() and "javascript:" not in page.lower()
    assert "@import" not in page and "url(" not in page
    for tag, attribute, value in checked.links:  # only anchors in the page, and the blank icon
        assert value.startswith("#") or (tag, value) == ("link", "data:,"), (tag, attribute, value)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)


def test_every_footnote_link_resolves(page: str, checked: Checker) -> None:
    ids = set(checked.ids)
    targets = {value[1:] for _, _, value in checked.links if value.startswith("#")}
    assert targets and targets <= ids, targets - ids
    refs = re.findall(r'<a href="#ev-(\d+)" id="ref-(\d+)-(\d+)">(\d+)</a>', page)
    assert refs and all(a == b == shown for a, b, _, shown in refs)
    defined = re.findall(r'<li id="ev-(\d+)"', page)
    assert defined == [str(n) for n in range(1, len(defined) + 1)]
    assert {n for n, *_ in refs} == set(defined)  # every sentence cited, every citation defined
    for n in defined:  # each evidence links back to its first use
        assert f'id="ref-{n}-1"' in page and f'href="#ref-{n}-1"' in page


def test_footnotes_are_numbered_as_the_markdown(report, page: str) -> None:
    markdown = report_markdown(report)
    md_refs = re.findall(r"\[\^(\d+)\](?!:)", markdown.partition("## Evidence")[0])
    html_refs = re.findall(r'id="ref-(\d+)-\d+"', page)
    assert html_refs == md_refs
    md_defs = re.findall(r"^\[\^(\d+)\]: “(.+?)” — (\S+?),", markdown, re.M)
    html_defs = re.findall(r'<li id="ev-(\d+)" value="\d+">“(.+?)” — (\S+?),', page)
    assert [(n, d) for n, _, d in html_defs] == [(n, d) for n, _, d in md_defs]


def test_chains_tables_and_content(report, page: str) -> None:
    tree = Selectolax(page)
    chains = [p.text() for p in tree.css("p.chain")]
    assert chains == ["周向军 → 王慧杰 → 贵丽青", "徐惠文 → 贵丽青 → 祝升明", "王继明 → 郭林将"]
    rows = [[td.text() for td in tr.css("td")] for tr in tree.css("tbody tr")]
    assert ["acting-confirmed", "衢江区", "区长", "徐惠文", "2020-10-1927", "2022-07-153"] in rows
    assert any(r[:4] == ["career-move", "衢江区", "区长→区委书记", "贵丽青"] for r in rows)
    for tr in tree.css("tbody tr"):  # every fact row cites its evidence
        cells = [td.text() for td in tr.css("td")]
        if any(re.match(r"\d{4}-\d{2}-\d{2}", c) for c in cells) and not tr.css_first("code"):
            assert tr.css_first("sup a"), cells
    warnings = tree.css("h2#warnings + ul > li")
    assert len(warnings) == report.n_warnings == 2


def test_chart_is_inlined_in_a_figure_after_the_summary(report, page: str) -> None:
    assert CHART in page
    tree = Selectolax(page)
    figure = tree.css_first("figure")
    assert figure.css_first("svg g.mark-rect path") is not None
    assert figure.css_first("figcaption").text()
    assert page.index("</ul>") < page.index("<figure") < page.index('<h2 id="posts">')
    assert "<figure" not in report_html(report)


def test_text_is_escaped(report) -> None:
    hostile = dataclasses.replace(
        report,
        title="<b>衢江区</b> & <script>alert(1)</script>",
        corpus_name='"archive" <img src=x>',
        warnings=["<img src=https://example.com/x.png> & more"],
    )
    page = report_html(hostile)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;b&gt;衢江区&lt;/b&gt; &amp; &lt;script&gt;" in page
    assert "&lt;img src=https://example.com/x.png&gt; &amp; more" in page


def test_page_is_deterministic(lex, report, page: str) -> None:
    assert report_html(report, chart_svg=CHART) == page
    again = build_report(scan([SEEDS], lex), lex, "bundled seed issues")
    assert report_html(again) == report_html(report)


def test_page_matches_golden(report) -> None:
    page = report_html(report)  # no chart: the golden does not depend on the chart library
    golden = GOLDEN / "report.html"
    if not golden.exists():  # written for review, and the test fails until it is committed
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(page, encoding="utf-8", newline="\n")
        pytest.fail(f"wrote {golden}: review it and run the tests again")
    assert page == golden.read_text(encoding="utf-8")
