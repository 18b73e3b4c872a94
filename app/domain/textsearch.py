"""Chinese full-text search on SQLite FTS5 with the stock unicode61 tokenizer.

unicode61 cannot split Chinese into words: a whole run of CJK characters would become one
token. So we tokenise ourselves and store space-separated tokens that unicode61 leaves as
they are:

- each run of CJK (wide) letters/digits becomes its overlapping bigrams, followed by the
  run's last character on its own:  拖欠工资 → "拖欠 欠工 工资 资";
- other letters/digits form words, lowercased:  ABC-123 → "abc 123";
- everything else (punctuation, symbols, spaces) separates.

The trailing single character lets a one-character query find a character at the end of a
run (`"资"*` matches the token 资); every other position is the first character of a bigram.
It also keeps runs apart: a bigram phrase can never run across two runs.

match_query builds the MATCH expression from the same tokens, so a query word that is a
substring of an indexed text (within one run) is found, and, for queries made only of CJK
characters, only such texts are found. Words made of Latin letters or digits match whole
words, except the last word of a query word, which matches by prefix (138 finds 13812345678).

Create the table with `tokenize = 'unicode61'` (FTS5_TOKENIZE) and insert
tokens_for_index(text) into it; keep the original text in the main table.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator

FTS5_TOKENIZE = "unicode61"

_WIDE, _WORD = "wide", "word"


def _char_class(ch: str) -> str | None:
    """_WIDE for CJK-like letters/digits, _WORD for other letters/digits, None to separate."""
    category = unicodedata.category(ch)
    if category[0] not in "LN":
        return None
    return _WIDE if unicodedata.east_asian_width(ch) in ("W", "F") else _WORD


def _segments(text: str) -> Iterator[tuple[str, str]]:
    """(class, run) for each maximal run of same-class characters, after NFKC folding."""
    run, run_class = "", None
    for ch in unicodedata.normalize("NFKC", text):
        cls = _char_class(ch)
        if cls != run_class and run:
            yield run_class, run  # type: ignore[misc]
            run = ""
        run_class = cls
        if cls is not None:
            run += ch
    if run:
        yield run_class, run  # type: ignore[misc]


def _wide_tokens(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def _tokens(text: str) -> list[tuple[str, list[str]]]:
    out = []
    for cls, run in _segments(text):
        out.append((cls, _wide_tokens(run) if cls == _WIDE else [run.lower()]))
    return out


def tokens_for_index(text: str) -> str:
    """The space-separated token string to store in the FTS5 table for `text`."""
    return " ".join(tok for _, toks in _tokens(text or "") for tok in toks)


def _phrase(word: str) -> str | None:
    """One quoted FTS5 phrase for a whitespace-free query word (None if it has no tokens)."""
    segments = _tokens(word)
    if not segments:
        return None
    last_class, last_tokens = segments[-1]
    prefix = True
    if last_class == _WIDE and len(last_tokens) > 1:
        # A run of 2+ characters at the end of the query may sit inside a longer indexed run,
        # so its trailing single-character token must not be required.
        last_tokens = last_tokens[:-1]
        prefix = False
    tokens = [t for _, toks in segments[:-1] for t in toks] + last_tokens
    quoted = '"' + " ".join(tokens).replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


def match_query(query: str) -> str | None:
    """FTS5 MATCH expression for a user query: every whitespace-separated word must occur.

    Returns None for a blank query (or one with nothing searchable), so the caller can skip
    the full-text filter instead of sending an invalid expression.
    """
    phrases = [p for p in (_phrase(w) for w in (query or "").split()) if p is not None]
    return " AND ".join(phrases) if phrases else None
