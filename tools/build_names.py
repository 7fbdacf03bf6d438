"""Regenerate lexicons/surnames.tsv and lexicons/given_chars.tsv from published name data.

Surnames (lexicons/surnames.tsv, columns surname, kind, freq, common_word) are the union of

* the surnames of roles' own first list (version 1, kept whole: ROLES_V1 below);
* 百家姓, the classical Hundred Family Surnames (public domain; BAIJIAXING below, in the common
  simplified edition, with its compound surnames marked);
* wainshine/Chinese-Names-Corpus, Chinese_Names_Corpus/Chinese_Family_Name（1k）.xlsx
  (Apache-2.0): 1,074 surnames with a frequency drawn from a corpus of hundreds of millions of
  names; three misspelt compounds in it (冷狐 殴阳 夏候) are dropped;
* Unihan (Unicode License v3), Unihan_Readings.txt: the characters whose kDefinition says
  "surname", kept when they are in the basic CJK block and in GB2312, that is used in simplified
  text (traditional and Japanese forms are left out).

Characters that lexicons/traditional.tsv maps to a simplified form are dropped: the reader
converts them before it looks names up. jieba's single characters tagged nr are not added on
their own: outside the lists above they are given-name characters (斌 涛 磊 鹏 ...).

freq is the surname's share of the population in persons per million, from the names corpus
(its figure divided by the total of the list); that list floors rare surnames at one figure (5),
so 38 means "38 or fewer", and 0 means the surname is not in it (rarer still, or unknown). jieba's
counts of nr words by first character are not used for freq: transliterated foreign names swell
them (斯 378, 卡 260, 奥 229 against 徐 358).

common_word is yes when jieba's dict.txt has the surname itself as a word with a tag other than a
name tag (nr, nrt, nrfg) and a count of at least COMMON_WORD_MIN (10,000, about 166 per million of
the dictionary's 60.1 million): 是 和 有 于 从 把 向 将 但 都 还 只 ... and also nouns or adjectives
that are common surnames (高 马 黄 方 白 石, 张 as a measure word). The reader should want more
evidence before it takes such a character for a surname.

Given-name characters (lexicons/given_chars.tsv, columns char, count, share) are counted in
jieba's dict.txt words tagged nr: two- or three-character words whose first character is a single
surname of at least GIVEN_SURNAME_MIN_PPM (150) per million (the 300 or so commonest surnames, 96%
of the population), and three- or four-character words that start with a compound surname. The
rest of the word is the given name. Left out are words in HanLP's dictionary of transliterated
foreign names (nrf.txt), and words whose given name has a character that is mostly foreign-name
material (at least 10 uses in nrf.txt, more than its uses in given names in HanLP's annotated
person-name roles, nr.txt roles C, D and E) or mostly not a given-name character (given-name roles
under GIVEN_ROLE_MIN_SHARE of its roles, such as 王 in 齐宣王). share is the count per 10,000
given-name characters counted, rounded half up; characters seen fewer than GIVEN_MIN_COUNT (3)
times are left out. lexicons/name_parts.tsv is written by hand and is not touched here.

This is a developer tool. Sources and versions used for the bundled files:
    wainshine/Chinese-Names-Corpus at 47d4af8d816f6212787ddfc49173cac3b994b58d
        git show 'HEAD:Chinese_Names_Corpus/Chinese_Family_Name（1k）.xlsx' > family.xlsx
    hankcs/HanLP branch 1.x at dadd5c76a53eb05cc84720628b89e4a334d5d753
        git show 1.x:data/dictionary/person/nr.txt > nr.txt   (and nrf.txt likewise)
    Unihan 15.0.0, from the Debian package unicode-data 15.0.0-1:
        apt-get download unicode-data && dpkg -x unicode-data_*.deb ud
        (ud/usr/share/unicode/Unihan_Readings.txt.bz2; plain text works too)
    jieba 0.42.1 dict.txt (MIT), found in the installed package unless --jieba-dict is given
Then:
    python tools/build_names.py --names-corpus family.xlsx --unihan Unihan_Readings.txt.bz2 \\
        --hanlp-nr nr.txt --hanlp-nrf nrf.txt
"""

from __future__ import annotations

import argparse
import bz2
import hashlib
import importlib.util
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent

COMMON_WORD_MIN = 10_000  # jieba count of the surname as a non-name word
GIVEN_SURNAME_MIN_PPM = 150  # single surnames that start names counted for given_chars.tsv
GIVEN_MIN_COUNT = 3
FOREIGN_MIN_USES = 10  # uses in nrf.txt that make a character foreign-name material ...
GIVEN_ROLE_MIN_SHARE = 0.3  # ... unless given-name roles are at least this share of its roles
NAME_TAGS = ("nr", "nrt", "nrfg")

#: compounds in the names corpus that are misspellings of 令狐, 欧阳 and 夏侯
MISSPELT = frozenset({"冷狐", "殴阳", "夏候"})

#: roles' first surname list (lexicons/surnames.tsv version 1), kept whole.
ROLES_V1_SINGLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
    "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
    "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
    "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满"
    "闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙"
    "浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵩拓蔚揭宦牧衡贵佴尉钮兀阎刀"
    "公侍桓戎琚茅邴郦双贡鄂寿逄暴枚扶姒滑"
)
ROLES_V1_COMPOUND = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
    "司徒", "夏侯", "端木", "申屠", "澹台", "轩辕", "南宫", "西门", "百里", "呼延", "独孤", "闻人",
    "万俟", "钟离", "宗政", "濮阳", "太叔", "赫连", "第五", "拓跋", "淳于", "单于", "公冶", "仲孙",
    "即墨", "左丘", "东郭", "梁丘",
)  # fmt: skip

#: 百家姓 (public domain), four surnames a line as the text runs, compound ones as two characters;
#: the closing 百家姓终 is not a surname.
BAIJIAXING = """
赵 钱 孙 李 周 吴 郑 王 冯 陈 褚 卫 蒋 沈 韩 杨 朱 秦 尤 许 何 吕 施 张 孔 曹 严 华 金 魏 陶 姜
戚 谢 邹 喻 柏 水 窦 章 云 苏 潘 葛 奚 范 彭 郎 鲁 韦 昌 马 苗 凤 花 方 俞 任 袁 柳 酆 鲍 史 唐
费 廉 岑 薛 雷 贺 倪 汤 滕 殷 罗 毕 郝 邬 安 常 乐 于 时 傅 皮 卞 齐 康 伍 余 元 卜 顾 孟 平 黄
和 穆 萧 尹 姚 邵 湛 汪 祁 毛 禹 狄 米 贝 明 臧 计 伏 成 戴 谈 宋 茅 庞 熊 纪 舒 屈 项 祝 董 梁
杜 阮 蓝 闵 席 季 麻 强 贾 路 娄 危 江 童 颜 郭 梅 盛 林 刁 钟 徐 邱 骆 高 夏 蔡 田 樊 胡 凌 霍
虞 万 支 柯 昝 管 卢 莫 经 房 裘 缪 干 解 应 宗 丁 宣 贲 邓 郁 单 杭 洪 包 诸 左 石 崔 吉 钮 龚
程 嵇 邢 滑 裴 陆 荣 翁 荀 羊 於 惠 甄 麴 家 封 芮 羿 储 靳 汲 邴 糜 松 井 段 富 巫 乌 焦 巴 弓
牧 隗 山 谷 车 侯 宓 蓬 全 郗 班 仰 秋 仲 伊 宫 宁 仇 栾 暴 甘 钭 厉 戎 祖 武 符 刘 景 詹 束 龙
叶 幸 司 韶 郜 黎 蓟 薄 印 宿 白 怀 蒲 邰 从 鄂 索 咸 籍 赖 卓 蔺 屠 蒙 池 乔 阴 郁 胥 能 苍 双
闻 莘 党 翟 谭 贡 劳 逄 姬 申 扶 堵 冉 宰 郦 雍 郤 璩 桑 桂 濮 牛 寿 通 边 扈 燕 冀 郏 浦 尚 农
温 别 庄 晏 柴 瞿 阎 充 慕 连 茹 习 宦 艾 鱼 容 向 古 易 慎 戈 廖 庾 终 暨 居 衡 步 都 耿 满 弘
匡 国 文 寇 广 禄 阙 东 欧 殳 沃 利 蔚 越 夔 隆 师 巩 厍 聂 晁 勾 敖 融 冷 訾 辛 阚 那 简 饶 空
曾 毋 沙 乜 养 鞠 须 丰 巢 关 蒯 相 查 后 荆 红 游 竺 权 逯 盖 益 桓 公
万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠
公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 仉督 子车 颛孙 端木 巫马 公西
漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 晋 楚 闫 法 汝 鄢 涂 钦 段干 百里 东郭 南门 呼延 归 海
羊舌 微生 岳 帅 缑 亢 况 郈 有 琴 梁丘 左丘 东门 西门 商 牟 佘 佴 伯赏 南宫 墨 哈 谯 笪 年 爱
阳 佟 第五 言 福
"""

SURNAMES_HEADER = """\
# version: 2
# source: union of roles' first list, 百家姓 (public domain), wainshine/Chinese-Names-Corpus
#   Chinese_Family_Name（1k）.xlsx at 47d4af8 (Apache-2.0) and the Unihan kDefinition "surname"
#   characters of Unicode 15.0.0 (Unicode License v3); common_word from jieba 0.42.1 dict.txt (MIT).
#   Regenerate with tools/build_names.py, whose docstring gives the rules.
# columns: surname; kind (single/compound); freq = persons per million from the names corpus
#   (38 = the corpus's floor, 0 = not in it: rare or unknown); common_word = yes when jieba counts
#   the surname at least 10,000 times as an ordinary word (是 和 于 高 张 ...).
"""

GIVEN_HEADER = """\
# version: 1
# source: jieba 0.42.1 dict.txt (MIT) words tagged nr that start with a common surname (at least
#   150 per million in surnames.tsv) or a compound one; transliterated foreign names left out with
#   HanLP 1.x data/dictionary/person nrf.txt and nr.txt (Apache-2.0). Regenerate with
#   tools/build_names.py. share = count per 10,000 given-name characters; count >= 3 only.
"""


@dataclass(frozen=True)
class Surname:
    surname: str
    kind: str
    freq: int
    common_word: bool


def _basic_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _open_text(path: Path) -> Iterable[str]:
    if path.suffix == ".bz2":
        with bz2.open(path, "rt", encoding="utf-8") as fh:
            yield from fh
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


# --- sources --------------------------------------------------------------------------------------


def baijiaxing() -> list[str]:
    return BAIJIAXING.split()


def read_names_corpus(path: Path) -> dict[str, float]:
    """Surname -> frequency figure from the names corpus's Chinese_Family_Name（1k）.xlsx (two
    columns, NameB and TF), read with the standard library."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as book:
        strings = [
            "".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t"))
            for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", ns)
        ]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    table: dict[str, float] = {}
    for row in sheet.iter(f"{{{ns['m']}}}row"):
        cells: dict[str, str] = {}
        for cell in row.findall("m:c", ns):
            value = cell.find("m:v", ns)
            if value is None or value.text is None:
                continue
            column = re.sub(r"\d", "", cell.get("r", ""))
            text = strings[int(value.text)] if cell.get("t") == "s" else value.text
            cells[column] = text.strip()
        name, figure = cells.get("A", ""), cells.get("B", "")
        if name == "NameB" or not _basic_cjk(name):
            continue
        table[name] = float(figure)
    if len(table) < 1000:
        sys.exit(f"{path}: expected about 1,074 surnames, read {len(table)}")
    return table


def read_unihan_surnames(path: Path) -> set[str]:
    found: set[str] = set()
    for line in _open_text(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3 and parts[1] == "kDefinition" and re.search(r"\bsurname\b", parts[2]):
            found.add(chr(int(parts[0][2:], 16)))
    if len(found) < 100:
        sys.exit(f"{path}: no kDefinition surnames found: is this Unihan_Readings.txt?")
    return found


def read_traditional(path: Path) -> set[str]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return {r[0] for r in rows if len(r) == 2 and _basic_cjk(r[0])}


def read_jieba(path: Path) -> list[tuple[str, int, str]]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            entries.append((parts[0], int(parts[1]), parts[2]))
    return entries


def read_hanlp_roles(path: Path) -> tuple[Counter[str], Counter[str]]:
    """Per single character: uses in given-name roles (C, D, E) and uses in all roles."""
    given: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 3 or len(parts[0]) != 1:
            continue
        roles = dict(zip(parts[1::2], (int(n) for n in parts[2::2]), strict=False))
        given[parts[0]] = roles.get("C", 0) + roles.get("D", 0) + roles.get("E", 0)
        every[parts[0]] = sum(roles.values())
    return given, every


def jieba_dict_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        sys.exit("pip install jieba first (its dict.txt is read), or give --jieba-dict")
    return Path(spec.origin).parent / "dict.txt"


# --- building -------------------------------------------------------------------------------------


def build_surnames(
    corpus: dict[str, float],
    unihan: set[str],
    traditional: set[str],
    jieba: list[tuple[str, int, str]],
) -> list[Surname]:
    names = set(ROLES_V1_SINGLE) | set(ROLES_V1_COMPOUND) | set(baijiaxing())
    names |= {n for n in corpus if n not in MISSPELT}
    names |= {c for c in unihan if _basic_cjk(c) and _in_gb2312(c)}
    names = {n for n in names if _basic_cjk(n) and not any(c in traditional for c in n)}
    total = sum(v for k, v in corpus.items() if k not in MISSPELT)
    words = {w: (n, tag) for w, n, tag in jieba}
    rows = []
    for name in names:
        count, tag = words.get(name, (0, ""))
        rows.append(
            Surname(
                surname=name,
                kind="single" if len(name) == 1 else "compound",
                freq=round(corpus[name] / total * 1_000_000) if name in corpus else 0,
                common_word=count >= COMMON_WORD_MIN and tag not in NAME_TAGS,
            )
        )
    rows.sort(key=lambda s: (-s.freq, s.kind != "single", s.surname))
    return rows


def build_given(
    surnames: list[Surname],
    jieba: list[tuple[str, int, str]],
    foreign_names: set[str],
    given_roles: Counter[str],
    all_roles: Counter[str],
) -> tuple[list[tuple[str, int, int]], int, int]:
    """(char, count, share) rows, the number of names counted and of given-name characters."""
    common = {s.surname for s in surnames if s.kind == "single" and s.freq >= GIVEN_SURNAME_MIN_PPM}
    compound = {s.surname for s in surnames if s.kind == "compound"}
    foreign_uses = Counter(ch for name in foreign_names for ch in name)
    foreign_chars = {
        ch for ch, n in foreign_uses.items() if n >= FOREIGN_MIN_USES and given_roles[ch] < n
    }

    def name_like(ch: str) -> bool:
        return all_roles[ch] > 0 and given_roles[ch] >= GIVEN_ROLE_MIN_SHARE * all_roles[ch]

    counts: Counter[str] = Counter()
    names = 0
    for word, _, tag in jieba:
        if tag != "nr" or word in foreign_names or not _basic_cjk(word):
            continue
        if word[:2] in compound and len(word) in (3, 4):
            given = word[2:]
        elif word[0] in common and len(word) in (2, 3):
            given = word[1:]
        else:
            continue
        if any(ch in foreign_chars or not name_like(ch) for ch in given):
            continue
        counts.update(given)
        names += 1
    total = sum(counts.values())
    rows = [
        (ch, n, (n * 20_000 + total) // (2 * total))  # per 10,000, rounded half up
        for ch, n in counts.items()
        if n >= GIVEN_MIN_COUNT
    ]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows, names, total


# --- writing --------------------------------------------------------------------------------------


def write_surnames(path: Path, rows: list[Surname], inputs: str) -> None:
    lines = [
        SURNAMES_HEADER.rstrip("\n"),
        f"# inputs (sha256): {inputs}",
        "surname\tkind\tfreq\tcommon_word",
    ]
    lines += [f"{s.surname}\t{s.kind}\t{s.freq}\t{'yes' if s.common_word else 'no'}" for s in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_given(
    path: Path, rows: list[tuple[str, int, int]], names: int, chars: int, inputs: str
) -> None:
    lines = [
        GIVEN_HEADER.rstrip("\n"),
        f"# inputs (sha256): {inputs}",
        f"# counted: {names} names, {chars} given-name characters",
        "char\tcount\tshare",
    ]
    lines += [f"{ch}\t{n}\t{share}" for ch, n, share in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--names-corpus",
        type=Path,
        required=True,
        help="Chinese_Family_Name（1k）.xlsx of wainshine/Chinese-Names-Corpus",
    )
    parser.add_argument(
        "--unihan", type=Path, required=True, help="Unihan_Readings.txt, plain or .bz2"
    )
    parser.add_argument(
        "--hanlp-nr", type=Path, required=True, help="HanLP 1.x data/dictionary/person/nr.txt"
    )
    parser.add_argument(
        "--hanlp-nrf", type=Path, required=True, help="HanLP 1.x data/dictionary/person/nrf.txt"
    )
    parser.add_argument(
        "--jieba-dict",
        type=Path,
        default=None,
        help="jieba's dict.txt (default: the installed package's)",
    )
    parser.add_argument("--traditional", type=Path, default=ROOT / "lexicons" / "traditional.tsv")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "lexicons")
    args = parser.parse_args(argv)

    jieba_path = args.jieba_dict or jieba_dict_path()
    corpus = read_names_corpus(args.names_corpus)
    jieba = read_jieba(jieba_path)
    surnames = build_surnames(
        corpus, read_unihan_surnames(args.unihan), read_traditional(args.traditional), jieba
    )
    foreign = {
        line.strip()
        for line in args.hanlp_nrf.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    given_roles, all_roles = read_hanlp_roles(args.hanlp_nr)
    given, names, chars = build_given(surnames, jieba, foreign, given_roles, all_roles)

    def hashes(*pairs: tuple[str, Path]) -> str:
        return " ".join(f"{label}={_sha(path)}" for label, path in pairs)

    jieba_input = ("jieba", jieba_path)
    write_surnames(
        args.out_dir / "surnames.tsv",
        surnames,
        hashes(
            ("names-corpus", args.names_corpus),
            ("unihan", args.unihan),
            jieba_input,
            ("traditional", args.traditional),
        ),
    )
    write_given(
        args.out_dir / "given_chars.tsv",
        given,
        names,
        chars,
        hashes(jieba_input, ("hanlp-nr", args.hanlp_nr), ("hanlp-nrf", args.hanlp_nrf)),
    )
    singles = sum(1 for s in surnames if s.kind == "single")
    print(
        f"surnames.tsv: {len(surnames)} rows ({singles} single, {len(surnames) - singles} "
        f"compound, {sum(s.common_word for s in surnames)} common words); "
        f"given_chars.tsv: {len(given)} rows from {names} names",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
