"""Chinese full-text search over case summaries, claims and party names.

SQLite: an FTS5 table of bigram tokens (app.domain.textsearch), so two-character words such
as 欠薪 are found through the index. PostgreSQL: a plain ILIKE over the same fields.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, or_, select, text
from sqlalchemy.orm import Session

from app.domain import textsearch
from app.storage.models import Case, Party


def document_text(number: str, summary: str, claims: Iterable[str], party_names: Iterable[str]) -> str:
    return " ".join([number, summary, *claims, *party_names])


def index_case(session: Session, case_id: str, body: str) -> None:
    if session.get_bind().dialect.name != "sqlite":
        return
    session.execute(text("DELETE FROM case_search WHERE case_id = :id"), {"id": case_id})
    session.execute(text("INSERT INTO case_search (case_id, body) VALUES (:id, :body)"),
                    {"id": case_id, "body": textsearch.tokens_for_index(body)})


def index_many(session: Session, rows: Iterable[tuple[str, str]]) -> None:
    """Bulk variant for seeding: rows of (case_id, plain text)."""
    session.execute(text("INSERT INTO case_search (case_id, body) VALUES (:id, :body)"),
                    [{"id": cid, "body": textsearch.tokens_for_index(body)} for cid, body in rows])


def restrict(query: Select, session: Session, needle: str) -> Select:
    """Narrow a Case query to cases matching the search text."""
    needle = needle.strip()
    if not needle:
        return query
    if session.get_bind().dialect.name == "sqlite":
        match = textsearch.match_query(needle)
        if match is None:
            return query
        ids = select(text("case_id")).select_from(text("case_search")).where(
            text("case_search MATCH :m")).params(m=match)
        return query.where(Case.id.in_(ids)).params(m=match)
    like = f"%{needle}%"
    party_hit = select(Party.case_id).where(Party.name.ilike(like))
    return query.where(or_(Case.summary.ilike(like), Case.number.ilike(like), Case.id.in_(party_hit)))
