"""Chinese full-text search with FTS5 unicode61 over bigram tokens, run on real SQLite."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.textsearch import FTS5_TOKENIZE, match_query, tokens_for_index

TEXTS = [
    "老板拖欠工资三个月，工人要求支付欠薪",
    "邻居装修噪音扰民",
    "ABC物业公司 电话 13812345678",
    "租客欠租不还，房东锁门",
    "工资",
    "欠",
    'He said "hello" to 张三',
]


def _db(texts: list[str]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = '{FTS5_TOKENIZE}')")
    db.executemany("INSERT INTO docs(rowid, body) VALUES (?, ?)",
                   [(i, tokens_for_index(t)) for i, t in enumerate(texts)])
    return db


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    conn = _db(TEXTS)
    yield conn
    conn.close()


def search(db: sqlite3.Connection, query: str) -> set[int]:
    expr = match_query(query)
    assert expr is not None
    return {row[0] for row in db.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (expr,))}


def test_tokens() -> None:
    assert tokens_for_index("拖欠工资") == "拖欠 欠工 工资 资"
    assert tokens_for_index("欠") == "欠"
    assert tokens_for_index("ABC物业，Tel:138") == "abc 物业 业 tel 138"
    assert tokens_for_index("ＡＢＣ１２３") == "abc123"  # full-width folded
    assert tokens_for_index("") == ""
    assert tokens_for_index("，。！") == ""


def test_match_query_shapes() -> None:
    assert match_query("欠薪") == '"欠薪"'
    assert match_query("拖欠工资") == '"拖欠 欠工 工资"'
    assert match_query("欠") == '"欠"*'
    assert match_query("欠薪  物业") == '"欠薪" AND "物业"'
    assert match_query("138") == '"138"*'
    assert match_query('工资"') == '"工资"'
    assert match_query("   ") is None
    assert match_query("") is None
    assert match_query("，。") is None


@pytest.mark.parametrize(("query", "rows"), [
    ("欠薪", {0}),
    ("拖欠工资", {0}),
    ("工资", {0, 4}),
    ("资", {0, 4}),          # last character of a run
    ("欠", {0, 3, 5}),       # first/middle/only character
    ("三个月", {0}),
    ("工资 欠薪", {0}),       # AND across words
    ("工资 噪音", set()),
    ("薪工", set()),          # characters present but not adjacent
    ("月工", set()),          # only punctuation separates them in the text
    ("物业", {2}),
    ("abc", {2}),
    ("ABC物业", {2}),
    ("138", {2}),            # prefix of a number
    ("13812345678", {2}),
    ("1381234567899", set()),
    ("不还，房东", {3}),      # across punctuation in the same place
    ('"hello"', {6}),
    ("张三", {6}),
    ("OR", set()),           # FTS5 operators are quoted, not interpreted
    ("NEAR(", set()),
    ("欠*", {0, 3, 5}),       # user-typed syntax is inert punctuation
])
def test_search(db: sqlite3.Connection, query: str, rows: set[int]) -> None:
    assert search(db, query) == rows


# Property: with texts drawn from a small alphabet (so that near-misses are common),
# a CJK query matches a text exactly when it is a substring of it.
ALPHABET = "欠薪工资拖老板"
cjk_texts = st.lists(st.text(alphabet=ALPHABET + "，  a1", min_size=1, max_size=12),
                     min_size=1, max_size=6)


@settings(max_examples=150)
@given(cjk_texts, st.text(alphabet=ALPHABET, min_size=1, max_size=4))
def test_cjk_query_matches_exactly_the_texts_containing_it(texts: list[str], query: str) -> None:
    db = _db(texts)
    try:
        assert search(db, query) == {i for i, t in enumerate(texts) if query in t}
    finally:
        db.close()


@settings(max_examples=100)
@given(st.lists(st.text(alphabet=ALPHABET + "， ", min_size=1, max_size=12), min_size=1, max_size=6),
       st.data())
def test_every_substring_of_length_two_or_more_is_found(texts: list[str], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(texts) - 1))
    text = texts[index]
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    query = text[start:end]  # whitespace inside makes several words, each still present
    if len(query.strip()) < 2 or match_query(query) is None:
        return
    db = _db(texts)
    try:
        assert index in search(db, query)
    finally:
        db.close()


@settings(max_examples=100)
@given(st.text(max_size=30))
def test_tokens_survive_unicode61_unchanged(text: str) -> None:
    # Each of our tokens must reach the index as exactly one unicode61 token; otherwise
    # phrase positions would shift. fts5vocab lists what unicode61 actually stored.
    tokens = tokens_for_index(text).split()
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = '{FTS5_TOKENIZE}')")
        db.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, 'instance')")
        db.execute("INSERT INTO docs(rowid, body) VALUES (1, ?)", (" ".join(tokens),))
        stored = [row[0] for row in db.execute("SELECT term FROM vocab ORDER BY offset")]
    finally:
        db.close()
    assert len(stored) == len(tokens)


def test_arbitrary_queries_never_break_fts5(db: sqlite3.Connection) -> None:
    for query in ['"', '""', "a\"b", "*", "^", "-", "(", ")", ":", "col:欠", "欠 OR 薪", "AND",
                  "\x00", "\u200b", "😀欠薪"]:
        expr = match_query(query)
        if expr is not None:
            db.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (expr,)).fetchall()
