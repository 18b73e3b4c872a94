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
from app.domain.errors import Notice

_UNCLEAR = "法院可能以调解协议“内容不明确”为由不予确认（民诉法解释第三百五十八条）"
_UNCLEAR_EN = ("a court may refuse to confirm the agreement as “unclear in content” "
               "(SPC Interpretation of the Civil Procedure Law, art. 358)")
_NOT_ACCEPTED_EN = ("a court does not accept an application for judicial confirmation of it "
                    "(SPC Interpretation of the Civil Procedure Law, art. 355)")
_STATUS_WORDS = ("离婚", "婚姻关系", "收养关系", "亲子关系", "解除收养", "确认亲子")
_TITLE_WORDS = ("所有权归", "产权归", "确权", "权属归", "知识产权归", "专利权归", "商标权归")


def _term_text(term: Term) -> str:
    return f"{term.what}{term.method}{term.place}"


def _term_warnings(index: int, term: Term, party_names: set[str]) -> list[Notice]:
    label, label_en = f"第{index}项协议内容", f"Term {index}"
    warnings: list[Notice] = []

    def unclear(zh: str, en: str) -> None:
        warnings.append(Notice(f"{label}{zh}，{_UNCLEAR}。", f"{label_en} {en}: {_UNCLEAR_EN}."))

    if term.kind == TermKind.PAYMENT:
        if term.amount is None:
            unclear("为给付款项，但未写明金额", "is a payment without an amount")
        elif term.amount <= Decimal(0):
            warnings.append(Notice(f"{label}的金额应大于零。", f"{label_en}: the amount must be above zero."))
        if term.deadline is None:
            unclear("为给付款项，但未写明履行期限", "is a payment without a deadline")
        if not term.obligee:
            unclear("未写明收款人（权利人）", "does not name the payee (obligee)")
    elif term.kind == TermKind.ACT and term.deadline is None:
        unclear("未写明履行期限", "has no deadline")
    if term.kind != TermKind.STATEMENT:
        if not term.obligor:
            unclear("未写明履行义务人", "does not name who must perform it (obligor)")
        elif term.obligor not in party_names:
            warnings.append(Notice(f"{label}的义务人“{term.obligor}”不是本案当事人。",
                                        f"{label_en}: the obligor “{term.obligor}” is not a party to this case."))
    if not term.what.strip():
        unclear("未写明具体内容", "does not say what is to be done")
    return warnings


def agreement_warnings(agreement: Agreement) -> list[Notice]:
    """Warnings about an agreement's content, in the order a mediator would fix them."""
    warnings: list[Notice] = []
    if not agreement.terms:
        warnings.append(Notice(f"协议未列明任何协议内容，{_UNCLEAR}。",
                                    f"The agreement lists no terms: {_UNCLEAR_EN}."))
    names = {p.name for p in agreement.case.parties}
    for index, term in enumerate(agreement.terms, start=1):
        warnings.extend(_term_warnings(index, term, names))
    if not (agreement.performance_manner and agreement.performance_deadline):
        warnings.append(Notice("未写明履行方式或履行期限（人民调解法第二十九条）。",
                                    "The manner or the deadline of performance is not stated "
                                    "(People's Mediation Law, art. 29)."))
    text = "".join(_term_text(t) for t in agreement.terms)
    if agreement.status_matter or any(w in text for w in _STATUS_WORDS):
        warnings.append(Notice(
            "协议涉及婚姻、亲子、收养等身份关系的确认或解除，人民法院不予受理司法确认申请"
            "（民诉法解释第三百五十五条）。",
            f"The agreement confirms or dissolves a personal status (marriage, parentage, adoption): "
            f"{_NOT_ACCEPTED_EN}."))
    if agreement.title_matter or any(w in text for w in _TITLE_WORDS):
        warnings.append(Notice(
            "协议涉及物权、知识产权的确权，人民法院不予受理司法确认申请"
            "（民诉法解释第三百五十五条）。",
            f"The agreement decides title to property or intellectual property: {_NOT_ACCEPTED_EN}."))
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
