"""Pieces shared by the form templates: options, header, party grids, signature rows."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.documents import layout
from app.documents.fonts import SANS, para_markup
from app.documents.kinds import TITLES, Options
from app.documents.model import Agent, DocumentBase, Party, Signature
from app.documents.slots import signature_slots


def header(doc: DocumentBase) -> list[Flowable]:
    return [
        layout.TitleBlock(doc.station.committee_name, TITLES[doc.KIND], doc.number),
        Spacer(1, 3 * mm),
    ]


def dash(value: object) -> str:
    """Empty form cells show a dash so a blank is visibly intentional."""
    if value is None or value == "":
        return "—"
    return str(value)


def labelled(label: str, text: str) -> Flowable:
    """ "问：…" style paragraph with the label in the heading face."""
    return layout.labelled_para(f'<font name="{SANS}">{para_markup(label)}</font>', text, layout.STYLES.cell)


# ---------------------------------------------------------------------------------------
# Party grid: the MoJ application/agreement layout (role column + label/value pairs)

_GRID_MM = (14, 35, 41, 22, 48)


def _agent_row(agent: Agent) -> list[Any]:
    name = agent.name + (f"（{agent.relation}）" if agent.relation else "")
    if agent.phone:
        name += f"，电话{agent.phone}"
    return [
        "",
        layout.label_cell("委托代理人"),
        name,
        layout.label_cell("代理权限"),
        dash(agent.authority),
    ]


def _person_rows(p: Party) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["", layout.label_cell("姓名"), p.name, layout.label_cell("性别"), dash(p.gender)],
        [
            "",
            layout.label_cell("民族"),
            dash(p.ethnicity),
            layout.label_cell("年龄"),
            dash(f"{p.age}岁" if p.age is not None else None),
        ],
        [
            "",
            layout.label_cell("职业或职务"),
            dash(p.occupation),
            layout.label_cell("联系方式"),
            dash(p.phone),
        ],
        [
            "",
            layout.label_cell("单位或住址"),
            "；".join(x for x in (p.employer, p.address) if x) or "—",
            "",
            "",
        ],
    ]
    if p.id_number:
        rows.append(["", layout.label_cell("身份证件号码"), p.id_number, "", ""])
    return rows


def _organisation_rows(p: Party) -> list[list[Any]]:
    return [
        ["", layout.label_cell("名称"), p.name, "", ""],
        ["", layout.label_cell("住所"), dash(p.address), "", ""],
        [
            "",
            layout.label_cell("法定代表人（负责人）"),
            dash(p.legal_rep),
            layout.label_cell("职务"),
            dash(p.legal_rep_title),
        ],
        [
            "",
            layout.label_cell("统一社会信用代码"),
            dash(p.credit_code),
            layout.label_cell("联系方式"),
            dash(p.phone),
        ],
    ]


def party_grid(parties: tuple[Party, ...]) -> list[Flowable]:
    """One ruled block per party; each block is one table so it is never split."""
    blocks: list[Flowable] = []
    for p in parties:
        rows = _organisation_rows(p) if p.is_organisation else _person_rows(p)
        if p.agent is not None:
            rows.append(_agent_row(p.agent))
        rows[0][0] = layout.vertical_label(p.role_label)
        spans = [((0, 0), (0, len(rows) - 1))]
        spans += [((2, i), (4, i)) for i, r in enumerate(rows) if r[3] == "" and r[4] == ""]
        blocks.append(layout.form_table(rows, _GRID_MM, spans=spans, min_height=8.5 * mm))
    return blocks


def party_line(p: Party) -> str:
    """A party described in one sentence, as court applications list them."""
    if p.is_organisation:
        parts = [
            p.name,
            f"住所：{dash(p.address)}",
            f"统一社会信用代码：{dash(p.credit_code)}",
            f"法定代表人（负责人）：{dash(p.legal_rep)}"
            + (f"，职务：{p.legal_rep_title}" if p.legal_rep_title else ""),
            f"联系电话：{dash(p.phone)}",
        ]
    else:
        parts = [p.name] + [x for x in (p.gender, p.ethnicity) if x]
        if p.age is not None:
            parts.append(f"{p.age}岁")
        if p.occupation:
            parts.append(p.occupation)
        if p.id_number:
            parts.append(f"身份证件号码：{p.id_number}")
        if p.employer:
            parts.append(f"工作单位：{p.employer}")
        parts += [f"住址：{dash(p.address)}", f"联系电话：{dash(p.phone)}"]
    line = "，".join(parts) + "。"
    if p.agent is not None:
        line += f"委托代理人：{p.agent.name}" + (
            f"（{p.agent.relation}）" if p.agent.relation else ""
        )
        line += f"，代理权限：{p.agent.authority}。" if p.agent.authority else "。"
    return line


# ---------------------------------------------------------------------------------------
# Signatures


def signature_rows(doc: DocumentBase, opts: Options) -> list[layout.SignatureRow]:
    slots: tuple[Signature, ...] = doc.signatures or signature_slots(doc)
    rows = []
    for s in slots:
        # Ink copies are dated by hand, next to the ink signature.
        wet = opts.for_wet_signature or s.wet
        rows.append(
            layout.SignatureRow(
                role=s.role,
                name=s.name,
                png=None if wet else s.drawn_png,
                fingerprint=s.fingerprint,
                signed_on=None if wet else s.signed_on,
            )
        )
    return rows


def closing(
    doc: DocumentBase,
    opts: Options,
    *,
    on: Any,
    seal: bool = True,
    lead: list[Flowable] | None = None,
) -> list[Flowable]:
    """Signature block plus the committee seal area, kept together on one page."""
    seal_area = layout.SealArea(doc.station.committee_name, on) if seal else None
    rows = signature_rows(doc, opts)
    if not rows:
        parts: list[Flowable] = list(lead or [])
        if seal_area is not None:
            parts.append(seal_area)
        return [KeepTogether(parts)]
    return [layout.signature_block(rows, seal=seal_area, lead=lead or [])]
