"""`render investigation CASE --out F` from the command line: refused with its reason while
the case has no recorded investigation, then printed from the recorded one."""
from __future__ import annotations

import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.cli.test_cli import PASS, run, station  # noqa: F401 - fixture


SPEC = {"MEDIATION_DESK_USER": "spec", "MEDIATION_DESK_PASSWORD": "password-1"}


def test_render_investigation_refuses_then_prints(station: Path, tmp_path: Path):  # noqa: F811
    from app.domain.catalog import PartyRole, Role
    from app.services import Services
    from app.services.intake import IntakeInput, PartyInput
    from app.services.investigations import InvestigationInput, QAInput
    from app.storage.datadir import DataDir
    from app.storage.store import open_store
    svc = Services(open_store(DataDir(station), passphrase=PASS))
    admin = svc.auth.login("admin", "admin-pass-1")
    med = svc.auth.add_user(admin, username="med", display_name="张调解", role=Role.MEDIATOR, password="password-1")
    svc.auth.add_user(admin, username="spec", display_name="王专员", role=Role.LEGAL_SPECIALIST, password="password-1")
    spec = svc.auth.login("spec", "password-1")
    case = svc.intake.register(spec, IntakeInput(
        summary="邻居漏水损坏天花板", consent_to_mediation=True, category_code="02",
        parties=[PartyInput(name="王喆"), PartyInput(role=PartyRole.RESPONDENT, name="李四")]))
    svc.routing.accept(spec, case.case_id, room_code="R2", mediator_id=med.id)
    svc.close()

    out = tmp_path / "investigation.pdf"
    refused = run("render", "investigation", case.number, "--out", str(out), "--data-dir", str(station),
                  env=SPEC, check=False)
    assert refused.returncode == 1 and not out.exists()
    assert "本案尚无调查记录，不能出具人民调解调查记录。请先在案件页登记调查。" in refused.stderr
    assert "no investigation record" in refused.stderr

    svc = Services(open_store(DataDir(station), passphrase=PASS))
    start = datetime.now(timezone.utc) - timedelta(hours=3)
    svc.investigations.add(svc.auth.login("spec", "password-1"), case.case_id, InvestigationInput(
        started_at=start, ended_at=start + timedelta(minutes=30), place="李四家中", subject_name="李四",
        investigator_ids=[med.id], recorder_id=spec.user_id, present=["赵物业（物业管理员）"],
        qa=[QAInput("卫生间何时开始漏水？", "上周三发现的，已经关了总阀。")]))
    svc.close()
    run("render", "investigation", case.number, "--out", str(out), "--data-dir", str(station), env=SPEC)
    text = "".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True,
                                  text=True).stdout.split())
    for expected in ("人民调解调查记录", "李四家中", "张调解", "王专员", "赵物业（物业管理员）",
                     "问：卫生间何时开始漏水？", "答：上周三发现的，已经关了总阀。"):
        assert expected in text, expected
