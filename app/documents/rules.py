"""Legal checks on document data that the UI shows before printing or applying.

Courts refuse to confirm agreements whose content is unclear (民诉法解释 art 358) and do not
accept status or title matters at all (art 355); the mediator should learn that while the
agreement can still be changed, not from the court.
"""

from __future__ import annotations

from decimal import Decimal

from app.documents.model import (
    Agreement,
    CourtBasis,
    CourtChoice,
    JudicialConfirmation,
    Term,
    TermKind,
)

_UNCLEAR = "法院可能以调解协议“内容不明确”为由不予确认（民诉法解释第三百五十八条）"
_STATUS_WORDS = ("离婚", "婚姻关系", "收养关系", "亲子关系", "解除收养", "确认亲子")
_TITLE_WORDS = ("所有权归", "产权归", "确权", "权属归", "知识产权归", "专利权归", "商标权归")


def _term_text(term: Term) -> str:
    return f"{term.what}{term.method}{term.place}"


def _term_warnings(index: int, term: Term, party_names: set[str]) -> list[str]:
    label = f"第{index}项协议内容"
    warnings: list[str] = []
    if term.kind == TermKind.PAYMENT:
        if term.amount is None:
            warnings.append(f"{label}为给付款项，但未写明金额，{_UNCLEAR}。")
        elif term.amount <= Decimal(0):
            warnings.append(f"{label}的金额应大于零。")
        if term.deadline is None:
            warnings.append(f"{label}为给付款项，但未写明履行期限，{_UNCLEAR}。")
        if not term.obligee:
            warnings.append(f"{label}未写明收款人（权利人），{_UNCLEAR}。")
    elif term.kind == TermKind.ACT and term.deadline is None:
        warnings.append(f"{label}未写明履行期限，{_UNCLEAR}。")
    if term.kind != TermKind.STATEMENT:
        if not term.obligor:
            warnings.append(f"{label}未写明履行义务人，{_UNCLEAR}。")
        elif term.obligor not in party_names:
            warnings.append(f"{label}的义务人“{term.obligor}”不是本案当事人。")
    if not term.what.strip():
        warnings.append(f"{label}未写明具体内容，{_UNCLEAR}。")
    return warnings


def agreement_warnings(agreement: Agreement) -> list[str]:
    """Chinese warnings about an agreement's content, in the order a mediator would fix them."""
    warnings: list[str] = []
    if not agreement.terms:
        warnings.append(f"协议未列明任何协议内容，{_UNCLEAR}。")
    names = {p.name for p in agreement.case.parties}
    for index, term in enumerate(agreement.terms, start=1):
        warnings.extend(_term_warnings(index, term, names))
    if not (agreement.performance_manner and agreement.performance_deadline):
        warnings.append("未写明履行方式或履行期限（人民调解法第二十九条）。")
    text = "".join(_term_text(t) for t in agreement.terms)
    if agreement.status_matter or any(w in text for w in _STATUS_WORDS):
        warnings.append(
            "协议涉及婚姻、亲子、收养等身份关系的确认或解除，人民法院不予受理司法确认申请"
            "（民诉法解释第三百五十五条）。"
        )
    if agreement.title_matter or any(w in text for w in _TITLE_WORDS):
        warnings.append(
            "协议涉及物权、知识产权的确权，人民法院不予受理司法确认申请"
            "（民诉法解释第三百五十五条）。"
        )
    return warnings


def choose_court(
    *,
    committee_court: str,
    inviting_court: str = "",
    party_domicile_court: str = "",
    subject_location_court: str = "",
    preferred: CourtBasis | None = None,
) -> CourtChoice:
    """The court for a judicial-confirmation application (民诉法 art 205).

    A court that invited the mediation is the only choice. Otherwise the parties may pick the
    basic court of a party's domicile, of the subject matter's location or of the committee's
    location; without a usable preference the committee's court is used (always known).
    """
    if inviting_court:
        return CourtChoice(court=inviting_court, basis=CourtBasis.INVITING_COURT)
    candidates = {
        CourtBasis.PARTY_DOMICILE: party_domicile_court,
        CourtBasis.SUBJECT_LOCATION: subject_location_court,
        CourtBasis.COMMITTEE_LOCATION: committee_court,
    }
    if preferred is not None and candidates.get(preferred):
        return CourtChoice(court=candidates[preferred], basis=preferred)
    return CourtChoice(court=committee_court, basis=CourtBasis.COMMITTEE_LOCATION)


def confirmation_court(application: JudicialConfirmation) -> CourtChoice:
    """The court an application is addressed to, from the case and the station."""
    return choose_court(
        committee_court=application.station.basic_court,
        inviting_court=application.case.inviting_court,
        party_domicile_court=application.party_domicile_court,
        subject_location_court=application.subject_location_court,
        preferred=application.preferred_basis,
    )
