"""The standard signing slots of each form, derived from the case.

A document given without `signatures` is printed with these slots, all empty for ink. The
services call `signature_slots` to know which slots to collect drawn signatures for, then
pass them back (with `drawn_png`) in the document's `signatures`.
"""

from __future__ import annotations

from app.documents import model as m
from app.domain.catalog import PartyRole


def _parties(
    case: m.Case,
    *,
    role: str | None = None,
    only: PartyRole | None = None,
    fingerprint: bool = True,
) -> list[m.Signature]:
    return [
        m.Signature(role=role or p.role_label, name=p.name, fingerprint=fingerprint)
        for p in case.parties
        if only is None or p.role == only
    ]


def _staff(role: str, names: tuple[str, ...] | list[str]) -> list[m.Signature]:
    return [m.Signature(role=role, name=n) for n in names if n]


def signature_slots(doc: m.DocumentBase) -> tuple[m.Signature, ...]:
    case = doc.case
    mediators = _staff("人民调解员", case.mediators)
    recorder = _staff("记录人", [case.recorder])
    slots: list[m.Signature]
    match doc:
        case m.Application():
            slots = _parties(case, only=PartyRole.APPLICANT)
        case m.Registration():
            slots = _parties(case, role="当事人", fingerprint=False)
            slots += _staff("登记人", [doc.registrar])
        case m.RightsNotice():
            slots = _parties(case, role="当事人（签收）")
        case m.Investigation():
            slots = [m.Signature(role="被调查人", name=doc.subject, fingerprint=True)]
            slots += _staff("调查人", doc.investigators) + _staff("记录人", [doc.recorder])
        case m.MediationRecord():
            slots = _parties(case) + _staff("参加人", doc.participants) + mediators + recorder
        case m.Agreement():
            slots = _parties(case) + mediators + recorder
        case m.OralAgreement():
            slots = _parties(case) + mediators + _staff("登记人", [doc.registrar])
        case m.JudicialConfirmation():
            slots = _parties(case, role="申请人")
        case m.FollowUp():
            slots = [m.Signature(role="被回访人", name=doc.visited, fingerprint=True)]
            slots += _staff("回访人", doc.visitors)
        case m.Termination():
            slots = mediators + _parties(case, role="当事人（签收）")
        case _:
            slots = []
    return tuple(slots)
