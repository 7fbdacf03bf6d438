"""HTML pages saved from e-paper and news sites: the article text, the page's date, the paper.

A saved page holds one article (a county news site, an e-paper's content_*.htm) or a whole page
of the paper (node_*.htm with several articles); around them sit mastheads, 版面导航 lists, image
maps of the page, breadcrumbs, sidebars, share bars, comments and footers. The page is parsed
with selectolax (lexbor), and nothing in it is executed. The text is found in three steps:

1. Every block (`<p>`, `<div>` text, `<br>`-separated line, table cell, heading) becomes one
   paragraph, in document order, marked with what it sits in: a content container, a boilerplate
   container (nav, footer, aside, and classes or ids such as breadcrumb, share, comment, bmdh),
   a heading, a link; hidden blocks, scripts, styles and form controls are never read.
2. The article bodies are the containers the e-paper and CMS systems print them in
   (`founder-content`, `#ozoom`, `.TRS_Editor`, `.article` …; several on one page are all kept);
   a page of none of these takes its largest run of sentence paragraphs between link lists.
   Headlines above a body (引题, 标题, 副题) are taken back to the first link list or text.
3. Lines that are boilerplate wherever they stand (版权所有, ICP备, 上一版, 当前位置, 发布时间 …,
   mastheads and dates on their own) are dropped, and so are paragraphs made mostly of links.

Paragraphs are separated by a blank line: the pipeline joins a single line break between
Chinese characters as an OCR artefact. The sponsor line (中共XX县委主办), read anywhere in the
page, footer included, opens the text, since it names the paper's home.

The page's date (basis "page") is, in order: a publishing `<meta>` (article:published_time,
PubDate, publishdate …), JSON-LD datePublished, a 发布时间/发布日期 line (or 来源 … 时间 …), and an
e-paper masthead or edition line (2021年3月9日 星期二; 《今日衢江》（2021年03月09日 第01版）)
outside the article bodies; else the date in the path (basis "path"). Dates in the body are events.

Measured 2026-11-30 on the 10 pages of tests/data/html (78 expected paragraphs; 184 strings of
boilerplate and script that must not appear), CPython 3.11, one core: these rules on selectolax
1.0.2 (lexbor) read 78/78 paragraphs, each as a paragraph of its own, and leaked none, at about
1,400 pages/s; the same rules on lxml 6.1.3 (lxml.html) 78/78 and none, at about 850 pages/s;
trafilatura 2.3.1's own extraction (favor_recall, no fallback) had 69/78 paragraphs somewhere
in its text but only 31/78 as paragraphs of their own, and 64 of the boilerplate strings, at
about 400 pages/s (with its fallbacks 67/78, 30/78, 53, at 200 pages/s), and it brings lxml,
jusText, courlan and htmldate along. For dates, htmldate 1.11 got 7 pages of 10, extensive
search or not (it reads no 发布日期 in a table cell nor a 《报名》 edition line, and prefers the
path's date to a <meta> one); the reader here got 10 of 10, at 0.02 ms a page on the paragraphs
already read, where htmldate spends 0.2 ms parsing the page again.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from roles import reading
from roles.dating import arabic_dates, make_date
from roles.sources import Source, SourceError
from roles.sources.urls import date_from_url

DATE_TOLERANCE = 3  # days by which a page's date and its path's date may differ unremarked

# --- decoding ------------------------------------------------------------------------------------

_CHARSET_SPAN = 16384  # bytes in which a <meta> charset is looked for
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)""", re.I)
# Sites that declare gb2312 or gbk print GBK and GB18030 characters (喆, 堃, 镕) all the same.
_GB = {"gb2312", "gbk", "gb18030", "cp936", "euc-cn", "x-gbk", "gb_2312-80"}
# Declarations that Chinese sites often get wrong: their bytes are tried as UTF-8 and GB18030 first.
_WEAK = {"ascii", "iso8859-1", "cp1252"}
_STRAY_BYTES = 1000  # a page with at most one bad character per this many bytes keeps its charset


def _codec(name: str) -> str | None:
    name = name.strip().lower()
    if name in _GB:
        return "gb18030"
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    return "gb18030" if found in _GB else found


def _declared(data: bytes) -> str | None:
    head = data[:_CHARSET_SPAN]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m[1].decode("ascii", "replace") if m else None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_page(data: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    """A page's text: BOM, else its declared charset, else `encoding`, else UTF-8 or GB18030."""
    warnings: list[str] = []
    for bom, codec in reading.BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise SourceError(f"bad {codec} after its byte order mark")
            return text.lstrip("\ufeff"), warnings
    sample = data[:4096]
    if sample.count(0) > len(sample) // 100:
        raise SourceError("binary file (NUL bytes), not HTML")
    declared = _declared(data)
    codec = _codec(declared) if declared else None
    if codec and codec not in _WEAK:
        if (text := _strict(data, codec)) is not None:
            return text, warnings
        text = data.decode(codec, "replace")
        bad = text.count("\ufffd")
        plural = "s" if bad > 1 else ""
        replaced = f"replaced {bad} byte{plural} not valid in the declared charset {declared}"
        if bad <= max(8, len(data) // _STRAY_BYTES):  # a few stray bytes: the declaration holds
            return text, [*warnings, replaced]
        for other in (_codec(encoding) if encoding else None, "utf-8", "gb18030"):
            if other and other != codec and (found := _strict(data, other)) is not None:
                return found, [*warnings, f"declared charset {declared} is wrong: read as {other}"]
        return text, [*warnings, replaced]
    if encoding:
        forced = _codec(encoding)
        if forced is None:
            raise SourceError(f"unknown encoding {encoding}")
        if (text := _strict(data, forced)) is None:
            raise SourceError(f"cannot decode as {encoding}")
        return text, warnings
    try:
        decoded = reading.decode(data)
    except reading.ReadError as exc:
        if codec:  # declared ascii or latin-1, and neither UTF-8 nor GB18030
            return data.decode(codec, "replace"), warnings
        raise SourceError(str(exc)) from None
    if decoded.warning:
        warnings.append(decoded.warning)
    return decoded.text, warnings


# --- paragraphs ----------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Never read: scripts, styles, form controls, embedded objects, the page's image map.
_SKIP = _words(
    "script style noscript template iframe frame frameset object embed applet svg math canvas "
    "map area select option optgroup datalist textarea button input img video audio source "
    "head title meta link base"
)
_BLOCK = _words(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tfoot tr td th caption "
    "section article header footer nav aside main blockquote pre address figure figcaption hr "
    "center form fieldset legend details summary body html menu dir"
)
_BOILER_TAGS = frozenset(("nav", "footer", "aside", "menu"))
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

# Class and id words of containers that hold no article text. A word matches a whole token of
# the class or id (split at spaces, - and _, trailing digits dropped), or begins or ends one
# (mainnav, navbox, sidebar2, bdsharebuttonbox); 'header' and 'top' are not among them, since
# article headers hold the headline.
_BOILER_WORDS = _words(
    "nav navi navbar navigation menu menus breadcrumb breadcrumbs crumb crumbs position location "
    "weizhi dqwz footer foot bottom copyright banquan banner sidebar side aside widget related "
    "relate xgxw xgwz xglj recommend share bshare bdshare jiathis fenxiang comment comments "
    "pinglun ad ads advert gg login search sousuo friend friendlink links yqlj pager pagination "
    "paging prenext prev next fenye toolbar tools print qrcode ewm erweima bmdh banmian pagenav "
    "catalogue catalog tag tags hot logo subscribe weather"
)
_BOILER_PREFIXES = (
    "nav", "menu", "crumb", "breadcrumb", "footer", "copyright", "sidebar", "share", "bdshare",
    "comment", "pinglun", "related", "banner", "pagenav", "qrcode", "friendlink",
)  # fmt: skip
_BOILER_SUFFIXES = ("nav", "menu", "footer", "crumb", "crumbs", "share", "comment", "comments")
_HEADING_WORD = re.compile(
    r"(?:^|[\s_-])(?:title|titles|biaoti|bt\d*|headline|heading|subtitle|pretitle|"
    r"subhead|font0?1)(?:$|[\s_-])",
    re.I,
)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Containers in which e-paper systems and CMSs print article bodies, most specific first. The
# first group with text wins; all its matches are bodies (a page of the paper holds several).
_BODY_SELECTORS = (
    "founder-content",
    "#ozoom",
    ".TRS_Editor, .TRS_UEDITOR, .Custom_UnionStyle",
    "#zoom, #Zoom",
    ".article-content, .article_content, #articleContent, .articleContent, #article_content, "
    ".article-body, .article_body, .newsdetatext, .news-content, .news_content, #newsContent, "
    ".newsContent, .news_txt, .content_text, .detail-content, .detail_content, .post-content, "
    ".entry-content, .art_con, .arc_content, .main-text",
    ".article, #article, article",
)
_BODY_MIN_CHARS = 30  # a group whose matches hold fewer characters is taken for empty


@dataclass
class Paragraph:
    text: str
    links: int  # characters inside <a>
    body: int | None  # index of the article body it lies in
    boiler: bool  # inside a boilerplate container
    heading: bool  # inside a heading (h1–h6, founder-title, class title …)
    h1: bool = False


@dataclass
class _Context:
    body: int | None = None
    boiler: bool = False
    heading: bool = False
    h1: bool = False
    link: bool = False


_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACE_RUN = re.compile("[ \t\r\n\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_HAS_WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff\uff10-\uff19]")


def _space(m: re.Match[str]) -> str:
    return "\u3000" if "\u3000" in m[0] else " "


def normalise(text: str) -> str:
    """Runs of spaces, line breaks and nbsp become one space; a run holding a full-width space
    becomes one full-width space (it separates a résumé line's dates from its post)."""
    text = _ZERO_WIDTH.sub("", text)
    return _SPACE_RUN.sub(_space, text).strip(" \u3000")


def _tokens(value: str) -> list[str]:
    return [t.rstrip("0123456789").lower() for t in _TOKEN_SPLIT.split(value) if t]


def _is_boiler(attrs: dict[str, str | None]) -> bool:
    for key in ("class", "id"):
        if not (value := attrs.get(key)):
            continue
        for token in _tokens(value):
            if token in _BOILER_WORDS or (
                len(token) > 4
                and (token.startswith(_BOILER_PREFIXES) or token.endswith(_BOILER_SUFFIXES))
            ):
                return True
    return False


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    style = attrs.get("style")
    return "hidden" in attrs or bool(style and _HIDDEN_STYLE.search(style))


def _bodies(tree: LexborHTMLParser) -> list[LexborNode]:
    for selector in _BODY_SELECTORS:
        found = tree.css(selector)
        if not found:
            continue
        ids = {n.mem_id for n in found}
        outer = []
        for node in found:
            parent = node.parent
            while parent is not None and parent.mem_id not in ids:
                parent = parent.parent
            if parent is None:
                outer.append(node)
        if sum(len(_SPACE_RUN.sub("", n.text(deep=True))) for n in outer) >= _BODY_MIN_CHARS:
            return outer
    return []


def paragraphs(root: LexborNode, bodies: list[LexborNode]) -> list[Paragraph]:
    """The blocks of text under `root` in document order, each marked with where it stands."""
    body_index = {n.mem_id: i for i, n in enumerate(bodies)}
    out: list[Paragraph] = []
    buffer: list[tuple[str, _Context]] = []

    def flush() -> None:
        if not buffer:
            return
        text = normalise("".join(t for t, _ in buffer))
        if text and _HAS_WORD.search(text):
            first = next((c for t, c in buffer if t.strip()), buffer[0][1])
            links = sum(len(t.strip()) for t, c in buffer if c.link)
            out.append(
                Paragraph(
                    text,
                    links,
                    first.body,
                    any(c.boiler for t, c in buffer if t.strip()),
                    any(c.heading for t, c in buffer if t.strip()),
                    first.h1,
                )
            )
        buffer.clear()

    # An explicit stack (pages nest thousands deep) of nodes with their context; None in place
    # of a node marks the end of a block.
    stack: list[tuple[LexborNode | None, _Context]] = [(root, _Context())]
    while stack:
        node, ctx = stack.pop()
        if node is None:  # a block ends
            flush()
            continue
        tag = node.tag
        if tag == "-text":
            if text := node.text_content:
                buffer.append((text, ctx))
            continue
        if tag is None or tag.startswith("-") or tag in _SKIP:
            continue
        if tag == "br":
            flush()
            continue
        attrs = node.attributes
        if _is_hidden(attrs):
            continue
        new = ctx
        index = body_index.get(node.mem_id)
        if index is not None:
            new = _Context(body=index)
        else:
            boiler = ctx.boiler or tag in _BOILER_TAGS or _is_boiler(attrs)
            heading = (
                ctx.heading
                or tag in _HEADING_TAGS
                or (tag.startswith("founder-") and "title" in tag)
            )
            if not heading and (cls := attrs.get("class")) and _HEADING_WORD.search(cls):
                heading = True
            link = ctx.link or tag == "a"
            if (boiler, heading, link) != (ctx.boiler, ctx.heading, ctx.link) or tag == "h1":
                new = _Context(ctx.body, boiler, heading, ctx.h1 or tag == "h1", link)
        block = index is not None or tag in _BLOCK or "-" in tag
        if block:
            flush()
            stack.append((None, new))
        children = list(node.iter(include_text=True))
        stack.extend((child, new) for child in reversed(children))
    flush()
    return out


# --- what is boilerplate wherever it stands ------------------------------------------------------

_SHORT = 120  # a line this long or longer is text, whatever words it holds
# Page furniture that no sentence of an article holds …
_FURNITURE = re.compile(
    r"版权所有|版权归|ICP备|ICP证|公网安备|网安备|Copyright|All Rights Reserved|©|上一版|下一版|"
    r"上一篇|下一篇|版面导航|标题导航|本版导航|往期回顾|打印本页|打印此文|打印文章|打印本文|关闭窗口|"
    r"【字体|网站地图|设为首页|加入收藏|责任编辑|责编[:：]",
    re.I,
)
# … and words that are furniture only in a line that is no sentence (技术支持：XX公司, but not
# 为企业提供技术支持。; 相关新闻 but not 召开相关新闻发布会，…)
_FURNITURE_WORDS = re.compile(
    r"技术支持|当前位置|您的位置|现在的位置|所在位置|字号[:：]|分享到|扫一扫|扫码关注|扫描二维码|"
    r"浏览次数|阅读次数|点击数|点击次数|联系我们|关于我们|主办单位|承办单位|未经.{0,8}授权|"
    r"不得转载|禁止转载|上一期|下一期|上一条|下一条|PDF下载|下载PDF|版面目录|本版新闻|相关新闻|"
    r"相关阅读|相关文章|相关链接|推荐阅读|热点排行|网友评论|发表评论|我要评论|编辑[:：]|审核[:：]|"
    r"校对[:：]",
    re.I,
)
_EDITION = re.compile(r"^[（(]?第?\s*[A-Z]?\d{1,3}\s*版(?:[:：]|$)|^第\s*\d+\s*期")
_LABEL = r"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|发布于|更新时间|稿件日期)"
_INFO_LINE = re.compile(
    _LABEL + r"|(?:来源|作者|稿源|稿件来源|信息来源|文章来源|浏览|点击)[:：]|"
    r"(?<![\u3400-\u9fff])(?:时间|日期)[:：]"
)
_DATE = re.compile(
    r"((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?"
)
_FULL_DATE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"(?:\s*[（(]?\s*(?:星期|周)([一二三四五六日天]))?"
)
_DATE_LINE_MAX = 40  # a short line holding a full date is a masthead or a dateline, not text
_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?", ";")


def is_boilerplate(text: str) -> bool:
    """A line that is navigation, a footer, page furniture or the page's metadata."""
    if len(text) >= _SHORT:
        return False
    if _FURNITURE.search(text):
        return True
    if text.endswith(_SENTENCE_ENDS) or "，" in text:  # a sentence
        return False
    if _FURNITURE_WORDS.search(text) or _INFO_LINE.search(text) or _EDITION.search(text):
        return True
    # a date on its own line (a masthead, a signature)
    return len(text) <= _DATE_LINE_MAX and bool(_DATE.search(arabic_dates(text)))


def _link_dense(p: Paragraph) -> bool:
    return p.links > 0 and p.links * 2 >= len(p.text.replace(" ", ""))


# --- choosing the text ---------------------------------------------------------------------------

_SENTENCE = re.compile(r"[。！？；]|[，、].*[，、。]")
_HEADLINE_MAX = 100
_PLAIN_MAX = 60  # an unmarked line above a headline (引题, a byline) is at most this long
_LOOK_BACK = 30
_RUN_MIN = 6  # a paragraph of the text, when no container names it, is a sentence this long


def _headlines(paras: list[Paragraph], first: int) -> list[int]:
    """The headlines printed above the body starting at paragraph `first`: marked headings and
    the short unmarked lines next to them (引题, 副题, a byline), back to a link list, a body or
    text. Page furniture between headline and body (an info line, a share bar) is passed over;
    above a headline, it ends the headlines."""
    kept: list[int] = []
    seen_heading = False
    above = 0  # unmarked lines kept above the topmost headline so far
    for j in range(first - 1, max(-1, first - 1 - _LOOK_BACK), -1):
        p = paras[j]
        if p.body is not None:
            break
        if p.boiler or is_boilerplate(p.text):
            if seen_heading:
                break
            continue
        dense = _link_dense(p)
        if p.heading and len(p.text) <= _HEADLINE_MAX and (p.h1 or not dense):
            kept.append(j)
            seen_heading, above = True, 0
            continue
        if dense or len(p.text) > _PLAIN_MAX or p.text.endswith(_SENTENCE_ENDS):
            break
        if seen_heading:
            if above:
                break
            above += 1
        kept.append(j)
    return sorted(kept) if seen_heading else []


def _runs(paras: list[Paragraph]) -> list[tuple[int, int, int]]:
    """Runs of sentence paragraphs not broken by a link list: (first, last, characters)."""
    runs: list[tuple[int, int, int]] = []
    start = last = None
    chars = 0
    for i, p in enumerate(paras):
        if p.boiler or _link_dense(p):
            if start is not None and not p.boiler:
                runs.append((start, last, chars))
                start, chars = None, 0
            continue
        if len(p.text) >= _RUN_MIN and _SENTENCE.search(p.text) and not is_boilerplate(p.text):
            if start is None:
                start = i
            last, chars = i, chars + len(p.text)
    if start is not None and last is not None:
        runs.append((start, last, chars))
    return runs


def select_text(paras: list[Paragraph], bodies: int) -> tuple[list[int], range]:
    """The paragraphs (indices) of the headlines and bodies of every article on the page, and
    the paragraphs from the first article's headline to its body (empty without a headline)."""
    spans: list[tuple[int, int]] = []
    if bodies:
        for b in range(bodies):
            members = [i for i, p in enumerate(paras) if p.body == b]
            if members:
                spans.append((members[0], members[-1]))
    else:
        runs = _runs(paras)
        if runs:
            best = max(r[2] for r in runs)
            spans = [(a, z) for a, z, chars in runs if chars * 2 >= best]
    keep: set[int] = set()
    head = range(0)
    for first, last in spans:
        headlines = _headlines(paras, first)
        if headlines and not head:
            head = range(headlines[0], first)
        keep.update(headlines)
        for i in range(first, last + 1):
            p = paras[i]
            if bodies and p.body is None:
                continue
            if p.boiler or _link_dense(p) or is_boilerplate(p.text):
                continue
            keep.add(i)
    return sorted(keep), head


# --- sponsor, dates, paper -----------------------------------------------------------------------

# 中共衢州市衢江区委主办 (as roles.dating reads it), in a line of its own: not 由中共XX县委主办的…
_SPONSOR = re.compile(
    r"(?<!由)中共[\u4e00-\u9fff]{2,24}?(?:委员会|委)(?:机关报|主管主办|主管|主办)"
)
_SPONSOR_LINE_MAX = 60


def sponsor_in(text: str) -> str | None:
    """The sponsor a masthead or footer line names, or None."""
    if len(text) > _SPONSOR_LINE_MAX or text.endswith(_SENTENCE_ENDS):
        return None
    return m[0] if (m := _SPONSOR.search(text)) else None


_PUBLISHED_META = (
    "article:published_time",
    "og:release_date",
    "og:published_time",
    "publishdate",
    "publish_date",
    "publish-date",
    "publishtime",
    "pubdate",
    "pubtime",
    "firstpublishedtime",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "releasedate",
    "date",
)
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_LABELLED = re.compile(_LABEL + r"\s*[:：]?\s*" + _DATE.pattern)
_SOURCE_LABEL = re.compile(r"(?:来源|稿源|作者|编辑)[:：]")
_TODAY = re.compile(r"(?:今天是|今日是|今天|今日|现在是|当前时间)[:：\s]*$")
_WITH_EDITION = re.compile(r"^\s*(?:第\s*\d+\s*[版期]|[A-Z]?\d{1,2}\s*版)")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|星期[一二三四五六日天]|周[一二三四五六日天]")
WEEKDAYS = "一二三四五六日"


def _date_in(text: str) -> dt.date | None:
    for pattern in (_DATE, _COMPACT_DATE):
        for m in pattern.finditer(text):
            if (d := make_date(int(m[1]), int(m[2]), int(m[3]))) and 1949 <= d.year <= 2100:
                return d
    return None


def meta_date(metas: list[dict[str, str | None]], html_text: str) -> dt.date | None:
    """The date a publishing <meta> gives (or JSON-LD's datePublished)."""
    found: dict[str, str] = {}
    for attrs in metas:
        key = attrs.get("name") or attrs.get("property") or attrs.get("itemprop")
        key = key or attrs.get("http-equiv")
        if key and (content := attrs.get("content")):
            found.setdefault(key.strip().lower(), content)
    for key in _PUBLISHED_META:
        if key in found and (d := _date_in(found[key])):
            return d
    for m in _LD_PUBLISHED.finditer(html_text):
        if d := _date_in(m[1]):
            return d
    return None


@dataclass(frozen=True)
class _Masthead:
    date: dt.date
    warning: str | None


def _masthead(text: str, numeric: bool, plain: bool) -> _Masthead | None:
    """A masthead or edition line's date: 2021年3月9日 星期二, 《今日衢江》（2021年03月09日
    第01版）, with `plain` also 2021年03月09日 on a line of its own, with `numeric` also
    2021-03-09 10:21 on a line of its own; never a 今天是 … line (the day the page was viewed)."""
    text = arabic_dates(text)
    for m in (_DATE if numeric else _FULL_DATE).finditer(text):
        if _TODAY.search(text, 0, m.start()):
            continue
        date = make_date(int(m[1]), int(m[2]), int(m[3]))
        if date is None:
            continue
        weekday = None if numeric else m[4]
        edition = bool(_WITH_EDITION.search(text[m.end() :].lstrip("\u3000 （(")))
        if not (weekday or edition or "《" in text[: m.start()]):
            rest = _CLOCK.sub("", text[: m.start()] + text[m.end() :])
            if not (plain or numeric) or _HAS_WORD.search(rest):
                continue
        warning = None
        if (
            weekday
            and (printed := "日" if weekday == "天" else weekday) != WEEKDAYS[date.weekday()]
        ):
            warning = (
                f"masthead says 星期{printed} but {date.isoformat()} is a "
                f"星期{WEEKDAYS[date.weekday()]}"
            )
        return _Masthead(date, warning)
    return None


def page_date(
    metas: list[dict[str, str | None]], html_text: str, paras: list[Paragraph], head: range
) -> tuple[dt.date | None, list[str]]:
    """The date the page prints for itself, and any warning about it. `head` is the first
    article's headline and what stands below it: a date on a line of its own is read there."""
    if d := meta_date(metas, html_text):
        return d, []
    for p in paras:
        labelled = _LABELLED.search(p.text) if len(p.text) < _SHORT else None
        if labelled and (d := make_date(int(labelled[1]), int(labelled[2]), int(labelled[3]))):
            return d, []
    for p in paras:
        info = p.body is None and len(p.text) < _SHORT and _SOURCE_LABEL.search(p.text)
        if info and (d := _date_in(p.text)):
            return d, []
    # a masthead (2021年3月9日 星期二) or edition line anywhere but in a body (and a 年月日 date
    # on a line of its own, but not in a link list or a footer); then a date such as 2021-03-09
    # on a line of its own under the headline
    for numeric, indices in ((False, range(len(paras))), (True, head)):
        for i in indices:
            p = paras[i]
            if p.body is not None or len(p.text) > _DATE_LINE_MAX or _link_dense(p):
                continue
            if masthead := _masthead(p.text, numeric, plain=not p.boiler):
                return masthead.date, [masthead.warning] if masthead.warning else []
    return None, []


_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜·•]|--+|—+|–|\s-\s|-|\s{2,})\s*")
_PAPER = re.compile(
    r"^(?:今日[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|报|新闻网|新闻|网|在线|"
    r"融媒|电视台))$"
)
_PAPER_SUFFIX = re.compile(r"(?:数字报|电子报|电子版|数字版|手机版|网络版|官网|首页)$")


def paper_name(title: str, sites: list[str], headlines: set[str]) -> str | None:
    """The paper or site a page's <title> names (今日衢江-2021年03月09日-第01版：要闻 → 今日衢江;
    标题_衢江新闻网 → 衢江新闻网), else its og:site_name; None when neither names one."""
    for source in (title, *sites):
        parts = [normalise(p) for p in _TITLE_SPLIT.split(normalise(source))]
        names = []
        for part in parts:
            name = _PAPER_SUFFIX.sub("", part).strip("《》") or part
            if name in headlines or name.startswith("关于") or not _PAPER.match(name):
                continue
            names.append(name)
        if names:
            preferred = [n for n in names if n.startswith("今日") or n.endswith("报")]
            return (preferred or names)[-1] if len(names) > 1 else names[0]
    return None


def site_names(metas: list[dict[str, str | None]]) -> list[str]:
    return [
        content
        for attrs in metas
        if (attrs.get("property") or attrs.get("name") or "").lower()
        in ("og:site_name", "sitename", "site_name")
        and (content := attrs.get("content"))
    ]


# --- the page ------------------------------------------------------------------------------------

_TAG = re.compile(r"<(?:!doctype|html|head|body|meta|title|div|p|table|br|span|a|font|td)\b", re.I)


def html_sources(data: bytes, path: str, doc: str, encoding: str | None = None) -> list[Source]:
    """One Source for a saved page: its articles' text, its date and its paper."""
    if not data.strip():
        raise SourceError("empty file")
    html_text, warnings = decode_page(data, encoding)
    if not _TAG.search(html_text, 0, 1 << 16):
        raise SourceError("not HTML (no tags)")
    tree = LexborHTMLParser(html_text)
    root = tree.body or tree.root
    if root is None:
        raise SourceError("no text in the page")
    bodies = _bodies(tree)
    paras = paragraphs(root, bodies)
    kept, head = select_text(paras, len(bodies))
    sponsor = next((found for p in paras if (found := sponsor_in(p.text))), None)
    lines: list[str] = [sponsor] if sponsor else []
    for i in kept:
        line = paras[i].text
        if line != (lines[-1] if lines else None) and not (sponsor and sponsor_in(line)):
            lines.append(line)
    if len(lines) <= bool(sponsor):
        raise SourceError("no article text in the page")
    text = "\n\n".join(lines)

    metas = [meta.attributes for meta in tree.css("meta")]
    date, date_warnings = page_date(metas, html_text, paras, head)
    warnings += date_warnings
    basis = "page" if date else None
    path_date = date_from_url(path)
    if date is None and path_date is not None:
        date, basis = path_date, "path"
    elif date and path_date and abs((date - path_date).days) > DATE_TOLERANCE:
        warnings.append(f"page date {date} and path date {path_date} disagree")

    title_node = tree.css_first("title")
    title = title_node.text(deep=True) if title_node else ""
    paper = paper_name(title, site_names(metas), {p.text for p in paras if p.heading})
    return [
        Source(
            doc=doc,
            text=text,
            date=date,
            date_basis=basis,
            paper=paper,
            warnings=tuple(warnings),
        )
    ]
