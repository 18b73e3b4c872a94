"""Every document kind renders as a proper form: title, number, fields, names, fonts, pages."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app.documents import layout
from app.documents.fingerprint import content_fingerprint, qr_payload
from app.documents.fonts import MissingGlyphError
from app.documents.render import KINDS, TITLES, render
from app.documents.templates.intake import APPLICATION_STATEMENT
from tests.documents import samples
from tests.documents.pdfcheck import (
    PAGE_OF,
    all_text,
    flat,
    fonts,
    image_count,
    is_embedded,
    page_texts,
    signature_fields,
)

NAMES = ("王𠮷", "深圳市喆堃贸易有限公司")

# Per kind: what the form must show besides title, number and party names.
REQUIRED: dict[str, tuple[str, ...]] = {
    "application": (
        "深圳市罗湖区东门街道人民调解委员会",
        "姓名",
        "性别",
        "民族",
        "年龄",
        "职业或职务",
        "联系方式",
        "单位或住址",
        "纠纷简要情况",
        "申请事项",
        APPLICATION_STATEMENT,
        "请求被申请人支付拖欠货款人民币45,000元",
        "李堃",
        "（签名/盖章/按指印）",
    ),
    "registration": (
        "登记日期",
        "受理日期",
        "纠纷类型",
        "合同纠纷",
        "案件来源",
        "当事人来访申请",
        "2026年3月2日，本人民调解委员会依当事人申请，经当事人同意，调解王𠮷、"
        "深圳市喆堃贸易有限公司之间的合同纠纷。",
        "此表由人民调解委员会填写",
        "登记人",
        "刘敏",
        "（印）",
    ),
    "notice": (
        "（一）选择或者接受人民调解员；",
        "（二）接受调解、拒绝调解或者要求终止调解；",
        "（三）要求调解公开进行或者不公开进行；",
        "（四）自主表达意愿、自愿达成调解协议。",
        "（一）如实陈述纠纷事实；",
        "（二）遵守调解现场秩序，尊重人民调解员；",
        "（三）尊重对方当事人行使权利。",
        "具有法律约束力，当事人应当按照约定履行",
        "一方当事人可以向人民法院提起诉讼",
        "三十日内共同向人民法院申请司法确认",
        "不收取任何费用",
    ),
    "investigation": (
        "时间",
        "2026年3月1日10时00分至10时40分",
        "地点",
        "被调查人",
        "李堃",
        "调查人",
        "张喆",
        "记录人",
        "刘敏",
        "问：",
        "答：",
        "尚欠45,000元",
    ),
    "record": (
        "时间",
        "地点",
        "事由",
        "买卖合同货款纠纷",
        "参加人",
        "黄律师（法律顾问）",
        "人民调解员",
        "张喆",
        "记录人",
        "调解记录",
        "14:05",
        "调解结果",
        "以上记录已向当事人宣读（经当事人阅看），确认无误。",
    ),
    "agreement": (
        "姓名",
        "性别",
        "男",
        "民族",
        "汉族",
        "年龄",
        "41岁",
        "职业或职务",
        "个体工商户",
        "联系方式",
        "13800138000",
        "单位或住址",
        "名称",
        "住所",
        "法定代表人",
        "李堃",
        "职务",
        "总经理",
        "统一社会信用代码",
        "91440300MA5F123456",
        "纠纷主要事实、争议事项",
        "争议事项：",
        "各方当事人的责任",
        "经调解，自愿达成如下协议",
        "人民币30,000.00元（大写：叁万元整）",
        "于2026年3月31日前",
        "人民币15,000.00元（大写：壹万伍仟元整）",
        "履行方式：银行转账",
        "履行地点：深圳市罗湖区",
        "逾期未履行或者未全部履行的，应按未付金额每日万分之五",
        "履行方式、地点、期限",
        "2026年4月30日前全部履行完毕",
        "本协议一式三份，当事人、人民调解委员会各持一份。",
        "人民调解员",
        "张喆",
        "记录人",
        "刘敏",
        "指印",
        "（印）",
        "2026年3月2日",
    ),
    "oral-agreement": (
        "纠纷简要情况",
        "协议内容",
        "履行方式、时限",
        "协议达成日期",
        "履行情况",
        "尚未履行",
        "口头调解协议自各方当事人达成协议之日起生效",
        "登记人",
    ),
    "judicial-confirmation": (
        "申请人：王𠮷",
        "申请人：深圳市喆堃贸易有限公司",
        "请求事项",
        "事实和理由",
        "有效",
        "此致",
        "深圳市罗湖区人民法院",
        "调解组织所在地基层人民法院",
        "2026年4月1日",
        "申请人保证",
        "人民调解协议书",
        "13800138000",
        "0755-25550000",
    ),
    "follow-up": (
        "被回访人",
        "回访时间",
        "调解协议编号",
        "回访事由",
        "协议履行情况",
        "第一期货款30,000元已于2026年3月28日收到",
        "回访人",
        "张喆",
    ),
    "termination": (
        "一方当事人不愿继续调解",
        "第二十六条",
        "终止调解",
        "仲裁：",
        "诉讼：",
        "行政：",
        "向有管辖权的人民法院提起诉讼",
        "请求有关行政机关依法处理",
        "特此通知",
    ),
    "case-file": (
        "调解卷宗",
        "卷内目录",
        "卷内备考表",
        "王𠮷与深圳市喆堃贸易有限公司买卖合同纠纷",
        "（2026）人调字第12号",
        "立卷人",
        "保管期限",
        "人民调解协议书",
        "人民调解申请书",
    ),
}


def test_kinds_and_titles_are_complete() -> None:
    assert set(REQUIRED) == set(KINDS) == set(TITLES)
    assert TITLES["agreement"] == "人民调解协议书"
    assert TITLES["termination"] == "人民调解终止通知书"


@pytest.mark.parametrize("kind", KINDS)
def test_title_number_names_and_fields(
    kind: str, rendered: dict[str, bytes], documents: dict[str, object]
) -> None:
    text = all_text(rendered[kind])
    doc = documents[kind]
    assert TITLES[kind] in text
    assert flat(doc.number) in text  # type: ignore[attr-defined]
    for name in NAMES:
        assert name in text, name
    missing = [s for s in REQUIRED[kind] if flat(s) not in text]
    assert missing == []


@pytest.mark.parametrize("kind", KINDS)
def test_every_font_is_embedded(kind: str, rendered: dict[str, bytes]) -> None:
    used = fonts(rendered[kind])
    assert used
    assert [str(f.get("/BaseFont")) for f in used if not is_embedded(f)] == []


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "case-file"])
def test_page_x_of_y_and_fingerprint_on_every_page(
    kind: str, rendered: dict[str, bytes], documents: dict[str, object]
) -> None:
    pdf = rendered[kind]
    pages = page_texts(pdf)
    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    fingerprint = content_fingerprint(documents[kind])  # type: ignore[arg-type]
    for index, page in enumerate(pages, start=1):
        assert [tuple(map(int, m)) for m in PAGE_OF.findall(page)] == [(index, len(pages))]
        assert fingerprint in flat(page)


def test_ext_b_name_is_a_real_glyph(rendered: dict[str, bytes]) -> None:
    """𠮷 comes from the fallback font (not a .notdef box) and extracts as U+20BB7."""
    pdf = rendered["agreement"]
    names = {str(f.get("/BaseFont")) for f in fonts(pdf)}
    assert any("HanaMinB" in n for n in names)
    assert any("UMingCN" in n for n in names)
    assert "\U00020bb7" in all_text(pdf)


def test_unknown_character_raises_naming_it() -> None:
    bad = replace(samples.APPLICANT, name="王\U0010fffd")
    case = replace(samples.CASE, parties=(bad, samples.RESPONDENT))
    doc = replace(samples.all_documents()["application"], case=case)
    with pytest.raises(MissingGlyphError) as info:
        render("application", doc)
    assert info.value.char == "\U0010fffd"
    assert "U+10FFFD" in info.value.zh
    assert info.value.field == "data.case.parties[0].name"


def test_kind_and_data_must_match(documents: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        render("agreement", documents["application"])  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        render("contract", documents["agreement"])  # type: ignore[arg-type]


def test_drawn_signatures_are_placed_and_wet_copy_leaves_boxes_empty() -> None:
    doc = samples.agreement(signed=True)
    signed = render("agreement", doc)
    assert image_count(signed) == len(doc.signatures)
    assert all_text(signed).count("年月日") == 0
    wet = render("agreement", doc, for_wet_signature=True)
    assert image_count(wet) == 0
    text = all_text(wet)
    assert text.count("年月日") == len(doc.signatures)  # signers date the ink copy by hand
    assert text.count("指印") == all_text(signed).count("指印")  # fingerprint boxes stay
    unsigned = replace(doc, signatures=tuple(replace(s, wet=True) for s in doc.signatures))
    assert image_count(render("agreement", unsigned)) == 0


def test_draft_has_watermark_and_no_fingerprint() -> None:
    doc = samples.agreement()
    draft = all_text(render("agreement", doc, issued=False))
    assert "草稿" in draft
    assert content_fingerprint(doc) not in draft
    assert "内容指纹" not in draft


def test_qr_code_carries_number_and_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    real = layout.draw_qr
    monkeypatch.setattr(
        layout,
        "draw_qr",
        lambda canv, payload, *a: (drawn.append(payload), real(canv, payload, *a)),
    )
    doc = samples.agreement()
    render("agreement", doc)
    assert drawn == [qr_payload(doc)]  # first page only
    assert samples.NUMBER in drawn[0] and content_fingerprint(doc) in drawn[0]
    drawn.clear()
    render("agreement", doc, issued=False)
    assert drawn == []


def test_long_text_flows_and_signatures_stay_together() -> None:
    pdf = render("agreement", samples.agreement(facts_repeat=10, signed=True))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    signature_pages = {i for i, p in enumerate(pages) if "（签名/盖章/按指印）" in flat(p)}
    assert len(signature_pages) == 1
    last = flat(pages[signature_pages.pop()])
    assert all(s in last for s in ("申请人", "被申请人", "人民调解员", "记录人", "刘敏"))


def test_copies_follow_the_number_of_parties() -> None:
    third = replace(samples.APPLICANT, role=samples.PartyRole.THIRD_PARTY, name="赵堃")
    doc = samples.agreement()
    doc = replace(doc, case=replace(doc.case, parties=(*doc.case.parties, third)))
    assert doc.copies == 4
    assert "本协议一式四份" in all_text(render("agreement", doc))


def test_agreement_has_a_prepared_seal_field_by_the_date(rendered: dict[str, bytes]) -> None:
    pdf = rendered["agreement"]
    [(name, page, rect)] = signature_fields(pdf)
    assert name == "CommitteeSeal"
    assert "（印）" in flat(page_texts(pdf)[page])
    assert rect[2] - rect[0] == pytest.approx(rect[3] - rect[1])


def test_judicial_confirmation_goes_to_the_inviting_court() -> None:
    doc = samples.all_documents()["judicial-confirmation"]
    doc = replace(doc, case=replace(doc.case, inviting_court="深圳市中级人民法院"))
    text = all_text(render("judicial-confirmation", doc))
    assert "深圳市中级人民法院" in text and "作出邀请的人民法院" in text
