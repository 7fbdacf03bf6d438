"""Saved HTML pages (roles.sources.html): article text, dates, paper names, charsets.

The pages under tests/data/html are written for these tests in the markup of the common e-paper
systems (方正 founder-content / #ozoom, 版面导航, image maps of the page, a page of several
articles) and county news sites (TRS_Editor, 来源/发布时间 lines, sidebars, footers); their
sentences and names are invented, the places are real.
"""

from __future__ import annotations

import datetime as dt
import gzip
from dataclasses import dataclass
from pathlib import Path

import pytest

from roles.matching import Matcher
from roles.pipeline import extract_text
from roles.sources import Source, SourceError
from roles.sources.html import html_sources, is_boilerplate, normalise, paper_name

HTML = Path(__file__).resolve().parent / "data" / "html"


@dataclass(frozen=True)
class Page:
    path: str  # under tests/data/html
    paper: str | None
    date: dt.date | None
    basis: str | None
    paragraphs: tuple[str, ...]  # each a whole paragraph of the text, in this order
    absent: tuple[str, ...]  # boilerplate and script text that must not be read
    officials: tuple[tuple[str, str], ...] = ()  # (person, role) the matcher must find
    warnings: tuple[str, ...] = ()


# Read on every page: the footer, the pager, the page's scripts.
ALWAYS_ABSENT = ("版权所有", "ICP", "上一版", "下一版", "上一篇", "下一篇", "function", "<")

PAGES = (
    Page(
        # 方正 e-paper article page: masthead with weekday, 版面导航, image map, 标题导航
        "epaper/2021-03/09/content_21345.htm",
        paper="今日衢江",
        date=dt.date(2021, 3, 9),
        basis="page",
        paragraphs=(
            "中共衢州市衢江区委主办",
            "聚焦高质量发展",
            "区委常委会召开扩大会议",
            "研究部署今年重点工作",
            "本报讯（记者 张敏 通讯员 陈晓）3月8日，区委书记林海波主持召开区委常委会扩大会议，传达学习全省有关会议精神，研究部署今年重点工作。",
            "区委副书记、区长许文杰，区人大常委会主任郑国庆，区政协主席吴秋华出席会议。",
            "会议指出，2020年全区地区生产总值增长4.1%，经济社会发展取得明显成效。今年是“十四五”开局之年，要以项目建设为抓手，确保一季度实现“开门红”。",
            "林海波强调，要抓紧谋划一批打基础、利长远的重大项目，力争2025年底前高铁新城基本建成。",
        ),
        absent=(
            "版面导航",
            "本版标题导航",
            "第02版",
            "全区春季植树活动启动",
            "往期回顾",
            "打印本页",
            "关闭窗口",
            "技术支持",
            "今日衢江报社出版",
            "星期二",
            "第3388期",
            "赵立新",
            "欢迎您",
            "本版内容",
        ),
        officials=(
            ("林海波", "区委书记"),
            ("许文杰", "区委副书记"),
            ("许文杰", "区长"),
            ("郑国庆", "区人大常委会主任"),
            ("吴秋华", "区政协主席"),
        ),
    ),
    Page(
        # no date in the page: the e-paper path dates it; <br>-separated lines; no paper in <title>
        "epaper/2016-08/23/content_160614.htm",
        paper=None,
        date=dt.date(2016, 8, 23),
        basis="path",
        paragraphs=(
            "中共常山县委主办",
            "县委理论学习中心组举行专题学习会",
            "邵明远主持并讲话",
            "本报讯 （记者 胡晓燕）8月22日，县委理论学习中心组举行专题学习会。县委书记邵明远主持并讲话。",
            "县委副书记、县长程立新，县人大常委会主任叶建平，县政协主席金秀英等参加学习。",
            "会上，县委常委、组织部部长 方卫东领学了有关文件精神。邵明远指出，今年7月以来，全县上下克服高温天气影响，项目推进总体顺利。",
            "邵明远要求，各级党组织要把学习成果转化为推动发展的实际行动，确保完成全年目标任务。",
        ),
        absent=("A2版", "我县开展防汛应急演练", "版面导航", "标题导航", "常山报社出版", "不得转载"),
        officials=(
            ("邵明远", "县委书记"),
            ("程立新", "县长"),
            ("叶建平", "县人大常委会主任"),
            ("金秀英", "县政协主席"),
        ),
    ),
    Page(
        # declared gb2312, holds GBK characters (喆, 堃); <div> blocks; 发布日期 line
        "news/kaihua/art_1229_4460123.html",
        paper="开化新闻网",
        date=dt.date(2019, 5, 13),
        basis="page",
        paragraphs=(
            "汪喆到华埠镇调研乡村振兴工作",
            "5月11日，副县长汪喆带队到华埠镇调研乡村振兴工作。",
            "汪喆一行先后走访了金星村、新青阳村等地，详细了解美丽乡村建设、农村产业发展等情况。在金星村，汪喆与村干部座谈，听取2018年以来村集体经济增收情况汇报。",
            "华埠镇党委书记余志堃，镇长蔡丽君陪同调研。",
            "汪喆指出，要坚持规划先行，把生态优势转化为发展优势，到2022年底全面消除集体经济薄弱村。",
        ),
        absent=(
            "您现在的位置",
            "开化要闻",
            "发布日期",
            "点击数",
            "相关新闻",
            "县政府召开常务会议",
            "主办：",
            "联系电话",
            "今天是",
        ),
        officials=(("汪喆", "副县长"), ("余志堃", "党委书记"), ("蔡丽君", "镇长")),
    ),
    Page(
        # county news site: TRS_Editor, PubDate meta, 来源/发布时间 line, sidebar, share bar
        "news/qjnews/2021/03/09/art_3415_1987654.html",
        paper="衢江新闻网",
        date=dt.date(2021, 3, 9),
        basis="page",
        paragraphs=(
            "许文杰调研重点项目建设",
            "衢江新闻网讯（记者 王琳）3月8日，区委副书记、区长许文杰带队调研重点项目建设，现场协调解决项目推进中的困难和问题。",
            "许文杰一行先后来到高铁新城、廿里镇工业功能区等地，实地察看项目进展。3月1日至5日，全区已有12个项目集中开工，总投资逾60亿元。",
            "许文杰（中）在项目现场察看进展情况 记者 王琳 摄",
            "许文杰指出，2020年全区固定资产投资逆势增长，今年要继续盯紧目标，力争全年完成投资150亿元以上。",
            "副区长陈立明参加调研。",
        ),
        absent=(
            "当前位置",
            "衢江要闻",
            "请输入关键词",
            "搜索",
            "来源：",
            "发布时间",
            "浏览次数",
            "字体",
            "责任编辑",
            "周丽",
            "分享到",
            "热点排行",
            "全区春季植树活动启动",
            "扫一扫",
            "网站地图",
            "主办单位",
            "技术支持",
            "_hmt",
            "shareTitle",
        ),
        officials=(("许文杰", "区长"), ("许文杰", "区委副书记"), ("陈立明", "副区长")),
    ),
    Page(
        # a whole page of the paper: several articles, each kept with its headlines
        "epaper/html/2023-10/24/node_2.htm",
        paper="今日常山",
        date=dt.date(2023, 10, 24),
        basis="page",
        paragraphs=(
            "中共常山县委主办",
            "县人大常委会开展民生实事项目视察",
            "本报讯（记者 徐丹）10月20日，县人大常委会主任詹国华带队视察民生实事项目推进情况。",
            "视察组一行先后来到县人民医院新院区、城北幼儿园等项目现场，听取有关部门工作汇报。县人大常委会副主任江美玲参加视察。",
            "芳村镇召开乡村运营工作推进会",
            "力争年底前实现村集体经营性收入全覆盖",
            "本报讯（通讯员 汪蕾）10月19日，芳村镇召开乡村运营工作推进会。",
            "芳村镇党委书记郑晓东在会上要求，各村要加快引进专业运营团队，盘活闲置农房资源。",
            "县政协组织委员开展协商议事",
            "本报讯（记者 徐丹）10月21日，县政协主席傅志明主持召开“请你来协商”议事会，围绕胡柚产业发展听取委员意见建议。",
            "副县长黄佳丽到会听取意见并作交流发言。",
        ),
        absent=(
            "版面导航",
            "第01版",
            "第02版",
            "PDF下载",
            "2023年10月23日",
            "第3415期",
            "不得转载",
            "定阳北路",
        ),
        officials=(
            ("詹国华", "县人大常委会主任"),
            ("江美玲", "县人大常委会副主任"),
            ("郑晓东", "党委书记"),
            ("傅志明", "县政协主席"),
            ("黄佳丽", "副县长"),
        ),
    ),
    Page(
        # 任前公示: a table of candidates (each cell a paragraph) and résumé lines
        "news/zzb/t20230616_4321.html",
        paper="开化新闻网",
        date=dt.date(2023, 6, 16),
        basis="page",
        paragraphs=(
            "开化县管领导干部任前公示",
            "为进一步扩大干部工作民主，根据有关规定，现将拟任职干部情况公示如下：",
            "姓名",
            "现任职务",
            "吴国栋",
            "开化县委常委、组织部部长",
            "提名为开化县人民政府县长候选人",
            "吴国栋，男，汉族，1975年11月生，浙江江山人，在职研究生学历，中共党员。",
            "1994.09—1998.07\u3000浙江师范大学中文系学习",
            "1998.07—2006.03\u3000江山市委办公室科员",
            "2006.03—2013.02\u3000江山市贺村镇副镇长、镇长",
            "2013.02—2018.08\u3000江山市委办公室主任",
            "2018.08—\u3000开化县委常委、组织部部长",
            "钱雅芬，女，汉族，1981年4月生，浙江开化人，大学学历，中共党员，现任开化县池淮镇党委书记。",
            "主要经历：",
            "2003.08—2012.05\u3000开化县林山乡科员、团委书记",
            "2016.09—\u3000开化县池淮镇党委书记",
            "公示时间：2023年6月17日至2023年6月23日。",
        ),
        absent=("您的位置", "公示公告", "发布日期", "打印本页", "关闭窗口", "相关文章", "任职公告"),
        officials=(("吴国栋", "县委常委"), ("吴国栋", "组织部部长"), ("钱雅芬", "党委书记")),
    ),
    Page(
        # gzipped; HTML5 article with <header>, <time>, comments with a form, <aside>
        "news/longyou/2022-07/15/content_88231.html.gz",
        paper="今日龙游",
        date=dt.date(2022, 7, 15),
        basis="page",
        paragraphs=(
            "中共龙游县委主办",
            "陶志远调研防汛防台工作",
            "本报讯（记者 潘婷）7月14日，县委书记陶志远调研防汛防台工作，检查重点水利工程和地质灾害隐患点。",
            "在社阳水库，陶志远详细了解水库蓄水和巡查值守情况。他强调，要时刻绷紧防汛防台这根弦，坚决守牢不死人、少伤人的底线。",
            "压实责任 加强值守",
            "县委常委、常务副县长应海平，副县长裘丽娜陪同调研。",
            "据了解，今年6月以来，全县累计降雨量较常年偏多三成。",
        ),
        absent=(
            "龙游新闻",
            "数字报",
            "来源：",
            "09:30",
            "标签",
            "责任编辑",
            "网友评论",
            "鲍建新",
            "说点什么吧",
            "发表评论",
            "推荐阅读",
            "湖镇镇开展防汛应急演练",
            "扫码关注",
            "Copyright",
            "dataLayer",
            "schema.org",
        ),
        officials=(("陶志远", "县委书记"), ("应海平", "常务副县长"), ("裘丽娜", "副县长")),
    ),
    Page(
        # 方正 e-paper, newer template: newsdetatit / founder-content, 《报名》（日期 第01版）
        "epaper/pc/content/202310/24/content_396104.html",
        paper="今日江山",
        date=dt.date(2023, 10, 24),
        basis="page",
        paragraphs=(
            "中共江山市委主办",
            "持续擦亮营商环境金名片",
            "市委常委会专题研究营商环境工作",
            "梅志刚主持",
            "本报讯（记者 周倩）10月23日，市委书记梅志刚主持召开市委常委会会议，专题研究营商环境优化提升工作。",
            "市委副书记、市长蒋丽萍，市人大常委会主任郑伟民出席会议。",
            "会议指出，2019年以来，我市持续深化“最多跑一次”改革，9月28日起又推出企业开办“一日办结”服务。",
            "会议强调，要把优化营商环境作为“一号改革工程”，以更实举措服务企业发展。",
        ),
        absent=(
            "版面目录",
            "01版：要闻",
            "本版新闻",
            "须江街道打造共富工坊",
            "下载PDF",
            "《今日江山》",
            "梁某某",
            "禁止转载",
        ),
        officials=(("梅志刚", "市委书记"), ("蒋丽萍", "市长"), ("郑伟民", "市人大常委会主任")),
    ),
    Page(
        # an old CMS in none of the known containers: the text is found by its sentences
        "news/kecheng/show_5521.htm",
        paper="柯城新闻网",
        date=dt.date(2020, 10, 20),
        basis="page",
        paragraphs=(
            "区委召开全面深化改革委员会会议",
            "10月19日，区委书记庞振宇主持召开区委全面深化改革委员会第十次会议，审议有关改革方案。",
            "区委副书记、区长丁慧敏，区委副书记何振兴出席会议。",
            "会议听取了2019年度改革任务完成情况汇报，审议通过了《柯城区数字化改革实施方案》，明确到2035年基本建成整体智治体系。",
        ),
        absent=(
            "网站首页",
            "最新更新",
            "区政府召开常务会议",
            "航埠镇",
            "来源：",
            "浏览",
            "打印此文",
            "关闭窗口",
            "冯建国",
            "技术支持",
            "font-size",
        ),
        officials=(("庞振宇", "区委书记"), ("丁慧敏", "区长"), ("何振兴", "区委副书记")),
    ),
    Page(
        # publishdate 4 days before the path's date: the page's date, with a warning; a
        # 今天是 … line in the header (the day of viewing) is no date of the page
        "news/qjnews/2025-05/20/content_5012.htm",
        paper="衢江新闻网",
        date=dt.date(2025, 5, 16),
        basis="page",
        paragraphs=(
            "区四套班子领导参加义务植树活动",
            "本报讯（记者 叶晨）5月15日，区委书记方建林，区委副书记、区长卢晓东等区四套班子领导来到峡川镇，与干部群众一起参加义务植树活动。",
            "植树现场，大家挥锹铲土、扶苗培土，种下樱花、红枫等苗木1200余株。",
            "方建林指出，要持续推进国土绿化行动，为建设美丽衢江增添更多绿色。",
        ),
        absent=("今天是", "设为首页", "当前位置", "稿件来源", "分享到", "部门动态"),
        officials=(("方建林", "区委书记"), ("卢晓东", "区长")),
        warnings=("page date 2025-05-16 and path date 2025-05-20 disagree",),
    ),
)


def load(page: Page) -> Source:
    file = HTML / page.path
    data = file.read_bytes()
    if file.suffix == ".gz":  # gunzipping is the caller's job
        data = gzip.decompress(data)
    sources = html_sources(data, str(file), file.name)
    assert len(sources) == 1
    return sources[0]


def paragraphs_of(text: str) -> list[str]:
    return text.split("\n\n")


def test_every_sample_page_is_in_the_table() -> None:
    files = {str(f.relative_to(HTML)) for f in HTML.rglob("*") if f.is_file()}
    assert files == {p.path for p in PAGES}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.path)
def test_expected_paragraphs_in_order(page: Page) -> None:
    found = paragraphs_of(load(page).text)
    at = -1
    for paragraph in page.paragraphs:
        assert paragraph in found, f"missing paragraph: {paragraph}"
        assert found.index(paragraph) > at, f"out of order: {paragraph}"
        at = found.index(paragraph)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.path)
def test_boilerplate_and_scripts_absent(page: Page) -> None:
    text = load(page).text
    for snippet in (*ALWAYS_ABSENT, *page.absent):
        assert snippet not in text, f"leaked: {snippet}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.path)
def test_date_paper_and_warnings(page: Page) -> None:
    source = load(page)
    assert (source.date, source.date_basis) == (page.date, page.basis)
    assert source.paper == page.paper
    assert source.warnings == page.warnings
    assert source.doc == Path(page.path).name
    assert source.home is None and source.error is None


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.path)
def test_paragraphs_are_separated_by_blank_lines(page: Page) -> None:
    text = load(page).text
    assert "\n" not in text.replace("\n\n", "")
    assert "\n\n\n" not in text
    assert all(p == p.strip(" \u3000") and p for p in paragraphs_of(text))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.path)
def test_sponsor_line_first(page: Page) -> None:
    first = paragraphs_of(load(page).text)[0]
    if page.paragraphs[0].startswith("中共"):
        assert first == page.paragraphs[0]
    else:
        assert "主办" not in first


@pytest.mark.parametrize("page", [p for p in PAGES if p.officials], ids=lambda p: p.path)
def test_officials_found_by_the_pipeline(page: Page, matcher: Matcher) -> None:
    source = load(page)
    result = extract_text(source.doc, source.text, matcher)
    found = {(m.mention.person, m.mention.role) for m in result.mentions}
    for person, role in page.officials:
        assert (person, role) in found, f"{person} {role} not found in {sorted(found)}"
    people = {person for person, _ in found}
    assert not people & {"赵立新", "鲍建新", "冯建国", "周丽"}


def test_sponsor_reaches_the_masthead_reader(matcher: Matcher) -> None:
    source = load(PAGES[0])
    result = extract_text(source.doc, source.text, matcher)
    assert result.masthead is not None and result.masthead.sponsor == "衢州市衢江区"


def test_gzipped_page_reads_like_the_plain_one() -> None:
    page = next(p for p in PAGES if p.path.endswith(".gz"))
    plain = gzip.decompress((HTML / page.path).read_bytes())
    direct = html_sources(plain, "content_88231.html", "content_88231.html")[0]
    assert direct.text == load(page).text


# --- charsets ------------------------------------------------------------------------------------

BODY = "<p>县委书记林海波主持召开县委常委会会议。</p><p>县长许文杰出席。</p>"


def page_bytes(head: str, body: str = BODY, codec: str = "utf-8") -> bytes:
    return f"<html><head>{head}<title>今日开化</title></head><body>{body}</body></html>".encode(
        codec
    )


def text_of(data: bytes, path: str = "page.html", encoding: str | None = None) -> Source:
    return html_sources(data, path, "page.html", encoding)[0]


def test_meta_charset_gb2312_is_read_as_gb18030() -> None:
    # 喆 and 堃 are GBK characters a gb2312 codec cannot decode
    body = "<p>副县长汪喆、镇党委书记余志堃参加活动。</p>"
    data = page_bytes('<meta charset="gb2312">', body, "gb18030")
    source = text_of(data)
    assert source.text == "副县长汪喆、镇党委书记余志堃参加活动。"
    assert source.warnings == ()


def test_http_equiv_content_type_charset() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=GBK">'
    assert "林海波" in text_of(page_bytes(head, codec="gbk")).text


def test_xml_declaration_encoding() -> None:
    data = b'<?xml version="1.0" encoding="gb2312"?>\n' + page_bytes("", codec="gb18030")
    assert "许文杰" in text_of(data).text


def test_byte_order_mark_wins_over_the_declaration() -> None:
    data = b"\xef\xbb\xbf" + page_bytes('<meta charset="gbk">')
    source = text_of(data)
    assert source.text.startswith("县委书记林海波") and source.warnings == ()


def test_declaration_wins_over_the_given_encoding() -> None:
    data = page_bytes('<meta charset="gbk">', codec="gbk")
    assert "林海波" in text_of(data, encoding="big5").text


def test_given_encoding_for_an_undeclared_page() -> None:
    data = "<html><body><p>縣委書記林海波主持會議。</p></body></html>".encode("big5")
    assert text_of(data, encoding="big5").text == "縣委書記林海波主持會議。"
    with pytest.raises(SourceError, match="cannot decode as utf-8"):
        text_of(page_bytes("", codec="gb18030"), encoding="utf-8")


def test_undeclared_page_utf8_then_gb18030() -> None:
    assert "林海波" in text_of(page_bytes("")).text
    assert "林海波" in text_of(page_bytes("", codec="gb18030")).text


def test_wrong_declaration_is_warned_about() -> None:
    source = text_of(page_bytes('<meta charset="utf-8">', codec="gb18030"))
    assert "林海波" in source.text
    assert source.warnings == ("declared charset utf-8 is wrong: read as gb18030",)


def test_latin1_declaration_on_a_chinese_page() -> None:
    assert "林海波" in text_of(page_bytes('<meta charset="iso-8859-1">', codec="gbk")).text
    western = (
        b'<html><head><meta charset="iso-8859-1"></head><body><div class="TRS_Editor">'
        b"<p>Caf\xe9 \xb5 \xff\xfe: a page in Latin-1 is read as declared.</p></div>"
    )
    assert (
        text_of(western).text
        == "Caf\u00e9 \u00b5 \u00ff\u00fe: a page in Latin-1 is read as declared."
    )


def test_stray_bytes_keep_the_declared_charset() -> None:
    data = page_bytes('<meta charset="utf-8">').replace("县长".encode(), b"\xff\xfe")
    source = text_of(data)
    assert paragraphs_of(source.text)[1] == "\ufffd\ufffd许文杰出席。"
    assert source.warnings == ("replaced 2 bytes not valid in the declared charset utf-8",)


# --- what is never read --------------------------------------------------------------------------


def test_scripts_styles_forms_and_hidden_blocks_are_not_read() -> None:
    body = (
        "<script>var t = '区委书记赵立新讲话。'; document.write('县长周某某');</script>"
        "<noscript>请启用脚本以浏览本站。</noscript>"
        "<style>.a:before { content: '县委书记钱某某'; }</style>"
        "<template><p>县委副书记孙某某出席。</p></template>"
        '<div style="display: none">区长冯建国调研。</div>'
        "<div hidden>区长李某某调研。</div>"
        "<form><textarea>网友说县长很好。</textarea><select><option>2021年03月08日</option>"
        '</select><input value="区委书记吴某某"><button>提交评论</button></form>'
        '<img alt="县委书记郑某某" src="x.jpg">'
        "<!-- 县委书记王某某 -->"
        '<div class="TRS_Editor"><p>县委书记林海波主持召开县委常委会会议，研究部署重点工作。</p>'
        "<script>document.write('县长何某某');</script><p>县长许文杰出席。</p></div>"
    )
    source = text_of(page_bytes("<script>var a = '县委书记陈某某';</script>", body))
    assert (
        source.text
        == "县委书记林海波主持召开县委常委会会议，研究部署重点工作。\n\n县长许文杰出席。"
    )


def test_text_is_never_executed_or_fetched() -> None:
    body = (
        '<iframe src="http://example.invalid/">县委书记某某</iframe>'
        '<object data="x.swf">县长某某</object><p>县委书记林海波主持会议，研究部署工作。</p>'
    )
    assert text_of(page_bytes("", body)).text == "县委书记林海波主持会议，研究部署工作。"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        ("本报讯 县委书记林海波主持会议。".encode(), "not HTML"),
        (b'{"title": "county", "text": "x"}', "not HTML"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "binary"),
        (b"<html><head><title>x</title></head><body></body></html>", "no article text"),
        (
            b'<html><frameset cols="20%,80%"><frame src="node_1.htm"><frame src="c.htm">'
            b"</frameset></html>",
            "no article text",
        ),
        (
            '<html><body><div class="nav"><a href="1.htm">首页</a></div>'
            '<ul><li><a href="c1.htm">区委书记林海波调研</a></li></ul>'
            "<div class='footer'>版权所有</div></body></html>".encode(),
            "no article text",
        ),
    ],
)
def test_unusable_files(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        html_sources(data, "x.html", "x.html")


# --- paragraphs ----------------------------------------------------------------------------------


def test_breaks_divs_and_cells_make_paragraphs() -> None:
    body = (
        '<div class="article-content">本报讯 3月8日，县委书记林海波主持会议。<br>'
        "县长许文杰出席。<br/><br/>"
        "<div>县委副书记<span>陈立明</span>讲话。</div>"
        "<table><tr><td>姓名</td><td>现任职务</td></tr></table>"
        "2013.02—2016.08\u3000\u3000开化县委副书记、县长<br>"
        "&nbsp;&nbsp;2016.08—&nbsp;常山县委书记</div>"
    )
    assert paragraphs_of(text_of(page_bytes("", body)).text) == [
        "本报讯 3月8日，县委书记林海波主持会议。",
        "县长许文杰出席。",
        "县委副书记陈立明讲话。",
        "姓名",
        "现任职务",
        "2013.02—2016.08\u3000开化县委副书记、县长",
        "2016.08— 常山县委书记",
    ]


def test_normalise_whitespace() -> None:
    assert (
        normalise("\u3000\u3000本报讯 \n  县委书记\u00a0\u00a0林海波\u200b")
        == "本报讯 县委书记 林海波"
    )
    assert normalise("2018.08—\u3000 \u3000开化县委常委") == "2018.08—\u3000开化县委常委"


@pytest.mark.parametrize(
    "line",
    [
        "Copyright © 2021 今日衢江 版权所有",
        "浙ICP备05031234号",
        "上一版 下一版",
        "当前位置：首页 > 衢江要闻",
        "来源：衢江区融媒体中心 发布时间：2021-03-09 16:42",
        "2021年3月9日 星期二",
        "第01版：要闻",
        "责任编辑：周丽",
        "【打印本页】【关闭窗口】",
        "技术支持：衢州某某信息技术有限公司",
        "相关新闻",
        "（本文版权所有，转载请注明出处。）",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "区委副书记、区长许文杰出席会议。",
        "公示时间：2023年6月17日至2023年6月23日。",
        "会议指出，2020年全区地区生产总值增长4.1%，经济社会发展取得明显成效。",
        "2013.02—2016.08\u3000开化县委副书记、县长",
        "区委常委会召开扩大会议",
        "县科技局为企业提供技术支持。",
        "区政府召开相关新闻发布会，通报有关情况。",
        "本次活动主办单位为县文明办。",
        "第3期乡村振兴培训班开班，县委副书记陈立明出席。",
    ],
)
def test_text_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


# --- dates ---------------------------------------------------------------------------------------


def dated(head: str = "", before: str = "", path: str = "page.html") -> Source:
    body = f'{before}<div class="TRS_Editor">{BODY}</div>'
    return text_of(page_bytes(head, body), path)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2021-03-09T08:00:00+08:00">',
        '<meta name="PubDate" content="2021-03-09 16:42">',
        '<meta name="publishdate" content="2021-03-09">',
        '<meta name="pubdate" content="20210309">',
        '<meta property="og:release_date" content="2021/3/9">',
        '<meta name="date" content="2021-03-09">',
        '<meta itemprop="datePublished" content="2021-03-09">',
        '<script type="application/ld+json">{"datePublished": "2021-03-09T08:00"}</script>',
    ],
)
def test_meta_dates(head: str) -> None:
    source = dated(head)
    assert (source.date, source.date_basis) == (dt.date(2021, 3, 9), "page")


@pytest.mark.parametrize(
    "before",
    [
        "<div>发布时间：2021-03-09 16:42</div>",
        "<div>发布日期：2021年03月09日</div>",
        "<p>来源：衢江新闻网　时间 2021-03-09</p>",
        "<span>作者：张敏</span> <span>2021.3.9</span>",
        "<td>2021年3月9日 星期二</td>",
        "<div>二〇二一年三月九日　星期二</div>",
        "<p>《今日衢江》（2021年03月09日 第01版）</p>",
        "<div class='date'>2021年03月09日</div>",
    ],
)
def test_printed_dates(before: str) -> None:
    source = dated(before=before)
    assert (source.date, source.date_basis) == (dt.date(2021, 3, 9), "page")


def test_meta_date_wins_over_a_masthead() -> None:
    source = dated('<meta name="publishdate" content="2021-03-08">', "<td>2021年3月9日 星期二</td>")
    assert source.date == dt.date(2021, 3, 8)


def test_dates_in_the_body_are_events_not_the_page_date() -> None:
    body = (
        '<div class="TRS_Editor"><p>2021年3月9日 星期二</p>'
        "<p>2021年3月8日，县委书记林海波主持会议，部署2021年4月1日起的专项行动。</p></div>"
    )
    source = text_of(page_bytes("", body), "node.htm")
    assert (source.date, source.date_basis) == (None, None)


def test_day_of_viewing_is_no_page_date() -> None:
    source = dated(before="<div>今天是：2025年5月20日 星期二</div>", path="a/2021-03/09/c.htm")
    assert (source.date, source.date_basis) == (dt.date(2021, 3, 9), "path")


def test_page_and_path_dates_within_three_days_agree() -> None:
    source = dated('<meta name="publishdate" content="2021-03-07">', path="html/2021-03/10/c_1.htm")
    assert (source.date, source.date_basis, source.warnings) == (dt.date(2021, 3, 7), "page", ())


def test_page_and_path_dates_that_disagree() -> None:
    source = dated('<meta name="publishdate" content="2021-03-09">', path="html/2021-04/10/c_1.htm")
    assert source.date == dt.date(2021, 3, 9)
    assert source.warnings == ("page date 2021-03-09 and path date 2021-04-10 disagree",)


def test_masthead_weekday_that_disagrees() -> None:
    source = dated(before="<td>2021年3月9日 星期三</td>")
    assert source.date == dt.date(2021, 3, 9)
    assert source.warnings == ("masthead says 星期三 but 2021-03-09 is a 星期二",)


def test_no_date_anywhere() -> None:
    source = dated(path="saved/page.html")
    assert (source.date, source.date_basis) == (None, None)


# --- paper names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "paper"),
    [
        ("今日衢江-2021年03月09日-第01版：要闻", "今日衢江"),
        ("许文杰调研重点项目建设_衢江新闻网", "衢江新闻网"),
        ("陶志远调研防汛防台工作 | 今日龙游", "今日龙游"),
        ("柯城新闻网 - 区委召开会议", "柯城新闻网"),
        ("今日衢江数字报", "今日衢江"),
        ("《今日衢江》数字报", "今日衢江"),
        ("衢州日报", "衢州日报"),
        ("第01版：要闻_今日常山", "今日常山"),
        ("县委理论学习中心组举行专题学习会", None),
        ("开化县人民政府门户网站", None),
        ("", None),
    ],
)
def test_paper_from_title(title: str, paper: str | None) -> None:
    assert paper_name(title, [], set()) == paper


def test_paper_from_site_name_when_the_title_has_none() -> None:
    assert paper_name("县委召开常委会会议", ["今日龙游"], set()) == "今日龙游"
    assert paper_name("今日常山", [], {"今日常山"}) is None  # the title is the headline


def test_sponsor_of_an_event_is_no_sponsor_line() -> None:
    body = (
        '<div class="TRS_Editor"><p>本次论坛由中共衢州市衢江区委主办。</p>'
        "<p>区委书记林海波出席论坛并致辞。</p></div>"
    )
    source = text_of(page_bytes("", body))
    assert paragraphs_of(source.text) == [
        "本次论坛由中共衢州市衢江区委主办。",
        "区委书记林海波出席论坛并致辞。",
    ]


def test_dates_of_other_issues_in_links_are_not_the_page_date() -> None:
    before = (
        '<ul class="list"><li><a href="../08/node_2.htm">2021年03月08日 星期一</a></li></ul>'
        '<table><tr><td><a href="c1.htm">区政府召开常务会议</a></td><td>2021-03-05</td></tr></table>'
    )
    after = "<table><tr><td>2021-03-01</td></tr></table>"
    body = f'{before}<div class="TRS_Editor">{BODY}</div>{after}'
    source = text_of(page_bytes("", body), "saved/c.htm")
    assert (source.date, source.date_basis) == (None, None)


def test_date_alone_under_the_headline() -> None:
    body = (
        '<h1>县委常委会召开会议</h1><div class="time">2021-03-09 10:21:33</div>'
        f'<div class="TRS_Editor">{BODY}</div>'
    )
    source = text_of(page_bytes("", body))
    assert (source.date, source.date_basis) == (dt.date(2021, 3, 9), "page")
    assert paragraphs_of(source.text)[0] == "县委常委会召开会议"


def test_title_repeated_at_the_top_of_the_body_is_read_once() -> None:
    body = (
        '<h1>县委常委会召开会议</h1><div class="TRS_Editor"><p>县委常委会召开会议</p>'
        + BODY
        + "</div>"
    )
    assert paragraphs_of(text_of(page_bytes("", body)).text)[:2] == [
        "县委常委会召开会议",
        "县委书记林海波主持召开县委常委会会议。",
    ]


def test_deeply_nested_page() -> None:
    deep = "<html><body>" + "<div>" * 5000 + BODY + "</div>" * 5000 + "</body></html>"
    assert (
        text_of(deep.encode()).text == "县委书记林海波主持召开县委常委会会议。\n\n县长许文杰出席。"
    )


def test_site_name_heading_above_the_menu_is_no_headline() -> None:
    body = (
        '<div id="header"><h1>衢江新闻网</h1></div>'
        '<div class="menu"><a href="/">首页</a><a href="/yw/">要闻</a></div>'
        "<h2>县委常委会召开会议</h2><div>发布时间：2021-03-09</div>"
        '<div class="share">分享到：微信</div>'
        f'<div class="TRS_Editor">{BODY}</div>'
    )
    assert paragraphs_of(text_of(page_bytes("", body)).text) == [
        "县委常委会召开会议",
        "县委书记林海波主持召开县委常委会会议。",
        "县长许文杰出席。",
    ]
