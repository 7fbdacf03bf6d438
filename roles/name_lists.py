"""Lists of names after a title: A、B、C, A、B和C, and names alone between commas.

A list ends where what follows is no name: a title, a place and its title (the next post), an
office the lexicon lacks (统计局副局长), a body's name run on from an item (天山集团副总裁), or a
verb or word opening a clause.
"""

from __future__ import annotations

import re

from roles.chars import CJK_RUN, LEVEL_CHARS
from roles.dictionary import is_plain_word, is_word, starts_verb
from roles.name_rules import (
    CONJUNCTIONS,
    INSTITUTIONS,
    NON_PLACE_BODIES,
    POST_HEADS,
    gazetteer_place_at,
)
from roles.names import NameReader

# A post of an office, written without its level: 统计局副局长, 考核办常务副主任, 信息中心主任,
# 文学艺术界联合会主席. No verb stands inside one (分别任…县公安局局长 is a clause, not an office).
_OFFICE_HEADS = r"(?:常务副|副)?(?:局长|主任|站长|所长|队长|馆长|处长|科长|股长|主席|秘书长)"
OFFICE_TITLE = re.compile(
    r"(?:(?![任为是在到])[\u4e00-\u9fff]){1,8}(?:局|办|中心|站|所|队|馆|处|科|股|(?<![常委])会|联|(?<!政)协|工委)"
    + _OFFICE_HEADS
    + r"|(?:(?![任为是在到])[\u4e00-\u9fff]){1,6}股长"  # (教育股长: a section's head, abbreviated)
)
OFFICE_HEAD = re.compile(_OFFICE_HEADS)

# A name's note in a list (李乙（女）, 孙丙（藏族）, 赵丁（女，回族）)
NAME_NOTE = (
    r"[（(](?:[男女]|[\u4e00-\u9fff]{1,4}族)(?:[，,、][男女]|[，,、][\u4e00-\u9fff]{1,4}族)?[）)]"
)
_NOTE = re.compile(NAME_NOTE)

# A body's name run on from a list item read as a name (台北 + 医学大学), within eight characters
_RUN_ON_BODY = re.compile(
    "[\u4e00-\u9fff]{0,6}?(?:" + "|".join(dict.fromkeys((*NON_PLACE_BODIES, *INSTITUTIONS))) + ")"
)
# Nouns that end the name of a body: what precedes them in a list is no person's name
_BODY_NOUNS = (
    *NON_PLACE_BODIES,
    "机关",
    "部门",
    "单位",
    "系统",
    "办事处",
    # (…、黄龙法院党组书记乙, 邱村镇党政主要负责人: a place's organs)
    "法院",
    "检察院",
    "人民",
    "政府",
    "党委",
    "党政",
    # (…、扶余工业集中区管委会主任乙: a place's zone)
    "开发区",
    "高新区",
    "经开区",
    "园区",
    "工业园区",
    "产业园区",
    "工业集中区",
    "产业集聚区",
    "示范区",
    "新区",
)


def name_list_at(
    reader: NameReader, text: str, pos: int, commas: bool = False
) -> list[tuple[int, str]]:
    """Names after a title: `A`, or `A、B、C` up to 等/参加/punctuation or the next title;
    a list of two or more may close with 和/及/与 and one more name. With `commas` (a post
    several may hold), a name alone between commas before the next post is listed too."""
    names: list[tuple[int, str]] = []
    closing = False  # the name after 和/及 that closes a list is read like a lone name
    while pos < len(text):
        # 局长甲、统计局副局长乙: an office the lexicon does not know starts another title
        if names and OFFICE_TITLE.match(text, pos) and not _closes_before_office(reader, text, pos):
            break
        in_list = not closing and (bool(names) or "、" in text[pos + 2 : pos + 4])
        name = reader.name_at(text, pos, oracle=not in_list)
        if name is None:
            # Between two 、 the span itself is the name, whatever follows it.
            nxt = text.find("、", pos, pos + 9)
            span = text[pos:nxt] if nxt > pos else ""
            if not (in_list and reader.span_is_name(span)):
                break
            name = span
        if names and reader.titles.end_at(text, pos + len(name)) >= 0:
            break  # …、大会秘书长甲: a title's own prefix, not a name of the list
        # (副院长甲、纪检组长乙: a post's head after it, then a name: an unknown office)
        after = pos + len(name)
        if (
            names
            and text[after : after + 2] in POST_HEADS
            and reader.name_at(text, after + 2) is not None
        ):
            break
        # 书记甲、分管农业的副乡长乙, 第一书记、村支书交流发言, 主任助理: a verb or a word
        # opens a clause or a post, not a name (of a rare surname, or of none)
        surname = text[pos] in reader.lex.surnames
        if (
            (names and (starts_verb(text, pos) or is_plain_word(name)))
            or (is_word(name) and not surname and not reader.is_parts(name))
        ) and not (surname and reader.common_surname(text[pos])):
            break
        # (村委会主任甲、原总账会计乙: 原 and a word open a former post, not a name)
        if names and text[pos] == "原" and is_word(text[pos + 1 : pos + 3]):
            break
        # 副书记甲、海宁新兴公司经理乙: a place's name run into more words is no name
        if (
            names
            and (name in reader.lex.place_strings or name[:2] in reader.lex.place_strings)
            and reader.end_strength(text, pos + len(name)) < 3
        ):
            break
        if names and text.startswith(_BODY_NOUNS, pos + len(name)):
            break  # 副县长甲、天山集团副总裁乙: a body's name opens the next item
        # 院长甲、台北医学大学副校长乙: a body's name whose first word runs on from it
        if names and _body_runs_on(reader, text, pos + len(name)):
            break
        names.append((pos, name))
        pos += len(name)
        if text.startswith(("（", "("), pos) and (note := _NOTE.match(text, pos)):
            pos = note.end()  # 副县长甲（女）、乙: the note is the name's
        sep = text[pos : pos + 1]
        if sep == "、":
            if reader.titles.end_at(text, pos + 1) >= 0 or starts_with_place(text, pos + 1, reader):
                break
        elif commas and sep in ("，", ",") and _name_alone_in_list(reader, text, pos + 1):
            pass  # 副县长甲，乙，县人大副主任丙: a name alone between commas shares the post
        elif (
            sep not in ("和", "及", "与")
            or len(names) < 2
            or reader.titles.end_at(text, pos + 1) >= 0
            or reader.nonofficial.end_at(text, pos + 1) >= 0
        ):
            break
        else:
            closing = True
        pos += 1
    return names


def _closes_before_office(reader: NameReader, text: str, pos: int) -> bool:
    """A name that is no word, then a conjunction and the office the pattern matched from the
    name on: the name closes the list (…、丙和县政府办主任丁), the office is the next item's."""
    name = reader.name_at(text, pos)
    if name is None or is_word(name):
        return False
    after = pos + len(name)
    return (
        text[after : after + 1] in CONJUNCTIONS and OFFICE_TITLE.match(text, after + 1) is not None
    )


def _body_runs_on(reader: NameReader, text: str, pos: int) -> bool:
    """A word no firmer than a noun starts at `pos`, and the run of characters from there
    ends, within eight, in a body's noun (医学大学, 实验中学)."""
    body = _RUN_ON_BODY.match(text, pos)
    return body is not None and body.end() - pos <= 8 and reader.end_strength(text, pos) <= 1


def _name_alone_in_list(reader: NameReader, text: str, pos: int, depth: int = 0) -> bool:
    """A name alone between two commas in a list of posts and their holders: the next
    item after it opens with a post or a place, or is such a name too (副县长甲，乙，丙，
    县人大副主任丁)."""
    end = next((i for i in range(pos + 2, pos + 4) if text[i : i + 1] in ("，", ",")), -1)
    if end < 0:
        return False
    name = text[pos:end]
    return (
        CJK_RUN.fullmatch(name) is not None
        and reader.name_at(text, pos) == name
        and not is_plain_word(name)
        and (
            reader.titles.end_at(text, end + 1) >= 0
            or starts_with_place(text, end + 1, reader)
            or (depth < 4 and _name_alone_in_list(reader, text, end + 1, depth + 1))
        )
    )


def starts_with_place(text: str, pos: int, reader: NameReader) -> bool:
    """`、` followed by a place and a title (宁波市委常委、鄞州区委书记) starts new titles; a
    name joined by 和/及/与 to a title is not a place (甲、乙和县委常委丙: 乙和 is no place,
    太和县委书记 is one)."""
    for k in range(2, 7):
        if (
            reader.titles.end_at(text, pos + k) > pos + k
            and CJK_RUN.fullmatch(text, pos, pos + k)
            and (text[pos + k] in LEVEL_CHARS or text[pos + k - 1] in LEVEL_CHARS)
            and not (
                # 乙和 / 乙和县 before 县委常委 or 政协副主席: a name and a conjunction, unless
                # the whole is a known place (太和县, 和县)
                any(c in CONJUNCTIONS for c in text[pos + 2 : pos + k])
                and text[pos : pos + k] not in reader.lex.place_strings
            )
            # (甲、乙分别任县委书记…: a verb of taking office ends the names, no place)
            and not (
                text[pos + k - 1] in "任为"
                and ("分别" in text[pos : pos + k] or starts_verb(text, pos + k - 2))
            )
        ):
            return True
    # 广东省佛山市顺德区委书记: places of the gazetteer written one after another, then a title
    if text[pos : pos + 2] not in reader.place_string_heads:
        return False
    at = pos
    while (step := gazetteer_place_at(text, at, reader.lex.place_strings)) > 0:
        at += step
        # 广西自治区来宾市: a region's short name written with 自治区 (its full name holds 壮族)
        at += 3 * text.startswith("自治区", at)
        if reader.titles.end_at(text, at) > at or (
            text[at - 1] in LEVEL_CHARS and reader.titles.end_at(text, at - 1) > at
        ):
            return at - pos > 6  # (shorter ones are read above)
    return False
