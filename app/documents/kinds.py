"""The document kinds, their titles and the render options: plain data, no ReportLab, so the
services, the CLI parser and the views can name documents without loading the PDF engine."""

from __future__ import annotations

from dataclasses import dataclass

KINDS: tuple[str, ...] = (
    "application",
    "registration",
    "notice",
    "investigation",
    "record",
    "agreement",
    "oral-agreement",
    "judicial-confirmation",
    "follow-up",
    "termination",
    "case-file",
)

TITLES: dict[str, str] = {
    "application": "人民调解申请书",
    "registration": "人民调解受理登记表",
    "notice": "人民调解当事人权利义务告知书",
    "investigation": "人民调解调查记录",
    "record": "人民调解记录",
    "agreement": "人民调解协议书",
    "oral-agreement": "人民调解口头协议登记表",
    "judicial-confirmation": "司法确认申请书",
    "follow-up": "人民调解回访记录",
    "termination": "人民调解终止通知书",
    "case-file": "调解卷宗",
}


@dataclass(frozen=True)
class Options:
    issued: bool = True
    for_wet_signature: bool = False
