"""Agreed terms written out as numbered sentences a court can read without asking.

Each sentence names who performs, for whom, what, how much (figures and capital numerals),
by when, how and where, and what happens on breach.
"""

from __future__ import annotations

from decimal import Decimal

from app.documents.layout import cn_date
from app.documents.model import Party, Term, TermKind
from app.domain.numerals import amount_to_capital

_CN_DIGITS = "零一二三四五六七八九"


def cn_count(n: int) -> str:
    """Small counts in Chinese, as in 本协议一式三份 (1–99)."""
    if not 0 < n < 100:
        return str(n)
    tens, units = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[units]
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[units] if units else "")


def yuan(amount: Decimal) -> str:
    """30000 → 30,000.00 (figures as printed before 元)."""
    return f"{amount:,.2f}"


def capital(amount: Decimal) -> str:
    """Capital numerals via the shared domain helper (30000 → 叁万元整)."""
    return amount_to_capital(amount)


def money(amount: Decimal) -> str:
    return f"人民币{yuan(amount)}元（大写：{capital(amount)}）"


def _who(name: str, parties: tuple[Party, ...]) -> str:
    for party in parties:
        if party.name == name:
            return party.role_label + name
    return name


def _close(text: str) -> str:
    text = text.strip()
    return text if text.endswith(("。", "；", "！")) else text + "。"


def term_sentence(term: Term, parties: tuple[Party, ...]) -> str:
    if term.kind == TermKind.STATEMENT:
        return _close(term.what)
    obligor = _who(term.obligor, parties) if term.obligor else ""
    when = f"于{cn_date(term.deadline)}前" if term.deadline else ""
    to = f"向{_who(term.obligee, parties)}" if term.obligee else ""
    text = f"{obligor}{when}{to}"
    if term.kind == TermKind.PAYMENT:
        text += f"支付{term.what}"
        if term.amount is not None:
            text += money(term.amount)
    else:
        text += term.what
    if term.method:
        text += f"，履行方式：{term.method}"
    if term.place:
        text += f"，履行地点：{term.place}"
    text = _close(text)
    if term.breach:
        subject = term.obligor or "义务人"
        text += _close(f"{subject}逾期未履行或者未全部履行的，{term.breach}")
    return text


def numbered_terms(terms: tuple[Term, ...], parties: tuple[Party, ...]) -> list[str]:
    return [f"{i}. {term_sentence(t, parties)}" for i, t in enumerate(terms, start=1)]
