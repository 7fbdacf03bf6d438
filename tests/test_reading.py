from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from roles.reading import (
    ReadError,
    decode,
    find_issue_files,
    normalise_width,
    repair,
    sentence_at,
)

TEXT = "区委书记张三讲话。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_decode_detects_encodings(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.warning is None


def test_decode_forced_encoding() -> None:
    assert decode(TEXT.encode("gbk"), "gbk").text == TEXT
    with pytest.raises(ReadError, match="cannot decode as utf-8"):
        decode(TEXT.encode("gbk"), "utf-8")


def test_decode_truncated_utf8_keeps_the_rest_with_a_warning() -> None:
    decoded = decode(TEXT.encode("utf-8")[:-1])
    assert decoded.text == TEXT[:-1]
    assert decoded.warning and "truncated" in decoded.warning


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02\x00" * 100, "binary"),
        (b"abc\xff\xffdef", "undecodable"),
    ],
)
def test_decode_rejects(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        decode(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０２３年３月", "2023年3月"),
        ("ＡＢＣａｂｃ", "ABCabc"),
        ("区长\u3000张三", "区长 张三"),
        ("（记者）、，。", "（记者）、，。"),  # CJK punctuation is kept
    ],
)
def test_normalise_width(text: str, expected: str) -> None:
    assert normalise_width(text) == expected
    assert len(normalise_width(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区委书记林向 海讲话", "区委书记林向海讲话"),
        ("区委书 记", "区委书记"),
        ("市人大 常委会", "市人大常委会"),
        ("10 月 18 日", "10月18日"),
        ("代区长程\n立文主持", "代区长程立文主持"),
        ("第一段。\n\n第二段", "第一段。\n\n第二段"),  # a blank line is a real break
        ("邵 **建军)**", "邵建军)"),
        ("JIN RI QU JIANG 今日", "JIN RI QU JIANG 今日"),  # spaces between Latin words stay
        ("", ""),
    ],
)
def test_repair(text: str, expected: str) -> None:
    assert repair(text).text == expected


def test_repair_maps_offsets_back_to_the_original() -> None:
    original = "前言。区委书 记林向 海讲话，区长\n王五主持。"
    repaired = repair(original)
    for word in ("区委书记", "林向海", "王五"):
        pos = repaired.text.index(word)
        start = repaired.original_offset(pos)
        assert original[start] == word[0]
    assert repaired.original_offset(0) == 0


@pytest.mark.parametrize(
    ("text", "word", "sentence"),
    [
        ("开头。区委书记张三讲话。结尾", "张三", "区委书记张三讲话。"),
        ("标题\n区长李四主持", "李四", "区长李四主持"),
        ("没有句号的文字", "文字", "没有句号的文字"),
    ],
)
def test_sentence_at(text: str, word: str, sentence: str) -> None:
    assert sentence_at(text, text.index(word)) == sentence


def test_find_issue_files_recurses_and_filters(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("a.txt", "b/c.md", "b/d.pdf", "e.TXT"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_issue_files([tmp_path])]
    assert found == ["a.txt", "b/c.md", "e.TXT"]


def test_find_issue_files_follows_a_linked_folder_once(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c.txt").write_text("x")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "linked").symlink_to(tmp_path / "b", target_is_directory=True)
    found = [p.relative_to(tmp_path).as_posix() for p in find_issue_files([tmp_path])]
    assert found == ["b/c.txt", "linked/c.txt"]
