"""Bad text is refused where it is typed, naming the field and the character: intake, notes,
minutes, panel fields and the agreement editor (NUL, lone surrogates, characters no shipped
font can draw, over-long fields)."""
from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.text import TextKind, check_text
from app.services.common import InvalidInput
from app.services.intake import PartyInput
from tests.services.test_documents import agreed  # noqa: F401 - fixture
from tests.services.test_intake import simple_intake, staff  # noqa: F401 - fixture
from tests.services.test_sessions import _open, _start, room  # noqa: F401 - fixture

UNDRAWABLE = ("\U0001F600", "\U0002B736")  # an emoji; a CJK Ext-C character neither text font has


@pytest.mark.parametrize(("bad", "named"), [
    ("\x00", "“\\u0000”（U+0000）"), ("\ud800", "（U+D800）"), ("\x1b", "（U+001B）"),
    (UNDRAWABLE[0], "“\U0001F600”（U+1F600）"), (UNDRAWABLE[1], "（U+2B736）"),
])
def test_intake_refuses_bad_characters_in_the_summary(services, staff, bad, named):  # noqa: F811
    with pytest.raises(InvalidInput) as err:
        services.intake.register(staff["rec"], simple_intake(summary=f"拖欠工资{bad}三万元"))
    assert "「纠纷简要情况」含有" in err.value.zh and named in err.value.zh
    assert err.value.errors[0].field == "summary"
    assert services.intake.count_cases() == 0


def test_intake_names_the_party_field_and_limits_lengths(services, staff):  # noqa: F811
    inp = simple_intake()
    inp.parties[0].address = "深圳市" + "罗" * 200
    inp.parties.append(PartyInput(name="王\x00五"))
    with pytest.raises(InvalidInput) as err:
        services.intake.register(staff["rec"], inp)
    fields = {e.field: e.zh for e in err.value.errors}
    assert fields["parties[0].address"] == "当事人1：「住址或住所」最多200字，现有203字，请精简后再保存。"
    assert "「姓名或名称」含有无法打印的控制字符" in fields["parties[2].name"]
    with pytest.raises(InvalidInput, match="5000"):
        services.intake.register(staff["rec"], simple_intake(summary="字" * 5001))
    ok = simple_intake(summary="第一段\n第二段\t（含换行和制表符）𠮷")  # multi-line text and Ext-B 𠮷 are fine
    assert services.intake.register(staff["rec"], ok).number


def test_notes_minutes_and_panels_refuse_bad_text(services, room):  # noqa: F811
    med = room["actors"]["med"]
    with pytest.raises(ValidationError) as err:
        services.cases.add_note(med, room["case_id"], body="当事人情绪\x00激动", dimension="reason")
    assert err.value.zh.startswith("「笔记内容」含有无法打印的控制字符") and err.value.field == "body"
    with pytest.raises(ValidationError, match="20000"):
        services.cases.add_note(med, room["case_id"], body="记" * 20001, dimension="reason")
    assert services.cases.add_note(med, room["case_id"], body="记" * 20000, dimension="reason")
    sid = _start(services, room)
    _open(services, room, sid)
    with pytest.raises(ValidationError) as err:
        services.sessions.add_minutes(med, sid, "mediator", f"开始调解{UNDRAWABLE[0]}")
    assert "「笔录内容」含有字体无法打印的字符" in err.value.zh
    with pytest.raises(ValidationError, match="surrogate"):
        services.sessions.save_field(services.auth.unlock_panel("med", "2468"), sid, "reason", "agreed_facts",
                                     "欠薪属实\udc00")
    assert services.sessions.state(med, sid).minutes == []


def test_agreement_editor_refuses_bad_text(services, agreed):  # noqa: F811
    spec = agreed["actors"]["spec"]
    view = services.documents.open_agreement(spec, agreed["case_id"])
    content = view.content
    content.terms[0].what = "拖欠的工资\x07"
    with pytest.raises(InvalidInput) as err:
        services.documents.save_agreement(spec, view.id, content)
    assert "「第1项条款的内容」含有无法打印的控制字符" in err.value.zh
    assert err.value.errors[0].field == "terms[0].what"


def test_single_line_kinds_refuse_line_breaks():
    with pytest.raises(ValidationError, match="control"):
        check_text("张\n三", "姓名", TextKind.NAME)
    assert check_text("张三\n李四", "笔记", TextKind.NOTE) == "张三\n李四"
